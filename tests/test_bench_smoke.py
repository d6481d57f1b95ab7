"""``bench/run.py --quick`` end to end on tiny corpora: the table and the JSON have every row.

No timing is asserted (CI machines are noisy); only that each measurement ran or says why not.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EXPECTED = [
    "boden-30", "jobs1-30", "jobsN-30", "boden-60", "jobs1-60", "jobsN-60", "rss-zuwachs-30-60",
    "kaltstart-import", "kaltstart-check", "oparl-http-30", "oparl-datei-30", "replay-50-inprocess",
    "replay-50-cli", "gremienlauf-alle-regeln", "regopy-eine-regel",
]
LABELS = ["Boden: yaml.load(CSafeLoader)", "Kaltstart: check EINE.yaml", "oparl check (HTTP 127.0.0.1)",
          "Replay im Prozess (50 Ereignisse", "gremienlauf im Prozess, alle Regeln", "regopy"]


def test_quick_run_prints_table_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "ergebnis.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--sizes", "30", "60",
                           "--kaltstart-laeufe", "2", "--cache", str(tmp_path / "korpus"), "--out", str(out)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    header, rule, *lines = done.stdout.splitlines()
    assert header.split()[:2] == ["Messung", "Vorlagen"] and set(rule) <= {"-", " "}
    for label in LABELS:
        assert any(line.startswith(label) for line in lines), label
    data = json.loads(out.read_text("utf-8"))
    rows = {r["id"]: r for r in data["messungen"]}
    assert list(rows) == EXPECTED
    for key, row in rows.items():
        if row["status"] != "ok":  # only the peer may be missing (regopy is in the bench extra, not in test)
            assert key == "regopy-eine-regel" and row["status"] == "nicht installiert (pip install regopy)", row
            continue
        assert (row["sekunden"] or row["us_pro_vorlage"] or row["rss_mb"] is not None), row
    assert rows["jobs1-60"]["verhaeltnis"] > 0 and rows["jobs1-60"]["bezug"] == "Boden"
    assert rows["kaltstart-check"]["verhaeltnis"] > 0 and len(rows["kaltstart-check"]["laeufe"]) == 2
    assert rows["boden-60"]["groesse"] == data["korpora"][1]["documents"] >= 60
    assert data["maschine"]["cpus"] >= 1 and data["stichtag"] == "2026-06-30"
    assert data["oparl"]["papers"] == 30


def _table_rows(markdown: str, heading: str) -> list[list[str]]:
    section = markdown.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in section.splitlines()
            if line.startswith("| ") and not line.startswith("| Stufe")]


def test_profile_run_times_every_stage_it_names(tmp_path: Path) -> None:
    """A stage whose function was renamed or is no longer called shows 0 calls, and its time silently joins
    „Sonstiges“: every wrapped stage must be reached on a real run."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from stages import STAGES
    finally:
        sys.path.remove(str(ROOT / "bench"))
    out = tmp_path / "profil.md"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "profile_run.py"), "--size", "30", "--kopien", "0",
                           "--cache", str(tmp_path / "korpus"), "--out", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    calls = {row[0]: int(row[4]) for row in _table_rows(out.read_text("utf-8"), "Stufen (exklusiv, ohne Profiler)")}
    for *_, label in STAGES:
        assert calls.get(label, 0) > 0, (label, calls)
    cold = _table_rows(out.read_text("utf-8"), "Kaltstart einer einzelnen Datei")
    assert cold and all(float(ms) >= 0 for _, ms in cold[1:]), cold


def test_startkosten_prints_each_measurement(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "startkosten.py"), "--laeufe", "1"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for label in ("dataclass(frozen=True, slots=True)", "NamedTuple", "import socket", "import jinja2"):
        line = next((x for x in lines if label in x), None)
        assert line is not None and line.endswith(" ms"), (label, lines)
    assert lines[-1].startswith("Textleser (parse_file)") and lines[-1].endswith("µs je Zeile"), lines
