"""Rules as dated law: a rule has versions, each with its own citation and validity period."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from gremienlauf.engine.conditions import Cond
from gremienlauf.names import nest_quotes

# The one table of message placeholders: every name a template may use, with what it shows when a finding
# has nothing for it (no Beratung, no replayed step). Loading a pack refuses any other name (with file:line),
# and judge.message_values starts from this table, so a name cannot be allowed here and missing there;
# tests/test_packs.py checks that it fills no name outside it. str.format attribute access is refused at load.
PLACEHOLDERS: dict[str, str] = {
    "beschlussgremium": "—", "gremium": "—", "sitzung": "—", "am_sitzung": "—", "zitat": "—",
    "koerperschaft": "—", "traeger": "—", "traeger_jha": "—", "vorlage": "—", "art": "—", "ereignis": "—",
    "zustand": "—", "erlaubt": "—", "grund": "—", "vorschlag": "—", "aehnlich": "", "stichtag": "—",
    "anstelle_von": "—", "tagesordnung_gremium": "—", "sachgebiet": "—", "gegenstand": "—", "bezug": "—",
}
TEMPLATE_FIELDS = frozenset(PLACEHOLDERS)


class Citation(NamedTuple):
    norm: str
    paragraph: str | None = None
    artikel: str | None = None
    absatz: str | None = None
    satz: str | None = None
    nr: str | None = None
    buchstabe: str | None = None
    zusatz: str | None = None
    url: str | None = None
    belegt: bool = True
    land: str | None = None
    ebene: str | None = None
    wortlaut: str | None = None  # the sentence as read (norms table), for explain and the session page
    stand: str | None = None

    def text(self) -> str:
        parts = []
        if self.paragraph:
            parts.append(f"§ {self.paragraph}")
        if self.artikel:
            parts.append(f"Art. {self.artikel}")
        for label, value in (("Abs.", self.absatz), ("Satz", self.satz), ("Nr.", self.nr), ("Buchst.", self.buchstabe)):
            if value:
                parts.append(f"{label} {value}")
        parts.append(self.norm)
        if self.zusatz:
            parts.append(self.zusatz)
        out = " ".join(parts)
        return out if self.belegt else f"{out} [Fundstelle nicht verifiziert]"

    def applies(self, land: str, ebene: str) -> bool:
        return (self.land is None or self.land == land) and (self.ebene is None or self.ebene == ebene)


class Version(NamedTuple):
    gilt_ab: date
    gilt_bis: date | None
    zitate: tuple[Citation, ...]
    fassung: str | None = None

    def valid_on(self, day: date) -> bool:
        return self.gilt_ab <= day and (self.gilt_bis is None or day <= self.gilt_bis)

    def zitat(self, land: str, ebene: str) -> str:
        chosen = [c for c in self.zitate if c.applies(land, ebene)] or list(self.zitate)
        return "; ".join(c.text() for c in chosen)

    @property
    def belegt(self) -> bool:
        return all(c.belegt for c in self.zitate)

    def zeitraum(self) -> str:
        bis = self.gilt_bis.strftime("%d.%m.%Y") if self.gilt_bis else "heute"
        return f"{self.gilt_ab.strftime('%d.%m.%Y')} – {bis}"


class Mitigation(NamedTuple):
    wenn: Cond
    schwere: str
    zusatz: str | None


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    titel: str
    schwere: str
    versionen: tuple[Version, ...]
    wenn: Cond
    dann: Cond | None
    meldung: str
    beschreibung: str
    abhilfe: str = ""
    ort: str | None = None
    milderung: Mitigation | None = None
    verdraengt: tuple[str, ...] = ()
    ersetzt: str | None = None
    mehrfach: bool = False
    pack: str = ""
    uses: frozenset[str] = frozenset()
    raw: Any = None
    # a data check (Datenprüfung): says nothing about the law, cites none, never makes a Vorlage a Verstoß
    daten: bool = False
    # "beschluss": the rule judges the decision; until it is taken a breach is a defect of the plan
    zeitpunkt: str | None = None
    planung: tuple[str, str] | None = None  # (meldung, abhilfe) while the decision is still ahead

    def version_at(self, day: date) -> Version | None:
        return next((v for v in self.versionen if v.valid_on(day)), None)

    @property
    def fordert_beratung(self) -> bool:
        """Its breach is the absence of a Beratung: it cannot be judged while a Gremium is unknown."""
        return self.dann is not None and "beratungsfolge" in self.uses

    @property
    def liest_beratungsfolge(self) -> bool:
        """It judges who deliberates or decides: nothing to say while the Beratungsfolge is missing."""
        return any(u == "beratungsfolge" or u.startswith(("beratungsfolge.", "beschlussgremium.", "verfahren",
                                                          "verlauf"))
                   for u in self.uses)

    @property
    def belegt(self) -> bool:
        return all(v.belegt for v in self.versionen)


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    titel: str
    version: str
    rules: tuple[Rule, ...]
    datei: str
    land: str | None = None
    koerperschaft: str | None = None
    quelle: str | None = None
    stand: date | None = None
    sha256: str = ""
    datenpruefung: bool = False
    # (code, line, column) of each rule's ``code:`` in the pack file, for messages about codes
    orte: tuple[tuple[str, int, int], ...] = ()

    def applies_to(self, land: str, body_id: str, satzungen: tuple[str, ...]) -> bool:
        if self.koerperschaft is not None:
            return self.koerperschaft == body_id or self.id in satzungen
        return self.land is None or self.land == land

    def ort(self, code: str) -> tuple[int | None, int | None]:
        return next(((z, s) for c, z, s in self.orte if c == code), (None, None))


def template_fields(template: str) -> list[str]:
    """Field names used by a message template; anything but a plain name is refused."""
    names = []
    for _, name, spec, conv in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conv:
            raise ValueError(f"Platzhalter '{{{name}}}' ist nicht erlaubt: nur einfache Namen ohne Format")
        names.append(name)
    return names


def render(template: str, values: dict[str, str]) -> str:
    # a name with its own quotes inside the template's „…“ must not close them early
    return nest_quotes(template.format_map(values))
