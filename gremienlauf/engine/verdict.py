"""One verdict per Vorlage: decided, planned, open or unknown — said in one German line.

A rule breach on a decision that was never taken is a defect of the plan, not an unlawful resolution;
a finding built on missing data is no breach at all. The verdict keeps these apart so that a clerk
reads "verstoss" only where a decision was taken against a rule (law.md § 7).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from gremienlauf.engine.case import Case, Step
from gremienlauf.model import INPUT_CODE, NO_GREMIUM, OHNE_BESCHLUSS, Finding

DECIDED = frozenset({"beschlossen", "geaendert_beschlossen", "abgelehnt", "genehmigt", "erledigt",
                     "zur_kenntnis_genommen", "aufgehoben"})
PUT_OFF = {"vertagt": "vertagt", "zurueckgestellt": "zurückgestellt", "verwiesen": "verwiesen",
           "zurueckverwiesen": "zurückverwiesen", "abgesetzt": "von der Tagesordnung abgesetzt",
           "offen": "noch ohne Ergebnis"}
WORDS = {"beschlossen": "beschlossen", "geaendert_beschlossen": "geändert beschlossen", "abgelehnt": "abgelehnt",
         "genehmigt": "genehmigt", "erledigt": "erledigt", "zur_kenntnis_genommen": "zur Kenntnis genommen",
         "aufgehoben": "aufgehoben"}


# Kinds of Körperschaft no rule pack speaks to yet: associations of municipalities have their own codes
# (Amtsordnung, Verbandsgemeinde- and Samtgemeinde-Recht), so a clean check there proves nothing.
OHNE_REGELN = frozenset({"amt", "verbandsgemeinde", "samtgemeinde", "verwaltungsgemeinschaft"})

# An undated, resultless decision on a Vorlage older than this is no plan any more but a gap in the
# data: real Beratungsfolgen end within months (a year covers a budget cycle and the summer break).
LANGE_HER = 365


class Stand(NamedTuple):
    """Where the Vorlage stands on the Stichtag: ``entschieden`` (also when a held meeting's result is
    not shown), ``offen`` (decision ahead or put off), ``zurueckgezogen``, ``ohne_beschluss`` (nothing to
    decide), ``unklar`` (the decision's meeting is past and its result missing while others show one)."""

    name: str
    grund: str

    @property
    def entschieden(self) -> bool:
        return self.name == "entschieden"


def stand(case: Case) -> Stand:
    if case.paper.art in OHNE_BESCHLUSS:
        return Stand("ohne_beschluss", "nichts zu entscheiden (Kenntnisnahme)")
    d = case.decision
    if d is None:
        if not case.steps:
            return Stand("offen", "keine Beratung vorgesehen")
        last = case.steps[-1]
        if last.ergebnis in DECIDED:  # no decider named, but the chain ends in a decision: that one
            return Stand("entschieden", f"{WORDS[last.ergebnis]} in „{last.gremium}“{_am(last)}")
        day = last.consultation.datum
        if last.held and day is not None and (case.stichtag - day).days > LANGE_HER:
            return Stand("unklar", f"die Beratungsfolge nach „{last.gremium}“{_am(last)} endet, ohne dass "
                                   "ein Beschluss angegeben ist")
        return Stand("offen", f"die Beratungsfolge endet bei „{last.gremium}“{_am(last)}; ein Beschluss steht aus")
    where = f"„{d.gremium}“{_am(d)}"
    result = d.ergebnis
    if result in DECIDED:
        return Stand("entschieden", f"{WORDS[result]} in {where}")
    if result == "zurueckgezogen":
        return Stand("zurueckgezogen", f"in {where} zurückgezogen; kein Beschluss")
    if result in PUT_OFF and result != "offen":
        return Stand("offen", f"in {where} {PUT_OFF[result]}; ein Beschluss steht aus")
    if d.consultation.datum is None:
        if case.paper.datum is not None and (case.stichtag - case.paper.datum).days > LANGE_HER:
            return Stand("unklar", f"die Vorlage vom {case.paper.datum.strftime('%d.%m.%Y')} weder Termin noch "
                                   f"Ergebnis der Entscheidung in „{d.gremium}“ nennt")
        return Stand("offen", f"Entscheidung in „{d.gremium}“ geplant, noch ohne Termin")
    if not d.held:
        return Stand("offen", f"Entscheidung in {where} geplant")
    if result == "nicht_angegeben" or not any(s.ergebnis not in (None, "offen") for s in case.steps):
        # the page shows no result for any Beratung: it does not show results, the meeting took place
        return Stand("entschieden", f"Sitzung von {where} hat stattgefunden (Ergebnis nicht angegeben)")
    return Stand("unklar", f"für die Entscheidung in {where} kein Ergebnis angegeben ist")


def mangel(case: Case) -> str | None:
    """Why the data cannot show whether the procedure was right, or None."""
    if case.paper.art in OHNE_BESCHLUSS:
        return None
    if not case.steps and case.decider is None:
        return "die Beratungsfolge leer und kein Beschlussgremium angegeben ist"
    if not case.steps:
        return "die Beratungsfolge leer ist"
    unnamed = sum(1 for s in case.steps if _unnamed(s))
    if unnamed:
        if unnamed == 1:
            return "eine Beratung kein Gremium nennt"
        return f"{unnamed} Beratungen kein Gremium nennen"
    return None


def unbekannte_gremien(case: Case) -> list[Step]:
    """Beratungen whose Gremium the registry does not know: any of them might be the one a rule misses."""
    return [s for s in case.steps if not s.resolution.bekannt and not _unnamed(s)]


def _unnamed(step: Step) -> bool:
    return step.consultation.gremium.strip() in ("", NO_GREMIUM)


def urteil(case: Case, lage: Stand, fehlt: str | None, findings: list[Finding], rechtlich: frozenset[str],
           titel: dict[str, str], land_geregelt: bool) -> tuple[str, str]:
    """The verdict and its reason; ``rechtlich`` are the codes of rules about the law (not data checks)."""
    if any(f.code == INPUT_CODE and f.schwere == "fehler" for f in findings):
        return "unvollstaendig", "nicht prüfbar, weil die Vorlage nicht vollständig gelesen werden konnte"
    breaches = sorted({f.code for f in findings if f.schwere == "fehler" and f.code in rechtlich})
    if breaches:
        named = "; ".join(f"{code} – {titel.get(code, code)}" for code in breaches)
        return "verstoss", f"{_upper(lage.grund)}; verletzt: {named}"
    if fehlt:
        return "unvollstaendig", f"nicht prüfbar, weil {fehlt}"
    if lage.name == "unklar":
        return "unvollstaendig", f"nicht prüfbar, weil {lage.grund}"
    unknown = unbekannte_gremien(case)
    if unknown:
        names = ", ".join(f"„{s.consultation.gremium}“" for s in unknown[:3])
        steht = "steht" if len(unknown) == 1 else "stehen"
        return "unvollstaendig", (f"nicht prüfbar, weil {names} nicht im Register {steht}; "
                                  "ob die nötigen Gremien beteiligt waren, lässt sich nicht sagen")
    if not land_geregelt:
        return "nicht_pruefbar", (f"für {case.body.name} ({_land(case.body.land)}, {case.body.typ.replace('_', ' ')}) "
                                  "sind keine Regeln des Landesrechts hinterlegt; geprüft wurde nur Bundesrecht")
    warned = sorted({f.code for f in findings if f.schwere == "warnung" and f.code in rechtlich})
    note = f"; Mangel der Planung: {', '.join(warned)}" if warned else ""
    if lage.name == "offen":
        return "offen", f"{_upper(lage.grund)}{note}"
    if warned:
        return "in_ordnung", f"{_upper(lage.grund)}; kein Verstoß, aber zu beachten: {', '.join(warned)}"
    return "in_ordnung", f"{_upper(lage.grund)}; kein Befund"


def _am(step: Step) -> str:
    d: date | None = step.consultation.datum
    return f" am {d.strftime('%d.%m.%Y')}" if d else ""


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


LAENDER = {"BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg", "HB": "Bremen",
           "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern", "NI": "Niedersachsen",
           "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen",
           "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein", "TH": "Thüringen"}


def _land(code: str) -> str:
    return LAENDER.get(code, code)
