"""The model every reader produces and the engine judges. Names follow OParl; values are German.

Readers keep names as the source wrote them (``Consultation.gremium``); resolving them against the
registry is the engine's job, so that a finding can quote what the document actually says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

SCHWEREN = ("fehler", "warnung", "hinweis")
RANG = {"fehler": 3, "warnung": 2, "hinweis": 1}

ROLLEN = ("anhoerung", "vorberatung", "entscheidung", "kenntnisnahme", "genehmigung")
ERGEBNISSE = ("offen", "empfohlen", "beschlossen", "geaendert_beschlossen", "abgelehnt", "vertagt",
              "verwiesen", "zur_kenntnis_genommen", "zurueckgezogen", "genehmigt", "aufgehoben",
              # what real RIS pages say besides: a result that exists but is not shown, put off, taken off
              "nicht_angegeben", "zurueckgestellt", "zurueckverwiesen", "abgesetzt", "ohne_votum", "erledigt")
VORLAGENARTEN = ("beschlussvorlage", "mitteilungsvorlage", "antrag", "anfrage", "dringlichkeitsentscheidung",
                 "aenderungsantrag", "ergaenzungsantrag", "bericht", "bekanntgabe", "wahlvorschlag",
                 "stellungnahme", "verwaltungsstandpunkt", "genehmigung_dringlichkeitsentscheidung")
# kinds that ask nobody to decide: no decision rule applies to them
OHNE_BESCHLUSS = frozenset({"mitteilungsvorlage", "anfrage", "bericht", "bekanntgabe", "stellungnahme",
                            "verwaltungsstandpunkt"})
GREMIUM_ARTEN = ("vertretung", "hauptausschuss", "finanzausschuss", "kreisausschuss",
                 "jugendhilfeausschuss", "fachausschuss", "bezirksvertretung", "beirat",
                 "hauptverwaltungsbeamter",
                 # administrative bodies (Verwaltungsvorstand, Magistrat, Bezirksamt …): never a council decision
                 "verwaltung",
                 # outside actors (Kommunalaufsicht) that may object to a resolution
                 "aufsicht")
# Kinds of Körperschaft; which a Land has is data (laender/<land>.yaml).
KOERPERSCHAFT_TYPEN = ("kreisfreie_stadt", "kreisangehoerige_stadt", "kreisangehoerige_gemeinde", "kreis", "stadtkreis",
                       "landkreis", "grosse_kreisstadt", "grosse_kreisangehoerige_stadt",
                       "mittlere_kreisangehoerige_stadt", "grosse_selbstaendige_stadt", "selbstaendige_gemeinde",
                       "samtgemeinde", "region", "sonderstatusstadt", "verbandsgemeinde", "ortsgemeinde", "amt",
                       "amtsfreie_gemeinde", "bezirk", "stadtgemeinde", "regionalverband")
# Gemeindeverbände on the level of a Kreis: the Region Hannover, the Städteregion Aachen and the
# Regionalverband Saarbrücken take the Kreis' place for their towns (KrO, not GO, applies).
KREIS_TYPEN = frozenset({"kreis", "landkreis", "region", "regionalverband"})
URTEILE = ("verstoss", "unvollstaendig", "offen", "nicht_pruefbar", "in_ordnung")

INPUT_CODE = "EINGABE"  # a Vorlage that could not be read or placed; not a legal finding
UNREADABLE = "(nicht lesbar)"  # the label of an input that never became a Vorlage
NO_GREMIUM = "(kein Gremium angegeben)"  # a Beratung whose source names no Gremium (OParl without organization)

_EMPTY: Mapping[str, Location] = MappingProxyType({})

# Records without behaviour are NamedTuples: as immutable as the frozen dataclasses, but created at
# import several times faster (a frozen dataclass compiles its methods when the class is made, and a
# one-file check is dominated by start-up; numbers in bench/PROFILE.md, „Kosten beim Start“).
# Classes that are copied with ``dataclasses.replace`` stay dataclasses.


class Location(NamedTuple):
    """Where something was read: 1-based line and column in a file, or a URL with line 1."""

    datei: str
    zeile: int = 1
    spalte: int = 1


@dataclass(frozen=True, slots=True)
class Organization:
    """A Gremium of a Körperschaft (OParl Organization)."""

    id: str
    name: str
    art: str
    body_id: str
    aliases: tuple[str, ...] = ()
    weitere_arten: tuple[str, ...] = ()
    oparl_ids: tuple[str, ...] = ()
    befugnis: str | None = None  # beschliessend | beratend (GemO BW §§ 39, 41), when the registry knows it

    @property
    def arten(self) -> frozenset[str]:
        return frozenset((self.art, *self.weitere_arten))


@dataclass(frozen=True, slots=True)
class Body:
    """A Körperschaft: Stadt, Gemeinde or Kreis (OParl Body)."""

    id: str
    name: str
    typ: str
    land: str
    organizations: tuple[Organization, ...] = ()
    kreis: str | None = None
    jugendamt: bool = False
    jugendhilfetraeger: str | None = None
    jha_art: str | None = None
    satzungen: tuple[str, ...] = ()
    ags: str | None = None
    oparl_body: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def ebene(self) -> str:
        """'kreis' for Kreise and Gemeindeverbände in their place (KrO), 'gemeinde' for everything else (GO).

        A Bezirk of Berlin or Hamburg is 'gemeinde': it has no Kreis above it, runs its own Jugendamt, and
        its Bezirksverordnetenversammlung / Bezirksversammlung is the Vertretung the JHA is heard before
        (§ 35 AG KJHG Berlin, § 2 Abs. 2 AG SGB VIII Hamburg) – the council checks of the Gemeinde level.
        Ämter, Samt- and Verbandsgemeinden are 'gemeinde' too: they decide for their member towns under
        the Gemeindeordnung."""
        return "kreis" if self.typ in KREIS_TYPEN else "gemeinde"


class Meeting(NamedTuple):
    """A Sitzung of one Gremium on one day."""

    gremium: str
    datum: date
    id: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Consultation:
    """One Beratung: a Gremium dealing with the Vorlage, planned or held (OParl Consultation)."""

    gremium: str
    index: int
    datum: date | None = None
    rolle: str | None = None
    ergebnis: str | None = None
    ort: Location | None = None
    top: str | None = None
    rolle_roh: str | None = None
    ergebnis_roh: str | None = None
    id: str | None = None
    gremium_id: str | None = None  # OParl Organization id: the registry resolves it before the name
    entscheidend: bool | None = None  # OParl authoritative: true, false, or not stated (None)


class Urgency(NamedTuple):
    """What a Dringlichkeitsentscheidung states about itself (§ 60 GO NRW, § 50 Abs. 3 KrO NRW)."""

    anstelle_von: str | None = None
    begruendung: str | None = None
    mitunterzeichner: str | None = None


@dataclass(frozen=True, slots=True)
class Paper:
    """A Vorlage (OParl Paper) with its Beratungsfolge."""

    koerperschaft: str
    datei: str
    nummer: str | None = None
    art: str | None = None
    betreff: str | None = None
    datum: date | None = None
    federfuehrung: str | None = None
    sachgebiete: tuple[str, ...] | None = None
    gegenstand: tuple[str, ...] | None = None
    beschlussgremium: str | None = None
    rechtsgrundlagen: tuple[str, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    text: str = ""
    dringlichkeit: Urgency | None = None
    abgestimmt_mit: str | None = None
    abweichung_begruendet: str | None = None
    zustaendigkeit_begruendung: str | None = None
    id: str | None = None
    orte: Mapping[str, Location] = field(default_factory=lambda: _EMPTY, compare=False)
    verlauf: tuple[Event, ...] | None = None
    bezug: str | None = None  # the Vorlage an Änderungs- or Ergänzungsantrag amends

    def ort(self, feld: str) -> Location:
        """Location of a top-level field, falling back to the Vorlage itself."""
        return self.orte.get(feld) or self.orte.get("vorlage") or Location(self.datei)

    @property
    def bezeichnung(self) -> str:
        """The Vorlage-Nr., or its Betreff shortened at a word boundary."""
        if self.nummer:
            return self.nummer
        betreff = " ".join((self.betreff or "").split())
        if len(betreff) > 60:
            betreff = betreff[:60].rsplit(" ", 1)[0] + " …"
        return f"„{betreff}“" if betreff else "(ohne Nummer)"


class Document(NamedTuple):
    """One Vorlage as a reader delivers it, and the session it is checked for (agenda files)."""

    paper: Paper
    sitzung: Meeting | None = None
    top: str | None = None
    # what the reader wants the user to know although the Vorlage was read (e.g. converted encoding)
    hinweise: tuple[str, ...] = ()


class Finding(NamedTuple):
    """One thing wrong with one Vorlage, at one place, under one rule."""

    code: str
    schwere: str
    meldung: str
    rechtsgrundlage: str
    datei: str
    zeile: int
    spalte: int
    vorlage: str
    abhilfe: str = ""
    regel: str = ""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.datei, self.zeile, self.spalte, self.code, self.meldung)


class RuleInfo(NamedTuple):
    """What a renderer may say about a rule (SARIF rule metadata, text legends)."""

    code: str
    name: str
    titel: str
    beschreibung: str
    schwere: str
    pack: str = ""


class Schritt(NamedTuple):
    """One step of a Beratungsfolge as the session page draws it (HTML): a Beratung held or planned, or a
    Gremium a rule says is missing. ``art`` is the Gremium's kind from the registry (the JHA is marked)."""

    gremium: str
    datum: date | None = None
    ergebnis: str | None = None
    rolle: str | None = None
    art: str | None = None
    stand: str = "geplant"  # gehalten | geplant | diese_sitzung | fehlt
    regel: str = ""  # for a missing step: the rule that asks for it


class Verdraengt(NamedTuple):
    """A finding that a more specific rule hid (lex specialis, the rule's ``verdraengt``): it does not count
    and is not shown as a finding, but the report says which rule stood back behind which."""

    code: str
    durch: str
    datei: str
    zeile: int


class Checked(NamedTuple):
    """One Vorlage that was looked at, with or without findings (JUnit counts passing ones too)."""

    datei: str
    vorlage: str
    zeile: int = 1
    stichtag: date | None = None  # the day it was judged on: the session's for an agenda, else the run's
    koerperschaft: str = ""
    urteil: str = ""  # one of URTEILE once judged
    urteil_grund: str = ""
    nummer: str | None = None
    betreff: str | None = None
    # filled only when a run asks for it (Options.beratungsfolge: the HTML page); other formats ignore it
    beratungsfolge: tuple[Schritt, ...] = ()
    top: str | None = None  # the Tagesordnungspunkt, when read from an agenda
    verdraengt: tuple[Verdraengt, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """What a run found: findings in stable order plus what was looked at."""

    befunde: tuple[Finding, ...]
    geprueft: tuple[Checked, ...] = ()
    regeln: Mapping[str, RuleInfo] = field(default_factory=lambda: MappingProxyType({}))
    pakete: tuple[tuple[str, str, str], ...] = ()
    dateien: int = 0
    stichtag: date | None = None
    fail_on: str = "fehler"

    @property
    def vorlagen(self) -> int:
        """Vorlagen actually read; an unreadable or missing input is counted as an input error instead."""
        return sum(1 for c in self.geprueft if c.vorlage != UNREADABLE)

    @property
    def eingabefehler(self) -> int:
        # an EINGABE note of lower severity (file read after converting it) is no input error
        return sum(1 for f in self.befunde if f.code == INPUT_CODE and f.schwere == "fehler")

    def anzahl(self, schwere: str) -> int:
        return sum(1 for f in self.befunde if f.schwere == schwere)

    def hoechste(self) -> int:
        return max((RANG[f.schwere] for f in self.befunde), default=0)

    def urteile(self) -> dict[str, int]:
        """How many Vorlagen got each verdict, in the fixed order of URTEILE."""
        counts = dict.fromkeys(URTEILE, 0)
        for c in self.geprueft:
            if c.urteil:
                counts[c.urteil] = counts.get(c.urteil, 0) + 1
        return counts


URTEIL_WORT = {"verstoss": "Verstoß", "unvollstaendig": "unvollständig", "offen": "offen",
               "nicht_pruefbar": "nicht prüfbar", "in_ordnung": "in Ordnung"}


# What can happen to a Vorlage (verlauf); Beratungs-Ergebnisse plus steps outside sessions (§ 7 AG-KJHG,
# § 57 Abs. 4 GO NRW). Order is the display order, not a sequence.
EREIGNISSE = ("eingebracht", "beraten", "empfohlen", "zur_kenntnis_genommen", "beschlossen", "geaendert_beschlossen",
              "abgelehnt", "vertagt", "verwiesen", "zurueckgezogen", "dringlich_entschieden", "genehmigt",
              "aufgehoben", "widerspruch", "beanstandung", "einspruch")
URHEBER = ("vorsitz_vertretung", "vorsitz_jugendhilfeausschuss", "hauptverwaltungsbeamter",
           "ein_fuenftel_der_mitglieder")


@dataclass(frozen=True, slots=True)
class Event:
    """One dated event in the history (verlauf) of a Vorlage, as the source records it."""

    art: str
    datum: date | None
    index: int
    gremium: str | None = None
    sitzung: str | None = None
    top: str | None = None
    beschlusstext: str | None = None
    durch: str | None = None
    begruendung: str | None = None
    ort: Location | None = None
    beratung: int | None = None  # index of the Beratung it was derived from (no verlauf in the file)
