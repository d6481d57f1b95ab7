"""The facts rule packs may ask about: fact paths, Beratung filters and named checks.

These three tables are the whole surface a rule pack can touch. Adding a fact means adding a row
here (and documenting it); packs cannot reach anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from gremienlauf.engine.case import Case, Step


class Fact(NamedTuple):
    get: Callable[[Case], Any]
    is_set: bool = False
    witness: Callable[[Case], Step | None] | None = None
    beschreibung: str = ""


def _decider(attr: str) -> Callable[[Case], Any]:
    return lambda c: getattr(c.decider, attr) if c.decider is not None else None


def _last_event(case: Case) -> Step | None:
    return case.replay.last_step if case.replay else None


def _urgency_art(case: Case) -> str | None:
    u = case.paper.dringlichkeit
    if u is None or not u.anstelle_von:
        return None
    return case.registry.resolve(u.anstelle_von, case.body).art


def _decider_is_traeger(case: Case) -> bool | None:
    d = case.decider
    if d is None or not d.bekannt:
        return None
    return d.owner is not None and d.owner.id == case.traeger().id


PATHS: dict[str, Fact] = {
    "koerperschaft.id": Fact(lambda c: c.body.id),
    "koerperschaft.typ": Fact(lambda c: c.body.typ),
    "koerperschaft.land": Fact(lambda c: c.body.land),
    "koerperschaft.ebene": Fact(lambda c: c.body.ebene, beschreibung="gemeinde (GO) oder kreis (KrO)"),
    "koerperschaft.jugendamt": Fact(lambda c: c.body.jugendamt, beschreibung="örtlicher Träger der Jugendhilfe"),
    "vorlage.art": Fact(lambda c: c.paper.art),
    "vorlage.nummer": Fact(lambda c: c.paper.nummer),
    "vorlage.bezug": Fact(lambda c: c.paper.bezug, beschreibung="Nummer der Vorlage, die ein Änderungs- oder "
                                                                "Ergänzungsantrag ändert"),
    "vorlage.sachgebiete": Fact(lambda c: c.classification.sachgebiete, is_set=True,
                                beschreibung="angegeben oder aus dem Text abgeleitet"),
    "vorlage.gegenstand": Fact(lambda c: c.classification.gegenstand, is_set=True,
                               beschreibung="angegeben oder aus dem Betreff abgeleitet"),
    "vorlage.abgestimmt_mit": Fact(lambda c: c.paper.abgestimmt_mit),
    "vorlage.abweichung_begruendet": Fact(lambda c: c.paper.abweichung_begruendet),
    "vorlage.zustaendigkeit_begruendung": Fact(lambda c: c.paper.zustaendigkeit_begruendung),
    "beschlussgremium.angegeben": Fact(lambda c: c.decider_stated),
    "beschlussgremium.bekannt": Fact(lambda c: c.decider is not None and c.decider.bekannt),
    "beschlussgremium.art": Fact(_decider("art")),
    "beschlussgremium.arten": Fact(lambda c: c.decider.arten if c.decider else frozenset(), is_set=True),
    "beschlussgremium.eigene_koerperschaft": Fact(_decider("eigene")),
    "beschlussgremium.koerperschaft_ebene": Fact(_decider("ebene")),
    "beschlussgremium.zustaendiger_traeger": Fact(_decider_is_traeger),
    "beschlussgremium.in_beratungsfolge": Fact(lambda c: c.decision is not None),
    "dringlichkeit.vorhanden": Fact(lambda c: c.paper.dringlichkeit is not None),
    "dringlichkeit.anstelle_von_art": Fact(_urgency_art),
    "dringlichkeit.begruendung": Fact(lambda c: c.paper.dringlichkeit and c.paper.dringlichkeit.begruendung),
    "dringlichkeit.mitunterzeichner": Fact(lambda c: c.paper.dringlichkeit and c.paper.dringlichkeit.mitunterzeichner),
    "beratungsfolge.anzahl": Fact(lambda c: len(c.steps)),
    "beratungsfolge.ergebnisse_angegeben": Fact(lambda c: any(s.ergebnis not in (None, "offen") for s in c.steps),
                                                beschreibung="mindestens eine Beratung nennt ein Ergebnis"),
    "verfahren.endzustand": Fact(lambda c: c.replay.state if c.replay else None, witness=_last_event),
    "verfahren.abgeschlossen": Fact(lambda c: c.replay.final if c.replay else None, witness=_last_event),
    "verfahren.folgeberatung_geplant": Fact(lambda c: c.replay.followed if c.replay else None, witness=_last_event,
                                            beschreibung="nach dem letzten Ereignis ist noch eine Beratung vorgesehen"),
    "sitzung.vorhanden": Fact(lambda c: c.sitzung is not None, beschreibung="geprüft für eine Tagesordnung"),
    "verlauf.ereignisse": Fact(lambda c: frozenset(o.event.art for o in c.events), is_set=True,
                               beschreibung="Ereignisse bis zum Stichtag (dokumentiert oder abgeleitet)"),
    "verlauf.dokumentiert": Fact(
        lambda c: c.paper.verlauf is not None,
        beschreibung="die Vorlage hat einen Verlauf (sonst aus der Beratungsfolge abgeleitet)"),
    "koerperschaft.jha_art": Fact(lambda c: c.traeger().jha_art,
                                  beschreibung="beratend oder beschliessend (§ 2 Abs. 1 LKJHG BW), beim Träger"),
    "beschlussgremium.befugnis": Fact(lambda c: c.decider.organization.befugnis
                                      if c.decider is not None and c.decider.organization is not None else None,
                                      beschreibung="beschliessend oder beratend, wo das Register es kennt"),
    "beschlussgremium.abgeleitet": Fact(lambda c: c.decider_inferred,
                                        beschreibung="keine Beratung hat eine Rolle; die Vertretung gilt als "
                                                     "Beschlussgremium"),
}

# Filters over one Beratung; those in SET_FILTERS take one value or a list of values.
SET_FILTERS = {"gremium_art", "rolle", "ergebnis"}
STEP_FILTERS: dict[str, Callable[[Any], Callable[[Case, Step], bool]]] = {
    "gremium_art": lambda want: lambda c, s: not s.resolution.arten.isdisjoint(want),
    "rolle": lambda want: lambda c, s: s.consultation.rolle in want,
    "ergebnis": lambda want: lambda c, s: (s.ergebnis or "offen") in want,
    "eigene_koerperschaft": lambda want: lambda c, s: s.resolution.bekannt and s.resolution.eigene == want,
    "ist_beschlussgremium": lambda want: lambda c, s: c.is_decider(s) == want,
    "koerperschaft_ebene": lambda want: lambda c, s: s.resolution.ebene == want,
    "zustaendiger_traeger": lambda want: lambda c, s: (s.resolution.owner is not None and
                                                       s.resolution.owner.id == c.traeger().id) == want,
    "vor": lambda _: lambda c, s: c.before_decision(s) and not c.is_decider(s),
    "nach": lambda _: lambda c, s: c.after_decision(s),
    "angehoert": lambda want: lambda c, s: c.heard(s) == want,
    "stattgefunden": lambda want: lambda c, s: s.held == want,
    "ohne_ergebnis": lambda want: lambda c, s: (s.ergebnis in (None, "offen")) == want,
    "bekannt": lambda want: lambda c, s: s.resolution.bekannt == want,
    "art_abgeleitet": lambda want: lambda c, s: s.resolution.abgeleitet == want,
    "ist_vertretenes_gremium": lambda want: lambda c, s: represented(c, s) == want,
    # OParl authoritative, tri-state: true, false, or null for "not stated"
    "entscheidend": lambda want: lambda c, s: s.consultation.entscheidend is want,
}


def represented(case: Case, step: Step) -> bool:
    """The Beratung is in the Gremium whose competence a Dringlichkeitsentscheidung exercised."""
    u = case.paper.dringlichkeit
    if u is None or not u.anstelle_von:
        return False
    meant = case.registry.resolve(u.anstelle_von, case.body)
    if meant.organization is not None:
        return step.resolution.organization == meant.organization
    return meant.art is not None and step.resolution.art == meant.art


Outcome = tuple[bool, tuple[Step, ...]]


def _agenda_gremium_listed(case: Case) -> Outcome:
    """For an agenda: the meeting's Gremium appears in the Vorlage's Beratungsfolge on that day."""
    if case.sitzung is None:
        return True, ()
    meeting = case.registry.resolve(case.sitzung.gremium, case.body)
    for step in case.steps:
        same = (step.resolution.organization is not None and step.resolution.organization == meeting.organization) \
            or (meeting.organization is None and step.resolution.art == meeting.art and meeting.art is not None)
        if same and step.consultation.datum in (None, case.sitzung.datum):
            return True, (step,)
    return False, ()


def _approved_at_next_session(case: Case) -> Outcome:
    """§ 60 GO NRW: the Vertretung approves an urgent decision at its next session, not a later one."""
    if case.decision is None:
        return True, ()
    for step in case.steps[case.decision.order + 1:]:
        if "vertretung" in step.resolution.arten and step.resolution.eigene and step.held:
            return (True, ()) if step.consultation.rolle == "genehmigung" else (False, (step,))
    return True, ()


CHECKS: dict[str, Callable[[Case], Outcome]] = {
    "tagesordnung_gremium_in_beratungsfolge": _agenda_gremium_listed,
    "genehmigung_in_naechster_sitzung": _approved_at_next_session,
}


def _register_history_checks() -> None:
    """Deadlines of objections and the documented history (engine/fristen.py)."""
    from gremienlauf.engine.fristen import CHECKS as HISTORY

    CHECKS.update(HISTORY)


_register_history_checks()
