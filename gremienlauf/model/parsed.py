"""What the text reader found: every field with the line it came from, and what it could not find."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from gremienlauf.model import Consultation, Location, Paper

# The Vorlage fields the reader looks for, in the order of the public Vorlage file.
FIELDS = ("koerperschaft", "nummer", "art", "betreff", "datum", "federfuehrung", "oeffentlich",
          "beschlussgremium", "rechtsgrundlagen", "zustaendigkeit_begruendung", "beschlussvorschlag", "text")


@dataclass(frozen=True, slots=True)
class Field:
    """One value and where it stands. ``abgeleitet`` says it was inferred, not written as such."""

    value: Any
    zeile: int
    beleg: str = ""
    abgeleitet: bool = False


@dataclass(frozen=True, slots=True)
class Named:
    """A Gremium the text names as competent, with the sentence that says so."""

    gremium: str
    zeile: int
    satz: str
    staerke: int  # 4 header, 3 "… erforderlich", 2 subject of the Beschlussvorschlag, 1 "… zuständig"


@dataclass
class Parsed:
    datei: str
    fields: dict[str, Field] = field(default_factory=dict)
    # None: no Beratungsfolge in the text; (): a Beratungsfolge heading without entries
    consultations: tuple[Consultation, ...] | None = None
    beratungsfolge_zeile: int | None = None
    zustaendig: list[Named] = field(default_factory=list)
    hinweise: list[str] = field(default_factory=list)
    # the notes that also matter to a check (converted encoding, a citation read with doubt)
    lesehinweise: list[str] = field(default_factory=list)
    layout: str = "unbekannt"

    def value(self, name: str) -> Any:
        hit = self.fields.get(name)
        return hit.value if hit else None

    def set(self, name: str, value: Any, zeile: int, beleg: str = "", abgeleitet: bool = False) -> None:
        """Keep the first value found: readers look in the most reliable places first."""
        if value not in (None, "", ()) and name not in self.fields:
            self.fields[name] = Field(value, zeile, beleg, abgeleitet)

    @property
    def nicht_erkannt(self) -> list[str]:
        missing = [name for name in FIELDS if name not in self.fields]
        return missing + (["beratungsfolge"] if not self.consultations else [])

    def paper(self) -> Paper:
        """The model the engine checks. ``koerperschaft`` is the name as written ("Stadt Kamen");
        the registry resolves it."""
        orte = {name: Location(self.datei, f.zeile) for name, f in self.fields.items()}
        orte["vorlage"] = Location(self.datei, self._first_line())
        if self.beratungsfolge_zeile:
            orte["beratungsfolge"] = Location(self.datei, self.beratungsfolge_zeile)
        datum = self.value("datum")
        return Paper(
            koerperschaft=self.value("koerperschaft") or "", datei=self.datei, nummer=self.value("nummer"),
            art=self.value("art"), betreff=self.value("betreff"),
            datum=date.fromisoformat(datum) if datum else None, federfuehrung=self.value("federfuehrung"),
            beschlussgremium=self.value("beschlussgremium"),
            rechtsgrundlagen=tuple(self.value("rechtsgrundlagen") or ()),
            consultations=self.consultations or (),
            text="\n".join(filter(None, (self.value("beschlussvorschlag"), self.value("text")))),
            zustaendigkeit_begruendung=self.value("zustaendigkeit_begruendung"), orte=orte)

    def _first_line(self) -> int:
        lines = [f.zeile for f in self.fields.values()]
        return min(lines) if lines else 1
