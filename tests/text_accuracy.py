"""Field-level accuracy of the text reader on every text fixture (seeds and RIS layouts).

Run as a script to print the numbers: ``python tests/text_accuracy.py``. A field counts as right when
the reader found the value the text states (compared folded: case, umlauts, spacing), or reported
"nicht erkannt" where the text states nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gremienlauf.names import fold  # noqa: E402
from gremienlauf.readers.text import parse_file  # noqa: E402

FIXTURES = {"seeds": ROOT.parent / "shared" / "seeds", "ris": ROOT / "tests" / "fixtures" / "ris"}


def expected() -> dict[str, dict[str, dict[str, Any]]]:
    return yaml.safe_load((ROOT / "tests" / "fixtures" / "text_erwartet.yaml").read_text(encoding="utf-8"))


def _rows(parsed: Any) -> list[str] | None:
    if not parsed.consultations:
        return None
    return [" | ".join([c.gremium, c.datum.isoformat() if c.datum else "", c.rolle or "", c.ergebnis or ""])
            for c in parsed.consultations]


def right(want: Any, got: Any) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, dict):
        return fold(str(got)).startswith(fold(want["anfang"]))
    if isinstance(want, list):
        return isinstance(got, list) and [fold(str(w)) for w in want] == [fold(str(g)) for g in got]
    if isinstance(want, bool):
        return want is got
    return fold(str(want)) == fold(str(got))


def score(group: str, name: str, want: dict[str, Any]) -> dict[str, tuple[bool, Any]]:
    parsed = parse_file(str(FIXTURES[group] / name), name)
    out = {}
    for field, value in want.items():
        got = _rows(parsed) if field == "beratungsfolge" else parsed.value(field)
        out[field] = (right(value, got), got)
    return out


def main() -> int:
    total = hits = 0
    per_field: dict[str, list[int]] = {}
    for group, files in expected().items():
        if not FIXTURES[group].is_dir():
            print(f"{group}: {FIXTURES[group]} fehlt, übersprungen")
            continue
        for name, want in files.items():
            result = score(group, name, want)
            ok = sum(1 for r, _ in result.values() if r)
            total, hits = total + len(result), hits + ok
            for field, (r, _) in result.items():
                per_field.setdefault(field, [0, 0])[0] += r
                per_field[field][1] += 1
            wrong = [f"{f}={g!r}" for f, (r, g) in result.items() if not r]
            print(f"{group}/{name}: {ok}/{len(result)}" + (f"  falsch: {', '.join(wrong)}" if wrong else ""))
    for field, (r, n) in per_field.items():
        print(f"  {field:28} {r}/{n}")
    print(f"Felder richtig: {hits}/{total} ({100 * hits / max(total, 1):.1f} %)")
    return 0 if hits == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
