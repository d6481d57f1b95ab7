"""replay on OParl: a Vorlage straight from a council information system (served on 127.0.0.1 or saved
as JSON) is replayed like a Vorlage file, and the report verifies against a later fetch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import oparl_server
from tests.oparl_server import Server, ok

ROOT = Path(__file__).resolve().parent.parent
T = "https://schema.oparl.org/1.1/"


def gremienlauf(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "gremienlauf", *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=ROOT)


def registry(path: Path, base: str) -> str:
    """A town with its own Jugendamt whose RIS is the test server, as `oparl init-registry` would draft it."""
    path.write_text(f"""koerperschaften:
  - id: stadt-lindenau
    name: Stadt Lindenau
    typ: kreisangehoerige_stadt
    land: NW
    kreis: kreis-unna
    jugendamt: true
    oparl_body: {base}/bodies/1
    gremien:
      - {{id: rat, name: Rat der Stadt Lindenau, art: vertretung, aliase: [Rat]}}
      - {{id: hfa, name: Haupt- und Finanzausschuss, art: hauptausschuss, weitere_arten: [finanzausschuss]}}
      - {{id: jha, name: Jugendhilfeausschuss, art: jugendhilfeausschuss, aliase: [JHA]}}
""", "utf-8")
    return str(path)


def lindenau(base: str) -> dict[str, Any]:
    """A Jugendhilfe Vorlage as an OParl server publishes it: JHA heard, HFA, Rat decides."""
    orgs = {"jha": "Jugendhilfeausschuss", "hfa": "Haupt- und Finanzausschuss", "rat": "Rat der Stadt Lindenau"}
    plan = (("jha", "2026-03-03", "Anhörung", "einstimmig empfohlen"),
            ("hfa", "2026-03-12", "Vorberatung", "einstimmig empfohlen"),
            ("rat", "2026-03-26", "Entscheidung", "ungeändert beschlossen"))
    objects: dict[str, Any] = {f"{base}/bodies/1": {"id": f"{base}/bodies/1", "type": T + "Body",
                                                     "name": "Stadt Lindenau"}}
    consultations = []
    for n, (org, day, role, result) in enumerate(plan, 1):
        objects[f"{base}/organizations/{org}"] = {"id": f"{base}/organizations/{org}", "type": T + "Organization",
                                                  "name": orgs[org]}
        meeting = f"{base}/meetings/{n}"
        objects[meeting] = {"id": meeting, "type": T + "Meeting", "name": f"Sitzung {orgs[org]}",
                            "start": f"{day}T17:00:00+01:00", "organization": [f"{base}/organizations/{org}"],
                            "agendaItem": [{"id": f"{meeting}/top/1", "type": T + "AgendaItem", "number": "5",
                                            "result": result, "consultation": f"{base}/consultations/{n}"}]}
        consultations.append({"id": f"{base}/consultations/{n}", "type": T + "Consultation", "meeting": meeting,
                              "organization": [f"{base}/organizations/{org}"], "role": role,
                              "agendaItem": f"{meeting}/top/1", "authoritative": org == "rat"})
    objects[f"{base}/papers/7"] = {
        "id": f"{base}/papers/7", "type": T + "Paper", "body": f"{base}/bodies/1", "reference": "031/2026",
        "name": "Fortschreibung des Kinder- und Jugendförderplans", "paperType": "Beschlussvorlage",
        "date": "2026-02-16", "consultation": consultations}
    return objects


@pytest.fixture
def server() -> Iterator[Server]:
    yield from oparl_server.serve()


def test_a_vorlage_from_a_server_replays_and_verifies(server: Server, tmp_path: Path) -> None:
    objects = lindenau(server.base)
    server.routes.update({url[len(server.base):]: ok(value) for url, value in objects.items()})
    paper = f"{server.base}/papers/7"
    report = tmp_path / "bericht.json"
    register = registry(tmp_path / "register.yaml", server.base)
    result = gremienlauf("replay", paper, "-f", "json", "-o", str(report), "--koerperschaften", register)
    assert result.returncode == 0, result.stdout + result.stderr
    [trace] = json.loads(report.read_text("utf-8"))["vorlagen"]
    events = [(s["datum"], s["ereignis"], s["gremium"]) for s in trace["schritte"]]
    assert events == [("2026-02-16", "eingebracht", ""),
                      ("2026-03-03", "empfohlen", "Jugendhilfeausschuss"),
                      ("2026-03-12", "empfohlen", "Haupt- und Finanzausschuss"),
                      ("2026-03-26", "beschlossen", "Rat der Stadt Lindenau")]
    assert trace["ergebnis"] == "ohne_befund" and trace["endstand"] == "beschlossen"

    verified = gremienlauf("replay", "--verify", str(report), paper)
    assert verified.returncode == 0 and "bestätigt" in verified.stdout, verified.stdout + verified.stderr
    # The Rat now decides without the JHA having been heard: the saved report no longer holds.
    del objects[f"{server.base}/papers/7"]["consultation"][0]
    server.routes["/papers/7"] = ok(objects[f"{server.base}/papers/7"])
    changed = gremienlauf("replay", "--verify", str(report), paper)
    assert changed.returncode == 1 and "GEÄNDERT" in changed.stdout and "hält nicht" in changed.stdout


def test_the_same_vorlage_saved_as_json_gives_the_same_steps(tmp_path: Path) -> None:
    base = "https://ris.beispiel.invalid/oparl"
    saved = tmp_path / "ris.json"
    saved.write_text(json.dumps(list(lindenau(base).values()), ensure_ascii=False), "utf-8")
    before = saved.read_bytes()
    register = registry(tmp_path / "register.yaml", base)
    first = gremienlauf("replay", str(saved), "-f", "markdown", "--koerperschaften", register)
    second = gremienlauf("replay", str(saved), "-f", "markdown", "--koerperschaften", register)
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout == second.stdout and saved.read_bytes() == before
    assert "```mermaid" in first.stdout and "| 4 | 26.03.2026 | beschlossen | Rat der Stadt Lindenau |" in first.stdout


def test_karlsruhe_papers_replay_to_markdown_with_a_diagram_each_and_identical_bytes(shared: Path,
                                                                                    tmp_path: Path) -> None:
    source = str(shared / "corpus/oparl/karlsruhe-oparl-1.1")
    outputs = [tmp_path / "a.md", tmp_path / "b.md"]
    for out in outputs:
        result = gremienlauf("replay", source, "-f", "markdown", "-o", str(out))
        assert result.returncode == 1, result.stderr  # some Karlsruhe procedures are faulty (VF001, JH001 …)
    text = outputs[0].read_text("utf-8")
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
    reports = text.count("# Prüfbericht: Vorlage ")
    assert reports == 46 and text.count("```mermaid\nstateDiagram-v2") == reports
    # 52204 (JHA and Gemeinderat) is judged under § 71 SGB VIII and Baden-Württemberg's law.
    section = text.split("/papers/vo/52204")[1].split("# Prüfbericht: Vorlage ")[0]
    assert "§ 71 Abs. 4 Satz 2 SGB VIII" in section and "NRW" not in section


def test_replay_reads_a_server_through_an_umleitung(server: Server, tmp_path: Path) -> None:
    # The ids name the RIS's public address; the answers come from the test server (a mirror).
    public = "https://ris.lindenau.invalid/oparl"
    objects = lindenau(public)
    server.routes.update({url[len(public):]: ok(value) for url, value in objects.items()})
    register = registry(tmp_path / "register.yaml", public)
    result = gremienlauf("replay", f"{public}/papers/7", "-f", "json", "--koerperschaften", register,
                         "--umleitung", f"{public}/={server.base}/", "--timeout", "5", "--max-seiten", "3")
    assert result.returncode == 0, result.stdout + result.stderr
    [trace] = json.loads(result.stdout)["vorlagen"]
    assert trace["ergebnis"] == "ohne_befund" and len(trace["schritte"]) == 4
    assert {path for path, _ in server.requests} >= {"/papers/7", "/meetings/1", "/organizations/jha"}
    refused = gremienlauf("replay", f"{public}/papers/7", "--umleitung", "kein-paar")
    assert refused.returncode == 2 and "erwartet PRÄFIX=URL" in refused.stderr
