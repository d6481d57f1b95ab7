"""gremienlauf rules lint: every problem of a local pack with file:line:column; 2 for errors, 1 for warnings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PACK = """pack:
  id: ortsrecht-probe
  titel: Probe
  version: "1"
  koerperschaft: stadt-kamen
rules:
  - code: PR001
    name: ortsrecht.probe.antrag
    schwere: hinweis
    gilt_ab: 2020-01-01
    rechtsgrundlage: [{norm: Hauptsatzung der Stadt Kamen, paragraph: 2, url: "https://example.invalid/hs"}]
    wenn: {pfad: vorlage.art, gleich: antrag}
    meldung: Ein Antrag.
    beschreibung: Probe.
"""
FEATURE = """# language: de
Funktionalität: Probe
  Szenario: Antrag
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "antrag"
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Hinweis PR001

  Szenario: Anfrage
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "anfrage"
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung PR001 nicht
"""
VERSIONED = """  - code: PR002
    name: ortsrecht.probe.gestuft
    schwere: hinweis
    versionen:
      - gilt_ab: 2010-01-01
        gilt_bis: 2012-12-31
        rechtsgrundlage: [{norm: Hauptsatzung, paragraph: 3, belegt: false}]
      - gilt_ab: 2014-01-01
        rechtsgrundlage: [{norm: Hauptsatzung}]
    wenn: {pfad: vorlage.art, gleich: anfrage}
    meldung: Eine Anfrage.
    beschreibung: Probe.
"""


def lint(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gremienlauf", "rules", "lint", *args], cwd=root, text=True,
                          capture_output=True, env={**os.environ, "NO_COLOR": "1"}, timeout=60)


def setup(root: Path, pack: str, feature: str = FEATURE) -> Path:
    (root / "regeln").mkdir()
    (root / "features").mkdir()
    (root / "regeln" / "probe.yaml").write_text(pack, encoding="utf-8")
    (root / "features" / "probe.feature").write_text(feature, encoding="utf-8")
    return root


def test_a_clean_pack_with_scenarios_both_ways_exits_0(tmp_path: Path) -> None:
    result = lint(setup(tmp_path, PACK), "regeln")
    assert (result.returncode, result.stdout) == (0, "1 Regelpaket geprüft: 0 Fehler, 0 Warnungen\n")


def test_weak_spots_are_warnings_at_their_lines_and_exit_1(tmp_path: Path) -> None:
    result = lint(setup(tmp_path, PACK + VERSIONED), "regeln")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "regeln/probe.yaml:15:5: Warnung: kein Szenario in features/, in dem PR002 greift "
        "(„Dann meldet die Prüfung PR002“)",
        "regeln/probe.yaml:15:5: Warnung: kein Szenario in features/, in dem PR002 schweigt "
        "(„Dann meldet die Prüfung PR002 nicht“)",
        "regeln/probe.yaml:22:9: Warnung: Lücke im Geltungszeitraum von PR002: vom 01.01.2013 bis 31.12.2013 "
        "gilt keine Fassung",
        "regeln/probe.yaml:23:27: Warnung: Fundstelle von PR002 nennt weder Paragraph noch Artikel noch URL",
        "1 Regelpaket geprüft: 0 Fehler, 4 Warnungen",
    ]


def test_a_verified_citation_without_url_is_a_warning(tmp_path: Path) -> None:
    result = lint(setup(tmp_path, PACK.replace(', url: "https://example.invalid/hs"', "")), "regeln")
    assert result.returncode == 1
    assert result.stdout.startswith("regeln/probe.yaml:11:23: Warnung: Fundstelle von PR001 ohne url")


@pytest.mark.parametrize("pack, where, teil", [
    (PACK.replace("code: PR001", "code: JH001"), "regeln/probe.yaml:7:5",
     "Regelcode JH001 gehört zum mitgelieferten Paket 'sgb8'; eine örtliche Regel, die ihn ablösen soll, braucht "
     "'ersetzt: JH001'"),
    (PACK + PACK.split("rules:\n")[1], "regeln/probe.yaml:15:5", "Regelcode PR001 ist doppelt (zuerst: "
                                                                  "regeln/probe.yaml:7)"),
    (PACK.replace("koerperschaft: stadt-kamen", "koerperschaft: stadt-kamn"), "regeln/probe.yaml:5:3",
     "'stadt-kamn' ist nicht eingetragen, das Paket gälte nie; gemeint ist wohl 'stadt-kamen'"),
    (PACK.replace("    schwere: hinweis\n", "    schwere: hinweis\n    ersetzt: XY999\n"), "regeln/probe.yaml:10:5",
     "'ersetzt: XY999' nennt eine unbekannte Regel"),
    (PACK.replace("schwere: hinweis", "schwere: Hinweis"), "regeln/probe.yaml:9:5", "gemeint ist wohl 'hinweis'"),
    (PACK.replace("gleich: antrag", "gleich: antrag, extra: 1"), "regeln/probe.yaml:12:47",
     "unbekannter Schlüssel 'extra'"),
])
def test_errors_exit_2_with_file_line_column(tmp_path: Path, pack: str, where: str, teil: str) -> None:
    result = lint(setup(tmp_path, pack), "regeln")
    assert result.returncode == 2, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": Fehler: " in line]
    assert errors and errors[0].startswith(f"{where}: Fehler: ") and teil in errors[0], result.stdout


def test_the_registry_of_the_project_counts(tmp_path: Path) -> None:
    root = setup(tmp_path, PACK.replace("stadt-kamen", "stadt-neu"), FEATURE.replace("stadt-kamen", "stadt-neu"))
    assert lint(root, "regeln").returncode == 2
    (root / "koerperschaften.yaml").write_text(
        "koerperschaften:\n  - {id: stadt-neu, name: Stadt Neu, typ: kreisfreie_stadt, land: NW, jugendamt: true,"
        " gremien: [{id: rat, name: Rat, art: vertretung}]}\n", encoding="utf-8")
    assert lint(root).returncode == 0
