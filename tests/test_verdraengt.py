"""Lex specialis is reported, never silent: a finding a more specific rule hid is named in JSON and text."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from gremienlauf import load
from gremienlauf.formats import renderer
from gremienlauf.model import Verdraengt
from gremienlauf.run.pipeline import Options, run

# BW001 (§ 39 Abs. 2 GemO BW) names KV001 in its ``verdraengt``: both fire on a Satzung for a Ausschuss
VORLAGE = """koerperschaft: stadt-karlsruhe
vorlage:
  nummer: "1/2026"
  art: beschlussvorlage
  betreff: Satzung über Gebühren
  datum: 2026-01-10
  sachgebiete: [allgemeine_verwaltung]
  gegenstand: [satzung]
  beschlussgremium: Haupt- und Finanzausschuss
  beratungsfolge:
    - gremium: Haupt- und Finanzausschuss
      rolle: entscheidung
"""


@pytest.fixture
def vorlage(tmp_path: Path) -> Path:
    path = tmp_path / "v.yaml"
    path.write_text(VORLAGE, encoding="utf-8")
    return path


def check(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gremienlauf", "check", "v.yaml", "--stichtag", "2026-06-30", *args],
                          cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=120)


def test_json_names_what_stood_back_behind_which_rule(vorlage: Path) -> None:
    result = check(vorlage.parent, "-f", "json")
    data = json.loads(result.stdout)
    assert data["vorlagen"][0]["verdraengt"] == [{"code": "KV001", "durch": "BW001", "datei": "v.yaml", "zeile": 9}]
    assert [f["code"] for f in data["befunde"]] == ["BW001"]  # the hidden finding still does not count
    assert result.returncode == 0  # a Warnung: the exit code is that of the findings shown


def test_text_says_it_in_one_line_under_the_vorlage(vorlage: Path) -> None:
    lines = check(vorlage.parent).stdout.splitlines()
    assert lines[3] == "    Verdrängt: KV001 tritt hinter BW001 zurück (Zeile 9)"
    assert lines[1].startswith("  Vorlage 1/2026") and lines[4].startswith("    9:3     Warnung  BW001")


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "html"])
def test_other_formats_stay_as_they_were(vorlage: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(vorlage.parent)
    report = run(load.engine(), ["v.yaml"], Options(date(2026, 6, 30)))
    assert report.geprueft[0].verdraengt == (Verdraengt("KV001", "BW001", "v.yaml", 9),)
    plain = replace(report, geprueft=tuple(c._replace(verdraengt=()) for c in report.geprueft))
    render = renderer(fmt)
    with_, without = io.StringIO(), io.StringIO()
    render(report, with_)
    render(plain, without)
    assert with_.getvalue() == without.getvalue()
