"""check --jobs N: the files in chunks over N worker processes, the parts joined again in file order.

Each file is checked on its own (the engine keeps no state between Vorlagen that changes a result),
so joining the workers' parts in the order of the chunks gives the same lists as one process – the
report, and so every output format, is byte for byte the same for any N (tests/test_perf.py).
Workers are forked where the platform allows it: they inherit the loaded engine instead of loading
it again; elsewhere each worker loads it once from what the parent was given (Engine.origin).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable

from gremienlauf import load
from gremienlauf.engine.judge import Engine
from gremienlauf.load import files
from gremienlauf.run.pipeline import Options, Partial, check_files

# Files per task: large enough that sending results back costs little, small enough to share the
# work evenly at the end of a run.
CHUNK = 64

_engine: Engine | None = None
_options: Options | None = None


def run_parallel(engine: Engine, inputs: Iterable[tuple[str, bool]], options: Options) -> Partial:
    global _engine, _options
    todo = list(inputs)
    if len(todo) < 2 * CHUNK:  # starting workers costs more than a few files take
        return check_files(engine, todo, options)
    chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    out = Partial()
    _engine, _options = engine, options  # what forked workers inherit
    try:
        with context.Pool(min(options.jobs, len(chunks)), initializer=_start,
                          initargs=(engine.origin, options, files.watches())) as pool:
            for part, seen in pool.imap(_work, chunks):
                out.extend(part)
                files.join_watches(seen)
    finally:
        _engine = _options = None
    return out


def _start(origin: tuple[tuple[str, ...], tuple[str, ...]], options: Options,
           watches: dict[tuple[int, int], bool]) -> None:
    global _engine, _options
    if _engine is None:  # spawned, not forked: load once per worker
        _engine = load.engine(*origin)
    _options = options
    files.join_watches(watches)  # the output file, so that reading it here is noticed (load/files.py)


def _work(chunk: list[tuple[str, bool]]) -> tuple[Partial, dict[tuple[int, int], bool]]:
    assert _engine is not None and _options is not None
    return check_files(_engine, chunk, _options), files.watches()
