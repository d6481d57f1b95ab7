"""Güte der Sachgebiets-Ableitung „jugendhilfe“ auf echten Vorlagentiteln (tests/data/sachgebiet_titel.tsv).

Jeder Titel wird als Betreff einer Vorlage ohne angegebenes Sachgebiet klassifiziert, so wie die Prüfung
es tut; verglichen wird mit dem von Hand gesetzten Etikett. Ausgabe: Präzision, Trefferquote, F1 und die
Listen der Fehlalarme und der übersehenen Titel, dazu die Zeit je Titel.

    python bench/sachgebiet_guete.py [datei.tsv]
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gremienlauf.engine.classify import classify  # noqa: E402
from gremienlauf.load.wortlisten import sachgebiete  # noqa: E402
from gremienlauf.model import Paper  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "sachgebiet_titel.tsv"


class Guete(NamedTuple):
    praezision: float
    trefferquote: float
    f1: float
    fehlalarme: list[tuple[str, str]]  # Titel, Stichwort
    uebersehen: list[str]
    anzahl: int
    sekunden_je_titel: float


def labelled(path: Path = DEFAULT) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    bad = [r for r in rows if r["jugendhilfe"] not in ("ja", "nein")]
    if bad:
        raise ValueError(f"Etikett weder ja noch nein: {bad[0]}")
    return [(r["titel"], r["jugendhilfe"] == "ja") for r in rows]


def guete(rows: list[tuple[str, bool]]) -> Guete:
    start = time.perf_counter()
    results = []
    for titel, _ in rows:
        found = classify(Paper("guete", "titel.yaml", betreff=titel), sachgebiete())
        results.append(("jugendhilfe" in found.sachgebiete, found.abgeleitet.get("jugendhilfe", "")))
    elapsed = time.perf_counter() - start
    tp = sum(1 for (_, want), (got, _) in zip(rows, results, strict=False) if want and got)
    fp = [(t, why) for (t, want), (got, why) in zip(rows, results, strict=False) if got and not want]
    fn = [t for (t, want), (got, _) in zip(rows, results, strict=False) if want and not got]
    precision = tp / (tp + len(fp)) if tp + len(fp) else 1.0
    recall = tp / (tp + len(fn)) if tp + len(fn) else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Guete(precision, recall, f1, fp, fn, len(rows), elapsed / max(len(rows), 1))


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    g = guete(labelled(path))
    print(f"{g.anzahl} Titel aus {path.name}")
    print(f"Präzision    {g.praezision:.3f}")
    print(f"Trefferquote {g.trefferquote:.3f}")
    print(f"F1           {g.f1:.3f}")
    print(f"Zeit je Titel {g.sekunden_je_titel * 1e6:.0f} µs")
    print(f"\nFehlalarme ({len(g.fehlalarme)}):")
    for titel, why in g.fehlalarme:
        print(f"  - {titel}  [Stichwort: {why}]")
    print(f"\nÜbersehen ({len(g.uebersehen)}):")
    for titel in g.uebersehen:
        print(f"  - {titel}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
