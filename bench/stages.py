"""Where the time of ``pipeline.run`` goes, by stage, without touching the engine.

The stage functions are wrapped from outside (module attributes replaced for the duration of one
run). Time is counted exclusively: while a nested stage runs, the outer stage's clock stops, so
the stages add up to the whole. Wrapping costs about a microsecond per call; only functions called
a few times per Vorlage are wrapped, so the distortion stays small.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

# (module, class or "", attribute, stage label); in pipeline order
STAGES = (
    ("gremienlauf.load.files", "", "read_bytes", "Bytes lesen"),
    ("gremienlauf.load.files", "", "decode", "Dekodieren (UTF-8)"),
    ("gremienlauf.load.files", "", "load", "YAML-Ereignisse falten (yamlsafe)"),
    ("gremienlauf.load.schemas", "", "validate", "Schema-Prüfung"),
    ("gremienlauf.readers.vorlage", "", "paper_from", "Modell bauen (Paper)"),
    ("gremienlauf.engine.judge", "Engine", "case", "Fall bauen (Registry, Reihenfolge)"),
    ("gremienlauf.engine.case", "", "classify", "Klassifikation (Sachgebiet)"),
    ("gremienlauf.engine.procedure", "Procedure", "replay", "Replay (transitions)"),
    ("gremienlauf.engine.judge", "Engine", "judge", "Regeln und Urteil (Engine.judge ohne Fall)"),
)


@dataclass
class Clock:
    seconds: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)
    _stack: list[list[Any]] = field(default_factory=list)

    def wrap(self, label: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            now = time.perf_counter()
            if self._stack:
                outer = self._stack[-1]
                self.seconds[outer[0]] = self.seconds.get(outer[0], 0.0) + now - outer[1]
            frame = [label, now]
            self._stack.append(frame)
            try:
                return func(*args, **kwargs)
            finally:
                end = time.perf_counter()
                self._stack.pop()
                self.seconds[label] = self.seconds.get(label, 0.0) + end - frame[1]
                self.calls[label] = self.calls.get(label, 0) + 1
                if self._stack:
                    self._stack[-1][1] = end
        return timed


@contextmanager
def timed_stages(clock: Clock) -> Iterator[Clock]:
    """Replace each stage function by its timed wrapper; restore them afterwards."""
    from importlib import import_module

    saved = []
    for module, cls, attr, label in STAGES:
        owner = getattr(import_module(module), cls) if cls else import_module(module)
        original = owner.__dict__[attr] if cls else getattr(owner, attr)
        saved.append((owner, attr, original))
        setattr(owner, attr, clock.wrap(label, original))
    try:
        yield clock
    finally:
        for owner, attr, original in reversed(saved):
            setattr(owner, attr, original)
