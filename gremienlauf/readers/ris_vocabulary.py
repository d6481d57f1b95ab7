"""RIS wording to the model's closed vocabulary: Vorlagenart, Rolle and Ergebnis.

Shared by every reader that sees text written by a council information system (plain text, PDF,
OParl). Unknown wording maps to None ("nicht erkannt"), never to a guess.
"""

from __future__ import annotations

import re
from functools import cache

from gremienlauf.load.files import bundled_yaml
from gremienlauf.names import fold

Table = tuple[tuple[str, re.Pattern[str]], ...]


@cache
def _tables() -> dict[str, Table]:
    raw = next(d.value for d in bundled_yaml("vocabulary") if d.datei.endswith("/ris.yaml"))
    return {group: tuple((value, re.compile(r"\b(?:" + "|".join(patterns) + ")"))
                         for value, patterns in entries.items())
            for group, entries in raw.items()}


def _lookup(group: str, raw: str | None) -> str | None:
    if not raw or not raw.strip():
        return None
    text = fold(raw)
    return next((value for value, pattern in _tables()[group] if pattern.search(text)), None)


def vorlagenart(raw: str | None) -> str | None:
    """'Sitzungsvorlage' → beschlussvorlage, 'Kleine Anfrage' → anfrage; None if not recognised."""
    return _lookup("vorlagenarten", raw)


def rolle(raw: str | None) -> str | None:
    """'zur Vorberatung', 'beschließend', 'Federführende Beratung' → the model's Rolle."""
    return _lookup("rollen", raw)


_VOTE = re.compile(r"\b(?:einstimmig|mehrheitlich|\d+\s*ja)\b")


def ergebnis(raw: str | None, rolle_: str | None = None, hersteller: str | None = None) -> str | None:
    """'ungeändert beschlossen' → beschlossen, 'verwiesen in den Gemeinderat' → verwiesen.

    A bare vote record ("einstimmig, 0 Enthaltungen") says the Gremium voted, not what: it is a
    decision where the Rolle is Entscheidung and a recommendation otherwise. A ``hersteller`` (RIS
    vendor, e.g. "sternberg") with its own table in ris.yaml (``ergebnisse_<hersteller>``) is asked
    where the general table finds nothing ("einstimmig abgelehnt" stays abgelehnt).
    """
    value = _lookup("ergebnisse", raw)
    if value is None and hersteller and f"ergebnisse_{hersteller}" in _tables():
        value = _lookup(f"ergebnisse_{hersteller}", raw)
    if value == _VOTE_VALUE or (value is None and raw and _VOTE.search(fold(raw))):
        return "beschlossen" if rolle_ == "entscheidung" else "empfohlen"
    return value


_VOTE_VALUE = "abstimmung"  # a vendor table's mark for "this is a vote record"


def gremium_art(name: str | None, kurzname: str | None = None) -> str | None:
    """A default Gremium-Art from a committee's name or short name ('Gemeinderat' → vertretung), for
    drafting a registry; None where the name does not tell (a clerk decides)."""
    named = _lookup("gremium_arten", name)
    short = _lookup("gremium_arten", kurzname)
    # "Ausschuss für Kinder, Jugend und Familie" (JHA): the short name is more specific than the name.
    return short if named in (None, "fachausschuss") and short else named
