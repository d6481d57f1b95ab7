"""Running one child process and measuring it: wall time, exit code and peak memory.

Peak RSS comes from ``os.wait4`` (the child's own ``ru_maxrss``, which on Linux also covers the
children it waited for, i.e. the largest single process). For runs that spread over several
processes a sampler adds up the resident memory of the whole process tree every few milliseconds.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Run:
    seconds: float
    returncode: int
    peak_rss_mb: float
    tree_rss_mb: float
    stderr_tail: str = ""


def run(cmd: Sequence[str], cwd: str | None = None, sample: bool = False) -> Run:
    """Run ``cmd`` with stdout discarded; ``sample`` also tracks the summed RSS of its process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    peak_tree = [0]
    done = threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(proc.pid, done, peak_tree), daemon=True) if sample else None
    if sampler:
        sampler.start()
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    if sampler:
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)  # wait4 reaped it; tell Popen so it does not wait again
    if proc.stderr:
        proc.stderr.close()
    tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
    peak = usage.ru_maxrss / 1024  # kilobytes on Linux
    return Run(seconds, proc.returncode, round(peak, 1), round(max(peak_tree[0] / 2**20, peak), 1), "\n".join(tail))


def _sample_tree(pid: int, done: threading.Event, peak: list[int]) -> None:
    while not done.wait(0.005):
        total = sum(_rss(p) for p in _tree(pid))
        peak[0] = max(peak[0], total)


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            todo += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except OSError:
            pass
    return out


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0
