"""Every CLI entry point on every bad input (tests/badinputs.py): exit 2 with a German message naming
the file and line (or read anyway where the design says so), no traceback, within 5 s and 300 MB, and
every input byte-identical afterwards.

Most runs are in-process (the CLI's own ``run``, as ``main`` calls it); the large and OS-hostile items
(100 MB files, alias bombs, deep nesting, pipes, link loops, unreadable files) and one item of each
reader kind run in a subprocess whose time and peak RSS are measured. The numbers per class go to
tests/.cache/bad-inputs.json and are printed (``pytest -s``) for the closing note.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.badinputs import CLEAN, Case, all_cases
from tests.badrun import Outcome, commands, in_process, in_subprocess, problems, snapshot

CASES = all_cases()
# One ordinary item per reader kind also runs as a real process: the in-process runs stand for the rest.
SAMPLED = {next(c.id for c in CASES if c.kind == kind and not c.schwer) for kind in {c.kind for c in CASES}}
SUMMARY = Path(__file__).resolve().parent / ".cache" / "bad-inputs.json"


@pytest.fixture(scope="module")
def summary() -> Iterator[dict[str, Any]]:
    seen: dict[str, Any] = defaultdict(lambda: {"faelle": set(), "laeufe": 0, "max_sekunden": 0.0, "max_rss_mb": None})
    yield seen
    out = {}
    for klasse, row in sorted(seen.items()):
        out[klasse] = {"faelle": len(row["faelle"]), "laeufe": row["laeufe"],
                       "max_sekunden": round(row["max_sekunden"], 3),
                       "max_rss_mb": None if row["max_rss_mb"] is None else round(row["max_rss_mb"], 1)}
    SUMMARY.parent.mkdir(exist_ok=True)
    SUMMARY.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\nSchlechte Eingaben (Klasse: Fälle, Läufe, längste Zeit, größter Speicher im Unterprozess):")
    for klasse, row in out.items():
        rss = "–" if row["max_rss_mb"] is None else f"{row['max_rss_mb']} MB"
        print(f"  {klasse:16} {row['faelle']:4} {row['laeufe']:4}  {row['max_sekunden']:.2f} s  {rss}")


def _note(summary: dict[str, Any], case: Case, outcome: Outcome) -> None:
    row = summary[case.klasse]
    row["faelle"].add(case.id)
    row["laeufe"] += 1
    row["max_sekunden"] = max(row["max_sekunden"], outcome.sekunden)
    if outcome.rss_mb is not None:
        row["max_rss_mb"] = max(row["max_rss_mb"] or 0.0, outcome.rss_mb)


def _clean_up(where: Path) -> None:
    for path in where.rglob("*"):
        if not path.is_symlink() and path.exists():
            path.chmod(0o700)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_entry_point_handles_the_bad_input(case: Case, tmp_path: Path, summary: dict[str, Any]) -> None:
    # Mode 000 does not keep root from reading (CI runs as root): there the kernel's answer to another
    # user, EACCES from open(2), is given in-process for this one path.
    denied = case.extra.get("unlesbar") and os.geteuid() == 0
    where = tmp_path
    try:
        target = case.make(where)
        shown = os.path.relpath(target, where)
        before = snapshot(where)
        wrong = []
        for entry, args in commands(case.kind, shown).items():
            if denied:
                with _denied(target):
                    outcome = in_process(args, where)
                if "keine Leseberechtigung" not in outcome.out + outcome.err:
                    wrong.append(f"{entry}: nicht als fehlende Leseberechtigung gemeldet")
            elif case.schwer or case.id in SAMPLED:
                outcome = in_subprocess(args, where)
            else:
                outcome = in_process(args, where)
            _note(summary, case, outcome)
            found = problems(case, entry, outcome, shown)
            if snapshot(where) != before:
                found.append("Eingabe verändert")
            if case.erwartet == "gleich":
                found += _differs(entry, args, shown, outcome, where)
                shutil.rmtree(where / "sauber")
            wrong += [f"{entry}: {w}" for w in found]
        assert not wrong, "\n".join(wrong) + f"\n{outcome.out[-600:]}\n{outcome.err[-600:]}"
    finally:
        _clean_up(where)


@contextmanager
def _denied(path: Path) -> Iterator[None]:
    real, target = os.open, os.path.realpath(path)

    def refusing(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.path.realpath(name) == target:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))
        return real(name, flags, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "open", refusing)
        yield


def _differs(entry: str, args: list[str], shown: str, outcome: Outcome, where: Path) -> list[str]:
    """A BOM, CRLF or UTF-16 changes nothing: the same exit code and report as the clean UTF-8 file."""
    clean = where / "sauber" / Path(shown).name
    clean.parent.mkdir(exist_ok=True)
    clean.write_bytes(CLEAN.read_bytes())
    expected = in_process([str(clean.relative_to(where)) if a == shown else a for a in args], where)
    if expected.code != outcome.code:
        return [f"Exit {outcome.code}, die saubere Datei gibt {expected.code}"]
    if entry == "check" and expected.out.replace(str(clean.relative_to(where)), shown) != outcome.out:
        return ["Bericht weicht von dem der sauberen Datei ab"]
    return []


def test_the_corpus_covers_every_class_the_issue_names() -> None:
    klassen = {c.klasse for c in CASES}
    assert {"yaml-syntax", "doppelte-schluessel", "alias-bombe", "verschachtelung", "gross", "binaer", "kodierung",
            "tags", "falscher-typ", "datum", "leer", "dateisystem", "python", "pdf", "json-syntax"} <= klassen
    assert {c.kind for c in CASES} == {"vorlage", "text", "pdf", "oparl", "regeln", "feature"}
    assert all(commands(kind, "x") for kind in {c.kind for c in CASES})
