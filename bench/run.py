"""gremienlauf benchmark: ``python bench/run.py [--quick] [--sizes N …] [--out bench/results/NAME.json]``.

Generates (and caches) deterministic corpora, then measures in child processes: ``gremienlauf check``
with ``--jobs 1`` and ``--jobs N`` against the CSafeLoader floor, cold start against the import
floor, ``oparl check`` and ``replay`` where those commands exist, and the regopy peer baseline.
Prints a table and writes the rows as JSON.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/ is a folder of scripts, not a package)
import measure  # noqa: E402
from report import OK, UNAVAILABLE, Row, table, write_json  # noqa: E402

FULL_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (200, 1_000)
IMPORT_FLOOR = "import yaml, click, transitions"


def gremienlauf_cmd() -> list[str]:
    script = Path(sys.executable).parent / "gremienlauf"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "gremienlauf"]


def has_command(*words: str) -> bool:
    """Whether ``gremienlauf WORDS --help`` works (commands other issues are still building)."""
    done = subprocess.run([*gremienlauf_cmd(), *words, "--help"], capture_output=True, text=True)
    return done.returncode == 0


def has_jobs() -> bool:
    done = subprocess.run([*gremienlauf_cmd(), "check", "--help"], capture_output=True, text=True)
    return "--jobs" in done.stdout


def checked(run: measure.Run, what: str) -> measure.Run:
    # Exit 1 only means findings; 2 and 3 mean the measured run did not do its work.
    if run.returncode not in (0, 1):
        raise SystemExit(f"{what}: Exit-Code {run.returncode}\n{run.stderr_tail}")
    return run


def best(runs: list[measure.Run]) -> measure.Run:
    return min(runs, key=lambda r: r.seconds)


def corpus_rows(cache: Path, m: corpus.Manifest, repeat: int, jobs_n: int, jobs: bool) -> list[Row]:
    """Floor, check --jobs 1 and check --jobs N on one corpus, interleaved so drift hits all alike."""
    root = corpus.corpus_dir(cache, m.size, m.seed)  # not m.root: a corpus made from another directory
    base = [*gremienlauf_cmd(), "check", str(root), "--stichtag", m.stichtag, "--format", "text"]
    variants: dict[str, list[str]] = {
        "boden": [sys.executable, str(HERE / "floor.py"), str(root)],
        "jobs1": base + (["--jobs", "1"] if jobs else []),
    }
    if jobs:
        variants["jobsN"] = base + ["--jobs", str(jobs_n)]
    runs: dict[str, list[measure.Run]] = {k: [] for k in variants}
    # One untimed pass first: a cold page cache would otherwise slow whichever variant runs first.
    checked(measure.run(variants["boden"]), f"Aufwärmen {m.size}")
    for _ in range(repeat):
        for key, cmd in variants.items():
            runs[key].append(checked(measure.run(cmd, sample=key == "jobsN"), f"{key} {m.size}"))
    floor = best(runs["boden"])

    def row(key: str, label: str) -> Row:
        r = best(runs[key])
        return Row(f"{key}-{m.size}", label, m.documents, round(r.seconds, 3), round(m.documents / r.seconds, 1),
                   round(r.seconds / m.documents * 1e6, 1), r.peak_rss_mb, r.tree_rss_mb,
                   None if key == "boden" else round(r.seconds / floor.seconds, 2), "" if key == "boden" else "Boden",
                   laeufe=[round(x.seconds, 3) for x in runs[key]])
    rows = [row("boden", "Boden: yaml.load(CSafeLoader)"),
            row("jobs1", "check --jobs 1" if jobs else "check (seriell; --jobs fehlt)")]
    if jobs:
        rows.append(row("jobsN", f"check --jobs {jobs_n}"))
    else:
        rows.append(Row(f"jobsN-{m.size}", f"check --jobs {jobs_n}", m.documents, status=UNAVAILABLE,
                        hinweis="gremienlauf check kennt --jobs noch nicht"))
    return rows


def cold_start_rows(one: Path, runs: int) -> list[Row]:
    check = [*gremienlauf_cmd(), "check", str(one), "--stichtag", corpus.STICHTAG.isoformat()]
    floor = [sys.executable, "-c", IMPORT_FLOOR]
    times: dict[str, list[float]] = {"check": [], "import": []}
    for _ in range(runs):
        times["check"].append(checked(measure.run(check), "Kaltstart").seconds)
        times["import"].append(checked(measure.run(floor), "Import-Boden").seconds)
    med = {k: statistics.median(v) for k, v in times.items()}
    return [Row("kaltstart-import", f"Import-Boden ({IMPORT_FLOOR}), Median", 1, round(med["import"], 4),
                laeufe=[round(x, 4) for x in times["import"]]),
            Row("kaltstart-check", "Kaltstart: check EINE.yaml, Median", 1, round(med["check"], 4),
                verhaeltnis=round(med["check"] / med["import"], 2), bezug="Import-Boden",
                laeufe=[round(x, 4) for x in times["check"]])]


def replay_rows(cache: Path, repeat: int) -> list[Row]:
    from replay50 import in_process_us, write_vorlage

    path = write_vorlage(cache / "replay-50.yaml")
    us = in_process_us(path, corpus.STICHTAG)
    rows = [Row("replay-50-inprocess", "Replay im Prozess (50 Ereignisse, nur Automat)", 1,
                round(us / 1e6, 6), us_pro_vorlage=round(us, 1))]
    if not has_command("replay"):
        rows.append(Row("replay-50-cli", "gremienlauf replay (50 Ereignisse)", 1, status=UNAVAILABLE,
                        hinweis="Befehl replay fehlt noch"))
        return rows
    cmd = [*gremienlauf_cmd(), "replay", str(path), "--stichtag", corpus.STICHTAG.isoformat()]
    runs = [checked(measure.run(cmd), "replay") for _ in range(repeat)]
    r = best(runs)
    rows.append(Row("replay-50-cli", "gremienlauf replay (50 Ereignisse)", 1, round(r.seconds, 3),
                    rss_mb=r.peak_rss_mb, laeufe=[round(x.seconds, 3) for x in runs]))
    return rows


def oparl_rows(cache: Path, m: corpus.Manifest, tmp: Path) -> tuple[list[Row], dict[str, object]]:
    from oparl_corpus import build, registry_file, serve
    from peer import vorlage_files

    from gremienlauf.load.files import read_yaml

    root = tmp / "oparl"
    server, base = serve(root)
    try:
        files = vorlage_files(corpus.corpus_dir(cache, m.size, m.seed), m.size)
        values = [read_yaml(p).value for p in files]
        built = build(root, base, values)
        info = {"papers": built.papers, "meetings": built.meetings, "organizations": built.organizations,
                "dateien": built.pages, "bytes": built.bytes}
        sources = (("http", "oparl check (HTTP 127.0.0.1)", built.system_url), ("datei", "oparl check (Dateien)",
                                                                                str(root)))
        if not has_command("oparl", "check"):
            return [Row(f"oparl-{k}-{m.size}", label, built.papers, status=UNAVAILABLE,
                        hinweis="Befehl oparl check fehlt noch") for k, label, _ in sources], info
        rows = []
        registry = registry_file(tmp / "koerperschaften.yaml", base, {v["koerperschaft"] for v in values})
        for key, label, source in sources:
            r = measure.run([*gremienlauf_cmd(), "oparl", "check", source, "--stichtag", m.stichtag,
                             "--koerperschaften", str(registry), "--ohne-projekt"])
            if r.returncode not in (0, 1):
                rows.append(Row(f"oparl-{key}-{m.size}", label, built.papers, status=f"Fehler (Exit {r.returncode})",
                                hinweis=r.stderr_tail))
                continue
            rows.append(Row(f"oparl-{key}-{m.size}", label, built.papers, round(r.seconds, 3),
                            round(built.papers / r.seconds, 1), round(r.seconds / built.papers * 1e6, 1),
                            r.peak_rss_mb))
        return rows, info
    finally:
        server.shutdown()
        server.server_close()


def peer_rows(cache: Path, m: corpus.Manifest, limit: int) -> list[Row]:
    from peer import compare

    result = compare(corpus.corpus_dir(cache, m.size, m.seed), limit, m.stichtag)
    rows = [Row("gremienlauf-alle-regeln", "gremienlauf im Prozess, alle Regeln", result.vorlagen,
                us_pro_vorlage=round(result.gremienlauf_us, 1),
                hinweis=f"JH001-Befunde: {result.gremienlauf_jh001}; Vorlagen mit Befund: "
                        f"{result.mit_befund} ({result.mit_befund / result.vorlagen:.1%})")]
    if result.regopy_us is None:
        rows.append(Row("regopy-eine-regel", "regopy-Bundle, eine Regel (JHA gehört)", result.vorlagen,
                        status=result.regopy_status))
        return rows
    rows[0].verhaeltnis, rows[0].bezug = round(result.ratio or 0, 3), "regopy"
    rows.append(Row("regopy-eine-regel", f"regopy {result.regopy_version}-Bundle, eine Regel (JHA gehört)",
                    result.vorlagen, us_pro_vorlage=round(result.regopy_us, 1),
                    hinweis=f"deny-Meldungen: {result.regopy_denies}"))
    return rows


def rss_growth(rows: list[Row], small: int, large: int) -> list[Row]:
    by_id = {r.id: r for r in rows}
    a, b = by_id.get(f"jobs1-{small}"), by_id.get(f"jobs1-{large}")
    if not a or not b or a.status != OK or b.status != OK or small == large:
        return []
    return [Row(f"rss-zuwachs-{small}-{large}", f"RSS-Zuwachs check {large} gegenüber {small}", large,
                rss_mb=round((b.rss_mb or 0) - (a.rss_mb or 0), 1))]


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    sizes = tuple(args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES))
    repeat = args.repeat or (1 if args.quick else 3)
    cold_runs = args.kaltstart_laeufe or (5 if args.quick else 20)
    cache = Path(args.cache)
    jobs_n = args.jobs or os.cpu_count() or 2
    jobs = has_jobs()
    rows: list[Row] = []
    manifests = []
    started = time.perf_counter()
    fresh_bytecode()
    for size in sizes:
        step(f"Korpus {size}")
        m = corpus.ensure(cache, size)
        manifests.append(m.__dict__)
        step(f"check {size}")
        rows += corpus_rows(cache, m, repeat if size < 100_000 else 1, jobs_n, jobs)
    rows += rss_growth(rows, min(sizes), max(sizes))
    smallest = corpus.ensure(cache, min(sizes))
    one = sorted(p for p in corpus.corpus_dir(cache, smallest.size, smallest.seed).rglob("*.yaml")
                 if not p.name.startswith("tagesordnung-"))[0]
    step("Kaltstart")
    rows += cold_start_rows(one, cold_runs)
    with tempfile.TemporaryDirectory(prefix="gremienlauf-bench-") as tmp:
        step("OParl")
        oparl, oparl_info = oparl_rows(cache, smallest, Path(tmp))
        rows += oparl
        step("Replay")
        rows += replay_rows(Path(tmp), repeat)
    step("Vergleich mit regopy")
    rows += peer_rows(cache, smallest, min(smallest.size, 1_000))
    print(table(rows), end="")
    out = Path(args.out) if args.out else HERE / "results" / f"{date.today().isoformat()}.json"
    write_json(out, rows, {"korpora": manifests, "oparl": oparl_info, "stichtag": corpus.STICHTAG.isoformat(),
                           "jobs_n": jobs_n, "wiederholungen": repeat, "dauer_s": round(time.perf_counter() - started,
                                                                                        1)})
    print(f"Ergebnisse: {out}")
    return 0


def fresh_bytecode() -> None:
    """Bring gremienlauf's .pyc files up to date first. With PYTHONDONTWRITEBYTECODE set (common in
    containers) an edited source is otherwise compiled anew in every measured process: on a checkout
    that made the cold start look ~15 ms slower than an installed wheel, whose files pip compiles."""
    import compileall

    import gremienlauf

    compileall.compile_dir(os.path.dirname(gremienlauf.__file__), quiet=1)


def step(text: str) -> None:
    print(f"… {text}", file=sys.stderr, flush=True)


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/run.py", description="Misst gremienlauf: check, Kaltstart, OParl, "
                                "replay und den Vergleich mit regopy.")
    p.add_argument("--quick", action="store_true", help=f"kleine Korpora {QUICK_SIZES}, je ein Lauf (CI-Rauchtest)")
    p.add_argument("--sizes", type=int, nargs="+", help=f"Korpusgrößen (Standard {FULL_SIZES})")
    p.add_argument("--out", help="JSON-Ergebnisdatei (Standard bench/results/DATUM.json)")
    p.add_argument("--repeat", type=int, help="Läufe je Messung, der schnellste zählt (Standard 3, --quick 1)")
    p.add_argument("--kaltstart-laeufe", type=int, help="Läufe für den Kaltstart-Median (Standard 20, --quick 5)")
    p.add_argument("--jobs", type=int, help="N für check --jobs N (Standard: Anzahl der Kerne)")
    p.add_argument("--cache", default=str(HERE / "corpus"), help="Verzeichnis für erzeugte Korpora")
    return p.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
