"""gremienlauf init scaffolds a municipality repository in which check, verify and lint work at once."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gremienlauf.load.files import read_yaml

FILES = [".github/workflows/gremienlauf.yml", ".gitignore", ".gitlab-ci.yml", ".pre-commit-config.yaml",
         "README.md", "features/satzung.feature", "koerperschaften.yaml", "regeln/satzung.yaml",
         "vorlagen/beispiel.yaml"]
MUSTERSTADT = ("--koerperschaft", "Stadt Musterstadt", "--typ", "kreisangehoerige_stadt", "--land", "NW",
               "--kreis", "kreis-unna")


def gl(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "GREMIENLAUF_STICHTAG": "2026-11-23"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "gremienlauf", *args], cwd=cwd, text=True, capture_output=True,
                          env=env, timeout=120)


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def gemeinde(tmp_path: Path) -> Path:
    result = gl("init", "musterstadt", *MUSTERSTADT, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [line.strip() for line in result.stdout.splitlines()[1:10]] == FILES
    return tmp_path / "musterstadt"


def test_check_verify_and_lint_work_at_once(gemeinde: Path) -> None:
    assert sorted(tree(gemeinde)) == FILES
    checked = gl("check", "vorlagen/", cwd=gemeinde)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.endswith("1 Vorlage in 1 Datei geprüft, Stichtag 23.11.2026: 0 Fehler, 0 Warnungen, "
                                   "0 Hinweise – Urteile: 1 in Ordnung\n")
    verified = gl("verify", cwd=gemeinde)
    assert verified.returncode == 0, verified.stdout
    assert verified.stdout.endswith("4 Szenarien in 1 Datei: 4 bestanden, 0 fehlgeschlagen, 0 fehlerhaft\n")
    linted = gl("rules", "lint", cwd=gemeinde)
    assert (linted.returncode, linted.stdout) == (0, "1 Regelpaket geprüft: 0 Fehler, 0 Warnungen\n")


def test_the_local_pack_and_registry_are_found_from_a_subfolder_and_from_outside(gemeinde: Path) -> None:
    inside = gl("verify", cwd=gemeinde / "features")
    assert inside.returncode == 0, inside.stdout
    vorlage = (gemeinde / "vorlagen" / "beispiel.yaml").read_text(encoding="utf-8")
    without_school = "\n".join(line for line in vorlage.splitlines() if "Schulausschuss" not in line)
    (gemeinde / "vorlagen" / "ohne.yaml").write_text(without_school + "\n", encoding="utf-8")
    outside = gl("check", str(gemeinde / "vorlagen"), cwd=gemeinde.parent)
    assert outside.returncode == 0, outside.stdout + outside.stderr
    assert outside.stdout.count("OR001") == 1 and "ohne.yaml" in outside.stdout
    unknown = gl("check", "vorlagen", "--ohne-projekt", cwd=gemeinde)
    assert unknown.returncode == 2 and "'stadt-musterstadt' ist nicht eingetragen" in unknown.stdout
    # the remedy names a command that lists the registry
    assert "Id aus 'gremienlauf koerperschaften' verwenden" in unknown.stdout
    listed = gl("koerperschaften", cwd=gemeinde)
    assert listed.returncode == 0 and "stadt-musterstadt" in listed.stdout


def test_breaking_the_example_rule_makes_verify_fail_and_name_the_scenario(gemeinde: Path) -> None:
    pack = gemeinde / "regeln" / "satzung.yaml"
    text = pack.read_text(encoding="utf-8")
    assert "gremium_art: fachausschuss" in text
    pack.write_text(text.replace("gremium_art: fachausschuss", "gremium_art: beirat"), encoding="utf-8")
    result = gl("verify", cwd=gemeinde)
    assert result.returncode == 1, result.stdout
    failed = [line.split("Zeile")[1].split(maxsplit=1)[1] for line in result.stdout.splitlines()
              if line.strip().startswith("FEHLER")]
    assert failed == ["Der Schulausschuss berät vor", "Die Beispielvorlage hält die Regel ein"]
    assert "features/satzung.feature:31: Dann meldet die Prüfung OR001 nicht" in result.stdout


def test_init_never_overwrites(gemeinde: Path) -> None:
    (gemeinde / "README.md").write_text("eigene Notizen\n", encoding="utf-8")
    before = tree(gemeinde)
    again = gl("init", str(gemeinde), *MUSTERSTADT, cwd=gemeinde.parent)
    assert again.returncode == 2 and "nichts wurde geschrieben" in again.stderr
    assert tree(gemeinde) == before


def test_same_arguments_same_files(tmp_path: Path, gemeinde: Path) -> None:
    assert gl("init", "zwei", *MUSTERSTADT, cwd=tmp_path).returncode == 0
    assert tree(tmp_path / "zwei") == tree(gemeinde)


def test_a_registered_koerperschaft_keeps_its_gremien(tmp_path: Path) -> None:
    assert gl("init", "kamen", "--koerperschaft", "Stadt Kamen", cwd=tmp_path).returncode == 0
    registry = read_yaml(tmp_path / "kamen" / "koerperschaften.yaml").value["koerperschaften"]
    assert [b["id"] for b in registry] == ["stadt-kamen"]
    names = [g["name"] for g in registry[0]["gremien"]]
    assert "Jugendhilfeausschuss" in names and names[-1] == "Schulausschuss"
    assert gl("verify", cwd=tmp_path / "kamen").returncode == 0


def test_an_unknown_kreis_gets_an_entry_of_its_own(tmp_path: Path) -> None:
    result = gl("init", "m", "--koerperschaft", "Gemeinde Möhnesee", "--typ", "kreisangehoerige_gemeinde",
                "--land", "NW", "--kreis", "kreis-erfunden", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    registry = read_yaml(tmp_path / "m" / "koerperschaften.yaml").value["koerperschaften"]
    assert [(b["id"], b["name"], b.get("jugendhilfetraeger")) for b in registry] == [
        ("gemeinde-moehnesee", "Gemeinde Möhnesee", "kreis-erfunden"), ("kreis-erfunden", "Kreis Erfunden", None)]
    assert gl("verify", cwd=tmp_path / "m").returncode == 0


def test_a_bundled_kreis_needs_no_entry_of_its_own(tmp_path: Path) -> None:
    # Kreis Soest is in the bundled register (every Kreis is); the new repository only adds the Gemeinde
    result = gl("init", "m", "--koerperschaft", "Gemeinde Möhnesee", "--typ", "kreisangehoerige_gemeinde",
                "--land", "NW", "--kreis", "kreis-soest", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    registry = read_yaml(tmp_path / "m" / "koerperschaften.yaml").value["koerperschaften"]
    assert [(b["id"], b.get("jugendhilfetraeger")) for b in registry] == [("gemeinde-moehnesee", "kreis-soest")]
    assert gl("verify", cwd=tmp_path / "m").returncode == 0


def test_names_with_yaml_punctuation_stay_values(tmp_path: Path) -> None:
    result = gl("init", "x", "--koerperschaft", "Stadt Ober-Musterstadt: Nord, Süd #1", "--typ",
                "kreisfreie_stadt", "--land", "HE", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert gl("verify", cwd=tmp_path / "x").returncode == 0
    assert gl("check", "vorlagen", cwd=tmp_path / "x").returncode == 0


@pytest.mark.parametrize("args, teil", [
    (("--koerperschaft", "Stadt Nirgendwo"), "--typ und --land angeben"),
    (("--koerperschaft", "Stadt Nirgendwo", "--typ", "kreisangehoerige_stadt", "--land", "NW"), "--kreis angeben"),
    (("--koerperschaft", "Stadt Kamen", "--typ", "kreis"), "typ 'kreisangehoerige_stadt'"),
    (("--koerperschaft", 'Stadt "X"', "--typ", "kreisfreie_stadt", "--land", "NW"), "Anführungszeichen"),
])
def test_bad_arguments_are_german_errors(tmp_path: Path, args: tuple[str, ...], teil: str) -> None:
    result = gl("init", "neu", *args, cwd=tmp_path)
    assert result.returncode == 2 and teil in result.stderr, result.stderr
    assert not (tmp_path / "neu").exists()


@pytest.mark.parametrize("args, target", [
    (("verify", "features", "-o", "features/satzung.feature"), "features/satzung.feature"),
    (("rules", "lint", "regeln", "-o", "regeln/satzung.yaml"), "regeln/satzung.yaml"),
    (("check", "vorlagen", "--regeln", "regeln", "-o", "regeln/satzung.yaml"), "regeln/satzung.yaml"),
    (("check", "vorlagen", "-o", "koerperschaften.yaml"), "koerperschaften.yaml"),  # found by itself (load/projekt.py)
    (("check", "vorlagen", "-o", "vorlagen/beispiel.yaml"), "vorlagen/beispiel.yaml"),
    (("rules", "show", "-f", "markdown", "-o", "regeln/satzung.yaml"), "regeln/satzung.yaml"),
])
def test_no_output_replaces_a_file_the_run_read(gemeinde: Path, args: tuple[str, ...], target: str) -> None:
    before = tree(gemeinde)
    result = gl(*args, cwd=gemeinde)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"Ausgabedatei '{target}' ist zugleich Eingabe" in result.stderr
    assert tree(gemeinde) == before


def test_no_output_replaces_a_file_read_by_a_worker_process(gemeinde: Path) -> None:
    vorlage = (gemeinde / "vorlagen" / "beispiel.yaml").read_text(encoding="utf-8")
    for n in range(150):  # enough for check --jobs to start workers (run/parallel.py)
        (gemeinde / "vorlagen" / f"v{n:03}.yaml").write_text(vorlage.replace("nummer: ", f"nummer: {n}-"), "utf-8")
    (gemeinde / "bericht.txt").symlink_to(gemeinde / "vorlagen" / "v149.yaml")
    before = tree(gemeinde)
    result = gl("check", "vorlagen", "--jobs", "2", "-o", "bericht.txt", cwd=gemeinde)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "ist zugleich Eingabe" in result.stderr and tree(gemeinde) == before
    fine = gl("check", "vorlagen", "--jobs", "2", "-o", "neu.txt", cwd=gemeinde)
    assert fine.returncode == 0 and "151 Vorlagen in 151 Dateien geprüft" in (gemeinde / "neu.txt").read_text("utf-8")


def test_ci_files_install_from_one_setting(tmp_path: Path) -> None:
    spec = "gremienlauf @ git+https://example.invalid/gremienlauf@0123abc"
    result = gl("init", "m", *MUSTERSTADT, "--paket", spec, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    root = tmp_path / "m"
    github = read_yaml(root / ".github/workflows/gremienlauf.yml").value
    gitlab = read_yaml(root / ".gitlab-ci.yml").value
    assert github["env"]["GREMIENLAUF_PAKET"] == spec == gitlab["variables"]["GREMIENLAUF_PAKET"]
    steps = [s.get("run", "") for s in github["jobs"]["pruefen"]["steps"]]
    assert 'pip install "$GREMIENLAUF_PAKET"' in steps
    assert 'pip install "$GREMIENLAUF_PAKET"' in gitlab["gremienlauf"]["script"]
    assert f'pip install "{spec}"' in (root / "README.md").read_text(encoding="utf-8")
    # nothing names a release that the package index does not have
    for rel in FILES:
        text = (root / rel).read_text(encoding="utf-8")
        assert "gremienlauf==" not in text and "rev: v" not in text, rel


def test_without_paket_the_source_of_this_installation_is_named_and_a_local_one_is_flagged(tmp_path: Path) -> None:
    result = gl("init", "m", *MUSTERSTADT, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    setting = read_yaml(tmp_path / "m" / ".gitlab-ci.yml").value["variables"]["GREMIENLAUF_PAKET"]
    # the test environment installs gremienlauf editable from this checkout: a file URL a runner cannot reach
    assert setting == f"gremienlauf @ {(Path(__file__).resolve().parent.parent).as_uri()}"
    assert "ein CI-Runner erreicht das nicht" in result.stdout and "--paket" in result.stdout
