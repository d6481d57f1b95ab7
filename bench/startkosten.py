"""What single design choices cost at start-up: ``python bench/startkosten.py [--laeufe 15]``.

Prints the numbers the code's comments point to (bench/PROFILE.md, „Kosten beim Start“): creating a
frozen dataclass against a NamedTuple, importing modules gremienlauf keeps out of the start (socket,
ssl, hashlib, jinja2), and the text reader's time per line, which bounds the size of a text Vorlage.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_DATACLASS = """
from dataclasses import dataclass
@dataclass(frozen=True, slots=True)
class R:
    a: int
    b: str
    c: tuple = ()
"""
_NAMEDTUPLE = """
from typing import NamedTuple
class R(NamedTuple):
    a: int
    b: str
    c: tuple = ()
"""

# A page of a Vorlage as the text reader meets it: header lines, a Beratungsfolge, running text.
_PAGE = """Stadt Musterstadt                                    Vorlage Nr. 123/2026
Der Bürgermeister
Fachbereich Jugend und Familie
Beratungsfolge:
Jugendhilfeausschuss     12.03.2026   Vorberatung
Rat der Stadt            26.03.2026   Entscheidung
Betreff: Fortschreibung der Kindertagesstättenbedarfsplanung 2026/2027
Beschlussvorschlag:
Der Rat beschließt die Fortschreibung der Bedarfsplanung für Kindertageseinrichtungen
in der vorgelegten Fassung und beauftragt die Verwaltung mit der Umsetzung.
Sachverhalt:
Nach § 80 SGB VIII ist der Bedarf an Plätzen in Tageseinrichtungen jährlich festzustellen. Die
Zahl der Kinder unter drei Jahren ist gegenüber dem Vorjahr gestiegen; im Stadtteil Nord fehlen
zum 01.08.2026 voraussichtlich 24 Plätze, im Stadtteil Süd 11 Plätze.
"""


def class_creation_ms(source: str, rounds: int) -> float:
    code, times = compile(source, "<bench>", "exec"), []
    for _ in range(rounds):
        started = time.perf_counter()
        exec(code, {"__name__": "__main__"})  # noqa: S102 - the fixed text above; dataclasses looks up the module
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e3


def import_ms(module: str, runs: int) -> float:
    """Median of ``python -c 'import module'`` minus ``python -c pass``, each in a fresh interpreter."""
    def once(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - started
    bare = statistics.median(once("pass") for _ in range(runs))
    return (statistics.median(once(f"import {module}") for _ in range(runs)) - bare) * 1e3


def text_reader_us_per_line(pages: int) -> tuple[float, int]:
    from gremienlauf.readers.text import parse_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vorlage.txt"
        path.write_text(_PAGE * pages, encoding="utf-8")
        lines = (_PAGE * pages).count("\n") + 1
        best = min(_timed(lambda: parse_file(str(path), "vorlage.txt")) for _ in range(3))
    return best / lines * 1e6, lines


def _timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--laeufe", type=int, default=15, help="frische Interpreter je Import (Median)")
    args = p.parse_args()
    rows = [("Klasse erzeugen: dataclass(frozen=True, slots=True), 3 Felder", class_creation_ms(_DATACLASS, 200)),
            ("Klasse erzeugen: NamedTuple, 3 Felder", class_creation_ms(_NAMEDTUPLE, 200))]
    rows += [(f"import {m}", import_ms(m, args.laeufe)) for m in ("socket", "ssl", "hashlib", "jinja2")]
    per_line, lines = text_reader_us_per_line(pages=200)
    width = max(len(label) for label, _ in rows)
    for label, ms in rows:
        print(f"{label:<{width}}  {ms:7.2f} ms")
    print(f"Textleser (parse_file), {lines} Zeilen: {per_line:.1f} µs je Zeile")
    return 0


if __name__ == "__main__":
    sys.exit(main())
