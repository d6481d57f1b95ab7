"""gremienlauf verify runs German feature files with the project's own step library, without pytest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gremienlauf.spec.features import read_feature

ROOT = Path(__file__).resolve().parent.parent
FEATURES = sorted((ROOT / "features").glob("*.feature"))

HEAD = """# language: de
Funktionalität: Probe

  Szenario: Der Rat beschließt ohne Jugendhilfeausschuss
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Rat"
    Und die Beratungsfolge:
      | gremium | rolle        |
      | Rat     | entscheidung |
    Wenn die Vorlage geprüft wird
"""


# a second scenario that passes, to show the runner goes on after a bad one
SECOND = ("\n  Szenario: Zweites\n    Angenommen die Körperschaft \"stadt-kamen\"\n"
          "    Wenn die Vorlage geprüft wird\n    Dann meldet die Prüfung JH001 nicht\n")


def verify(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "gremienlauf", "verify", *args], cwd=cwd, text=True,
                          capture_output=True, env=env, timeout=120)


def write(tmp_path: Path, text: str, name: str = "probe.feature") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_projects_own_features_all_pass_as_under_pytest() -> None:
    scenarios = sum(len(read_feature(p).pickles) for p in FEATURES)
    result = verify("features", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    # Scenarios on the shared seeds are skipped where ../shared is absent, and only there;
    # every scenario of a feature that names a seed reads one (textleser_seeds.feature).
    on_seeds = [p for p in FEATURES if '"seeds/' in p.read_text(encoding="utf-8")]
    skipped = 0 if (ROOT.parent / "shared" / "seeds").is_dir() else sum(len(read_feature(p).pickles) for p in on_seeds)
    tail = f", {skipped} übersprungen" if skipped else ""
    assert result.stdout.endswith(f"{scenarios} Szenarien in {len(FEATURES)} Dateien: {scenarios - skipped} "
                                  f"bestanden, 0 fehlgeschlagen, 0 fehlerhaft{tail}\n")
    assert scenarios >= 90


def _run(tmp_path: Path, text: str, code: int) -> list[str]:
    write(tmp_path, text)
    result = verify("probe.feature", cwd=tmp_path)
    assert result.returncode == code, result.stdout + result.stderr
    return result.stdout.splitlines()


def test_a_failing_expectation_names_scenario_step_and_line_and_exits_1(tmp_path: Path) -> None:
    lines = _run(tmp_path, HEAD + "    Dann meldet die Prüfung JH001 nicht\n" + SECOND, 1)
    assert lines[1].split() == ["FEHLER", "Zeile", "4", "Der", "Rat", "beschließt", "ohne", "Jugendhilfeausschuss"]
    assert lines[2].strip() == "probe.feature:13: Dann meldet die Prüfung JH001 nicht"
    assert "JH001 sollte nicht gemeldet werden" in lines[3]
    assert lines[4].split()[:3] == ["ok", "Zeile", "15"]
    assert lines[-1] == "2 Szenarien in 1 Datei: 1 bestanden, 1 fehlgeschlagen, 0 fehlerhaft"


def test_a_scenario_without_an_expectation_is_malformed_not_passed(tmp_path: Path) -> None:
    # a step after "Wenn" still prepares, it expects nothing
    lines = _run(tmp_path, HEAD + "    Und das Sachgebiet ist \"kultur\"\n" + SECOND, 2)
    assert lines[1].split()[:3] == ["UNGÜLTIG", "Zeile", "4"]
    assert lines[2].strip() == "probe.feature:4"
    assert "prüft nichts" in lines[3] and "Dann-Schritt" in lines[3]
    assert lines[-1] == "2 Szenarien in 1 Datei: 1 bestanden, 0 fehlgeschlagen, 1 fehlerhaft"


@pytest.mark.parametrize("text, where, teil", [
    (HEAD.replace("    Angenommen die Körperschaft", "    Angenomen die Körperschaft"), "probe.feature:5:5",
     "gemeint ist wohl 'Angenommen'"),
    (HEAD + "    Dan meldet die Prüfung JH001\n", "probe.feature:13:5", "gemeint ist wohl 'Dann'"),
    (HEAD.replace("  Szenario:", "  Szenaro:") + "    Dann meldet die Prüfung JH001\n", "probe.feature:4:3",
     "gemeint ist wohl 'Szenario:'"),
    (HEAD.replace("# language: de\n", ""), "probe.feature:1:1", "'# language: de'"),
    (HEAD + "    Dann meldet die Prüfung JH001\n      | a | b |\n      | c |\n", "probe.feature:15:7",
     "nicht so viele Spalten"),
    ("# language: de\nFunktionalität: X\n\n  Szenario: leer\n", "probe.feature:4:3", "hat keine Schritte"),
])
def test_malformed_feature_files_are_german_errors_with_position_and_exit_2(tmp_path: Path, text: str, where: str,
                                                                           teil: str) -> None:
    write(tmp_path, text)
    result = verify("probe.feature", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(where + ": ") and teil in first, first


@pytest.mark.parametrize("table, teil", [
    ("      | gremiun | rolle |\n      | Rat | entscheidung |\n", "unbekannte Spalte 'gremiun'"),
    ("      | rolle |\n      | entscheidung |\n", "braucht die Spalte 'gremium'"),
    ("", "braucht eine Tabelle"),
])
def test_a_table_of_the_wrong_shape_is_reported_at_its_step_and_exits_2(tmp_path: Path, table: str,
                                                                        teil: str) -> None:
    write(tmp_path, "# language: de\nFunktionalität: X\n  Szenario: Tabelle\n"
                    "    Angenommen die Körperschaft \"stadt-kamen\"\n    Und die Beratungsfolge:\n" + table)
    result = verify("probe.feature", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "UNGÜLTIG" in result.stdout and "probe.feature:5: Und die Beratungsfolge:" in result.stdout
    assert teil in result.stdout


def test_an_unknown_step_is_reported_with_the_closest_known_step(tmp_path: Path) -> None:
    write(tmp_path, HEAD + "    Dann meldet die Prüfung JH001 nich\n")
    result = verify("probe.feature", cwd=tmp_path)
    assert result.returncode == 2
    assert "probe.feature:13: Dann meldet die Prüfung JH001 nich" in result.stdout
    assert "am nächsten kommt: „Dann meldet die Prüfung <code> nicht“" in result.stdout


LOCAL_PACK = """pack: {id: ortsrecht-probe, titel: Probe, version: "1", koerperschaft: stadt-kamen}
rules:
  - code: PR001
    name: ortsrecht.probe.antrag
    schwere: hinweis
    gilt_ab: 2020-01-01
    rechtsgrundlage: [{norm: Hauptsatzung der Stadt Kamen, paragraph: 2, belegt: false}]
    wenn: {pfad: vorlage.art, gleich: antrag}
    meldung: Ein Antrag.
    beschreibung: Probe.
"""


def test_scenarios_run_against_the_users_packs(tmp_path: Path) -> None:
    (tmp_path / "eigene").mkdir()
    (tmp_path / "eigene" / "p.yaml").write_text(LOCAL_PACK, encoding="utf-8")
    write(tmp_path, "# language: de\nFunktionalität: X\n  Szenario: Antrag\n"
                    "    Angenommen die Körperschaft \"stadt-kamen\"\n    Und die Vorlagenart ist \"antrag\"\n"
                    "    Wenn die Vorlage geprüft wird\n    Dann meldet die Prüfung den Hinweis PR001\n")
    assert verify("probe.feature", "--regeln", "eigene", cwd=tmp_path).returncode == 0
    without = verify("probe.feature", cwd=tmp_path)
    assert without.returncode == 1 and "PR001 erwartet" in without.stdout


def test_a_broken_pack_stops_before_any_scenario(tmp_path: Path) -> None:
    (tmp_path / "regeln").mkdir()
    (tmp_path / "regeln" / "p.yaml").write_text(LOCAL_PACK.replace("PR001", "JH001"), encoding="utf-8")
    write(tmp_path, HEAD + "    Dann meldet die Prüfung JH001\n")
    result = verify("probe.feature", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("gremienlauf: regeln/p.yaml:3:5: Regelcode JH001 ist schon im Paket 'sgb8'")


def test_schritte_lists_every_step_with_its_keyword() -> None:
    from gremienlauf.spec.steps import STEPS

    result = verify("--schritte", cwd=ROOT)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == len(STEPS)
    assert "Angenommen die Beratungsfolge:   (mit Tabelle darunter)" in lines
    assert "Dann meldet die Prüfung den Fehler|die Warnung|den Hinweis <code>" in lines
