"""A Case: one Vorlage resolved against the registry, ordered, and placed in time.

Everything the rules and the replay ask about a Vorlage is computed here once: which Gremium each
Beratung means, their order, which Beratung is the decision, which have happened by the Stichtag.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from gremienlauf.engine.classify import Classification, Sachgebiete, classify
from gremienlauf.engine.registry import Registry, Resolution
from gremienlauf.model import Body, Consultation, Meeting, Paper

if TYPE_CHECKING:  # these modules build on Case; the record only names their types
    from gremienlauf.engine.normen import Normen
    from gremienlauf.engine.procedure import Replay
    from gremienlauf.engine.verlauf import Occurrence, Timeline

# § 71 "gehört": the JHA dealt with the Vorlage in a held meeting (law.md § 6).
HEARD = frozenset({"empfohlen", "beschlossen", "geaendert_beschlossen", "abgelehnt",
                   "zur_kenntnis_genommen", "genehmigt", "ohne_votum", "erledigt",
                   # held, the page just does not show the result: the Gremium had it on its agenda
                   "nicht_angegeben"})
NOT_DEALT_WITH = frozenset({"vertagt", "verwiesen", "zurueckgezogen", "zurueckgestellt", "zurueckverwiesen",
                            "abgesetzt"})
DECIDING_ARTS = frozenset({"vertretung", "hauptausschuss", "finanzausschuss", "kreisausschuss",
                           "jugendhilfeausschuss", "fachausschuss", "bezirksvertretung", "hauptverwaltungsbeamter"})


class Step(NamedTuple):
    """A Beratung in procedure order, with the Gremium it resolves to."""

    consultation: Consultation
    resolution: Resolution
    order: int
    held: bool

    @property
    def gremium(self) -> str:
        org = self.resolution.organization
        return org.name if org and not self.resolution.eigene else self.consultation.gremium

    @property
    def ergebnis(self) -> str | None:
        return self.consultation.ergebnis


class ReplayRecord(NamedTuple):
    """What the replay made of a Case: the events fed to the machine, the timeline they came from, the
    machine's answer, and the dated constants the deadline checks read. Kept apart from what the Vorlage is."""

    events: tuple[Occurrence, ...]  # in replay order
    timeline: Timeline
    replay: Replay | None  # None where no procedure applies to this kind of Vorlage
    normen: Normen


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One Vorlage resolved against the registry, ordered and placed in time; immutable once built."""

    paper: Paper
    body: Body
    registry: Registry
    stichtag: date
    classification: Classification
    steps: tuple[Step, ...]
    decider: Resolution | None
    decider_stated: bool
    decider_inferred: bool = False  # no Beratung had a Rolle; the Vertretung was taken as the decider
    decision: Step | None
    datum: date
    sitzung: Meeting | None = None
    record: ReplayRecord | None = None  # added by the engine once the events are replayed

    @property
    def replay(self) -> Replay | None:
        return self.record.replay if self.record else None

    @property
    def events(self) -> tuple[Occurrence, ...]:
        return self.record.events if self.record else ()

    def is_decider(self, step: Step) -> bool:
        return _is_decider(self.decider, step)

    def before_decision(self, step: Step) -> bool:
        return self.decision is None or step.order < self.decision.order

    def after_decision(self, step: Step) -> bool:
        return self.decision is not None and step.order > self.decision.order

    def heard(self, step: Step) -> bool:
        """Heard before the decision: planned in time, or (once the decision is taken) dealt with."""
        if not self.before_decision(step) or step.ergebnis in NOT_DEALT_WITH:
            return False
        if self.decision is not None and self.decision.held:
            return step.held and (step.ergebnis in HEARD or step.ergebnis in (None, "offen"))
        return True

    def traeger(self) -> Body:
        """The örtlicher Träger der Jugendhilfe for this Körperschaft: itself or its Kreis."""
        if self.body.jugendamt or not self.body.jugendhilfetraeger:
            return self.body
        return self.registry.body(self.body.jugendhilfetraeger) or self.body


def build_case(paper: Paper, body: Body, registry: Registry, sachgebiete: Sachgebiete, stichtag: date,
               sitzung: Meeting | None = None, not_held: frozenset[int] = frozenset()) -> Case:
    ordered = _procedure_order(paper.consultations)
    signed = _signed_decision(paper, body, registry)
    if signed is not None:
        ordered.insert(0, signed)
    steps = tuple(Step(c, resolve_consultation(registry, c, body), i, c.index not in not_held and _held(c, stichtag))
                  for i, c in enumerate(ordered))
    decider, stated, inferred = None, False, False
    if paper.beschlussgremium:
        decider, stated = registry.resolve(paper.beschlussgremium, body), True
    else:
        deciding = [s for s in steps if s.consultation.rolle == "entscheidung"]
        if deciding:
            decider = deciding[-1].resolution
        else:
            decider = _roleless_decider(paper, steps)
            inferred = decider is not None
    decision = _decision(steps, decider)
    datum = paper.datum or stichtag
    if decision is not None and decision.consultation.datum is not None:
        datum = decision.consultation.datum
    elif paper.datum is None and sitzung is not None:
        datum = sitzung.datum
    return Case(paper=paper, body=body, registry=registry, stichtag=stichtag,
                classification=_with_befassung(classify(paper, sachgebiete), paper, steps), steps=steps,
                decider=decider, decider_stated=stated, decider_inferred=inferred, decision=decision, datum=datum,
                sitzung=sitzung)


def resolve_consultation(registry: Registry, c: Consultation, body: Body) -> Resolution:
    """By the OParl Organization id when the registry knows it (names differ between systems), else by
    the name as written; messages keep quoting the name."""
    if c.gremium_id:
        hit = registry.resolve(c.gremium_id, body)
        if hit.organization is not None:
            return replace(hit, name=c.gremium)
    return registry.resolve(c.gremium, body)


def _roleless_decider(paper: Paper, steps: tuple[Step, ...]) -> Resolution | None:
    """Exports that carry no Rolle at all (Sternberg OParl 1.0): the own Vertretung, where it deals with
    a Vorlage that asks for a decision, is taken to decide it (its last Beratung). Rules can tell."""
    if not steps or paper.art in ("mitteilungsvorlage", "anfrage") or any(s.consultation.rolle for s in steps):
        return None
    council = [s for s in steps if "vertretung" in s.resolution.arten and s.resolution.eigene]
    return council[-1].resolution if council else None


def _with_befassung(found: Classification, paper: Paper, steps: tuple[Step, ...]) -> Classification:
    """A Vorlage the administration puts before its own Jugendhilfeausschuss is a matter of youth welfare
    (the JHA deals with those, § 71 Abs. 3 SGB VIII): inferred, and said so, unless the Vorlage states
    its Sachgebiete."""
    if paper.sachgebiete is not None or "jugendhilfe" in found.sachgebiete:
        return found
    jha = next((s for s in steps if "jugendhilfeausschuss" in s.resolution.arten and s.resolution.eigene), None)
    if jha is None:
        return found
    return Classification(found.sachgebiete | {"jugendhilfe"}, found.gegenstand,
                          {**found.abgeleitet, "jugendhilfe": f"Beratung im Gremium {jha.consultation.gremium}"})


def _signed_decision(paper: Paper, body: Body, registry: Registry) -> Consultation | None:
    """A Dringlichkeitsentscheidung of the Bürgermeister or Landrat is taken by signature, not in a
    session, so no Beratung records it; the Vorlage itself is the record that it was taken."""
    if paper.art != "dringlichkeitsentscheidung" or not paper.beschlussgremium:
        return None
    decider = registry.resolve(paper.beschlussgremium, body)
    if decider.art != "hauptverwaltungsbeamter":
        return None
    if any(registry.resolve(c.gremium, body).art == "hauptverwaltungsbeamter" for c in paper.consultations):
        return None
    return Consultation(paper.beschlussgremium, -1, paper.datum, "entscheidung", "beschlossen",
                        paper.ort("beschlussgremium"))


def _is_decider(decider: Resolution | None, step: Step) -> bool:
    if decider is None or not decider.bekannt:
        return False
    if decider.organization is not None:
        return step.resolution.organization == decider.organization
    return step.resolution.art == decider.art and not step.resolution.eigene


def _decision(steps: tuple[Step, ...], decider: Resolution | None) -> Step | None:
    """The decider's Beratung: its Entscheidung if listed, else its last one that was not put off."""
    mine = [s for s in steps if _is_decider(decider, s)]
    candidates = (
        [s for s in mine if s.consultation.rolle == "entscheidung" and s.ergebnis not in NOT_DEALT_WITH],
        [s for s in mine if s.consultation.rolle != "genehmigung" and s.ergebnis not in NOT_DEALT_WITH],
        mine,
    )
    return next((found[-1] for found in candidates if found), None)


def _held(c: Consultation, stichtag: date) -> bool:
    if c.datum is not None:
        return c.datum < stichtag
    return c.ergebnis not in (None, "offen")


def _procedure_order(consultations: tuple[Consultation, ...]) -> list[Consultation]:
    """Dated Beratungen in date order, undated ones keep their planned place.

    Dated entries are sorted among the slots dated entries occupy, so reordering dated entries in
    the file never changes the result, while an unscheduled entry stays where the plan put it.
    """
    dated = sorted((c for c in consultations if c.datum is not None), key=lambda c: (c.datum, c.index))
    it = iter(dated)
    return [next(it) if c.datum is not None else c for c in consultations]
