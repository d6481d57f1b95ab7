"""The closed condition vocabulary of rule packs, compiled once into plain closures.

An expression is a small YAML mapping (``alle``, ``eines``, ``nicht``, ``pfad`` with ``gleich``/``in``/
``enthaelt``/``enthaelt_eines``/``vorhanden``, ``beratung``, ``jede_beratung``, ``ereignis_abgewiesen``,
``pruefung``). Paths and named checks come from fixed tables: nothing in a pack can reach Python.
Each compiled condition returns whether it holds and the Beratungen that made it so (its witnesses),
so that a finding points at the line that matters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gremienlauf.engine import facts
from gremienlauf.engine.case import Case, Step

Outcome = tuple[bool, tuple[Step, ...]]
NONE: tuple[Step, ...] = ()
Cond = Callable[[Case], Outcome]


class CompileError(Exception):
    def __init__(self, path: tuple[Any, ...], meldung: str) -> None:
        super().__init__(meldung)
        self.path = path
        self.meldung = meldung


def compile_expr(expr: dict[str, Any], path: tuple[Any, ...], uses: set[str]) -> Cond:
    """Compile one expression; ``uses`` collects the fact paths it reads."""
    if "alle" in expr:
        parts = [compile_expr(e, path + ("alle", i), uses) for i, e in enumerate(expr["alle"])]
        return _all(parts)
    if "eines" in expr:
        parts = [compile_expr(e, path + ("eines", i), uses) for i, e in enumerate(expr["eines"])]
        return _any(parts)
    if "nicht" in expr:
        inner = compile_expr(expr["nicht"], path + ("nicht",), uses)
        return lambda case: (not inner(case)[0], NONE)
    if "pfad" in expr:
        return _path_test(expr, path, uses)
    if "beratung" in expr:
        uses.add("beratungsfolge")
        match = _filter(expr["beratung"], path + ("beratung",))

        def exists(case: Case) -> Outcome:
            found = tuple(s for s in case.steps if match(case, s))
            return bool(found), found
        return exists
    if "jede_beratung" in expr:
        uses.add("beratungsfolge")
        select = _filter(expr["jede_beratung"], path + ("jede_beratung",))
        need = _filter(expr["erfuellt"], path + ("erfuellt",))

        def every(case: Case) -> Outcome:
            broken = tuple(s for s in case.steps if select(case, s) and not need(case, s))
            return not broken, broken
        return every
    if "ereignis_abgewiesen" in expr:
        uses.add("verfahren")
        return _refused(expr["ereignis_abgewiesen"])
    if "pruefung" in expr:
        check = facts.CHECKS.get(expr["pruefung"])
        if check is None:
            raise CompileError(path + ("pruefung",), f"unbekannte Prüfung '{expr['pruefung']}' "
                                                      f"(bekannt: {', '.join(sorted(facts.CHECKS))})")
        uses.add(expr["pruefung"])
        return check
    raise CompileError(path, f"unbekannter Ausdruck mit den Schlüsseln {sorted(expr)}")


def _all(parts: list[Cond]) -> Cond:
    def cond(case: Case) -> Outcome:
        witnesses = NONE
        for part in parts:
            ok, found = part(case)
            if not ok:
                return False, NONE
            witnesses = witnesses or found
        return True, witnesses
    return cond


def _any(parts: list[Cond]) -> Cond:
    def cond(case: Case) -> Outcome:
        for part in parts:
            ok, found = part(case)
            if ok:
                return True, found
        return False, NONE
    return cond


def _path_test(expr: dict[str, Any], path: tuple[Any, ...], uses: set[str]) -> Cond:
    name = expr["pfad"]
    fact = facts.PATHS.get(name)
    if fact is None:
        raise CompileError(path + ("pfad",), f"unbekannter Pfad '{name}' (bekannt: {', '.join(sorted(facts.PATHS))})")
    uses.add(name)
    get, is_set, witness = fact.get, fact.is_set, fact.witness
    op = next(k for k in expr if k != "pfad")
    want = expr[op]
    if op in ("enthaelt", "enthaelt_eines") and not is_set:
        raise CompileError(path + (op,), f"'{op}' passt nur zu Listen; '{name}' ist ein Einzelwert")
    if op in ("gleich", "in") and is_set:
        raise CompileError(path + (op,), f"'{op}' passt nicht zu der Liste '{name}'; 'enthaelt' verwenden")
    tests: dict[str, Callable[[Any], bool]] = {
        "gleich": lambda v: v == want and type(v) is type(want) if want is not None else v is None,
        "in": lambda v: v in want,
        "enthaelt": lambda v: want in v,
        "enthaelt_eines": lambda v: not v.isdisjoint(want),
        "vorhanden": lambda v: (v is not None and v != "" and v != frozenset()) == want,
    }
    test = tests[op]

    def cond(case: Case) -> Outcome:
        if test(get(case)):
            w = witness(case) if witness else None
            return True, (w,) if w is not None else NONE
        return False, NONE
    return cond


def _as_set(value: Any) -> frozenset[Any]:
    return frozenset(value) if isinstance(value, list) else frozenset((value,))


def _filter(spec: dict[str, Any], path: tuple[Any, ...]) -> Callable[[Case, Step], bool]:
    tests: list[Callable[[Case, Step], bool]] = []
    for key, want in spec.items():
        make = facts.STEP_FILTERS.get(key)
        if make is None:
            raise CompileError(path + (key,), f"unbekanntes Merkmal einer Beratung '{key}'")
        tests.append(make(_as_set(want) if key in facts.SET_FILTERS else want))
    return lambda case, step: all(t(case, step) for t in tests)


def _refused(spec: dict[str, Any]) -> Cond:
    triggers = _as_set(spec["trigger"]) if "trigger" in spec else None
    states = _as_set(spec["zustand"]) if "zustand" in spec else None

    def cond(case: Case) -> Outcome:
        found = tuple(r.step for r in (case.replay.refused if case.replay else ())
                      if (triggers is None or r.ausloeser in triggers) and (states is None or r.zustand in states))
        return bool(found), found
    return cond
