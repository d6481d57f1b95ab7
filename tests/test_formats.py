"""Renderers: exact output for text, JSON and GitHub; SARIF against the official schema; JUnit parsed."""

from __future__ import annotations

import io
import json
import tempfile
from datetime import date
from pathlib import Path

import jsonschema

from gremienlauf.formats import renderer
from gremienlauf.model import Checked, Finding, Report, RuleInfo

SARIF_SCHEMA = Path(__file__).resolve().parent / ".cache" / "sarif-schema-2.1.0.json"

FINDINGS = (
    Finding("JH001", "fehler",
            "Vor der Beschlussfassung im Gremium „Rat“ ist der Jugendhilfeausschuss nicht angehört worden.",
            "§ 71 Abs. 4 Satz 2 SGB VIII", "vorlagen/a.yaml", 9, 3, "026/2012",
            "Jugendhilfeausschuss vor „Rat“ aufnehmen.", "sgb8.jha.anhoerung_vor_vertretung"),
    Finding("KR002", "warnung", "Der Kreisausschuss fehlt: 50%, a,b", "§ 50 Abs. 1 Satz 2 KrO NRW", "vorlagen/b.yaml",
            7, 1, "SV-9-1217", "", "nw.kro.kreisausschuss_vorbereitung"),
    Finding("EINGABE", "fehler", "doppelter Schlüssel 'vorlage' (zuerst in Zeile 1)", "", "vorlagen/c.yaml", 2, 1,
            "(nicht lesbar)", "Datei berichtigen.", "eingabe"),
)
REPORT = Report(
    FINDINGS,
    geprueft=(Checked("vorlagen/a.yaml", "026/2012", 2, None, "stadt-kamen", "verstoss",
                     "Beschlossen in „Rat“ am 29.03.2012; verletzt: JH001", "026/2012", "Präventionsketten"),
             Checked("vorlagen/b.yaml", "SV-9-1217", 2, None, "kreis-coesfeld", "offen", "Kreistag geplant"),
             Checked("vorlagen/c.yaml", "(nicht lesbar)", 2, None, "", "unvollstaendig", "nicht lesbar"),
             Checked("vorlagen/d.yaml", "027/2012", 2, None, "stadt-kamen", "in_ordnung", "kein Befund")),
    regeln={"JH001": RuleInfo("JH001", "sgb8.jha.anhoerung_vor_vertretung", "Jugendhilfeausschuss anhören",
                              "Soll vor jedem Beschluss gehört werden.", "fehler", "sgb8"),
            "KR002": RuleInfo("KR002", "nw.kro.kreisausschuss_vorbereitung", "Kreisausschuss bereitet vor",
                              "Bereitet die Beschlüsse vor.", "warnung", "nw")},
    pakete=(("sgb8", "2026.11", "ab" * 32),), dateien=4, stichtag=date(2026, 11, 23))


def rendered(name: str, report: Report = REPORT) -> str:
    out = io.StringIO()
    renderer(name)(report, out)
    return out.getvalue()


def test_text() -> None:
    assert rendered("text") == (
        "vorlagen/a.yaml\n"
        "  Vorlage 026/2012 – Verstoß: Beschlossen in „Rat“ am 29.03.2012; verletzt: JH001\n"
        "    9:3     Fehler   JH001  Vor der Beschlussfassung im Gremium „Rat“ ist der Jugendhilfeausschuss\n"
        "                            nicht angehört worden.\n"
        "                            Rechtsgrundlage: § 71 Abs. 4 Satz 2 SGB VIII\n"
        "                            Abhilfe: Jugendhilfeausschuss vor „Rat“ aufnehmen.\n"
        "\n"
        "vorlagen/b.yaml\n"
        "  Vorlage SV-9-1217 – offen: Kreistag geplant\n"
        "    7:1     Warnung  KR002  Der Kreisausschuss fehlt: 50%, a,b\n"
        "                            Rechtsgrundlage: § 50 Abs. 1 Satz 2 KrO NRW\n"
        "\n"
        "vorlagen/c.yaml\n"
        "  Vorlage (nicht lesbar) – unvollständig: nicht lesbar\n"
        "    2:1     Fehler   EINGABE  doppelter Schlüssel 'vorlage' (zuerst in Zeile 1)\n"
        "                              Abhilfe: Datei berichtigen.\n"
        "\n"
        "3 Vorlagen in 4 Dateien geprüft, Stichtag 23.11.2026: 2 Fehler, 1 Warnung, 0 Hinweise; "
        "1 Eingabe konnte nicht gelesen werden – Urteile: 1 Verstoß, 1 unvollständig, 1 offen, 1 in Ordnung\n")


def test_json() -> None:
    data = json.loads(rendered("json"))
    assert list(data) == ["vorlagen", "befunde", "zusammenfassung"]
    assert data["zusammenfassung"] == {"vorlagen": 3, "fehler": 2, "warnungen": 1, "hinweise": 0, "urteile": {
        "verstoss": 1, "unvollstaendig": 1, "offen": 1, "nicht_pruefbar": 0, "in_ordnung": 1}}
    assert data["vorlagen"][0] == {
        "datei": "vorlagen/a.yaml", "vorlage": "026/2012", "nummer": "026/2012", "betreff": "Präventionsketten",
        "koerperschaft": "stadt-kamen", "zeile": 2, "urteil": "verstoss",
        "urteil_grund": "Beschlossen in „Rat“ am 29.03.2012; verletzt: JH001"}
    assert [v["urteil"] for v in data["vorlagen"]] == ["verstoss", "offen", "unvollstaendig", "in_ordnung"]
    assert data["befunde"][0] == {
        "code": "JH001", "schwere": "fehler",
        "meldung": "Vor der Beschlussfassung im Gremium „Rat“ ist der Jugendhilfeausschuss nicht angehört worden.",
        "rechtsgrundlage": "§ 71 Abs. 4 Satz 2 SGB VIII", "abhilfe": "Jugendhilfeausschuss vor „Rat“ aufnehmen.",
        "datei": "vorlagen/a.yaml", "zeile": 9, "spalte": 3, "vorlage": "026/2012", "nummer": "026/2012",
        "betreff": "Präventionsketten"}
    assert [list(b) for b in data["befunde"]] == [list(data["befunde"][0])] * 3


def test_github_annotations_are_escaped() -> None:
    lines = rendered("github").splitlines()
    assert lines[1] == ("::warning file=vorlagen/b.yaml,line=7,col=1,title=KR002 SV-9-1217::"
                        "Der Kreisausschuss fehlt: 50%25, a,b [§ 50 Abs. 1 Satz 2 KrO NRW]")
    assert lines[2].startswith("::error file=vorlagen/c.yaml,line=2,col=1,title=EINGABE (nicht lesbar)::")
    assert lines[-1].startswith("::notice::3 Vorlagen in 4 Dateien geprüft")


def test_github_caps_annotations_per_level() -> None:
    many = tuple(Finding("VF006", "warnung", f"Gremium {i}", "", "v.yaml", i + 1, 1, "1") for i in range(14))
    lines = rendered("github", Report(many, dateien=1)).splitlines()
    assert sum(line.startswith("::warning") for line in lines) == 10
    assert lines[-2].startswith("::notice::4 weitere Befunde sind nicht annotiert")


def test_sarif_validates_against_the_official_schema() -> None:
    assert SARIF_SCHEMA.is_file(), "zuerst tests/fetch_schemas.py ausführen (README, Testbefehl)"
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    doc = json.loads(rendered("sarif"))
    jsonschema.Draft4Validator(schema).validate(doc)
    run = doc["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["EINGABE", "JH001", "KR002"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "error"]
    first = run["results"][0]
    assert first["ruleId"] == "JH001" and run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "JH001"
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 9, "startColumn": 3}


def test_junit_parses_with_one_case_per_vorlage() -> None:
    from junitparser import Error, Failure, JUnitXml

    path = Path(tempfile.mkdtemp()) / "r.xml"
    path.write_text(rendered("junit"), encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    cases = {(suite.name, case.name): case for suite in xml for case in suite}
    assert set(cases) == {("vorlagen/a.yaml", "026/2012"), ("vorlagen/b.yaml", "SV-9-1217"),
                          ("vorlagen/c.yaml", "(nicht lesbar)"), ("vorlagen/d.yaml", "027/2012")}
    assert [type(r) for r in cases[("vorlagen/a.yaml", "026/2012")].result] == [Failure]
    assert cases[("vorlagen/b.yaml", "SV-9-1217")].result == []  # a warning does not fail at --fail-on fehler
    assert [type(r) for r in cases[("vorlagen/c.yaml", "(nicht lesbar)")].result] == [Error]
    assert cases[("vorlagen/d.yaml", "027/2012")].is_passed
