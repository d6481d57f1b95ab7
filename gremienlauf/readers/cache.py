"""A cache of the bundled data files, already folded and checked against their schema.

Every start of gremienlauf loads the same bundled Körperschaften, rule packs and procedures; folding
and schema-checking them was a third of a one-file check. The cache holds plain values only, as JSON
(no deserialiser that can build objects or code: a cache file is data like any input), in the user's
cache directory, under a key that
hashes everything the result depends on – the data files' bytes, the schema, the loader's and the
validator's source and the Python version – so it is never stale: anything changed, another key.
``GREMIENLAUF_CACHE=aus`` switches it off; ``GREMIENLAUF_CACHE=DIR`` puts it elsewhere. A cache that
cannot be read or written is ignored, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

from gremienlauf import __version__

_FORMAT = 2


def directory() -> Path | None:
    setting = os.environ.get("GREMIENLAUF_CACHE", "")
    if setting.lower() == "aus":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gremienlauf"


def key(folder: str, files: list[tuple[str, bytes]], extra: list[bytes]) -> str:
    h = hashlib.sha256(f"{_FORMAT}|{__version__}|{sys.version}|{folder}".encode())
    for name, data in files:
        h.update(f"|{name}|{len(data)}|".encode())
        h.update(data)
    for data in extra:
        h.update(b"|")
        h.update(data)
    return h.hexdigest()[:32]


def cached(folder: str, digest: str, build: Callable[[], Any]) -> Any:
    """The value stored under (folder, digest), or ``build()`` stored there; None from build is not stored."""
    root = directory()
    path = root / f"{folder}-{digest}.json" if root else None
    if path is not None:
        try:
            return decode(json.loads(path.read_bytes()))
        except (OSError, ValueError, TypeError, KeyError):
            pass
    value = build()
    if path is not None and value is not None:
        _store(path, folder, value)
    return value


def _store(path: Path, folder: str, value: Any) -> None:
    try:
        encoded = encode(value)
        if decode(json.loads(json.dumps(encoded))) != value:
            return  # something JSON cannot hold exactly (a non-text key): better no cache than a wrong one
        data = json.dumps(encoded, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{folder}-*.json"):  # earlier versions of the same folder
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def encode(entries: list[tuple[str, Any, dict[tuple[Any, ...], tuple[int, int]], str]]) -> list[Any]:
    """Loaded documents as JSON: positions are keyed by paths (tuples), so they go as pairs."""
    return [[datei, value, [[list(path), list(pos)] for path, pos in positions.items()], geprueft]
            for datei, value, positions, geprueft in entries]


def decode(data: list[Any]) -> list[tuple[str, Any, dict[tuple[Any, ...], tuple[int, int]], str]]:
    return [(datei, value, {tuple(path): (pos[0], pos[1]) for path, pos in positions}, geprueft)
            for datei, value, positions, geprueft in data]
