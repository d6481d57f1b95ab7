"""Benchmark rows, the printed table and the JSON results file."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

OK = "ok"
UNAVAILABLE = "nicht verfügbar"


@dataclass
class Row:
    """One measurement. ``id`` is stable across versions so two result files can be compared."""

    id: str
    messung: str
    groesse: int | None = None
    sekunden: float | None = None
    vorlagen_pro_s: float | None = None
    us_pro_vorlage: float | None = None
    rss_mb: float | None = None
    rss_summe_mb: float | None = None
    verhaeltnis: float | None = None
    bezug: str = ""
    status: str = OK
    hinweis: str = ""
    laeufe: list[float] = field(default_factory=list)


def _num(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}".replace(",", "\u2009").replace(".", ",")


def table(rows: Iterable[Row]) -> str:
    """A plain-text table; numbers in German notation, missing values as '–', the status last."""
    head = ("Messung", "Vorlagen", "Zeit s", "Vorlagen/s", "µs/Vorlage", "RSS MB", "Verhältnis / Status")
    lines = [head]
    for r in rows:
        rss = _num(r.rss_mb, 1)
        if r.rss_summe_mb and r.rss_summe_mb > (r.rss_mb or 0) + 1:
            rss += f" (Σ {_num(r.rss_summe_mb, 1)})"
        if r.status != OK:
            last = r.status
        elif r.verhaeltnis is not None:
            last = f"{_num(r.verhaeltnis)}× {r.bezug}".strip()
        else:
            last = ""
        lines.append((r.messung, _num(r.groesse, 0) if r.groesse else "–", _num(r.sekunden, 3),
                      _num(r.vorlagen_pro_s, 0), _num(r.us_pro_vorlage, 1), rss, last))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for n, line in enumerate(lines):
        cells = [c.ljust(w) if i in (0, len(head) - 1) else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths,
                                                                                                      strict=False))]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out) + "\n"


def machine() -> dict[str, Any]:
    import yaml

    info: dict[str, Any] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                            "platform": platform.platform(), "pyyaml": yaml.__version__,
                            "libyaml": bool(getattr(yaml, "__with_libyaml__", False))}
    try:
        from gremienlauf import __version__
        info["gremienlauf"] = __version__
    except ImportError:
        pass
    try:
        info["git"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                     cwd=Path(__file__).parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return info


def write_json(path: Path, rows: list[Row], extra: dict[str, Any]) -> None:
    """Results as JSON with sorted keys; written via a temporary file so a broken run leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"maschine": machine(), **extra, "messungen": [asdict(r) for r in rows], "aufruf": sys.argv[1:]}
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    tmp.replace(path)
