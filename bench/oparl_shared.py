"""Time, peak memory and findings by rule for `gremienlauf oparl check` over the three OParl corpora,
read from disk and served from 127.0.0.1 (the test server of tests/oparl_server.py).

    .venv/bin/python bench/oparl_shared.py [../shared/corpus/oparl]

Each run is a separate process measured with GNU time (/usr/bin/time); the wall time includes
interpreter start-up and loading the rule packs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import oparl_server  # noqa: E402

CORPORA = {"karlsruhe": ("karlsruhe-oparl-1.1", oparl_server.KARLSRUHE, oparl_server.karlsruhe),
           "bonn": ("bonn-allris-oparl-1.1", oparl_server.BONN, oparl_server.bonn),
           "huertgenwald": ("huertgenwald-sternberg-oparl-1.0", oparl_server.HUERTGENWALD, oparl_server.huertgenwald)}


def measure(args: list[str]) -> tuple[float, float, dict]:
    """Wall time and peak RSS (MiB) of one run, by /usr/bin/time (GNU time: %e seconds, %M KiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", stats.name, sys.executable, "-m",
                                 "gremienlauf", "oparl", "check", *args, "--stichtag", "2026-11-23", "-f", "json"],
                                capture_output=True, text=True, cwd=ROOT)
        wall, kib = stats.read().split()[-2:]
    if result.returncode not in (0, 1, 2):
        raise SystemExit(result.stderr)
    return float(wall), int(kib) / 1024, json.loads(result.stdout)


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "oparl")
    server_iter = oparl_server.serve()
    server = next(server_iter)
    print(f"{'Korpus':<13} {'Quelle':<7} {'Zeit s':>7} {'RSS MiB':>8} {'Abrufe':>7}  Befunde je Regel")
    for name, (folder, original, build) in CORPORA.items():
        umleitung = server.add(name, original, build(corpus))
        for quelle, args in (("Platte", [str(corpus / folder)]),
                             ("Server", [original + "system", "--umleitung", umleitung])):
            server.requests.clear()
            wall, rss, report = measure(args)
            counts = Counter(f["code"] for f in report["befunde"])
            summary = report["zusammenfassung"]
            print(f"{name:<13} {quelle:<7} {wall:7.2f} {rss:8.1f} {len(server.requests):7d}  "
                  f"{summary['vorlagen']} Vorlagen; " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))
    server_iter.close()  # stops the server while the interpreter is still fully alive


if __name__ == "__main__":
    main()
