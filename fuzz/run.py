"""Run the fuzz targets (fuzz/targets.py) for a bounded time each, with Hypothesis as the engine.

    python fuzz/run.py --sekunden 10          # every target 10 s
    python fuzz/run.py --ziel text --sekunden 60

Inputs are the seeds mutated (bytes flipped, inserted, cut, spliced) or arbitrary bytes. Each round
runs a fresh seed, so longer budgets explore further; a failure prints the smallest input Hypothesis
found and exits 1. No atheris: it needs a compiler toolchain and is not installable offline here.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fuzz.targets import TARGETS, seeds  # noqa: E402


@st.composite
def mutated(draw: st.DrawFn, corpus: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(corpus)))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "cut", "splice", "repeat"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b"\x00", b"\t", b"\r\n", b": ", b"- ", b"[", b"{", b"\"", b"&a ", b"*a",
                                                b"!!python/object ", b"\xff\xfe", b"\xc3", b"2026-02-30", b"-\n",
                                                b"Beratungsfolge:\n", b"null", b"[[[[", b"\xe2\x80\xae"]))
        elif op == "delete" and data:
            del data[at:at + draw(st.integers(1, 16))]
        elif op == "cut":
            del data[at:]
        elif op == "splice":
            other = draw(st.sampled_from(corpus))
            data[at:] = other[draw(st.integers(0, max(len(other) - 1, 0))):]
        elif op == "repeat" and data:
            data[at:at] = data[at:at + 40] * draw(st.integers(2, 50))
    return bytes(data)


def fuzz(name: str, seconds: float, rounds_of: int = 50) -> int:
    """Runs target ``name`` until ``seconds`` are spent; returns the number of inputs tried."""
    target: Callable[[bytes], None] = TARGETS[name]
    inputs = st.one_of(mutated(seeds(name)), st.binary(max_size=512))
    tried = 0
    deadline = time.monotonic() + seconds
    round_no = 0
    while time.monotonic() < deadline:
        round_no += 1

        @seed(round_no)
        @settings(max_examples=rounds_of, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(inputs)
        def run(data: bytes) -> None:
            nonlocal tried
            tried += 1
            target(data)

        run()
    return tried


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz-Ziele der Leser für eine begrenzte Zeit ausführen.")
    parser.add_argument("--sekunden", type=float, default=10.0, help="Zeit je Ziel (Standard: 10)")
    parser.add_argument("--ziel", choices=[*TARGETS, "alle"], default="alle")
    args = parser.parse_args(argv)
    for name in TARGETS if args.ziel == "alle" else [args.ziel]:
        tried = fuzz(name, args.sekunden)
        print(f"{name}: {tried} Eingaben in {args.sekunden:g} s, kein Absturz")
    return 0


if __name__ == "__main__":
    sys.exit(main())
