"""Renderers of an audit report (``gremienlauf replay``): one module per format, ``render(report, out, options)``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import NamedTuple, TextIO

from gremienlauf.formats import RenderOptions
from gremienlauf.model.trace import ERFUELLT, OFFEN, VERLETZT, AuditReport, RuleOutcome, TraceStep

Renderer = Callable[[AuditReport, TextIO, RenderOptions], None]

# Format name → module in this package; imported only when used.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "markdown": "markdown",
    "html": "html",
}


def renderer(name: str) -> Renderer:
    return import_module(f"{__name__}.{FORMATS[name]}").render


def day(value: object) -> str:
    """A date as German text; reports show dates the way Vorlagen do."""
    return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else "ohne Datum"


ERGEBNIS = {"ohne_befund": "ohne Befund", "hinweise": "mit Hinweisen", "warnungen": "mit Warnungen",
            "fehlerhaft": "fehlerhaft"}


# who raised an objection (Event.durch), as the law names them
URHEBER = {"vorsitz_vertretung": "Vorsitz der Vertretung",
           "vorsitz_jugendhilfeausschuss": "Vorsitz des Jugendhilfeausschusses",
           "hauptverwaltungsbeamter": "Hauptverwaltungsbeamter",
           "ein_fuenftel_der_mitglieder": "ein Fünftel der Mitglieder"}


def objection(step: TraceStep) -> str:
    """'erhoben durch Vorsitz der Vertretung: <Begründung>' for a Widerspruch, Beanstandung or Einspruch."""
    if not step.durch and not step.begruendung:
        return ""
    who = f"erhoben durch {URHEBER.get(step.durch, step.durch)}" if step.durch else "erhoben"
    return who + (f"; Begründung: {step.begruendung}" if step.begruendung else "")


def outcome_word(rule: RuleOutcome) -> str:
    return {ERFUELLT: "kein Befund", OFFEN: "noch offen", VERLETZT: "Befund"}[rule.ergebnis]


class StepRules(NamedTuple):
    """The rules of one step worth reading: each that fired, was checked for the first time or changed
    its outcome (open → met); the others only counted."""

    shown: tuple[tuple[RuleOutcome, str], ...]  # (outcome, note: "erstmals geprüft", "jetzt erfüllt" or "")
    weitere_erfuellt: int
    weitere_offen: int

    def rest(self) -> str:
        if not self.weitere_erfuellt and not self.weitere_offen:
            return ""
        n = self.weitere_erfuellt + self.weitere_offen
        text = f"weitere {n} {'Regel' if n == 1 else 'Regeln'} ohne Befund"
        return text + (f", davon {self.weitere_offen} noch offen" if self.weitere_offen else "")


def step_rules(steps: Sequence[TraceStep]) -> list[StepRules]:
    out: list[StepRules] = []
    before: dict[str, str] = {}
    for step in steps:
        now = {r.code: r.ergebnis for r in step.regeln}
        shown, erfuellt, offen = [], 0, 0
        for r in step.regeln:
            if r.ergebnis == VERLETZT:
                shown.append((r, ""))
            elif r.code not in before:
                shown.append((r, "erstmals geprüft"))
            elif before[r.code] != r.ergebnis:
                shown.append((r, "jetzt erfüllt" if r.ergebnis == ERFUELLT else "wieder offen"))
            elif r.ergebnis == OFFEN:
                offen += 1
            else:
                erfuellt += 1
        out.append(StepRules(tuple(shown), erfuellt, offen))
        before = now
    return out
