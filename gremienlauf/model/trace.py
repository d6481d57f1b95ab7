"""The audit trace of a replayed procedure: plain data, so that every format can render it.

Built by ``engine/audit.py``; rendered by ``formats/audit``. Nothing here knows rules or files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gremienlauf.model import Finding

# OFFEN: the rule judges a step (the decision) that has not happened yet; it is neither met nor broken
ERFUELLT, VERLETZT, OFFEN = "erfuellt", "verletzt", "offen"


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleOutcome:
    """One rule evaluated at one step, in the version valid on the event's date."""

    code: str
    titel: str
    ergebnis: str  # erfuellt | verletzt | offen
    schwere: str
    zitat: str
    fassung: str  # validity period of the version applied
    meldung: str = ""
    neu: bool = False  # violated now, but not after the previous step


@dataclass(frozen=True, slots=True, kw_only=True)
class TraceStep:
    """One event fed to the procedure's state machine."""

    nr: int
    ereignis: str
    datum: date | None
    gremium: str
    ausloeser: str  # the state machine's trigger
    vorher: str
    nachher: str
    angenommen: bool
    erlaubt: tuple[str, ...]  # events the procedure allows after this step
    regeln: tuple[RuleOutcome, ...]
    dokumentiert: bool
    datei: str
    zeile: int
    spalte: int
    grund: str = ""
    sitzung: str | None = None
    top: str | None = None
    beschlusstext: str | None = None
    durch: str | None = None
    begruendung: str | None = None

    @property
    def verletzt(self) -> tuple[RuleOutcome, ...]:
        return tuple(r for r in self.regeln if r.ergebnis == VERLETZT)


@dataclass(frozen=True, slots=True)
class Edge:
    quelle: str
    ziel: str  # equals quelle for an internal transition
    ausloeser: str
    bedingungen: tuple[str, ...] = ()
    schritte: tuple[int, ...] = ()  # steps that took this transition


@dataclass(frozen=True, slots=True)
class Missing:
    """A step the rules required but the procedure never had."""

    text: str
    code: str
    zustand: str  # the state it belongs to (usually the decision's)
    richtung: str  # "vor" or "nach" that state


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagram:
    verfahren: str
    titel: str
    anfang: str
    zustaende: tuple[str, ...]
    endzustaende: tuple[str, ...]
    kanten: tuple[Edge, ...]
    besucht: tuple[str, ...]
    endstand: str
    fehlend: tuple[Missing, ...] = ()
    abgewiesen: tuple[tuple[int, str, str], ...] = ()  # (step, state, trigger)


@dataclass(frozen=True, slots=True, kw_only=True)
class Trace:
    """The replay of one Vorlage: steps, final findings, verdict and diagram."""

    vorlage: str
    datei: str
    zeile: int
    koerperschaft: str
    stichtag: date | None
    schritte: tuple[TraceStep, ...]
    befunde: tuple[Finding, ...]
    ergebnis: str  # ohne_befund | hinweise | warnungen | fehlerhaft
    urteil: str
    verfahren: str | None = None
    verfahren_titel: str | None = None
    erster_fehler: int | None = None
    endstand: str | None = None
    abgeschlossen: bool = False
    verlauf_dokumentiert: bool = False
    nicht_wiedergegeben: int = 0  # documented events on or after the Stichtag
    diagramm: Diagram | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """What a report was made from, so that anyone can make it again and compare."""

    werkzeug: str
    eingabe: str
    eingabe_sha256: str
    pakete: tuple[tuple[str, str, str], ...]
    verfahren: tuple[tuple[str, str], ...]
    register_sha256: str
    stichtag: date | None
    regeln: tuple[str, ...] = ()
    koerperschaften: tuple[str, ...] = ()
    zeitstempel: str | None = None


@dataclass(frozen=True, slots=True)
class AuditReport:
    herkunft: Provenance
    vorlagen: tuple[Trace, ...]
    eingabefehler: tuple[Finding, ...] = ()
