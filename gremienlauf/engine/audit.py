"""Replaying a Vorlage step by step for an audit: after each event, the procedure's state and every
rule that applies, in the version valid on that event's date; then the verdict and the first step
from which the procedure stayed unlawful.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from gremienlauf.engine.case import Case
from gremienlauf.engine.judge import Engine, _suppress, evaluate
from gremienlauf.engine.procedure import Procedure, procedure_for
from gremienlauf.engine.rules import Rule
from gremienlauf.engine.verlauf import EVENT_OF, Occurrence
from gremienlauf.model import RANG, Document, Finding
from gremienlauf.model.trace import ERFUELLT, OFFEN, VERLETZT, Diagram, Edge, Missing, RuleOutcome, Trace, TraceStep

NO_DATE = date.max  # a Vorlage without any date: everything recorded counts, the newest law applies


def default_stichtag(document: Document) -> date | None:
    """The day after the latest date the Vorlage names: a replay judges what the file records, the same
    whatever day it runs. None when the Vorlage names no date at all."""
    paper = document.paper
    days = [paper.datum, *(c.datum for c in paper.consultations), *(e.datum for e in paper.verlauf or ())]
    if document.sitzung is not None:
        return document.sitzung.datum
    known = [d for d in days if d is not None]
    return max(known) + timedelta(days=1) if known else None


def audit(engine: Engine, document: Document, stichtag: date | None, label: str = "") -> Trace:
    paper = document.paper
    label = label or paper.bezeichnung
    day = stichtag or NO_DATE
    findings = tuple(sorted(set(engine.check(paper, day, document.sitzung, label)), key=Finding.sort_key))
    case = engine.case(paper, day, document.sitzung)
    where = paper.ort("vorlage")
    if case is None:
        return Trace(vorlage=label, datei=paper.datei, zeile=where.zeile, koerperschaft=paper.koerperschaft,
                     stichtag=stichtag, schritte=(), befunde=findings, ergebnis=_ergebnis(findings),
                     urteil="Die Körperschaft ist nicht eingetragen; der Verlauf lässt sich nicht prüfen.",
                     verlauf_dokumentiert=paper.verlauf is not None)
    procedure = procedure_for(engine.procedures, paper.art, case.body.ebene, case.body.land)
    steps = _steps(engine, case, label, document, procedure)
    first = _first_failure(steps, findings)
    assert case.record is not None  # Engine.case replays every case it builds
    replay, timeline = case.record.replay, case.record.timeline
    return Trace(
        vorlage=label, datei=paper.datei, zeile=where.zeile, koerperschaft=case.body.name, stichtag=stichtag,
        schritte=steps, befunde=findings, ergebnis=_ergebnis(findings), urteil=_urteil(findings, steps, first, replay),
        verfahren=procedure.id if procedure else None, verfahren_titel=procedure.titel if procedure else None,
        erster_fehler=first, endstand=replay.state if replay else None, abgeschlossen=bool(replay and replay.final),
        verlauf_dokumentiert=timeline.documented, nicht_wiedergegeben=len(timeline.later),
        diagramm=_diagram(procedure, case, steps, findings, engine) if procedure and replay else None)


def _steps(engine: Engine, case: Case, label: str, document: Document,
           procedure: Procedure | None) -> tuple[TraceStep, ...]:
    rules = engine.rules_for(case.body)
    assert case.record is not None
    timeline = case.record.timeline
    out: list[TraceStep] = []
    previous: set[tuple[str, str]] = set()
    for k, occurrence in enumerate(case.events):
        event = occurrence.event
        as_of_day = event.datum + timedelta(days=1) if event.datum else case.stichtag
        as_of = engine.case_until(document.paper, timeline, k, min(as_of_day, case.stichtag), document.sitzung)
        outcomes = _outcomes(rules, as_of, label, event.datum or case.datum, previous)
        previous = {(r.code, r.meldung) for r in outcomes if r.ergebnis == VERLETZT}
        replayed = case.replay.steps[k] if case.replay else None
        out.append(_step(k + 1, occurrence, replayed, outcomes, procedure))
    return tuple(out)


def _step(nr: int, occurrence: Occurrence, replayed: Any, outcomes: tuple[RuleOutcome, ...],
          procedure: Procedure | None) -> TraceStep:
    event, step = occurrence.event, occurrence.step
    ort = event.ort or step.consultation.ort
    after = replayed.nachher if replayed else "—"
    # "eingebracht" again is harmless (the machine allows it) but no useful next step to show.
    allowed = tuple(EVENT_OF.get(t, t) for t in procedure.allowed(after) if t != "einbringen") \
        if procedure and replayed else ()
    return TraceStep(
        nr=nr, ereignis=event.art, datum=event.datum, gremium=step.gremium if step.consultation.gremium else "",
        ausloeser=occurrence.ausloeser, vorher=replayed.vorher if replayed else "—", nachher=after,
        angenommen=bool(replayed and replayed.angenommen), erlaubt=allowed, regeln=outcomes,
        dokumentiert=occurrence.documented, datei=ort.datei if ort else "", zeile=ort.zeile if ort else 1,
        spalte=ort.spalte if ort else 1, grund=replayed.grund if replayed else "", sitzung=event.sitzung,
        top=event.top, beschlusstext=event.beschlusstext, durch=event.durch, begruendung=event.begruendung)


def _outcomes(rules: Iterable[Rule], case: Case, label: str, day: date,
              previous: set[tuple[str, str]]) -> tuple[RuleOutcome, ...]:
    """Every rule that applies to the case as it stands, with its outcome under the version of ``day``."""
    fired: list[tuple[Rule, Finding, bool]] = []
    kept: list[RuleOutcome] = []
    by_code: dict[str, tuple[Rule, str]] = {}
    decided = case.decision is not None and case.decision.held
    for rule in rules:
        version = rule.version_at(day)
        if version is None or not rule.wenn(case)[0]:
            continue
        by_code[rule.code] = (rule, version.zeitraum())
        found = evaluate(rule, case, label, day)
        fired.extend((rule, finding, at_step) for finding, at_step in found)
        if not found:
            # a rule about the decision is met only once the decision is taken; until then it is open
            ergebnis = ERFUELLT if decided or not judges_decision(rule.raw) else OFFEN
            kept.append(RuleOutcome(code=rule.code, titel=rule.titel, ergebnis=ergebnis, schwere=rule.schwere,
                                    zitat=version.zitat(case.body.land, case.body.ebene), fassung=version.zeitraum()))
    for f in _suppress(fired)[0]:
        rule, period = by_code[f.code]
        kept.append(RuleOutcome(code=f.code, titel=rule.titel, ergebnis=VERLETZT, schwere=f.schwere,
                                zitat=f.rechtsgrundlage, fassung=period, meldung=f.meldung,
                                neu=(f.code, f.meldung) not in previous))
    return tuple(sorted(kept, key=lambda r: (r.ergebnis != VERLETZT, -RANG[r.schwere] if r.ergebnis == VERLETZT else 0,
                                             r.code, r.meldung)))


def judges_decision(raw: Any) -> bool:
    """Whether a rule's conditions place a Beratung before or after the decision (vor/nach: beschluss)."""
    if isinstance(raw, dict):
        return any((k in ("vor", "nach") and v == "beschluss") or judges_decision(v) for k, v in raw.items())
    if isinstance(raw, list):
        return any(judges_decision(v) for v in raw)
    return False


def _first_failure(steps: tuple[TraceStep, ...], findings: tuple[Finding, ...]) -> int | None:
    """The first step from which every later step, and the end, has an error: where it went wrong and
    never came right again (an open obligation that a later event fulfils is not a failure)."""
    if not any(f.schwere == "fehler" for f in findings):
        return None
    first = None
    for step in reversed(steps):
        if not any(r.schwere == "fehler" for r in step.verletzt):
            break
        first = step.nr
    return first


def _ergebnis(findings: tuple[Finding, ...]) -> str:
    worst = max((RANG[f.schwere] for f in findings), default=0)
    return {0: "ohne_befund", 1: "hinweise", 2: "warnungen", 3: "fehlerhaft"}[worst]


def _urteil(findings: tuple[Finding, ...], steps: tuple[TraceStep, ...], first: int | None, replay: Any) -> str:
    errors = sorted({f.code for f in findings if f.schwere == "fehler"})
    if not errors:
        text = "Kein Fehler: Das Verfahren entspricht den geprüften Regeln."
        if findings:
            n = len(findings)
            text = f"Kein Fehler, aber {n} {'Befund' if n == 1 else 'Befunde'} (Warnung oder Hinweis): " \
                   f"{', '.join(sorted({f.code for f in findings}))}."
    elif first is not None:
        step = steps[first - 1]
        codes = sorted({r.code for r in step.verletzt if r.schwere == "fehler"})
        when = step.datum.strftime("%d.%m.%Y") if step.datum else "ohne Datum"
        where = f" in „{step.gremium}“" if step.gremium else ""
        text = (f"Fehlerhaft ({', '.join(errors)}). Zuerst falsch gelaufen in Schritt {first}: „{step.ereignis}“"
                f"{where} am {when} ({', '.join(codes)}); seitdem ist das Verfahren nicht wieder in Ordnung gekommen.")
    else:
        text = (f"Fehlerhaft ({', '.join(errors)}). Der Fehler liegt in der Vorlage selbst oder zeigt sich erst "
                "zum Stichtag, nicht in einem einzelnen Schritt des Verlaufs.")
    if replay is not None and not replay.final:
        text += f" Das Verfahren ist zum Stichtag nicht abgeschlossen (Stand „{replay.state}“)."
    return text


def _diagram(procedure: Procedure, case: Case, steps: tuple[TraceStep, ...], findings: tuple[Finding, ...],
             engine: Engine) -> Diagram:
    taken: dict[tuple[str, str, str], list[int]] = {}
    for s in steps:
        if s.angenommen:
            taken.setdefault((s.vorher, s.ausloeser, s.nachher), []).append(s.nr)
    edges = []
    for t in procedure.definition["transitions"]:
        for source in t["source"]:
            dest = t["dest"] or source
            edges.append(Edge(source, dest, t["trigger"], tuple(t.get("conditions", ())),
                              tuple(taken.get((source, t["trigger"], dest), ()))))
    visited = [procedure.definition["initial"]]
    for s in steps:
        if s.angenommen and s.nachher not in visited:
            visited.append(s.nachher)
    assert case.replay is not None  # a diagram is drawn only for a replayed procedure
    end = case.replay.state
    decision = next((s.nachher for s in case.replay.steps if s.step is case.decision and s.angenommen), end)
    return Diagram(verfahren=procedure.id, titel=procedure.titel, anfang=procedure.definition["initial"],
                   zustaende=tuple(procedure.definition["states"]), endzustaende=tuple(sorted(procedure.final)),
                   kanten=tuple(edges), besucht=tuple(visited), endstand=end,
                   fehlend=_missing(findings, engine, decision),
                   abgewiesen=tuple((s.nr, s.vorher, s.ausloeser) for s in steps if not s.angenommen))


def _missing(findings: tuple[Finding, ...], engine: Engine, anchor: str) -> tuple[Missing, ...]:
    """Findings of rules that demand a Beratung: each is a step the procedure should have had."""
    rules = {r.code: r for p in engine.packs for r in p.rules}
    out: dict[str, Missing] = {}
    for f in findings:
        rule = rules.get(f.code)
        demand = _demanded(rule.raw.get("dann")) if rule is not None and isinstance(rule.raw, dict) else None
        if demand is not None and f.code not in out:
            richtung = "nach" if "nach" in demand else "vor"
            out[f.code] = Missing(_describe(demand, richtung), f.code, anchor, richtung)
    return tuple(out.values())


ART_NAMES = {"jugendhilfeausschuss": "Jugendhilfeausschuss", "vertretung": "Rat/Kreistag",
             "kreisausschuss": "Kreisausschuss", "hauptausschuss": "Hauptausschuss",
             "finanzausschuss": "Finanzausschuss",
             "fachausschuss": "Fachausschuss", "bezirksvertretung": "Bezirksvertretung"}


def _describe(demand: dict[str, Any], richtung: str) -> str:
    """'Jugendhilfeausschuss, Beratung vor dem Beschluss' from a rule's required Beratung."""
    arts = demand.get("gremium_art")
    arts = [arts] if isinstance(arts, str) else list(arts or ())
    who = " oder ".join(ART_NAMES.get(a, a) for a in arts) or (
        "das vertretene Gremium" if demand.get("ist_vertretenes_gremium") else "Gremium")
    rolle = demand.get("rolle")
    what = (rolle if isinstance(rolle, str) else "Beratung").capitalize()
    return f"{who}, {what} {richtung} dem Beschluss"


def _demanded(expr: Any) -> dict[str, Any] | None:
    """The Beratung a requirement asks for, if it asks for one (not under 'nicht')."""
    if not isinstance(expr, dict):
        return None
    if isinstance(expr.get("beratung"), dict):
        return expr["beratung"]
    for key in ("alle", "eines"):
        for part in expr.get(key, ()):
            found = _demanded(part)
            if found is not None:
                return found
    return None
