"""Procedures: YAML state machines, run on `transitions`, that replay what happened to a Vorlage.

Each procedure gets one ``transitions.Machine`` (built on first use, then kept) whose events are the
Vorlage's events, fired in order; a refused event (``MachineError``, or a condition that does not
hold) becomes a refusal that names what the machine would have allowed (``get_triggers``). Conditions
are resolved to registered checks when the procedure is loaded, so the machine never meets a name it
could look up, let alone import (transitions would try a dotted path: tools.md § 1.1).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from transitions import Machine, MachineError

from gremienlauf.engine.case import Case, Step
from gremienlauf.engine.facts import represented as _represented
from gremienlauf.engine.verlauf import DECIDING, Occurrence, trigger_for  # noqa: F401  (the derivation lives with the events)

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
    # § 43 Abs. 4 GemO BW: in dringenden Angelegenheiten entscheidet der Bürgermeister (kein Ausschuss).
    "ist_hauptverwaltungsbeamter": _art("hauptverwaltungsbeamter"),
    "ist_kreisausschuss_oder_hvb": _art("kreisausschuss", "hauptverwaltungsbeamter"),
    "ist_genehmigendes_gremium": lambda step, case: "vertretung" in step.resolution.arten or _represented(case, step),
    "ist_jugendhilfeausschuss": _art("jugendhilfeausschuss"),
    # § 57 Abs. 4 GO NRW: Ausschüsse mit übertragener Entscheidungsbefugnis (der JHA hat § 7 AG-KJHG).
    "ist_ausschuss_mit_entscheidungsbefugnis": _art("hauptausschuss", "finanzausschuss", "fachausschuss"),
}


class _Model:
    """What a procedure's machine moves: only ``state``, set by ``Machine.set_state`` at each replay."""

    state: str
    trigger: Callable[..., bool]  # bound by the Machine built on this model


class Refusal(NamedTuple):
    step: Step
    ausloeser: str
    zustand: str
    erlaubt: tuple[str, ...]
    grund: str


class ReplayStep(NamedTuple):
    """One event fed to the machine; named like the audit report's step (model/trace.py TraceStep)."""

    step: Step
    ausloeser: str
    vorher: str
    nachher: str
    angenommen: bool
    erlaubt: tuple[str, ...]
    grund: str
    occurrence: Occurrence


class Replay(NamedTuple):
    procedure: str
    steps: tuple[ReplayStep, ...]
    state: str
    final: bool
    followed: bool
    finals: frozenset[str] = frozenset()

    @property
    def refused(self) -> tuple[Refusal, ...]:
        return tuple(Refusal(s.step, s.ausloeser, s.vorher, s.erlaubt, s.grund) for s in self.steps if not s.angenommen)

    @property
    def last_step(self) -> Step | None:
        return self.steps[-1].step if self.steps else None


@dataclass
class Procedure:
    id: str
    titel: str
    arten: frozenset[str]
    ebenen: frozenset[str]
    definition: dict[str, Any]  # as written (condition names): what diagrams and the audit show
    final: frozenset[str]
    datei: str
    beschreibung: str = ""
    sha256: str = ""
    laender: frozenset[str] = frozenset()  # empty: wherever no Land has a procedure of its own
    # the definition's transitions with each condition already a callable (resolved at load)
    resolved: tuple[dict[str, Any], ...] = ()

    @cached_property
    def machine(self) -> tuple[Machine, _Model]:
        """The procedure's one transitions machine and the one model every replay moves: ``add_model``
        and ``remove_model`` per Vorlage would cost more than the replay itself (bench/PROFILE.md)."""
        model = _Model()
        machine = Machine(model=model, states=self.definition["states"], initial=self.definition["initial"],
                          transitions=list(self.resolved), auto_transitions=False, send_event=True,
                          name=self.id)
        return machine, model

    @cached_property
    def _allowed(self) -> dict[str, tuple[str, ...]]:
        # what the machine would let happen in each state, whatever the conditions say: asked once
        machine = self.machine[0]
        return {state: tuple(machine.get_triggers(state)) for state in self.definition["states"]}

    def allowed(self, state: str) -> tuple[str, ...]:
        return self._allowed.get(state, ())

    def replay(self, case: Case, events: tuple[Occurrence, ...]) -> Replay:
        """Feed the events one by one through the machine; a refused event leaves the state as it was.

        Not re-entrant: every replay of this procedure moves the same model."""
        machine, model = self.machine
        machine.set_state(self.definition["initial"], model)
        out: list[ReplayStep] = []
        for occurrence in events:
            before = model.state
            allowed = self.allowed(before)
            try:
                if occurrence.ausloeser not in machine.events:  # an event this procedure never names
                    raise MachineError(occurrence.ausloeser)
                accepted = model.trigger(occurrence.ausloeser, step=occurrence.step, case=case)
                grund = "" if accepted else self._unmet(occurrence.ausloeser, occurrence.step, case)
            except MachineError:
                accepted, grund = False, "in diesem Zustand nicht vorgesehen"
            out.append(ReplayStep(occurrence.step, occurrence.ausloeser, before, model.state, accepted, allowed,
                                  grund, occurrence))
        state = model.state
        linked = [o.step.order for o in events if o.linked]
        followed = any(s.order > max(linked) for s in case.steps) if linked else bool(case.steps)
        return Replay(self.id, tuple(out), state, state in self.final, followed, self.final)

    def _unmet(self, trigger: str, step: Step, case: Case) -> str:
        """Why the machine refused an event it knows in this state: the conditions that do not hold."""
        names = sorted({name for t in self.definition["transitions"] if t["trigger"] == trigger
                        for name in t.get("conditions", ()) if not TRANSITION_CHECKS[name](step, case)})
        return "Bedingung nicht erfüllt: " + ", ".join(names) if names else "Bedingung nicht erfüllt"


def procedure_for(procedures: Iterable[Procedure], art: str | None, ebene: str, land: str) -> Procedure | None:
    """The procedure for this kind of Vorlage at this level in this Land: the Land's own model, else the one
    that names no Land (a model of one Land's law must not judge another's bodies)."""
    wanted = art or "unbekannt"
    general = None
    for p in procedures:
        if wanted in p.arten and ebene in p.ebenen:
            if land in p.laender:
                return p
            if not p.laender and general is None:
                general = p
    return general
