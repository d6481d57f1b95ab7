"""Named checks over the replayed history: deadlines and form of objections, and how well the
documented history is kept. Registered in ``facts.CHECKS``; each returns whether all is well and the
events (as steps) that are not, so findings point at the event's line.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from gremienlauf.engine.case import Case, Step
from gremienlauf.engine.registry import Resolution
from gremienlauf.engine.verlauf import OUTSIDE, Occurrence
from gremienlauf.model import Consultation, Location

Outcome = tuple[bool, tuple[Step, ...]]

# The deadlines of § 7 Abs. 1 AG-KJHG NRW are dated data in the norms table (nw.agkjhg.widerspruch, werte:
# frist_tage, neue_sitzung_fruehestens_tag, neue_sitzung_spaetestens_wochen), read for the day of the event.
WIDERSPRUCH = "nw.agkjhg.widerspruch"
WIDERSPRECHENDE = frozenset({"vorsitz_vertretung", "vorsitz_jugendhilfeausschuss"})
EINSPRECHENDE = frozenset({"hauptverwaltungsbeamter", "ein_fuenftel_der_mitglieder"})


def _result(bad: list[Step]) -> Outcome:
    return not bad, tuple(bad)


def _replayed(case: Case) -> Iterator[tuple[Occurrence, bool]]:
    """Each event with whether the procedure accepted it."""
    for replayed in (case.replay.steps if case.replay else ()):
        yield replayed.occurrence, replayed.angenommen


def _days(later: date | None, earlier: date | None) -> int | None:
    return None if later is None or earlier is None else (later - earlier).days


def _werte(case: Case, day: date | None) -> dict[str, Any]:
    normen = case.record.normen if case.record else None
    found = normen.werte(WIDERSPRUCH, case.body.land, case.body.ebene, day) if normen and day else None
    return found or {}


def _neue_sitzung(case: Case, day: date | None) -> tuple[int, int] | None:
    werte = _werte(case, day)
    if werte.get("neue_sitzung_fruehestens_tag") is None or werte.get("neue_sitzung_spaetestens_wochen") is None:
        return None
    return int(werte["neue_sitzung_fruehestens_tag"]), 7 * int(werte["neue_sitzung_spaetestens_wochen"])


def _is_jha(o: Occurrence) -> bool:
    return "jugendhilfeausschuss" in o.step.resolution.arten


def widerspruch_fristgerecht(case: Case) -> Outcome:
    """The Widerspruch came at the latest on the fifth day after the JHA's resolution."""
    bad, resolved = [], None
    for o, accepted in _replayed(case):
        if accepted and o.ausloeser == "beschliessen" and _is_jha(o):
            resolved = o.event.datum
        elif o.event.art == "widerspruch" and accepted:
            days, frist = _days(o.event.datum, resolved), _werte(case, o.event.datum).get("frist_tage")
            if days is not None and frist is not None and days > frist:  # no dated deadline: nothing to judge
                bad.append(o.step)
    return _result(bad)


def widerspruch_neue_sitzung(case: Case) -> Outcome:
    """After a Widerspruch the JHA meets again between the third and the fourteenth day."""
    events = list(_replayed(case))
    bad = []
    for i, (o, accepted) in enumerate(events):
        if o.event.art != "widerspruch" or not accepted:
            continue
        window = _neue_sitzung(case, o.event.datum)
        if window is None:
            continue
        again = next((later for later, _ in events[i + 1:] if later.linked and _is_jha(later)), None)
        if again is not None:
            days = _days(again.event.datum, o.event.datum)
            if days is not None and not window[0] <= days <= window[1]:
                bad.append(again.step)
        elif (_days(case.stichtag, o.event.datum) or 0) > window[1]:
            bad.append(o.step)
    return _result(bad)


def _form(case: Case, art: str, allowed: frozenset[str], reasons: bool) -> Outcome:
    bad = [o.step for o in case.events
           if o.event.art == art and (o.event.durch not in allowed or (reasons and not o.event.begruendung))]
    return _result(bad)


def widerspruch_form(case: Case) -> Outcome:
    return _form(case, "widerspruch", WIDERSPRECHENDE, True)


def beanstandung_form(case: Case) -> Outcome:
    return _form(case, "beanstandung", frozenset({"hauptverwaltungsbeamter"}), True)


def einspruch_form(case: Case) -> Outcome:
    return _form(case, "einspruch", EINSPRECHENDE, False)


def verlauf_zeitlich_geordnet(case: Case) -> Outcome:
    """Documented events are written down in date order; one that is older than an event above it is
    most likely misdated (the replay orders by date regardless)."""
    verlauf = case.paper.verlauf or ()
    steps = {o.event.index: o.step for o in case.events if o.documented}
    bad, newest = [], None
    for event in verlauf:
        if event.datum is None:
            continue
        if newest is not None and event.datum < newest and event.index in steps:
            bad.append(steps[event.index])
        newest = max(newest or event.datum, event.datum)
    return _result(bad)


def kein_ereignis_nach_abschluss(case: Case) -> Outcome:
    """Nothing the procedure refuses happens once it has reached a final state."""
    replay = case.replay
    if replay is None:
        return _result([])
    return _result([s.step for s in replay.steps if not s.angenommen and s.vorher in replay.finals])


def ereignis_gremium_bekannt(case: Case) -> Outcome:
    """Every documented event in a session names a Gremium the registry knows (objections may leave it
    out: they are aimed at the last decision)."""
    bad = []
    for o in case.events:
        if not o.documented:
            continue
        needs = o.event.art not in OUTSIDE
        named = o.event.gremium is not None or o.event.art in ("widerspruch", "beanstandung", "einspruch")
        if (needs and not o.event.gremium) or (named and o.step.consultation.gremium and not o.step.resolution.bekannt):
            bad.append(o.step)
    return _result(bad)


def stichtag_nach_vorlage(case: Case) -> Outcome:
    """The Stichtag is not before the Vorlage existed (its date, or the day it was eingebracht)."""
    paper = case.paper
    starts: list[tuple[date, Location | None]] = [(paper.datum, paper.ort("datum"))] if paper.datum else []
    starts += [(e.datum, e.ort) for e in (paper.verlauf or ()) if e.art == "eingebracht" and e.datum]
    if not starts:
        return True, ()
    first, ort = min(starts, key=lambda s: s[0])
    if case.stichtag >= first:
        return True, ()
    return False, (Step(Consultation("", -2000, first, ort=ort), Resolution(name=""), -1, False),)


CHECKS = {
    "widerspruch_fristgerecht": widerspruch_fristgerecht,
    "widerspruch_neue_sitzung_fristgerecht": widerspruch_neue_sitzung,
    "widerspruch_form": widerspruch_form,
    "beanstandung_form": beanstandung_form,
    "einspruch_form": einspruch_form,
    "verlauf_zeitlich_geordnet": verlauf_zeitlich_geordnet,
    "kein_ereignis_nach_abschluss": kein_ereignis_nach_abschluss,
    "ereignis_gremium_bekannt": ereignis_gremium_bekannt,
    "stichtag_nach_vorlage": stichtag_nach_vorlage,
}
