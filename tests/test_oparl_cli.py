"""gremienlauf oparl check / init-registry as users and CI meet them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KA = "karlsruhe-oparl-1.1"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "GREMIENLAUF_STICHTAG": "2026-11-23"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "gremienlauf", "oparl", *args], cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=120)


def test_missing_source_is_a_german_input_error_with_exit_2(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "fehlt"), "-f", "json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [finding] = json.loads(result.stdout)["befunde"]
    assert (finding["code"], finding["meldung"]) == ("EINGABE", "Datei nicht gefunden")


def test_bad_umleitung_is_a_usage_error() -> None:
    result = run("check", "https://ris.beispiel.invalid/oparl/system", "--umleitung", "ohne-gleichheitszeichen")
    assert result.returncode == 2
    assert "--umleitung 'ohne-gleichheitszeichen': erwartet PRÄFIX=URL" in result.stderr


def test_sarif_and_github_keep_oparl_urls_as_locations(shared: Path, tmp_path: Path) -> None:
    source = str(shared / "corpus/oparl" / KA)
    sarif = run("check", source, "-f", "sarif", "-o", str(tmp_path / "r.sarif"))
    assert sarif.returncode == 1, sarif.stderr
    results = json.loads((tmp_path / "r.sarif").read_text("utf-8"))["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/52204" in uris
    github = run("check", source, "-f", "github")
    assert "::error file=https%3A//web1.karlsruhe.de/oparl/bodies/0001/papers/vo/" in github.stdout


def test_text_report_groups_by_vorlage_and_counts_only_vorlagen(shared: Path) -> None:
    result = run("check", str(shared / "corpus/oparl/bonn-allris-oparl-1.1"))
    assert result.returncode == 2  # objects the Vorlagen need are missing from the sample
    last = result.stdout.rstrip().splitlines()[-1]
    assert last.startswith("22 Vorlagen geprüft, Stichtag 23.11.2026:")
    assert "Eingaben konnten nicht gelesen werden" in last
    assert "https://www.bonn.sitzung-online.de/public/vo020?VOLFDNR=2021241\n  Vorlage 252478 – " in result.stdout
    assert " – Urteile: " in last


def test_init_registry_writes_a_draft_that_the_registry_accepts(shared: Path, tmp_path: Path) -> None:
    target = tmp_path / "register.yaml"
    result = run("init-registry", str(shared / "corpus/oparl/huertgenwald-sternberg-oparl-1.0"), "-o", str(target))
    assert result.returncode == 0, result.stderr
    listing = subprocess.run([sys.executable, "-m", "gremienlauf", "koerperschaften", "--koerperschaften",
                              str(target)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert listing.returncode == 0, listing.stderr
    assert "Ausschuss für Jugend, Kultur und Vereine [fachausschuss]" in listing.stdout
