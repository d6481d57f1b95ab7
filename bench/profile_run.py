"""Where the time goes: ``python bench/profile_run.py [--size 10000] [--out bench/results/profile.md]``.

In one process, on a generated corpus: (1) time per pipeline stage (exclusive, see stages.py),
(2) cProfile's top functions by cumulative and by own time, (3) what stays allocated after a run
(tracemalloc), (4) µs per Vorlage as rule packs that cannot apply are added via ``--regeln``.
Writes Markdown; bench/PROFILE.md is the commented reading of one such output.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from stages import STAGES, Clock, timed_stages  # noqa: E402

from gremienlauf import load  # noqa: E402
from gremienlauf.engine.judge import Engine  # noqa: E402
from gremienlauf.formats import renderer  # noqa: E402
from gremienlauf.run.pipeline import Options, run  # noqa: E402

RULES = Path(__file__).resolve().parent.parent / "gremienlauf" / "rules"


def whole_run(root: str) -> tuple[float, float, Any]:
    """Seconds for pipeline.run and for rendering the text report, and the report."""
    engine = load.engine()
    start = time.perf_counter()
    report = run(engine, [root], Options(corpus.STICHTAG))
    middle = time.perf_counter()
    renderer("text")(report, io.StringIO())
    return middle - start, time.perf_counter() - middle, report


def stage_table(root: str, documents: int) -> str:
    start = time.perf_counter()
    load.engine()
    loaded = time.perf_counter() - start
    clock = Clock()
    with timed_stages(clock):
        run_s, render_s, _ = whole_run(root)
    rows = [(label, clock.seconds.get(label, 0.0), clock.calls.get(label, 0)) for *_, label in STAGES]
    rows.append(("Ausgabe (Textformat)", render_s, 1))
    rows.append(("Sonstiges (Dateisuche, Pipeline, Bericht sortieren)", run_s - sum(s for _, s, _ in rows[:-1]), 0))
    total = run_s + render_s
    out = [f"Gesamt {total:.2f} s für {documents} Vorlagen ({total / documents * 1e6:.0f} µs/Vorlage); "
           f"Engine laden (Registry, Pakete, Verfahren) zusätzlich {loaded * 1e3:.0f} ms.", "",
           "| Stufe | s | Anteil | µs/Vorlage | Aufrufe |", "|---|---:|---:|---:|---:|"]
    for label, seconds, calls in sorted(rows, key=lambda r: -r[1]):
        out.append(f"| {label} | {seconds:.3f} | {seconds / total:.0%} | {seconds / documents * 1e6:.0f} | {calls} |")
    return "\n".join(out)


def cprofile_tables(root: str, documents: int, top: int) -> str:
    engine = load.engine()
    profiler = cProfile.Profile()
    profiler.enable()
    report = run(engine, [root], Options(corpus.STICHTAG))
    renderer("text")(report, io.StringIO())
    profiler.disable()
    stats = pstats.Stats(profiler)
    out = []
    for key, title in (("cumulative", "nach kumulierter Zeit"), ("tottime", "nach eigener Zeit")):
        out += [f"#### {title} (cProfile, Top {top})", "",
                "| Funktion | Aufrufe | eigene s | kumuliert s | µs/Vorlage (kum.) |", "|---|---:|---:|---:|---:|"]
        entries = sorted(stats.stats.items(), key=lambda kv: -kv[1][3 if key == "cumulative" else 2])  # type: ignore[attr-defined]
        for (path, line, name), (_, calls, tottime, cumtime, _) in entries[:top]:
            out.append(f"| `{_short(path)}:{line} {name}` | {calls} | {tottime:.3f} | {cumtime:.3f} | "
                       f"{cumtime / documents * 1e6:.0f} |")
        out.append("")
    return "\n".join(out)


def _short(path: str) -> str:
    for marker in ("site-packages/", "gremienlauf/", "lib/python3"):
        if marker in path:
            return path.split(marker, 1)[1] if marker != "gremienlauf/" else "gremienlauf/" + path.split(marker, 1)[1]
    return path


def memory_table(root: str, top: int = 8) -> str:
    """What the finished report and the caches still hold after one run (allocation sites)."""
    engine = load.engine()
    gc.collect()
    tracemalloc.start(1)
    before = tracemalloc.take_snapshot()
    report = run(engine, [root], Options(corpus.STICHTAG))
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    diffs = after.compare_to(before, "lineno")
    total = sum(d.size_diff for d in diffs)
    out = [f"Nach dem Lauf noch belegt: {total / 2**20:.1f} MiB für {len(report.geprueft)} geprüfte Vorlagen "
           f"({total / max(1, len(report.geprueft)):.0f} Bytes je Vorlage).", "",
           "| Stelle | MiB | Blöcke |", "|---|---:|---:|"]
    for d in diffs[:top]:
        frame = d.traceback[0]
        out.append(f"| `{_short(frame.filename)}:{frame.lineno}` | {d.size_diff / 2**20:.2f} | {d.count_diff} |")
    return "\n".join(out)


def loader_table(root: str, limit: int = 10_000) -> str:
    """The loaders alone on the same texts in memory: the budget the YAML stage has against the floor."""
    import yaml

    from gremienlauf.load.yamlsafe import load

    texts = [p.read_text("utf-8") for p in sorted(Path(root).rglob("*.yaml"))[:limit]]
    contenders = {
        "yaml.load(CSafeLoader) – der Boden": lambda t: yaml.load(t, Loader=yaml.CSafeLoader),
        "yaml.compose(CSafeLoader) – nur Knoten": lambda t: yaml.compose(t, Loader=yaml.CSafeLoader),
        "yaml.parse(CSafeLoader) – nur Ereignisse durchlaufen":
            lambda t: sum(1 for _ in yaml.parse(t, Loader=yaml.CSafeLoader)),
        "gremienlauf yamlsafe.load – Ereignisse falten, Positionen": lambda t: load(t, "x.yaml"),
    }
    out = [f"{len(texts)} Dateien, im Mittel {sum(map(len, texts)) / len(texts):.0f} Zeichen, Texte im Speicher, "
           "bester von 3 Läufen.", "", "| Lader | µs/Datei | gegenüber Boden |", "|---|---:|---:|"]
    floor = None
    for label, func in contenders.items():
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for t in texts:
                func(t)
            best = min(best, time.perf_counter() - start)
        us = best / len(texts) * 1e6
        floor = floor or us
        out.append(f"| {label} | {us:.0f} | {us / floor:.2f}× |")
    return "\n".join(out)


_COLD = """
import sys, time
t0 = time.perf_counter()
marks = []
def mark(label):
    marks.append((label, time.perf_counter()))
import yaml, click, transitions
mark("import yaml, click, transitions")
import gremienlauf.cli
mark("import gremienlauf.cli (Befehle registrieren, model, readers)")
from gremienlauf.engine.judge import Engine
mark("import gremienlauf.engine.judge")
from gremienlauf.load.bodies import load_registry
from gremienlauf.load.packs import load_packs
from gremienlauf.load.procedures import load_procedures
load_registry(); mark("Register laden (bodies/*.yaml, Schema)")
load_packs(); mark("Regelpakete laden (rules/*.yaml, Schema, Bedingungen übersetzen)")
load_procedures(); mark("Verfahren laden (procedures/*.yaml)")
from datetime import date
from gremienlauf import load
from gremienlauf.run.pipeline import Options, run
engine = load.engine(); mark("load.engine (alles noch einmal, jetzt aus warmen Modulen)")
run(engine, [sys.argv[1]], Options(date(2026, 6, 30)))
mark("erste Vorlage prüfen (Automat bauen, Vokabular, Schema-JSON)")
run(engine, [sys.argv[1]], Options(date(2026, 6, 30))); mark("zweite Prüfung derselben Vorlage")
prev = t0
for label, t in marks:
    print(f"{label}\t{(t - prev) * 1e3:.1f}")
    prev = t
"""


def coldstart_table(one: str, runs: int = 7) -> str:
    """Where a one-file check's start-up goes, in a fresh interpreter each time (median of ``runs``)."""
    import statistics
    import subprocess

    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _COLD, one], capture_output=True, text=True, check=True)
        for line in done.stdout.splitlines():
            label, ms = line.split("\t")
            samples.setdefault(label, []).append(float(ms))
    out = [f"Frischer Interpreter, Median aus {runs} Läufen, ohne den Start des Interpreters selbst.", "",
           "| Schritt | ms |", "|---|---:|"]
    out += [f"| {label} | {statistics.median(v):.1f} |" for label, v in samples.items()]
    return "\n".join(out)


def gc_table(root: str, documents: int) -> str:
    """Time the cyclic garbage collector spends during one run, by generation (gc.callbacks)."""
    engine = load.engine()
    spent = {0: 0.0, 1: 0.0, 2: 0.0}
    counts = {0: 0, 1: 0, 2: 0}
    started: list[float] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            spent[info["generation"]] += time.perf_counter() - started.pop()
            counts[info["generation"]] += 1

    gc.callbacks.append(callback)
    try:
        start = time.perf_counter()
        run(engine, [root], Options(corpus.STICHTAG))
        total = time.perf_counter() - start
    finally:
        gc.callbacks.remove(callback)
    gc_s = sum(spent.values())
    out = [f"Lauf {total:.2f} s, davon Speicherbereinigung {gc_s:.2f} s ({gc_s / total:.0%}, "
           f"{gc_s / documents * 1e6:.0f} µs/Vorlage).", "", "| Generation | Läufe | s |", "|---:|---:|---:|"]
    out += [f"| {g} | {counts[g]} | {spent[g]:.3f} |" for g in (0, 1, 2)]
    return "\n".join(out)


def rename_codes(text: str, prefix: str) -> str:
    """A copy of a pack with each of its own rule codes moved to a prefix (JH001 → ABJH001); codes of
    other packs that it names (``verdraengt``) stay as they are."""
    own = set(re.findall(r"\bcode: ([A-Z]{2}[0-9]{3})\b", text))
    return re.sub(r"\b[A-Z]{2}[0-9]{3}\b", lambda m: prefix + m.group(0) if m.group(0) in own else m.group(0), text)


VARIANTS = {
    # label: (source pack, how the copy is made unusable for the corpus' Körperschaften, or None)
    "SGB VIII (gilt überall; Sachgebiet meist nicht Jugendhilfe)": ("sgb8.yaml", None),
    "NW-Paket umgewidmet auf land: BY (kann nie gelten)": ("nw.yaml", ("land: NW", "land: BY")),
    "Satzungspaket einer fremden Körperschaft": ("satzung-jugendamt-kreis-coesfeld.yaml",
                                                ("koerperschaft: kreis-coesfeld", "koerperschaft: stadt-anderswo")),
}


def copies(folder: Path, source: str, change: tuple[str, str] | None, count: int) -> None:
    text = (RULES / source).read_text("utf-8")
    pack_id = re.search(r"^  id: (\S+)", text, re.M).group(1)  # type: ignore[union-attr]
    for k in range(count):
        prefix = chr(65 + k // 26) + chr(65 + k % 26)
        copy = rename_codes(text, prefix).replace(f"  id: {pack_id}\n", f"  id: {pack_id}-kopie-{prefix.lower()}\n", 1)
        if change:
            copy = copy.replace(change[0], change[1])
        (folder / f"{pack_id}-{prefix.lower()}.yaml").write_text(copy, "utf-8")


def scaling_table(root: str, limit: int, counts: tuple[int, ...]) -> str:
    from peer import vorlage_files

    from gremienlauf.load.files import read_yaml
    from gremienlauf.readers.vorlage import read_documents

    papers = [d.paper for p in vorlage_files(Path(root), limit) for d in read_documents(read_yaml(p))]
    out = ["| Zusätzliche Pakete | Kopien | Regeln gesamt | Engine laden ms | µs/Vorlage | gegenüber ohne |",
           "|---|---:|---:|---:|---:|---:|"]
    for label, (source, change) in VARIANTS.items():
        base_us = None
        for count in counts:
            with tempfile.TemporaryDirectory(prefix="gremienlauf-regeln-") as tmp:
                copies(Path(tmp), source, change, count)
                start = time.perf_counter()
                engine = load.engine(regeln=[tmp] if count else [])
                load_ms = (time.perf_counter() - start) * 1e3
            rules = sum(len(p.rules) for p in engine.packs)
            us = _check_us(engine, papers)
            base_us = base_us or us  # the first count (0 by default) is this variant's baseline
            out.append(f"| {label} | {count} | {rules} | {load_ms:.0f} | {us:.0f} | {us / base_us:.2f}× |")
    return "\n".join(out)


def _check_us(engine: Engine, papers: list[Any], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for p in papers:
            engine.check(p, corpus.STICHTAG)
        best = min(best, time.perf_counter() - start)
    return best / len(papers) * 1e6


def _one(root: str) -> str:
    return str(sorted(p for p in Path(root).rglob("*.yaml") if not p.name.startswith("tagesordnung-"))[0])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench/profile_run.py",
                                description="Profil eines Laufs über einen erzeugten Korpus.")
    p.add_argument("--size", type=int, default=10_000, help="Korpusgröße (Standard 10000)")
    p.add_argument("--top", type=int, default=25, help="Zeilen je cProfile-Tabelle")
    p.add_argument("--kopien", type=int, nargs="+", default=[0, 1, 4, 16], help="Paketkopien für die Regelskalierung")
    p.add_argument("--cache", default=str(HERE / "corpus"))
    p.add_argument("--out", help="Markdown-Datei (sonst Standardausgabe)")
    args = p.parse_args(argv)
    m = corpus.ensure(Path(args.cache), args.size)
    root = str(corpus.corpus_dir(Path(args.cache), m.size, m.seed))
    whole_run(root)  # warm the page cache and the lazy tables, as a second run of the CLI would find them
    sections = [f"# Profil: {m.documents} Vorlagen ({m.vorlage_files} Dateien, {m.agenda_files} Tagesordnungen)", "",
                "## Stufen (exklusiv, ohne Profiler)", "", stage_table(root, m.documents), "",
                "## YAML-Lader allein (im Prozess)", "", loader_table(root), "",
                "## Funktionen", "", cprofile_tables(root, m.documents, args.top),
                "## Kaltstart einer einzelnen Datei", "", coldstart_table(_one(root)), "",
                "## Speicherbereinigung während des Laufs", "", gc_table(root, m.documents), "",
                "## Speicher nach dem Lauf", "", memory_table(root), "",
                "## Kosten je Vorlage und Zahl der Regeln (1.000 Vorlagen, im Prozess)", "",
                scaling_table(root, 1_000, tuple(args.kopien)), ""]
    text = "\n".join(sections)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, "utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
