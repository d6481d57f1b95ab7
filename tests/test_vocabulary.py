"""RIS wording from real systems (ris-layouts.md, oparl.md) maps onto the closed vocabulary."""

from __future__ import annotations

import pytest

from gremienlauf.readers import ris_vocabulary


@pytest.mark.parametrize("raw, art", [
    ("Beschlussvorlage", "beschlussvorlage"), ("Sitzungsvorlage", "beschlussvorlage"),
    ("Mitteilungsvorlage", "mitteilungsvorlage"), ("Informationsvorlage", "mitteilungsvorlage"),
    ("Änderungs-/Ergänzungsantrag", "aenderungsantrag"), ("Ergänzungsantrag", "ergaenzungsantrag"), ("Kleine Anfrage",
                                                                                                     "anfrage"),
    ("Dringlichkeitsentscheidung zur Genehmigung", "dringlichkeitsentscheidung"),
    ("Stellungnahme der Verwaltung", "mitteilungsvorlage"), ("Haushalt THH 2300", "beschlussvorlage"),
    ("Tischvorlage", None), ("", None),
])
def test_vorlagenart(raw: str, art: str | None) -> None:
    assert ris_vocabulary.vorlagenart(raw) == art


@pytest.mark.parametrize("raw, rolle", [
    ("Entscheidung", "entscheidung"), ("Beschlussfassung", "entscheidung"), ("beschließend", "entscheidung"),
    ("Beschliessend", "entscheidung"), ("zur Vorberatung", "vorberatung"), ("Behandlung", "vorberatung"),
    ("Empfehlung", "vorberatung"), ("Federführende Beratung", "vorberatung"), ("vorberatend", "vorberatung"),
    ("Anhörung", "anhoerung"), ("Kenntnisnahme", "kenntnisnahme"), ("unbekannt", None), (None, None),
])
def test_rolle(raw: str | None, rolle: str | None) -> None:
    assert ris_vocabulary.rolle(raw) == rolle


@pytest.mark.parametrize("raw, rolle, ergebnis", [
    ("ungeändert beschlossen", None, "beschlossen"), ("Unverändert beschlossen", None, "beschlossen"),
    ("geändert beschlossen", None, "geaendert_beschlossen"), ("mehrheitlich beschlossen", None, "beschlossen"),
    ("Zugestimmt zu geändertem Beschlusstext", None, "geaendert_beschlossen"),
    ("vorberaten ohne Änderungen", None, "empfohlen"), ("Zustimmung empfohlen", None, "empfohlen"),
    ("Vorberatung - mehrheitlich beschlossen und weiter", None, "empfohlen"),
    ("mehrheitlich abgelehnt", None, "abgelehnt"), ("vertagt", None, "vertagt"),
    ("verwiesen in den Jugendhilfeausschuss", None, "verwiesen"), ("zurückverwiesen (Wiederholung)", None, "verwiesen"),
    ("Kenntnisnahme", None, "zur_kenntnis_genommen"), ("Das Gremium nimmt Kenntnis.", None, "zur_kenntnis_genommen"),
    ("zurückgezogen", None, "zurueckgezogen"), ("(offen)", None, "offen"),
    ("weitere Lesung erforderlich", None, "vertagt"),
    ("einstimmig, 0 Enthaltungen", "entscheidung", "beschlossen"),
    ("13 Ja-Stimmen, 0 Enthaltungen, 0 Nein-Stimmen", "vorberatung", "empfohlen"),
    ("siehe Dokument Abstimmungsergebnisse", None, None),
])
def test_ergebnis(raw: str, rolle: str | None, ergebnis: str | None) -> None:
    assert ris_vocabulary.ergebnis(raw, rolle) == ergebnis
