"""The history of a Vorlage as one sequence of events, documented (``verlauf``) or derived.

Both sources give the same kind of event. A documented event that is the outcome of a Beratung is
merged into the Beratungsfolge (it fulfils a planned Beratung or adds one), so the rules judge the same
facts whichever way they were written down; events outside sessions (eingebracht, zurückgezogen,
Widerspruch, Beanstandung, Einspruch) reach the procedure's state machine only. Without a documented
history, every Beratung with an Ergebnis is an event, preceded by "eingebracht" on the Vorlage's date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from gremienlauf.engine.case import Case, Step
from gremienlauf.engine.registry import Registry, Resolution
from gremienlauf.model import Body, Consultation, Event, Paper
from gremienlauf.names import fold

DECIDING = frozenset({"beschlossen", "geaendert_beschlossen"})
OUTSIDE = frozenset({"eingebracht", "zurueckgezogen", "widerspruch", "beanstandung", "einspruch"})
OBJECTIONS = frozenset({"widerspruch", "beanstandung", "einspruch"})

# Event → trigger of the procedures' state machines.
TRIGGER = {
    "eingebracht": "einbringen", "beraten": "vorberaten", "empfohlen": "vorberaten",
    "zur_kenntnis_genommen": "kenntnis_nehmen", "beschlossen": "beschliessen", "geaendert_beschlossen": "beschliessen",
    "abgelehnt": "ablehnen", "vertagt": "vertagen", "verwiesen": "verweisen", "zurueckgezogen": "zurueckziehen",
    "dringlich_entschieden": "beschliessen", "genehmigt": "genehmigen", "aufgehoben": "aufheben",
    "widerspruch": "widersprechen", "beanstandung": "beanstanden", "einspruch": "einspruch_erheben",
}
# Trigger → the event a user writes for it (to say which events would have been allowed).
EVENT_OF = {
    "einbringen": "eingebracht", "vorberaten": "empfohlen", "kenntnis_nehmen": "zur_kenntnis_genommen",
    "beschliessen": "beschlossen", "ablehnen": "abgelehnt", "vertagen": "vertagt", "verweisen": "verwiesen",
    "zurueckziehen": "zurueckgezogen", "genehmigen": "genehmigt", "aufheben": "aufgehoben",
    "widersprechen": "widerspruch", "beanstanden": "beanstandung", "einspruch_erheben": "einspruch",
}
# A session event as the Ergebnis and (if the plan does not say) the Rolle of its Beratung.
# "beraten" without a recommendation counts like "empfohlen": the Gremium dealt with the Vorlage.
ERGEBNIS = {"beraten": "empfohlen", "dringlich_entschieden": "beschlossen"}
ROLLE = {"beraten": "vorberatung", "empfohlen": "vorberatung", "zur_kenntnis_genommen": "kenntnisnahme",
         "beschlossen": "entscheidung", "geaendert_beschlossen": "entscheidung", "abgelehnt": "entscheidung",
         "dringlich_entschieden": "entscheidung", "genehmigt": "genehmigung"}


class Occurrence(NamedTuple):
    """One event as the replay feeds it: with the Beratung (Step) it stands for and its trigger."""

    event: Event
    step: Step
    ausloeser: str  # the procedure's trigger
    linked: bool
    documented: bool


class Timeline(NamedTuple):
    """The events of a Vorlage up to the Stichtag, in replay order, and the planned Beratung each fulfils."""

    events: tuple[Event, ...]
    planned: dict[int, int]
    documented: bool
    later: tuple[Event, ...] = ()  # documented, but on or after the Stichtag: not replayed


def art_for(step: Step, case: Case) -> str | None:
    """The event a held Beratung stands for, or None while it has not happened."""
    c = step.consultation
    result = c.ergebnis
    if not step.held or result in (None, "offen"):
        return None
    if result in ("vertagt", "verwiesen", "zurueckgezogen", "genehmigt", "aufgehoben", "zur_kenntnis_genommen",
                  "empfohlen"):
        return result
    rolle = c.rolle or ("entscheidung" if step is case.decision else "vorberatung")
    if rolle == "genehmigung":
        return "genehmigt" if result in DECIDING else "aufgehoben"
    if rolle == "entscheidung":
        if result not in DECIDING:
            return "abgelehnt"
        urgent = case.paper.art == "dringlichkeitsentscheidung" and step is case.decision
        return "dringlich_entschieden" if urgent else result
    return "zur_kenntnis_genommen" if rolle == "kenntnisnahme" else "beraten"


def trigger_for(step: Step, case: Case) -> str | None:
    """The trigger a held Beratung fires, or None while it has not happened."""
    art = art_for(step, case)
    return TRIGGER[art] if art else None


def derived(case: Case) -> Timeline:
    """The history a Vorlage without ``verlauf`` implies: eingebracht, then each held Beratung."""
    paper = case.paper
    events: list[Event] = []
    if paper.datum is not None and paper.datum < case.stichtag:
        events.append(Event("eingebracht", paper.datum, 0, ort=paper.ort("datum")))
    for step in case.steps:
        art = art_for(step, case)
        if art is not None:
            c = step.consultation
            events.append(Event(art, c.datum, len(events), gremium=c.gremium, top=c.top, ort=c.ort,
                                beratung=c.index))
    return Timeline(tuple(events), {e.index: e.beratung for e in events if e.beratung is not None}, False)


def documented(paper: Paper, body: Body, registry: Registry, stichtag: date) -> Timeline:
    """The documented events before the Stichtag in date order (the file's order breaks ties)."""
    verlauf = paper.verlauf or ()
    done = sorted((e for e in verlauf if e.datum is not None and e.datum < stichtag), key=lambda e: e.datum or date.min)
    later = tuple(e for e in verlauf if e.datum is None or e.datum >= stichtag)
    return Timeline(tuple(done), _match(paper, body, registry, done), True, later)


def _match(paper: Paper, body: Body, registry: Registry, events: Iterable[Event]) -> dict[int, int]:
    """Which planned Beratung each session event fulfils: same Gremium, same day or not yet scheduled.
    A Vertagung only fulfils an entry scheduled for that very day; otherwise it is an extra Beratung."""
    taken: set[int] = set()
    out: dict[int, int] = {}
    for event in events:
        if event.art in OUTSIDE or not event.gremium:
            continue
        who = _who(registry.resolve(event.gremium, body), event.gremium)
        for c in paper.consultations:
            same_day = c.datum == event.datum
            if c.index in taken or _who(registry.resolve(c.gremium, body), c.gremium) != who:
                continue
            if (c.datum is not None or event.art in ("vertagt", "verwiesen")) and not same_day:
                continue
            taken.add(c.index)
            out[event.index] = c.index
            break
    return out


def _who(resolution: Resolution, name: str) -> tuple[str, ...]:
    org = resolution.organization
    return (org.body_id, org.id) if org is not None else ("?", fold(name))


class Facts(NamedTuple):
    """The Beratungen of a Vorlage as they stood after one event (``upto``)."""

    consultations: tuple[Consultation, ...]
    not_held: frozenset[int]
    created: dict[int, int]  # event index → index of the Beratung the event added


def facts_until(paper: Paper, timeline: Timeline, upto: int) -> Facts:
    """Beratungsfolge plus the events up to position ``upto``: fulfilled entries get the event's facts,
    entries fulfilled only later stay planned. Without a Beratungsfolge, later session events stand in for
    the plan, undated, in the order a lawful procedure would have them (hearings, decision, approval)."""
    done = {e.index for e in timeline.events[:upto + 1]}
    fulfilled = {c: e for e, c in timeline.planned.items()}
    by_index = {e.index: e for e in timeline.events}
    out: list[Consultation] = []
    not_held: set[int] = set()
    for c in paper.consultations:
        event_index = fulfilled.get(c.index)
        if event_index is None:
            out.append(c)
        elif event_index in done:
            event = by_index[event_index]
            out.append(c if event.beratung is not None else _fulfil(c, event, paper))
        else:
            out.append(replace(c, ergebnis=None))
            not_held.add(c.index)
    base = max((c.index for c in paper.consultations), default=-1) + 1
    created: dict[int, int] = {}
    for event in timeline.events[:upto + 1]:
        if event.art not in OUTSIDE and event.gremium and event.index not in timeline.planned:
            created[event.index] = base + event.index
            out.append(_fulfil(Consultation(event.gremium, base + event.index, rolle=_planned_role(paper, event)),
                               event, paper))
    if timeline.documented and not paper.consultations:
        later = [e for e in timeline.events[upto + 1:] if e.art not in OUTSIDE and e.gremium]
        later.sort(key=lambda e: {"entscheidung": 1, "genehmigung": 2}.get(_role(e, paper) or "", 0))
        out.extend(Consultation(e.gremium or "", base + e.index, rolle=_role(e, paper), ort=e.ort) for e in later)
    return Facts(tuple(out), frozenset(not_held), created)


def _fulfil(c: Consultation, event: Event, paper: Paper) -> Consultation:
    return replace(c, datum=event.datum, ergebnis=ERGEBNIS.get(event.art, event.art), rolle=c.rolle or _role(event,
                                                                                                             paper),
                   ort=event.ort, top=event.top or c.top)


def _role(event: Event, paper: Paper) -> str | None:
    if event.art == "aufgehoben":
        return "genehmigung" if paper.art == "dringlichkeitsentscheidung" else "entscheidung"
    return ROLLE.get(event.art)


def _planned_role(paper: Paper, event: Event) -> str | None:
    """A Vertagung or Verweisung keeps the role the plan gives that Gremium."""
    if event.art not in ("vertagt", "verwiesen"):
        return None
    return next((c.rolle for c in paper.consultations if fold(c.gremium) == fold(event.gremium or "")), None)


def occurrences(case: Case, timeline: Timeline, facts: Facts, upto: int) -> tuple[Occurrence, ...]:
    """Each event up to ``upto`` with the Beratung of ``case`` it stands for (or a step of its own)."""
    steps = {s.consultation.index: s for s in case.steps}
    out: list[Occurrence] = []
    for event in timeline.events[:upto + 1]:
        index = timeline.planned.get(event.index, facts.created.get(event.index))
        step = steps.get(index) if index is not None else None
        if step is not None:
            trigger = trigger_for(step, case) or TRIGGER[event.art]
            out.append(Occurrence(event, step, trigger, True, timeline.documented))
        else:
            step = _own_step(event, case, out)
            out.append(Occurrence(event, step, TRIGGER[event.art], False, timeline.documented))
    return tuple(out)


def _own_step(event: Event, case: Case, before: list[Occurrence]) -> Step:
    """A step for an event outside a session. An objection without a Gremium is aimed at the last decision."""
    gremium = event.gremium
    if gremium is None and event.art in OBJECTIONS:
        last = next((o for o in reversed(before) if o.ausloeser in ("beschliessen", "ablehnen")), None)
        gremium = last.step.consultation.gremium if last else None
    resolution = case.registry.resolve(gremium, case.body) if gremium else Resolution(name="")
    order = next((o.step.order for o in reversed(before) if o.linked), -1)
    consultation = Consultation(gremium or "", -1000 - event.index, event.datum, ort=event.ort, top=event.top)
    return Step(consultation, resolution, order, True)
