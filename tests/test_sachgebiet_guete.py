"""The Sachgebiet „jugendhilfe“ inferred from a Betreff: quality on real Vorlage titles labelled by hand
(tests/data/sachgebiet_titel.tsv, scored by bench/sachgebiet_guete.py) and German compounds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from gremienlauf.engine.classify import classify
from gremienlauf.load.wortlisten import sachgebiete
from gremienlauf.model import Paper
from gremienlauf.names import fold_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import sachgebiet_guete  # noqa: E402  (bench/ is a folder of scripts)


def _inferred(betreff: str) -> str | None:
    found = classify(Paper("test", "v.yaml", betreff=betreff), sachgebiete())
    return found.abgeleitet.get("jugendhilfe") if "jugendhilfe" in found.sachgebiete else None


def test_the_labelled_set_is_large_mixed_and_complete() -> None:
    rows = sachgebiet_guete.labelled()
    assert len(rows) >= 300
    assert 0.2 <= sum(ja for _, ja in rows) / len(rows) <= 0.5
    assert len({t for t, _ in rows}) == len(rows)


def test_precision_and_recall_on_real_titles() -> None:
    g = sachgebiet_guete.guete(sachgebiet_guete.labelled())
    assert g.praezision >= 0.95, g.fehlalarme
    assert g.trefferquote >= 0.95, g.uebersehen


@pytest.mark.parametrize("betreff, wort", [
    ("Förderung der Jugendverbandsarbeit 2025", "Jugendverbandsarbeit"),
    ("Fortschreibung der Kindertagesstättenbedarfsplanung", "Kindertagesstättenbedarfsplanung"),
    ("Neufassung der Kita-Elternbeitragssatzung", "Kita-Elternbeitragssatzung"),
    ("Niederschrift der Jugendhilfeausschusssitzung vom 12.03.2025", "Jugendhilfeausschusssitzung"),
    ("Sanierung Haus der Jugend", "Haus der Jugend"),
    ("Unterbringung unbegleiteter minderjähriger Ausländer", "unbegleiteter minderjähriger"),
    ("Bestellung des Jugendbeauftragten", "Jugendbeauftragten"),
    ("Einführung eines Krippengeldes", "Krippengeldes"),
    ("Anpassung der Kita-Entgelte", "Kita-Entgelte"),
    ("Kita-Beiträge ab 1. August", "Kita-Beiträge"),
    ("Zuschuss an den Kreisjugendring", "Kreisjugendring"),
    ("Stellenplan Kreisjugendamt", "Kreisjugendamt"),
    ("Neubau Waldkindergarten Süd", "Waldkindergarten"),
    ("Konzept Jugendkulturarbeit", "Jugendkulturarbeit"),
    ("Bezuschussung des Jugend- und Kulturzentrums", "Jugend- und Kulturzentrums"),
    ("Bedarfsplan Tageseinrichtungen für Kinder", "Tageseinrichtungen für Kinder"),
    ("Kosten der Amtsvormundschaften", "Amtsvormundschaften"),
    ("Bericht über die UMA im Kreis", "UMA"),
])
def test_compounds_and_everyday_words_are_youth_welfare(betreff: str, wort: str) -> None:
    assert _inferred(betreff) == wort


@pytest.mark.parametrize("betreff", [
    "Neues Fahrzeug für die Jugendfeuerwehr",
    "Kreisjugendfeuerwehrtag 2025",
    "Krippenspiel in der Stadthalle",
    "Schülerbeförderung zum Schuljahr 2025/26",
    "Zuschuss an die Jugendkunstschule",
    "Jugendmusikschule: Gebührensatzung",
    "Wahl des Seniorenbeirats",
    "Richtlinie zur Sportförderung",
    "Neubau der Grundschule Nord (Schulbau)",
    "Sanierung des Spielplatzes Lindenweg",
    "Maßnahmen gegen Jugendarbeitslosigkeit",
    "Keine Bevormundung der Bürgerinnen und Bürger",
    "Hortensienweg: Ausbau",
    "Umarmung der Partnerstadt",
    "Fest zum Weltkindertages-Sonntag",
    "Eingliederungshilfe nach SGB IX: Teilhabeplan",
])
def test_near_misses_are_not_youth_welfare(betreff: str) -> None:
    assert _inferred(betreff) is None


def test_an_exception_does_not_hide_a_real_keyword_beside_it() -> None:
    assert _inferred("Jugendfeuerwehr und Kita am selben Standort") == "Kita"


def test_the_shared_prefix_pattern_finds_what_a_plain_alternation_finds() -> None:
    """The vocabulary is compiled into one pattern whose alternatives share their beginnings; it must find
    the same first hit as the plain alternation of all keywords, on every labelled title."""
    areas, _ = sachgebiete()
    plain = re.compile("|".join(p for _, _, keywords, _ in areas.values for p, _ in keywords))
    for titel, _ in sachgebiet_guete.labelled():
        folded = fold_text(titel)
        a, b = plain.search(folded), areas.any.search(folded)
        assert (a and a.start()) == (b and b.start()), titel
