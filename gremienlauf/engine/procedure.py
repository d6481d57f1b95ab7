"""Procedures: YAML state machines, run on `transitions`, that replay what happened to a Vorlage.

The definition is validated and drawn with transitions (SafeMachine); the replay runs on a table
built from the same definition with the same semantics (tests compare both on every procedure),
because a trigger through transitions cost ~20 µs. String callbacks resolve only to registered
checks, never to importable names.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Iterable, NamedTuple

from transitions import Machine

from gremienlauf.engine.case import Case, Step
from gremienlauf.engine.facts import represented as _represented
from gremienlauf.engine.verlauf import DECIDING, trigger_for  # noqa: F401  (the derivation lives with the events)
from gremienlauf.errors import ConfigError
from gremienlauf.readers.source import bundled_yaml
from gremienlauf.readers.yamlsafe import Loaded

# Every trigger a replay can produce; a procedure naming any other would never fire.
TRIGGERS = frozenset({"vorberaten", "kenntnis_nehmen", "beschliessen", "ablehnen", "vertagen", "verweisen",
                      "zurueckziehen", "genehmigen", "aufheben", "einbringen", "widersprechen", "beanstanden",
                      "einspruch_erheben"})


def _art(*arts: str) -> Callable[[Step, Case], bool]:
    wanted = frozenset(arts)
    return lambda step, case: not step.resolution.arten.isdisjoint(wanted)


# Conditions a procedure may name (transitions `conditions`/`unless`).
TRANSITION_CHECKS: dict[str, Callable[[Step, Case], bool]] = {
    "ist_beschlussgremium": lambda step, case: case.is_decider(step) or (case.decider is None and
                                                                         step.consultation.rolle == "entscheidung"),
    "ist_vertretung": _art("vertretung"),
    "ist_kreisausschuss": _art("kreisausschuss"),
    "ist_hauptausschuss_oder_hvb": _art("hauptausschuss", "hauptverwaltungsbeamter"),
    "ist_kreisausschuss_oder_hvb": _art("kreisausschuss", "hauptverwaltungsbeamter"),
    "ist_genehmigendes_gremium": lambda step, case: "vertretung" in step.resolution.arten or _represented(case, step),
    "ist_jugendhilfeausschuss": _art("jugendhilfeausschuss"),
    # § 57 Abs. 4 GO NRW: Ausschüsse mit übertragener Entscheidungsbefugnis (der JHA hat § 7 AG-KJHG).
    "ist_ausschuss_mit_entscheidungsbefugnis": _art("hauptausschuss", "finanzausschuss", "fachausschuss"),
}


class SafeMachine(Machine):
    """A Machine whose string callbacks resolve only to TRANSITION_CHECKS (no dotted imports)."""

    @staticmethod
    def resolve_callable(func: Any, event_data: Any) -> Any:
        if isinstance(func, str):
            check = TRANSITION_CHECKS[func]
            return lambda ev: check(ev.kwargs["step"], ev.kwargs["case"])
        return func


class _Model:
    state: str


_Edge = tuple["str | None", tuple[tuple[Callable[[Step, Case], bool], bool], ...]]  # (dest, (check, wanted))


class Refusal(NamedTuple):
    step: Step
    trigger: str
    state: str
    allowed: tuple[str, ...]
    grund: str


class ReplayStep(NamedTuple):
    step: Step
    trigger: str
    before: str
    after: str
    accepted: bool
    allowed: tuple[str, ...]
    grund: str = ""
    occurrence: Any = None  # verlauf.Occurrence


class Replay(NamedTuple):
    procedure: str
    steps: tuple[ReplayStep, ...]
    state: str
    final: bool
    followed: bool
    finals: frozenset[str] = frozenset()

    @property
    def refused(self) -> tuple[Refusal, ...]:
        return tuple(Refusal(s.step, s.trigger, s.before, s.allowed, s.grund) for s in self.steps if not s.accepted)

    @property
    def last_step(self) -> Step | None:
        return self.steps[-1].step if self.steps else None


@dataclass
class Procedure:
    id: str
    titel: str
    arten: frozenset[str]
    ebenen: frozenset[str]
    definition: dict[str, Any]
    final: frozenset[str]
    datei: str
    beschreibung: str = ""
    sha256: str = ""

    @cached_property
    def machine(self) -> tuple[SafeMachine, _Model]:
        """The transitions machine of the definition: the reference the replay table is checked against
        (tests) and what diagrams are drawn from; the replay itself runs on ``table``."""
        model = _Model()
        machine = SafeMachine(model=model, states=self.definition["states"], initial=self.definition["initial"],
                              transitions=self.definition["transitions"], auto_transitions=False,
                              send_event=True, name=self.id)
        return machine, model

    @cached_property
    def table(self) -> dict[str, dict[str, tuple[_Edge, ...]]]:
        """state → trigger → transitions in definition order, as transitions would try them.

        The same semantics as ``Machine.trigger`` (first transition whose ``conditions`` all equal True
        and ``unless`` all equal False fires; dest None stays), without an EventData, callback
        resolution and logging per event: measured 64 → ~10 µs per replay."""
        out: dict[str, dict[str, list[_Edge]]] = {}
        for t in self.definition["transitions"]:
            checks = tuple((TRANSITION_CHECKS[c], True) for c in t.get("conditions", ())) + \
                tuple((TRANSITION_CHECKS[c], False) for c in t.get("unless", ()))
            for src in t["source"]:
                out.setdefault(src, {}).setdefault(t["trigger"], []).append((t["dest"] or None, checks))
        return {state: {trigger: tuple(edges) for trigger, edges in by.items()} for state, by in out.items()}

    @cached_property
    def _allowed(self) -> dict[str, tuple[str, ...]]:
        # Machine.get_triggers order: triggers by first appearance in the definition.
        order = list(dict.fromkeys(t["trigger"] for t in self.definition["transitions"]))
        table = self.table
        return {state: tuple(t for t in order if t in table.get(state, {}) and t in TRIGGERS)
                for state in self.definition["states"]}

    def replay(self, case: Case) -> Replay:
        """Feed the case's events one by one; a refused event leaves the state as it was."""
        state = self.definition["initial"]
        out: list[ReplayStep] = []
        for occurrence in case.events:
            before = state
            allowed = self.allowed(before)
            state, accepted, grund = self._fire(before, occurrence.trigger, occurrence.step, case, allowed)
            out.append(ReplayStep(occurrence.step, occurrence.trigger, before, state, accepted, allowed, grund,
                                  occurrence))
        linked = [o.step.order for o in case.events if o.linked]
        followed = any(s.order > max(linked) for s in case.steps) if linked else bool(case.steps)
        return Replay(self.id, tuple(out), state, state in self.final, followed, self.final)

    def allowed(self, state: str) -> tuple[str, ...]:
        return self._allowed.get(state, ())

    def _fire(self, state: str, trigger: str, step: Step, case: Case,
              allowed: tuple[str, ...]) -> tuple[str, bool, str]:
        if trigger not in allowed:
            return state, False, "in diesem Zustand nicht vorgesehen"
        for dest, checks in self.table[state][trigger]:
            if all(check(step, case) == want for check, want in checks):
                return dest or state, True, ""
        failed = [t.get("conditions", []) for t in self.definition["transitions"] if t["trigger"] == trigger]
        names = sorted({c for group in failed for c in group if not TRANSITION_CHECKS[c](step, case)})
        return state, False, "Bedingung nicht erfüllt: " + ", ".join(names) if names else "Bedingung nicht erfüllt"


def load_procedures() -> list[Procedure]:
    from gremienlauf import schemas

    out = []
    for doc in bundled_yaml("procedures"):
        try:
            schemas.validate(doc, "verfahren")
        except Exception as exc:
            raise ConfigError(f"Verfahren fehlerhaft: {getattr(exc, 'meldung', exc)}", doc.datei,
                              getattr(exc, "zeile", None), getattr(exc, "spalte", None)) from None
        out.append(_procedure(doc))
    return out


def _procedure(doc: Loaded) -> Procedure:
    raw = doc.value
    states = [s if isinstance(s, str) else s["name"] for s in raw["states"]]
    known = set(states)

    def need(ok: bool, path: tuple[Any, ...], meldung: str) -> None:
        if not ok:
            zeile, spalte = doc.pos(path)
            raise ConfigError(f"Verfahren fehlerhaft: {meldung}", doc.datei, zeile, spalte)

    need(raw["initial"] in known, ("initial",), f"Anfangszustand '{raw['initial']}' ist kein Zustand")
    for j, name in enumerate(raw["final"]):
        need(name in known, ("final", j), f"Endzustand '{name}' ist kein Zustand")
    edges: dict[str, set[str]] = {s: set() for s in states}
    transitions = []
    for i, t in enumerate(raw["transitions"]):
        where = ("transitions", i)
        need(t["trigger"] in TRIGGERS, where + ("trigger",),
             f"Ereignis '{t['trigger']}' gibt es nicht (bekannt: {', '.join(sorted(TRIGGERS))})")
        sources = states if t["source"] == "*" else [t["source"]] if isinstance(t["source"], str) else t["source"]
        for name in (*sources, *([t["dest"]] if t["dest"] else [])):
            need(name in known, where, f"Zustand '{name}' ist nicht deklariert")
        for key in ("conditions", "unless"):
            for j, cond in enumerate(t.get(key, ())):
                need(cond in TRANSITION_CHECKS, where + (key, j),
                     f"unbekannte Bedingung '{cond}' (bekannt: {', '.join(sorted(TRANSITION_CHECKS))})")
        for src in sources:
            edges[src].add(t["dest"] or src)
        transitions.append({**t, "source": sources})
    reached = _reachable(raw["initial"], edges)
    for j, state in enumerate(states):
        need(state in reached, ("states", j), f"Zustand '{state}' ist vom Anfangszustand aus nicht erreichbar")
    head = raw["verfahren"]
    definition = {"states": states, "initial": raw["initial"], "transitions": transitions}
    from gremienlauf.readers.cache import canonical_hash

    return Procedure(head["id"], head["titel"], frozenset(head["gilt_fuer"]["art"]),
                     frozenset(head["gilt_fuer"]["ebene"]), definition, frozenset(raw["final"]), doc.datei,
                     head.get("beschreibung", ""), doc.sha256 or canonical_hash(raw))


def _reachable(start: str, edges: dict[str, set[str]]) -> set[str]:
    seen, todo = {start}, deque([start])
    while todo:
        for nxt in edges[todo.popleft()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def procedure_for(procedures: Iterable[Procedure], art: str | None, ebene: str) -> Procedure | None:
    wanted = art or "unbekannt"
    return next((p for p in procedures if wanted in p.arten and ebene in p.ebenen), None)
