"""Readers turn input files into the model. They know nothing of rules.

Each reader is a plug-in: ``read(path, name, explicit, max_bytes)`` yields ``Document`` values, and
``InputError`` values for what cannot be read, so that one bad item never hides the others.
``READERS`` maps a file suffix to the module holding the reader; modules are imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import import_module

from gremienlauf.errors import InputError
from gremienlauf.model import Document

Reader = Callable[..., Iterator["Document | InputError"]]  # (path, name, explicit, max_bytes, *, max_tiefe)

READERS: dict[str, str] = {
    ".yaml": "gremienlauf.readers.vorlage",
    ".yml": "gremienlauf.readers.vorlage",
    ".txt": "gremienlauf.readers.text",
    ".pdf": "gremienlauf.readers.text",
}
DEFAULT_STDIN = ".yaml"


def reader_for(suffix: str) -> Reader | None:
    module = READERS.get(suffix.lower())
    return import_module(module).read if module else None
