"""Running the CLI on one bad input: in-process (fast) or in a subprocess (time and peak memory measured).

Both give an ``Outcome`` that ``problems`` judges against the case's expectation; the inputs are hashed
before and after every run, so a command that touched them fails.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from tests.badinputs import CLEAN, ROOT, Case

STICHTAG = ["--stichtag", "2026-11-23"]
TIME_LIMIT = 5.0
RSS_LIMIT_MB = 300


def commands(kind: str, target: str) -> dict[str, list[str]]:
    """The entry points that read this kind of input, each with its arguments."""
    other = str(CLEAN)
    return {
        "vorlage": {"check": ["check", "--ohne-projekt", *STICHTAG, target],
                    "replay": ["replay", "--ohne-projekt", target]},
        "text": {"check": ["check", "--ohne-projekt", *STICHTAG, target], "parse": ["parse", target],
                 "replay": ["replay", "--ohne-projekt", target]},
        "pdf": {"check": ["check", "--ohne-projekt", *STICHTAG, target], "parse": ["parse", target],
                "replay": ["replay", "--ohne-projekt", target]},
        "oparl": {"oparl check": ["oparl", "check", "--ohne-projekt", *STICHTAG, target],
                  "replay": ["replay", "--ohne-projekt", target]},
        "regeln": {"rules show": ["rules", "show", "--ohne-projekt", "--regeln", target],
                   "rules lint": ["rules", "lint", target],
                   "check --regeln": ["check", "--ohne-projekt", *STICHTAG, "--regeln", target, other]},
        "feature": {"verify": ["verify", "--ohne-projekt", target]},
    }[kind]


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    sekunden: float
    rss_mb: float | None = None


def snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` (symlinks not followed) with the SHA-256 of its bytes, or its kind."""
    found: dict[str, str] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            if path.is_symlink():
                found[str(path)] = "-> " + os.readlink(path)
            elif path.is_file() and os.access(path, os.R_OK) and path.stat().st_mode & 0o444:
                digest = hashlib.sha256()
                with path.open("rb") as fh:
                    while chunk := fh.read(1 << 20):
                        digest.update(chunk)
                found[str(path)] = digest.hexdigest()
            elif not path.is_dir():
                found[str(path)] = f"mode {path.lstat().st_mode:o}"
    return found


def in_process(args: list[str], cwd: Path) -> Outcome:
    from gremienlauf.cli import run

    runner = CliRunner()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        with runner.isolation(env={"GREMIENLAUF_DEBUG": None, "NO_COLOR": "1"}) as (out, err, _):
            start = time.perf_counter()
            code = run(list(args))
            took = time.perf_counter() - start
            return Outcome(code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"),
                           took)
    finally:
        os.chdir(old)


# A small wrapper starts gremienlauf and reports its peak RSS: measured in the test process itself, a
# child's ru_maxrss would start at the (large) RSS of the pytest process it was forked from.
_WRAPPER = """
import os, resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL).returncode
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
os.write(int(os.environ["GREMIENLAUF_RSS_FD"]), str(rss).encode())
sys.exit(code if code >= 0 else 128 - code)
"""


def in_subprocess(args: list[str], cwd: Path, as_user: int | None = None) -> Outcome:
    """One run in its own process, with its peak RSS; killed after three times the time limit."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    env.pop("GREMIENLAUF_DEBUG", None)
    read_fd, write_fd = os.pipe()
    env["GREMIENLAUF_RSS_FD"] = str(write_fd)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "gremienlauf", *args],
                                cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, user=as_user,
                                pass_fds=(write_fd,), start_new_session=True)
        os.close(write_fd)
        try:
            code = proc.wait(timeout=3 * TIME_LIMIT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the wrapper and gremienlauf under it
            code = proc.wait()
        took = time.perf_counter() - start
        rss = os.read(read_fd, 64)
        os.close(read_fd)
        out.seek(0)
        err.seek(0)
        return Outcome(code, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                       took, int(rss) / 1024 if rss else None)


_ENGLISH = re.compile(r"\b(?:Traceback|Error|expected|found|invalid|could not|cannot|unexpected|while "
                      r"(?:parsing|scanning))\b")


def problems(case: Case, entry: str, outcome: Outcome, shown: str) -> list[str]:
    """What is wrong with this run, in words for the assertion message; empty when it is right."""
    text = outcome.out + outcome.err
    wrong = []
    if "Traceback" in text:
        wrong.append("Traceback")
    if outcome.code == 3 or "interner Fehler" in text:
        wrong.append(f"interner Fehler: {outcome.err.strip()[-300:]}")
    if outcome.sekunden > TIME_LIMIT:
        wrong.append(f"{outcome.sekunden:.1f} s")
    if outcome.rss_mb is not None and outcome.rss_mb > RSS_LIMIT_MB:
        wrong.append(f"{outcome.rss_mb:.0f} MB")
    erwartet = dict(case.anders).get(entry, case.erwartet)
    if erwartet in ("fehler", "fehler-ganz"):
        if outcome.code != 2:
            wrong.append(f"Exit {outcome.code} statt 2")
        if shown not in text:
            wrong.append(f"Datei '{shown}' nicht genannt")
        elif erwartet == "fehler" and not _has_line(text, shown):
            wrong.append("keine Zeilenangabe")
        message = "\n".join(line for line in text.splitlines() if shown in line or "gremienlauf:" in line)
        if _ENGLISH.search(message.replace(shown, "")):
            wrong.append(f"englische Meldung: {message.strip()[:200]}")
    elif outcome.code not in ((0, 1, 2) if erwartet == "beendet" else (0, 1)):
        wrong.append(f"Exit {outcome.code}, erwartet 0 oder 1")
    return wrong


def _has_line(text: str, shown: str) -> bool:
    """``datei:zeile`` (messages, replay, lint) or, in check's text report, the file as a heading and an
    EINGABE finding below it with ``zeile:spalte``."""
    if re.search(re.escape(shown) + r"[^:\s]*:\d+", text):
        return True
    return re.search(r"^" + re.escape(shown) + r"\n(?:\s.*\n)*?\s+\d+:\d+\s+Fehler\s+EINGABE", text, re.M) is not None
