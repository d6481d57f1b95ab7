"""How long the session page takes for a long agenda (issue 18: 300 TOPs in under 2 s).

Writes an agenda with N TOPs (inline Vorlagen of Stadt Kamen, every verdict, Beratungsfolgen of 1–4
steps) and times ``gremienlauf sitzung`` as its own process (read, check, render, write), plus the
rendering alone in this process. Prints the numbers; nothing is asserted (tests time nothing).

    python bench/sitzung.py [--tops 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

STEPS = [
    "        - {gremium: Jugendhilfeausschuss, sitzung: 2026-02-24, rolle: vorberatung, ergebnis: empfohlen}\n",
    "        - {gremium: Haupt- und Finanzausschuss, sitzung: 2026-03-03, rolle: vorberatung, ergebnis: empfohlen}\n",
    "        - {gremium: Rat der Stadt Kamen, sitzung: 2026-02-12, rolle: entscheidung, ergebnis: beschlossen}\n",
    "        - {gremium: Unbekannter Beirat, sitzung: 2026-03-02, rolle: vorberatung, ergebnis: empfohlen}\n",
]


def agenda(tops: int) -> str:
    out = ["sitzung: {gremium: Rat der Stadt Kamen, datum: 2026-03-19, koerperschaft: stadt-kamen}\n",
           "tagesordnung:\n"]
    for n in range(1, tops + 1):
        betreff = ["Förderung der Jugendarbeit", "Sanierung der Turnhalle", "Kita-Bedarfsplanung <b>2026</b>",
                   "Straßenbenennung"][n % 4]
        out.append(f"  - top: {n}\n    vorlage:\n      nummer: \"{n:03d}/2026\"\n      art: beschlussvorlage\n"
                   f"      betreff: \"{betreff} {n}\"\n      beschlussgremium: Rat\n      beratungsfolge:\n")
        out += [STEPS[(n + i) % len(STEPS)] for i in range(n % 4)]
        out.append("        - {gremium: Rat der Stadt Kamen, sitzung: 2026-03-19, rolle: entscheidung}\n")
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tops", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tagesordnung.yaml"
        path.write_text(agenda(args.tops), encoding="utf-8")
        page = Path(tmp) / "sitzung.html"
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "gremienlauf", "sitzung", str(path), "-o", str(page)],
                                  capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            if done.returncode > 1:
                sys.exit(f"gremienlauf sitzung: Exit-Code {done.returncode}\n{done.stderr}")
        render = _render_only(path)
        print(f"{args.tops} TOPs: gremienlauf sitzung (Prozess, lesen+prüfen+Seite) Median "
              f"{statistics.median(times):.3f} s (Läufe: {', '.join(f'{t:.3f}' for t in times)}); "
              f"nur Seite rendern {render:.3f} s; Seite {page.stat().st_size / 1024:.0f} KiB")


def _render_only(path: Path) -> float:
    import io

    from gremienlauf import load
    from gremienlauf.formats import RenderOptions, Sitzung
    from gremienlauf.formats.html_format import render
    from gremienlauf.run.pipeline import Options, check_all, collect, documents

    engine = load.engine()
    items = list(documents(str(path), True, Options(date(2026, 3, 19))))
    options = Options(items[0].sitzung.datum, beratungsfolge=True)
    findings: list = []
    checked: list = []
    check_all(engine, items, options, findings, checked)
    report = collect(engine, findings, checked, 1, options)
    head = Sitzung("Stadt Kamen", "Rat der Stadt Kamen", options.stichtag)
    render(report, io.StringIO(), RenderOptions(sitzung=head))  # the template is compiled once per process: not timed
    start = time.perf_counter()
    render(report, io.StringIO(), RenderOptions(sitzung=head))
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
