"""The Beratungsfolge of one Vorlage as the session page draws it: held, planned and missing steps.

Only the HTML page needs this (Options.beratungsfolge), so a plain check pays nothing for it. The steps
come from the engine's own case (procedure order, held or not at the Stichtag, Gremium kinds from the
registry), so the page shows what the verdict was based on, not a second reading of the file.
A missing step is one that a rule with a finding on this Vorlage demands (``dann: beratung:
{gremium_art: …}``); the page says which Gremium and which rule, nothing more is inferred.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from gremienlauf.engine.judge import Engine
from gremienlauf.model import Finding, Meeting, Paper, Schritt

# the Gremium a rule asks for, by its kind, as the page names it
ART_NAME = {"jugendhilfeausschuss": "Jugendhilfeausschuss", "finanzausschuss": "Finanzausschuss",
            "hauptausschuss": "Hauptausschuss", "kreisausschuss": "Kreisausschuss",
            "vertretung": "Vertretung (Rat, Kreistag)", "bezirksvertretung": "Bezirksvertretung",
            "fachausschuss": "Fachausschuss"}


def schritte(engine: Engine, paper: Paper, stichtag: date, sitzung: Meeting | None,
             findings: Iterable[Finding]) -> tuple[Schritt, ...]:
    case = engine.case(paper, stichtag, sitzung)
    if case is None:  # Körperschaft unknown: the steps as written, no kinds, nothing missing
        return tuple(_step(c.gremium, c.datum, c.ergebnis, c.rolle, None, _stand(c.datum, c.ergebnis, stichtag,
                                                                                sitzung))
                     for c in paper.consultations)
    steps = []
    for step in case.steps:
        c = step.consultation
        stand = "gehalten" if step.held else _stand(c.datum, c.ergebnis, case.stichtag, sitzung)
        steps.append(_step(step.gremium, c.datum, c.ergebnis, c.rolle, step.resolution.art, stand))
    decision = next((i for i, s in enumerate(case.steps) if s is case.decision), None)
    rules = {r.code: r for p in engine.packs for r in p.rules}
    seen: set[str] = set()
    for finding in findings:
        rule = rules.get(finding.code)
        if rule is None or not rule.fordert_beratung or finding.code in seen:
            continue
        for art, vor in _demanded(rule.raw.get("dann") if isinstance(rule.raw, dict) else None):
            seen.add(finding.code)
            missing = Schritt(ART_NAME.get(art, art), art=art, stand="fehlt", regel=finding.code)
            at = decision if vor and decision is not None else len(steps)
            steps.insert(at, missing)
            if decision is not None and at <= decision:
                decision += 1
    return tuple(steps)


def _step(gremium: str, datum: date | None, ergebnis: str | None, rolle: str | None, art: str | None,
          stand: str) -> Schritt:
    return Schritt(gremium, datum, ergebnis, rolle, art, stand)


def _stand(datum: date | None, ergebnis: str | None, stichtag: date, sitzung: Meeting | None) -> str:
    if sitzung is not None and datum == sitzung.datum:
        return "diese_sitzung"
    if ergebnis not in (None, "offen") or (datum is not None and datum < stichtag):
        return "gehalten"
    return "geplant"


def _demanded(dann: Any) -> Iterator[tuple[str, bool]]:
    """(Gremium kind, whether it belongs before the decision) for each Beratung a requirement names."""
    if not isinstance(dann, dict):
        return
    beratung = dann.get("beratung")
    if isinstance(beratung, dict) and isinstance(beratung.get("gremium_art"), str):
        yield beratung["gremium_art"], beratung.get("vor") == "beschluss"
    for part in dann.get("alle") or ():
        yield from _demanded(part)
