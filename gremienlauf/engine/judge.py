"""Checking one Vorlage: build the Case, replay its procedure, evaluate the rules valid at its date."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import NamedTuple

from gremienlauf.engine import verdict, verlauf
from gremienlauf.engine.case import Case, ReplayRecord, Step, build_case
from gremienlauf.engine.classify import Sachgebiete
from gremienlauf.engine.index import RuleIndex
from gremienlauf.engine.normen import Normen
from gremienlauf.engine.procedure import Procedure, procedure_for
from gremienlauf.engine.registry import Registry
from gremienlauf.engine.rules import PLACEHOLDERS, Pack, Rule, Version, render
from gremienlauf.model import INPUT_CODE, Body, Finding, Location, Meeting, Paper, Verdraengt

_ORT_FIELDS = {"beschlussgremium": "beschlussgremium", "beratungsfolge": "beratungsfolge", "vorlage": "vorlage",
               "koerperschaft": "koerperschaft", "dringlichkeit": "dringlichkeit"}


class Judged(NamedTuple):
    findings: list[Finding]
    urteil: str
    urteil_grund: str
    verdraengt: tuple[Verdraengt, ...] = ()


@dataclass
class Engine:
    """Everything a check needs, as values: built by ``gremienlauf.load.engine``, it reads no file itself."""

    registry: Registry
    packs: list[Pack]
    procedures: list[Procedure]
    sachgebiete: Sachgebiete
    normen: Normen  # dated legal constants (deadlines) the history checks read
    # what load.engine() was given, so that a worker process (check --jobs) can load the same engine
    origin: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    _rules: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    _index: dict[str, RuleIndex] = field(default_factory=dict)

    def rules_for(self, body: Body) -> tuple[Rule, ...]:
        """Rules of the packs that apply to this Körperschaft, minus those a local rule replaces."""
        hit = self._rules.get(body.id)
        if hit is None:
            chosen = [r for p in self.packs if p.applies_to(body.land, body.id, body.satzungen) for r in p.rules]
            replaced = {r.ersetzt for r in chosen if r.ersetzt}
            hit = tuple(r for r in chosen if r.code not in replaced or r.ersetzt == r.code)
            self._rules[body.id] = hit
        return hit

    def case(self, paper: Paper, stichtag: date, sitzung: Meeting | None = None) -> Case | None:
        """The Vorlage with all events before the Stichtag replayed."""
        body = self.registry.find_body(paper.koerperschaft)
        if body is None:
            return None
        stichtag = sitzung.datum if sitzung else stichtag
        if paper.verlauf is None:
            case = build_case(paper, body, self.registry, self.sachgebiete, stichtag, sitzung)
            timeline = verlauf.derived(case)
            return self._replayed(case, timeline, verlauf.facts_until(paper, timeline, len(timeline.events)))
        timeline = verlauf.documented(paper, body, self.registry, stichtag)
        return self.case_until(paper, timeline, len(timeline.events) - 1, stichtag, sitzung)

    def case_until(self, paper: Paper, timeline: verlauf.Timeline, upto: int, stichtag: date,
                   sitzung: Meeting | None = None) -> Case:
        """The Vorlage as it stood right after event ``upto`` of ``timeline`` (the whole of it at the end)."""
        body = self.registry.find_body(paper.koerperschaft)
        assert body is not None
        facts = verlauf.facts_until(paper, timeline, upto)
        case = build_case(replace(paper, consultations=facts.consultations), body, self.registry, self.sachgebiete,
                          stichtag, sitzung,
                          facts.not_held)
        return self._replayed(case, timeline, facts, upto)

    def _replayed(self, case: Case, timeline: verlauf.Timeline, facts: verlauf.Facts, upto: int | None = None) -> Case:
        last = len(timeline.events) - 1 if upto is None else upto
        events = verlauf.occurrences(case, timeline, facts, last)
        procedure = procedure_for(self.procedures, case.paper.art, case.body.ebene, case.body.land)
        replayed = procedure.replay(case, events) if procedure else None
        return replace(case, record=ReplayRecord(events, timeline, replayed, self.normen))

    def check(self, paper: Paper, stichtag: date, sitzung: Meeting | None = None, label: str = "") -> list[Finding]:
        return self.judge(paper, stichtag, sitzung, label).findings

    def judge(self, paper: Paper, stichtag: date, sitzung: Meeting | None = None, label: str = "") -> Judged:
        """The findings on one Vorlage and its verdict."""
        label = label or paper.bezeichnung
        case = self.case(paper, stichtag, sitzung)
        if case is None:
            finding = unknown_body(paper, self.registry, label)
            return Judged([finding], "nicht_pruefbar", f"nicht prüfbar, weil {finding.meldung}")
        lage, fehlt = verdict.stand(case), verdict.mangel(case)
        # a Beratung nobody can place might be the one a rule misses: such rules cannot be judged then
        blind = bool(verdict.unbekannte_gremien(case))
        fired: list[tuple[Rule, Finding, bool]] = []
        for rule, version in self.index_for(case.body).candidates(case):
            if not applies(rule, fehlt, blind, lage):
                continue
            holds, witnesses = rule.wenn(case)
            if holds:  # most candidates stop here: one call each, no list, no generator
                fired += [(rule, f, at_step) for f, at_step in _findings(rule, case, label, version, witnesses, lage)]
        findings, verdraengt = _suppress(fired) if fired else ([], ())
        urteil, grund = verdict.urteil(case, lage, fehlt, findings, self.legal_codes, self.titles,
                                       case.body.land in self.laender and case.body.typ not in verdict.OHNE_REGELN)
        return Judged(findings, urteil, grund, verdraengt)

    @cached_property
    def legal_codes(self) -> frozenset[str]:
        return frozenset(r.code for p in self.packs if not p.datenpruefung for r in p.rules)

    @cached_property
    def titles(self) -> dict[str, str]:
        return {r.code: r.titel for p in self.packs for r in p.rules}

    @cached_property
    def laender(self) -> frozenset[str]:
        """Länder whose own law a bundled or local pack encodes; elsewhere only federal law is checked."""
        return frozenset(p.land for p in self.packs if p.land)

    def index_for(self, body: Body) -> RuleIndex:
        """rules_for(body), indexed so a Vorlage meets only the rules that can fire on it (index.py)."""
        hit = self._index.get(body.id)
        if hit is None:
            hit = self._index[body.id] = RuleIndex.build(self.rules_for(body))
        return hit


def applies(rule: Rule, fehlt: str | None, blind: bool, lage: verdict.Stand | None = None) -> bool:
    """Whether a rule can judge a Vorlage whose data lacks ``fehlt`` or names Gremien nobody knows (``blind``):
    a finding derived from absence would accuse on missing data; the data check says what is missing, once.
    A rule about the decision says nothing where there is nothing to decide (Mitteilungsvorlage, Anfrage …)."""
    if rule.zeitpunkt == "beschluss" and lage is not None and lage.name == "ohne_beschluss":
        return False
    return rule.daten or not ((fehlt and rule.liest_beratungsfolge) or (blind and rule.fordert_beratung))


def evaluate(rule: Rule, case: Case, label: str, day: date | None = None,
             version: Version | None = None, lage: verdict.Stand | None = None) -> list[tuple[Finding, bool]]:
    """The findings ``rule`` raises on ``case``, each with whether it points at one Beratung; the rule's
    version is ``version`` if given, else the one valid on ``day`` (default: the day of the decision,
    else of the Vorlage)."""
    version = version or rule.version_at(day or case.datum)
    if version is None:
        return []
    holds, witnesses = rule.wenn(case)
    return _findings(rule, case, label, version, witnesses, lage) if holds else []


def _findings(rule: Rule, case: Case, label: str, version: Version, witnesses: tuple[Step, ...],
              lage: verdict.Stand | None = None) -> list[tuple[Finding, bool]]:
    """What ``rule`` raises once its ``wenn`` held with these witnesses."""
    if rule.dann is not None:
        satisfied, violations = rule.dann(case)
        if satisfied:
            return []
        witnesses = violations or witnesses
    schwere, zusatz = rule.schwere, ""
    if rule.milderung and rule.milderung.wenn(case)[0]:
        schwere, zusatz = rule.milderung.schwere, rule.milderung.zusatz or ""
    if schwere == "fehler" and "vorlage.sachgebiete" in rule.uses and case.classification.nur_text:
        # the Sachgebiet rests on a word in the body text alone: ask, do not accuse
        schwere = "warnung"
        frage = "Das Sachgebiet steht nur im Text der Vorlage, nicht im Betreff; ob sie eine Angelegenheit der " \
                "Jugendhilfe ist, bitte prüfen."
        zusatz = " ".join(filter(None, (zusatz, frage)))
    meldung_vorlage, abhilfe_vorlage = rule.meldung, rule.abhilfe
    if rule.zeitpunkt == "beschluss" and lage is not None and not lage.entschieden:
        # nothing was decided yet: the plan is wrong, no resolution is unlawful (a Warnung that says so)
        schwere = "warnung" if schwere == "fehler" else schwere
        if rule.planung is not None:
            meldung_vorlage, abhilfe_vorlage = rule.planung[0], rule.planung[1] or rule.abhilfe
        else:
            meldung_vorlage = "Geplante Beratungsfolge, noch nicht beschlossen: " + rule.meldung
    out = []
    for witness in (witnesses if rule.mehrfach else witnesses[:1]) or (None,):
        values = message_values(case, version, witness)
        meldung = " ".join(filter(None, (render(meldung_vorlage, values), render(zusatz, values),
                                         _inferred(rule, case))))
        ort = _location(rule, case, witness)
        out.append((Finding(rule.code, schwere, meldung, "" if rule.daten else values["zitat"], ort.datei,
                            ort.zeile, ort.spalte, label, render(abhilfe_vorlage, values), rule.name),
                    witness is not None))
    return out


def message_values(case: Case, version: Version, witness: Step | None) -> dict[str, str]:
    paper, body = case.paper, case.body
    traeger = case.traeger()
    jha = next((o.name for o in traeger.organizations if o.art == "jugendhilfeausschuss"), "Jugendhilfeausschuss")
    values = dict(PLACEHOLDERS)
    values.update({
        "beschlussgremium": _decider_name(case), "zitat": version.zitat(body.land, body.ebene),
        "koerperschaft": body.name, "traeger": traeger.name, "traeger_jha": f"{jha} ({traeger.name})",
        "vorlage": paper.bezeichnung, "art": paper.art or "unbekannt", "stichtag": _day(case.stichtag),
        "bezug": f"Bezug: {paper.bezug}" if paper.bezug else "Bezug nicht angegeben",
        "anstelle_von": (paper.dringlichkeit.anstelle_von if paper.dringlichkeit else None) or "—",
        "tagesordnung_gremium": case.sitzung.gremium if case.sitzung else "—",
        "sachgebiet": ", ".join(sorted(case.classification.sachgebiete)) or "—",
        "gegenstand": ", ".join(sorted(case.classification.gegenstand)) or "—",
    })
    if witness is not None:
        values["gremium"] = witness.consultation.gremium
        values["sitzung"] = _day(witness.consultation.datum) if witness.consultation.datum else "ohne Datum"
        # "am ohne Datum" reads wrong: a template that says "am" writes {am_sitzung}
        values["am_sitzung"] = f"am {values['sitzung']}" if witness.consultation.datum else "ohne Datum"
        values["vorschlag"] = witness.resolution.vorschlag or "—"
        for replayed in (case.replay.steps if case.replay else ()):
            if replayed.step is witness:
                # A documented history speaks in events (verlauf), a Beratungsfolge in the machine's triggers.
                named = replayed.occurrence.documented
                allowed = [verlauf.EVENT_OF.get(t, t) if named else t for t in replayed.erlaubt if t != "einbringen"]
                values.update(ereignis=replayed.occurrence.event.art if named else replayed.ausloeser,
                              zustand=replayed.vorher, grund=replayed.grund or "—",
                              erlaubt=", ".join(allowed) or "keine (Verfahren abgeschlossen)")
    elif case.decider is not None and case.decider.vorschlag:
        values["vorschlag"] = case.decider.vorschlag
    # the suggestion as a phrase, so that a message without one reads whole
    values["aehnlich"] = f" (ähnlichster bekannter Name: „{values['vorschlag']}“)" if values["vorschlag"] != "—" else ""
    return values


def _decider_name(case: Case) -> str:
    d = case.decider
    if d is None:
        return "—"
    if d.organization is not None and not d.eigene and d.owner is not None:
        return f"{d.organization.name} ({d.owner.name})"
    return d.organization.name if d.organization is not None else d.name


def _inferred(rule: Rule, case: Case) -> str:
    notes = []
    for key, label in (("vorlage.sachgebiete", "Sachgebiet"), ("vorlage.gegenstand", "Gegenstand")):
        if key in rule.uses:
            stated = case.paper.sachgebiete if key == "vorlage.sachgebiete" else case.paper.gegenstand
            values = case.classification.sachgebiete if key == "vorlage.sachgebiete" else case.classification.gegenstand
            for value in sorted(values):
                if stated is None and value in case.classification.abgeleitet:
                    notes.append(f"{label} „{value}“ abgeleitet aus „{case.classification.abgeleitet[value]}“")
    return f"({'; '.join(notes)}; bitte in der Vorlage angeben)" if notes else ""


def _location(rule: Rule, case: Case, witness: Step | None) -> Location:
    if witness is not None and witness.consultation.ort is not None:
        return witness.consultation.ort
    return case.paper.ort(_ORT_FIELDS.get(rule.ort or "vorlage", "vorlage"))


def _suppress(fired: list[tuple[Rule, Finding, bool]]) -> tuple[list[Finding], tuple[Verdraengt, ...]]:
    """Lex specialis: a firing rule hides the rules it names in ``verdraengt`` (at its line, or everywhere
    in the Vorlage when it is not about one Beratung). The hidden findings come back as what stood back
    behind which rule, so that the report can say so instead of dropping them silently."""
    hidden: dict[tuple[str, int | None], str] = {}
    for rule, finding, at_step in fired:
        for code in rule.verdraengt:
            hidden.setdefault((code, finding.zeile if at_step else None), rule.code)
    kept: list[Finding] = []
    gone: dict[Verdraengt, None] = {}  # one entry per code and line, however many findings it hid there
    for _, f, _ in fired:
        durch = hidden.get((f.code, None)) or hidden.get((f.code, f.zeile))
        if durch is None:
            kept.append(f)
        else:
            gone[Verdraengt(f.code, durch, f.datei, f.zeile)] = None
    return kept, tuple(sorted(gone, key=lambda v: (v.zeile, v.code, v.durch)))


def unknown_body(paper: Paper, registry: Registry, label: str) -> Finding:
    if not paper.koerperschaft:  # OParl: a Paper without body
        meldung = "die Vorlage nennt keine Körperschaft"
    else:
        hint = registry.suggest_body(paper.koerperschaft)
        meldung = f"Körperschaft '{paper.koerperschaft}' ist nicht eingetragen" + \
            (f"; gemeint ist wohl '{hint}'" if hint else "")
    ort = paper.ort("koerperschaft")
    return Finding(INPUT_CODE, "fehler", meldung, "", ort.datei, ort.zeile, ort.spalte, label,
                   "Id aus 'gremienlauf koerperschaften' verwenden oder eigene Körperschaft "
                   "mit --koerperschaften ergänzen")


def _day(d: date) -> str:
    return d.strftime("%d.%m.%Y")
