"""The three real OParl corpora, read from disk and served from 127.0.0.1: the same findings both
ways, Karlsruhe judged under BW law and § 71 SGB VIII, Bonn and Hürtgenwald under NRW law."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from gremienlauf import load
from gremienlauf.engine.judge import Engine
from gremienlauf.model import INPUT_CODE, Finding
from gremienlauf.readers.oparl import Selection, Settings, read
from gremienlauf.run.pipeline import Options, check_all, collect
from tests import oparl_server
from tests.oparl_server import BONN, HUERTGENWALD, KARLSRUHE, Server

ROOT = Path(__file__).resolve().parent.parent
STICHTAG = date(2026, 11, 23)
CORPORA = {"karlsruhe": ("karlsruhe-oparl-1.1", KARLSRUHE, oparl_server.karlsruhe),
           "bonn": ("bonn-allris-oparl-1.1", BONN, oparl_server.bonn),
           "huertgenwald": ("huertgenwald-sternberg-oparl-1.0", HUERTGENWALD, oparl_server.huertgenwald)}


@cache
def engine() -> Engine:
    return load.engine()


def findings(sources: list[str], settings: Settings | None = None, **selection: Any) -> tuple[Finding, ...]:
    options = Options(STICHTAG)
    found: list[Finding] = []
    checked: list[Any] = []
    check_all(engine(), read(sources, settings or Settings(), Selection(**selection)), options, found, checked)
    return collect(engine(), found, checked, 0, options).befunde


@pytest.fixture
def corpus(shared: Path) -> Path:
    return shared / "corpus" / "oparl"


@pytest.fixture
def server() -> Iterator[Server]:
    yield from oparl_server.serve()


def comparable(items: tuple[Finding, ...]) -> list[tuple[Any, ...]]:
    """Findings as compared between disk and server: an object missing from the files and one the
    server answers with 404 are the same finding, only the reason in the message differs."""
    return sorted((f.code, f.datei, f.zeile, f.vorlage, f.rechtsgrundlage, "" if f.code == INPUT_CODE else f.meldung)
                  for f in items)


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_disk_and_server_give_the_same_findings(name: str, corpus: Path, server: Server) -> None:
    folder, original, build = CORPORA[name]
    umleitung = server.add(name, original, build(corpus))
    entry = original + "system"
    alt, neu = umleitung.split("=")
    from_disk = findings([str(corpus / folder)])
    from_server = findings([entry], Settings(umleitungen=((alt, neu),), wartezeit=0))
    assert from_disk, "the corpus must produce findings, or the comparison proves nothing"
    assert comparable(from_server) == comparable(from_disk)
    assert all(h.get("accept") == "application/json" for _, h in server.requests)
    assert not any("authorization" in h or "cookie" in h for _, h in server.requests)


def test_karlsruhe_is_judged_under_bw_law_and_section_71(corpus: Path) -> None:
    found = findings([str(corpus / "karlsruhe-oparl-1.1")])
    assert not [f for f in found if "NRW" in f.rechtsgrundlage], "Karlsruhe must never be judged by NRW law"
    # every citation is federal or BW law; data checks cite nothing
    assert all(not f.rechtsgrundlage or "SGB VIII" in f.rechtsgrundlage or " BW" in f.rechtsgrundlage for f in found)
    jha_after = [f for f in found if f.datei.endswith("/papers/vo/52204")]
    assert [(f.code, f.zeile) for f in jha_after] == [("DQ001", 3), ("JH002", 3)]
    assert "15.10.2025" in next(f.meldung for f in jha_after if f.code == "JH002")
    assert next(f.rechtsgrundlage for f in jha_after if f.code == "JH002") == "§ 71 Abs. 4 Satz 2 SGB VIII"
    bw_rules = {r.code for r in engine().rules_for(engine().registry.body("stadt-karlsruhe"))}
    assert {"BW001", "BW002", "BW005", "JH001", "JH002"} <= bw_rules and not bw_rules & {"GO001", "TR001"}


def test_karlsruhe_jha_heard_before_the_gemeinderat_is_clean(corpus: Path) -> None:
    """2025/0820 (papers/52315): JHA Vorberatung 15.10.2025, Gemeinderat 21.10.2025 – no legal finding."""
    found = [f for f in findings([str(corpus / "karlsruhe-oparl-1.1")]) if f.datei.endswith("/papers/vo/52315")]
    assert [f.code for f in found] == ["DQ001"]


def test_huertgenwald_without_roles_takes_the_gemeinderat_and_says_so(corpus: Path) -> None:
    found = findings([str(corpus / "huertgenwald-sternberg-oparl-1.0")])
    paper = [f for f in found if f.vorlage == "4/2019"]
    assert [f.code for f in paper] == ["DQ003"]
    assert "„Gemeinderat“" in paper[0].meldung
    assert not [f for f in found if f.code in ("JH001", "JH002", "TR001")], "Hürtgenwald has no Jugendamt"


def test_bonn_missing_meetings_are_reported_at_the_vorlage(corpus: Path) -> None:
    found = findings([str(corpus / "bonn-allris-oparl-1.1")])
    missing = [f for f in found if f.code == INPUT_CODE]
    assert missing and all(f.vorlage != "(nicht lesbar)" for f in missing)
    meeting = [f for f in missing if "meetings?id=2004196" in f.meldung]
    assert len(meeting) == 1 and meeting[0].datei == "https://www.bonn.sitzung-online.de/public/vo020?VOLFDNR=2021241"
    assert meeting[0].zeile == 4  # the Rat's Beratung: undated, so last (line 1 is the Vorlage)


def test_since_and_paper_type_select_vorlagen(corpus: Path) -> None:
    def chosen(*arten: str) -> list[str | None]:
        items = read([str(corpus / "karlsruhe-oparl-1.1")], Settings(), Selection(date(2026, 1, 1), arten))
        return sorted(i.paper.nummer for i in items if hasattr(i, "paper"))

    # As the system writes it: only "Antrag"; as gremienlauf's Vorlagenart: amendments too.
    assert chosen("Antrag") == ["2026/0241", "2026/0340/1", "2026/0488"]
    assert chosen("antrag") == ["2026/0241", "2026/0241/1", "2026/0340/1", "2026/0488"]
    assert len(chosen()) == 11  # Paper.date in 2026, deleted papers not counted (checked by hand)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "gremienlauf", "oparl", "check", *args, "--stichtag", "2026-11-23"],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)


def test_cli_output_is_byte_identical_from_disk_and_from_the_server(corpus: Path, server: Server) -> None:
    umleitung = server.add("karlsruhe", KARLSRUHE, oparl_server.karlsruhe(corpus))
    disk = run_cli(str(corpus / "karlsruhe-oparl-1.1"), "-f", "json")
    live = run_cli(KARLSRUHE + "system", "--umleitung", umleitung, "--jobs", "4", "-f", "json")
    assert disk.returncode == live.returncode == 1, disk.stderr + live.stderr
    assert disk.stdout == live.stdout
    counts = Counter(f["code"] for f in json.loads(disk.stdout)["befunde"])
    # two of the three Vorlagen the JHA saw only after the Gemeinderat are amendments, judged with the Vorlage
    # they amend (JH008, a Hinweis on each of the six youth-welfare amendments), not as a hearing of their own
    assert counts["JH002"] == 1 and counts["JH008"] == 6 and counts[INPUT_CODE] == 0
    assert "Übergangen: 2 gelöschte Vorlagen." in disk.stderr
