"""The command line as users and CI meet it: exit codes, German messages, files left untouched."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str, cwd: Path = ROOT, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_COLOR": "1", "GREMIENLAUF_STICHTAG": "2026-11-23", **(env or {})}
    full_env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "gremienlauf", *args], cwd=cwd, input=stdin, text=True,
                          capture_output=True, env=full_env, timeout=60)


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return h.hexdigest()


VORLAGE = """koerperschaft: stadt-kamen
vorlage:
  nummer: "100/2026"
  art: beschlussvorlage
  sachgebiete: [kultur]
  beschlussgremium: Rat
  beratungsfolge:
    - {gremium: HFA, rolle: vorberatung}
    - {gremium: Rat, rolle: entscheidung}
"""


def test_examples_report_findings_and_exit_1() -> None:
    before = tree_hash(EXAMPLES)
    result = run("check", "examples/")
    assert result.returncode == 1, result.stderr
    # four Vorlagen have an empty Beratungsfolge: one data finding each, no legal finding derived from absence
    assert "VF004" in result.stdout and "JH001" not in result.stdout and "KR002" not in result.stdout
    assert "unvollständig: nicht prüfbar, weil die Beratungsfolge leer ist" in result.stdout
    assert result.stdout.rstrip().endswith("7 Vorlagen in 7 Dateien geprüft, Stichtag 23.11.2026: "
                                           "6 Fehler, 0 Warnungen, 0 Hinweise – Urteile: 5 unvollständig, 2 in Ordnung")
    assert tree_hash(EXAMPLES) == before


def test_clean_vorlage_exits_0(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    result = run("check", "v.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 Fehler, 0 Warnungen, 0 Hinweise" in result.stdout


@pytest.mark.parametrize("content, where, teil", [
    (VORLAGE.replace("  art: beschlussvorlage\n", "  art: beschlussvorlage\n  art: mitteilungsvorlage\n"),
     "5:3", "doppelter Schlüssel 'art' (zuerst in Zeile 4)"),
    (VORLAGE.replace("rolle: vorberatung", "rolle: Vorberatung"), "8:22", "gemeint ist wohl 'vorberatung'"),
    (VORLAGE + "  datum: 19.03.2026\n", "10:3", "2026-03-19"),
    ("koerperschaft: [\n", "2:1", "hier fehlt ein Wert"),
    (VORLAGE.replace("stadt-kamen", "stadt-kamn"), "1:1", "gemeint ist wohl 'stadt-kamen'"),
    # an impossible day is no ISO date to copy; a name is no id, and no regular expression explains that
    (VORLAGE + "  datum: 31.02.2026\n", "10:3",
     "'31.02.2026': diesen Tag gibt es nicht (der Februar 2026 hat 28 Tage)"),
    (VORLAGE.replace("koerperschaft: stadt-kamen", "koerperschaft: Stadt Kamen"), "1:1",
     "'Stadt Kamen' ist keine Id einer Körperschaft. Eine Id besteht aus Kleinbuchstaben, Ziffern, '-' und '_', "
     "ohne Leerzeichen und Umlaute (etwa 'stadt-kamen'); gemeint ist wohl 'stadt-kamen'"),
    (VORLAGE.replace("koerperschaft: stadt-kamen", "koerperschaft: Stadt Irgendwo"), "1:1",
     "die Ids zeigt 'gremienlauf koerperschaften'"),
])
def test_bad_input_is_a_german_finding_with_position_and_exit_2(tmp_path: Path, content: str, where: str,
                                                                 teil: str) -> None:
    path = tmp_path / "v.yaml"
    path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    result = run("check", "v.yaml", "-f", "json", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback (most recent" not in result.stderr + result.stdout
    finding = json.loads(result.stdout)["befunde"][0]
    assert finding["code"] == "EINGABE"
    assert f"{finding['zeile']}:{finding['spalte']}" == where
    assert teil in finding["meldung"]
    assert "also 2026-02-31" not in finding["meldung"] and "^[" not in finding["meldung"]
    assert path.read_bytes() == before


def test_one_broken_file_does_not_hide_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("koerperschaft: stadt-kamen\nvorlage: {art: \n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(VORLAGE.replace("Rat\n  beratungsfolge", "Kreistag\n  beratungsfolge"), "utf-8")
    data = json.loads(run("check", ".", "-f", "json", cwd=tmp_path).stdout)
    assert {(b["datei"].split("/")[-1], b["code"]) for b in data["befunde"]} >= {("a.yaml", "EINGABE"), ("b.yaml",
                                                                                                         "TR004")}


def test_missing_file_and_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run("check", "gibt-es-nicht.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "Datei nicht gefunden" in result.stdout
    result = run("check", "x.yaml", "--format", "xml", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr


# What click itself says, in English unless cli/deutsch.py translates it
ENGLISH = ("Usage", "Error", "Invalid", "Missing", "No such", "Try ", "Options", "Commands", "Show this",
           "Show the", "default:", "Did you mean", "is not one of", "does not match", "is not a valid",
           "unexpected extra", "requires an argument", "does not exist", "[OPTIONS]", "COMMAND")


@pytest.mark.parametrize("args, german", [
    (["check", "--foo", "x.yaml"], "Unbekannte Option"),  # click 8.1 names it without quotes
    (["chek"], "Unbekannter Befehl 'chek'."),
    (["check", "-f", "xml", "x.yaml"], "Ungültiger Wert für '-f' / '--format': 'xml' ist keiner der Werte"),
    (["check", "--stichtag", "2026-13-01", "x.yaml"], "'2026-13-01' gibt es im Kalender nicht"),
    (["check", "--stichtag", "morgen", "x.yaml"], "'morgen' ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)"),
    (["oparl", "check", "x.json", "--seit", "31.02.2026"], "'31.02.2026' gibt es im Kalender nicht"),
    (["check"], "Es fehlt das Argument 'PFADE...'."),
    (["check", "--jobs", "x", "x.yaml"], "'x' ist keine gültige Zahl."),
    (["check", "--jobs", "-1", "x.yaml"], "liegt nicht im Bereich"),
    (["check", "x.yaml", "--stichtag"], "Die Option '--stichtag' braucht einen Wert."),
    (["rules", "show", "--bogus"], "Unbekannte Option '--bogus'."),
    (["explain"], "Es fehlt das Argument"),
    (["rules", "erklaere"], "Unbekannter Befehl 'erklaere'."),
    (["--version=1"], "Die Option '--version' nimmt keinen Wert."),
])
def test_usage_errors_are_german_whatever_the_locale(args: list[str], german: str, tmp_path: Path) -> None:
    result = run(*args, cwd=tmp_path, env={"LANG": "C", "LC_ALL": "C", "LANGUAGE": "en"})
    assert result.returncode == 2
    assert german in result.stderr, result.stderr
    assert result.stderr.startswith(("Aufruf: ", "Fehler: ")) and "Fehler: " in result.stderr
    assert not [w for w in ENGLISH if w in result.stderr], result.stderr


def test_a_flag_from_the_environment_with_a_wrong_value_is_german(tmp_path: Path) -> None:
    result = run("check", "x.yaml", cwd=tmp_path, env={"GREMIENLAUF_DEBUG": "ja", "LANG": "C"})
    assert result.returncode == 2 and "'ja' ist kein Wahrheitswert (erlaubt: " in result.stderr
    assert not [w for w in ENGLISH if w in result.stderr], result.stderr


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["rules", "--help"], ["rules", "show", "-h"],
                                  ["oparl", "check", "--help"], ["replay", "--help"]])
def test_help_is_german(args: list[str]) -> None:
    result = run(*args, env={"LANG": "C", "LC_ALL": "C"})
    assert result.returncode == 0
    assert result.stdout.startswith("Aufruf: ") and "Optionen:" in result.stdout
    assert "Diese Hilfe zeigen." in result.stdout
    assert not [w for w in ENGLISH if w in result.stdout], result.stdout


@pytest.mark.parametrize("args, text", [
    (("check", "leer"), "keine Vorlage gefunden: das Verzeichnis enthält keine Datei mit der"),
    (("oparl", "check", "leer"), "keine OParl-Datei gefunden"),
    (("verify", "leer"), "keine Szenarien gefunden"),
])
def test_a_directory_with_nothing_to_read_is_an_error_not_a_pass(tmp_path: Path, args: tuple[str, ...],
                                                                  text: str) -> None:
    (tmp_path / "leer").mkdir()
    (tmp_path / "leer" / "notiz.md").write_text("keine Vorlage\n", encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2 and text in result.stdout, result.stdout + result.stderr
    both = run("check", "leer", str(EXAMPLES), "-f", "junit", cwd=tmp_path)  # the others still count
    assert both.returncode == 2 and 'tests="8"' in both.stdout and 'errors="1"' in both.stdout


def test_broken_rule_pack_stops_before_checking(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    (tmp_path / "regeln").mkdir()
    (tmp_path / "regeln" / "p.yaml").write_text(
        "pack: {id: lokal, titel: T, version: 1}\nrules:\n  - code: LK001\n    name: l.x\n    schwere: fehler\n"
        "    gilt_ab: 2020-01-01\n    rechtsgrundlage: [{norm: X}]\n    wenn: {pfad: vorlage.art, gleich: 1}\n"
        "    meldung: m\n    beschreibung: b\n    schwere_typo: 1\n", encoding="utf-8")
    result = run("check", "v.yaml", "--regeln", "regeln", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("gremienlauf: regeln/p.yaml:11:5: Regelpaket fehlerhaft: unbekannter Schlüssel")
    assert "Traceback" not in result.stderr


def test_fail_on_threshold(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE.replace("    - {gremium: HFA, rolle: vorberatung}\n", "")
                                     .replace("stadt-kamen", "kreis-unna").replace("Rat", "Kreistag"), "utf-8")
    assert run("check", "v.yaml", cwd=tmp_path).returncode == 0
    assert run("check", "v.yaml", "--fail-on", "warnung", cwd=tmp_path).returncode == 1
    assert run("check", "v.yaml", "--fail-on", "nie", cwd=tmp_path).returncode == 0


def test_output_file_is_written_atomically_and_never_over_an_input(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    result = run("check", "v.yaml", "-f", "sarif", "-o", "out.sarif", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads((tmp_path / "out.sarif").read_text("utf-8"))["version"] == "2.1.0"
    assert not list(tmp_path.glob(".out.sarif.*"))
    result = run("check", "v.yaml", "-o", "v.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "zugleich Eingabe" in result.stderr
    assert (tmp_path / "v.yaml").read_text("utf-8") == VORLAGE


def test_colour_only_when_asked_or_on_a_terminal_also_through_a_pipe() -> None:
    plain = run("check", str(EXAMPLES))  # a pipe: no colour by default
    assert "\x1b[" not in plain.stdout and plain.returncode == 1
    for args, env in ((("--farbe", "immer"), {}), ((), {"FORCE_COLOR": "1", "NO_COLOR": ""})):
        coloured = run("check", str(EXAMPLES), *args, env=env)
        assert "\x1b[" in coloured.stdout and coloured.returncode == 1
        assert re.sub(r"\x1b\[[0-9;]*m", "", coloured.stdout) == plain.stdout
    assert "\x1b[" not in run("check", str(EXAMPLES), env={"FORCE_COLOR": "1"}).stdout  # NO_COLOR=1 from run()


def test_output_through_a_link_or_onto_a_device_never_replaces_the_link_or_the_device(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    (tmp_path / "bericht.txt").write_text("alt\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("bericht.txt")
    assert run("check", "v.yaml", "-o", "link.txt", cwd=tmp_path).returncode == 0
    assert (tmp_path / "link.txt").is_symlink() and "geprüft" in (tmp_path / "bericht.txt").read_text("utf-8")
    os.mkfifo(tmp_path / "rohr")
    reader = subprocess.Popen(["cat", str(tmp_path / "rohr")], stdout=subprocess.PIPE, text=True)
    assert run("check", "v.yaml", "-o", "rohr", cwd=tmp_path).returncode == 0
    assert "geprüft" in reader.communicate(timeout=30)[0] and not (tmp_path / "rohr").is_file()
    assert run("check", "v.yaml", "-o", "/dev/null", cwd=tmp_path).returncode == 0 and \
        Path("/dev/null").is_char_device()


def test_output_never_replaces_the_file_given_on_stdin(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    with open(tmp_path / "v.yaml", encoding="utf-8") as stdin:
        result = subprocess.run([sys.executable, "-m", "gremienlauf", "check", "-", "-o", "v.yaml"], cwd=tmp_path,
                                stdin=stdin, capture_output=True, text=True, timeout=60,
                                env={**os.environ, "GREMIENLAUF_STICHTAG": "2026-11-23"})
    assert result.returncode == 2 and "ist zugleich Eingabe" in result.stderr
    assert (tmp_path / "v.yaml").read_text("utf-8") == VORLAGE


def test_stdin_with_a_name(tmp_path: Path) -> None:
    result = run("check", "-", "--stdin-dateiname", "vorlagen/neu.yaml", "-f", "json", cwd=tmp_path,
                 stdin=VORLAGE.replace("Rat\n  beratungsfolge", "Kreistag\n  beratungsfolge"))
    assert json.loads(result.stdout)["befunde"][0]["datei"] == "vorlagen/neu.yaml"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_same_input_same_bytes(fmt: str) -> None:
    first, second = run("check", "examples/", "-f", fmt), run("check", "examples/", "-f", fmt)
    assert first.stdout == second.stdout and first.stdout


def test_agenda_uses_the_meeting_date(tmp_path: Path) -> None:
    (tmp_path / "vorlagen").mkdir()
    (tmp_path / "vorlagen" / "v.yaml").write_text(VORLAGE.replace(
        "    - {gremium: HFA, rolle: vorberatung}",
        "    - {gremium: JHA, rolle: vorberatung, sitzung: 2026-03-20, ergebnis: empfohlen}\n"
        "    - {gremium: HFA, rolle: vorberatung, sitzung: 2026-04-02}"),
        encoding="utf-8")
    (tmp_path / "rat-2026-04-21.yaml").write_text(
        "sitzung: {gremium: Rat, datum: 2026-04-21, koerperschaft: stadt-kamen}\n"
        "tagesordnung:\n  - {top: 4, vorlage: vorlagen/v.yaml}\n"
        "  - top: 5\n    vorlage: {nummer: '101/2026', art: beschlussvorlage, sachgebiete: [kultur],"
        " beschlussgremium: HFA, beratungsfolge: [{gremium: HFA, rolle: entscheidung}]}\n", encoding="utf-8")
    data = json.loads(run("check", "rat-2026-04-21.yaml", "-f", "json", cwd=tmp_path).stdout)
    found = {(b["vorlage"], b["code"]) for b in data["befunde"]}
    assert ("TOP 4: 100/2026", "VF005") in found  # the HFA met on 02.04. and has no Ergebnis yet
    assert ("TOP 5: 101/2026", "VF011") in found  # on the Rat's agenda, but its route ends in the HFA
    assert data["zusammenfassung"]["vorlagen"] == 2
    # judged on the session day: the Rat decides on 21.04., so the Vorlage is open, not decided
    assert {v["vorlage"]: v["urteil"] for v in data["vorlagen"]}["TOP 4: 100/2026"] == "offen"


@pytest.mark.parametrize("marker", ["koerperschaften.yaml", "regeln", ".git"])
def test_an_agenda_may_name_vorlagen_anywhere_in_its_project_but_not_outside(tmp_path: Path, marker: str) -> None:
    project = tmp_path / "gemeinde"
    (project / "vorlagen").mkdir(parents=True)
    (project / "tagesordnungen").mkdir()
    if marker == "koerperschaften.yaml":
        (project / marker).write_text("koerperschaften: []\n", encoding="utf-8")
    else:
        (project / marker).mkdir()
    (project / "vorlagen" / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    (tmp_path / "draussen.yaml").write_text(VORLAGE, encoding="utf-8")
    (project / "tagesordnungen" / "rat.yaml").write_text(
        "sitzung: {gremium: Rat, datum: 2026-04-21, koerperschaft: stadt-kamen}\n"
        "tagesordnung:\n  - {top: 1, vorlage: ../vorlagen/v.yaml}\n  - {top: 2, vorlage: ../../draussen.yaml}\n",
        encoding="utf-8")
    data = json.loads(run("check", "tagesordnungen/rat.yaml", "-f", "json", cwd=project).stdout)
    eingabe = [b for b in data["befunde"] if b["code"] == "EINGABE"]
    assert [(b["zeile"], b["spalte"]) for b in eingabe] == [(4, 14)], eingabe
    assert "führt aus" in eingabe[0]["meldung"] and "../../draussen.yaml" in eingabe[0]["meldung"]
    # the summary names the session day, as the findings do, not today
    text = run("check", "tagesordnungen/rat.yaml", cwd=project).stdout
    assert "Stichtag 21.04.2026" in text.splitlines()[-1], text


def test_internal_error_exits_3_with_a_report_line(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    code = ("import sys, gremienlauf.run.pipeline as p; p.run = lambda *a, **k: 1 / 0; "
            "from gremienlauf.cli import main; sys.argv = ['gremienlauf', 'check', 'v.yaml']; main()")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 3
    assert "interner Fehler (ZeroDivisionError" in result.stderr
    assert "Traceback (most recent call last)" not in result.stderr


def test_rules_list_explain_schema_graph() -> None:
    listing = run("rules", "list")
    assert listing.returncode == 0
    assert "JH001" in listing.stdout and "§ 71 Abs. 4 Satz 2 SGB VIII" in listing.stdout
    assert "GO002" in listing.stdout and "[enthält nicht verifizierte Fundstellen]" in listing.stdout
    old = run("rules", "list", "--stichtag", "2012-03-29").stdout
    assert "§ 71 Abs. 3 Satz 2 SGB VIII" in old
    explained = run("explain", "jh001").stdout
    # the 2021 renumbering from the norms table; a period without a dated text read is shown as unverified
    assert "17.10.2012 – 09.06.2021: § 71 Abs. 3 Satz 2 SGB VIII [Fundstelle nicht verifiziert]" in explained
    assert "02.07.2012 – 16.10.2012: § 71 Abs. 3 Satz 2 SGB VIII\n" in explained
    assert "28.01.2022 – heute: § 71 Abs. 4 Satz 2 SGB VIII\n" in explained
    unknown = run("explain", "jh0001")
    assert unknown.returncode == 2 and "gemeint ist wohl JH001" in unknown.stderr
    assert json.loads(run("schema", "vorlage").stdout)["title"] == "gremienlauf: Vorlage"
    assert run("graph", "gibt-es-nicht").returncode == 2
    assert "stateDiagram-v2" in run("graph", "beschlussvorlage-gemeinde").stdout
    listing = run("koerperschaften").stdout
    assert "gemeinde-holzwickede" in listing
    # a clerk reads the type as words, not as the registry's ASCII key
    assert "Gemeinde Holzwickede (kreisangehörige Gemeinde, NW;" in listing and "kreisangehoerige" not in listing


def test_a_missing_path_is_said_not_to_exist(tmp_path: Path) -> None:
    result = run("check", "fehlt/", "-f", "json", cwd=tmp_path)
    assert result.returncode == 2
    meldung = json.loads(result.stdout)["befunde"][0]["meldung"]
    assert meldung == "Pfad nicht gefunden: weder Datei noch Verzeichnis"


def test_registry_and_rule_files_are_not_counted_as_checked_files(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_text(VORLAGE, encoding="utf-8")
    (tmp_path / "koerperschaften.yaml").write_text("koerperschaften: []\n", encoding="utf-8")
    result = run("check", ".", "--ohne-projekt", cwd=tmp_path)
    assert "1 Vorlage in 1 Datei geprüft" in result.stdout, result.stdout


def test_every_command_comes_from_the_one_table_and_only_its_module_is_loaded() -> None:
    # cli/__init__.py COMMANDS names every command; running one imports that module alone (cold start-up)
    code = ("import sys; from gremienlauf.cli import run; run(['check', '--help']); "
            "print(sorted(m for m in sys.modules if m.startswith('gremienlauf.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60).stdout
    assert out.splitlines()[-1] == "['gremienlauf.cli.check', 'gremienlauf.cli.deutsch', 'gremienlauf.cli.options']"
    from gremienlauf.cli import COMMANDS, cli, rules

    names = [p.stem for p in (ROOT / "gremienlauf" / "cli").glob("*.py")]
    for group in (cli, rules):
        for name in group.table:
            command = group.get_command(None, name)  # type: ignore[arg-type]
            assert command is not None and command.name == name
    assert {t.partition(":")[0] for t in [*COMMANDS.values(), *rules.table.values()] if isinstance(t, str)} == \
        set(names) - {"__init__", "deutsch", "options"}  # no module with commands is left out
