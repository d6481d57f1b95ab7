"""JSON Schemas of every user-facing YAML kind, and a fast validator for the subset they use.

The schema files are the single source of truth: editors read them, the test suite checks them with
jsonschema, and this module applies the same files on the hot path without importing jsonschema
(its import alone costs more than checking a Vorlage). Messages are German and point at the node.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from gremienlauf.load.yamlsafe import Loaded

KINDS = ("vorlage", "agenda", "koerperschaften", "regeln", "verfahren")

_TYPEN = {
    "string": ("Text", str), "integer": ("ganze Zahl", int), "boolean": ("Wahrheitswert (true/false)", bool),
    "array": ("Liste", list), "object": ("Zuordnung (Schlüssel: Wert)", dict), "null": ("leer", type(None)),
}


# the JSON Schemas are data, bundled beside the code in gremienlauf/schemas/
_FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "schemas")


@cache
def schema(kind: str) -> dict[str, Any]:
    return json.loads(text(kind))


def path(kind: str) -> str:
    return os.path.join(_FOLDER, f"{kind}.json")


def text(kind: str) -> str:
    with open(path(kind), encoding="utf-8") as fh:
        return fh.read()


def validate(doc: Loaded, kind: str) -> None:
    """Raise an InputError at the first node of ``doc`` that ``kind``'s schema rejects."""
    if doc.geprueft == kind:
        return
    problem = _compiled(kind, None)(doc.value, ())
    if problem:
        path, meldung = problem
        raise doc.error(path, str(meldung))


def check_value(value: Any, kind: str, path: tuple[Any, ...] = (), sub: str | None = None) -> tuple[tuple[Any, ...],
                                                                                                    str] | None:
    problem = _compiled(kind, sub)(value, path)
    return (problem[0], str(problem[1])) if problem else None


Problem = tuple[tuple[Any, ...], Any] | None
Check = Callable[[Any, tuple[Any, ...]], Problem]


@cache
def _compiled(kind: str, sub: str | None) -> Check:
    root = schema(kind)
    return _compile(root["$defs"][sub] if sub else root, root, {})


def _compile(s: dict[str, Any], root: dict[str, Any], memo: dict[int, Check]) -> Check:
    """One schema node as a closure, once per node instead of interpreting it at every value (the
    keywords are looked up once here); same checks in the same order, same messages."""
    if id(s) in memo:
        return memo[id(s)]
    if "$ref" in s:
        target = root["$defs"][s["$ref"].rsplit("/", 1)[1]]
        cell: list[Check] = []
        memo[id(s)] = lambda value, path: cell[0](value, path)  # a $ref may recur
        cell.append(_compile(target, root, memo))
        return memo[id(s)]
    memo[id(s)] = lambda value, path: check(value, path)  # placeholder while the node compiles
    alternatives = _compile_alternatives(s.get("anyOf") or s["oneOf"], root, memo) \
        if "anyOf" in s or "oneOf" in s else None
    negated = _compile(s["not"], root, memo) if "not" in s else None
    typ = s.get("type")
    exact = {_TYPEN[t][1] for t in ([typ] if isinstance(typ, str) else typ or ())}
    items = _compile(s["items"], root, memo) if s.get("items") else None
    min_items = s.get("minItems", 0)
    obj = _compile_object(s, root, memo)

    def check(value: Any, path: tuple[Any, ...]) -> Problem:
        if alternatives is not None:
            problem = alternatives(value, path)
            if problem:
                return problem
        if negated is not None and negated(value, path) is None:
            return path, "diese Angaben schließen einander aus"
        if "const" in s and value != s["const"]:
            return path, f"{_show(value)} ist nicht erlaubt; erwartet: {s['const']}"
        if "enum" in s:
            if not any(value == e and type(value) is type(e) for e in s["enum"]):
                return path, _enum_message(value, s["enum"])
            return None
        if typ is not None and type(value) not in exact:  # exact types pass at once (bool is not int)
            problem = _type(value, typ, path)
            if problem:
                return problem
        if isinstance(value, str):
            return _string(value, s, path)
        if isinstance(value, list):
            if len(value) < min_items:
                return path, f"Liste braucht mindestens {min_items} Eintrag/Einträge"
            if items is not None:
                for i, item in enumerate(value):
                    problem = items(item, path + (i,))
                    if problem:
                        return problem
        if isinstance(value, dict):
            return obj(value, path)
        return None

    memo[id(s)] = check
    return check


def _compile_object(s: dict[str, Any], root: dict[str, Any], memo: dict[int, Check]) -> Check:
    props = s.get("properties", {})
    closed = s.get("additionalProperties") is False
    required = tuple(s.get("required", ()))
    subs = [(key, _compile(sub, root, memo)) for key, sub in props.items()]

    def check(value: dict[str, Any], path: tuple[Any, ...]) -> Problem:
        if closed:
            for key in value:
                if key not in props:
                    return path + (key,), _unknown_key(key, props)
        for key in required:
            if key not in value:
                return path, f"Pflichtfeld '{key}' fehlt"
        for key, sub in subs:
            if key in value:
                problem = sub(value[key], path + (key,))
                if problem:
                    return problem
        return None
    return check


def _compile_alternatives(options: list[dict[str, Any]], root: dict[str, Any], memo: dict[int, Check]) -> Check:
    compiled = [(_deref(o, root), _compile(o, root, memo)) for o in options]
    first_keys = sorted({k for o, _ in compiled for k in o.get("required", ())[:1]})
    known = {k for o, _ in compiled for k in o.get("properties", {})}

    def check(value: Any, path: tuple[Any, ...]) -> Problem:
        problems = []
        for option, run in compiled:
            problem = run(value, path)
            if problem is None:
                return None
            problems.append((option, problem))
        if isinstance(value, dict):
            # Report against the alternative whose required keys the value actually uses.
            fitting = [p for o, p in problems if o.get("required") and all(k in value for k in o["required"])]
            if fitting:
                return max(fitting, key=lambda p: len(p[0]))
            # alternatives that only add "required" (the parent holds the properties) know every key
            unknown = sorted(k for k in value if k not in known) if known else []
            if first_keys and unknown:
                return path, f"unbekannte Angabe {', '.join(map(str, unknown))}; erwartet wird eine von: " \
                             f"{', '.join(first_keys)}"
            if first_keys:  # every key is known, but what one of the forms needs is missing
                return path, f"es fehlt eine der Angaben {' oder '.join(first_keys)}"
        return max((p for _, p in problems), key=lambda p: len(p[0]))
    return check


def _type(value: Any, typ: str | list[str], path: tuple[Any, ...]) -> tuple[tuple[Any, ...], str] | None:
    typen = [typ] if isinstance(typ, str) else typ
    for t in typen:
        py = _TYPEN[t][1]
        if isinstance(value, py) and not (py is int and isinstance(value, bool)):
            return None
    namen = " oder ".join(_TYPEN[t][0] for t in typen)
    return path, f"{_show(value)} ist kein gültiger Wert: erwartet {namen}"


def _string(value: str, s: dict[str, Any], path: tuple[Any, ...]) -> tuple[tuple[Any, ...], str] | None:
    if len(value) < s.get("minLength", 0):
        return path, "Wert darf nicht leer sein"
    if s.get("format") == "date":
        return _date(value, path)
    if "pattern" in s and not re.search(s["pattern"], value):
        return path, f"{_show(value)} hat nicht die erwartete Form ({s['pattern']})"
    return None


def _date(value: str, path: tuple[Any, ...]) -> tuple[tuple[Any, ...], str] | None:
    german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
    if german:
        d, m, y = german.groups()
        return path, f"{_show(value)}: Datum bitte als JJJJ-MM-TT schreiben, also {y}-{int(m):02d}-{int(d):02d}"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return path, f"{_show(value)} ist kein Datum im Format JJJJ-MM-TT"
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return path, f"{_show(value)} ist kein gültiges Kalenderdatum"
    if not 1900 <= parsed.year <= 2199:
        return path, f"{_show(value)}: Jahr außerhalb des plausiblen Bereichs 1900–2199"
    return None


def _deref(s: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    return root["$defs"][s["$ref"].rsplit("/", 1)[1]] if "$ref" in s else s


class _Later:
    """A message with a spelling hint, worded only if it is reported: alternatives (anyOf) that fail
    on the way to the one that fits discard their messages, and difflib's hint was most of the cost
    of loading the bundled packs."""

    def __init__(self, word: Any, *args: Any) -> None:
        self.word, self.args = word, args

    def __str__(self) -> str:
        return self.word(*self.args)


def _unknown_key(key: str, props: dict[str, Any]) -> Any:
    return _Later(_unknown_key_text, key, props)


def _unknown_key_text(key: str, props: dict[str, Any]) -> str:
    from difflib import get_close_matches
    close = get_close_matches(key, list(props), n=1)
    hint = f" – gemeint ist wohl '{close[0]}'" if close else ""
    return f"unbekannter Schlüssel '{key}'{hint} (erlaubt: {', '.join(props)})"


def _enum_message(value: Any, allowed: list[Any]) -> Any:
    return _Later(_enum_text, value, allowed)


def _enum_text(value: Any, allowed: list[Any]) -> str:
    from difflib import get_close_matches
    close = get_close_matches(str(value), [str(a) for a in allowed], n=1)
    hint = f" – gemeint ist wohl '{close[0]}'" if close else ""
    return f"{_show(value)} ist nicht erlaubt{hint} (erlaubt: {', '.join(str(a) for a in allowed)})"


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return "eine Zuordnung" if isinstance(value, dict) else "eine Liste"
    return repr(value) if isinstance(value, str) else json.dumps(value)
