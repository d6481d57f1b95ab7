"""A cache of the bundled data files, already folded and checked against their schema.

Every start of gremienlauf loads the same bundled Körperschaften, rule packs and procedures; folding
and schema-checking them was a third of a one-file check. The cache holds plain values only, as JSON
(no deserialiser that can build objects or code: a cache file is data like any input), in the user's
cache directory.

An entry is valid for one *signature*: name, size and modification time (ns) of every data file and
of the code and schema the result depends on, plus the gremienlauf and Python versions. That is the
rule Python itself uses for ``.pyc`` files (with seconds there), and it spares every start reading
and hashing the data: anything edited, reinstalled or upgraded gets another signature. The full
signature is stored in the entry and compared, so two signatures that share a file name never mix.
``GREMIENLAUF_CACHE=aus`` switches it off; ``GREMIENLAUF_CACHE=DIR`` puts it elsewhere. A cache that
cannot be read or written is ignored, never an error.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from gremienlauf import __version__

_FORMAT = 3

# (datei, value, positions, geprueft, sha256 of the canonical value)
Entry = tuple[str, Any, Mapping[tuple[Any, ...], tuple[int, int]], str, str]


def canonical_hash(value: Any) -> str:
    """SHA-256 of plain values in canonical JSON: comments and layout of the YAML do not change it."""
    import hashlib  # its OpenSSL import costs a tenth of a cold start; bundled data brings its hash

    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def directory() -> Path | None:
    setting = os.environ.get("GREMIENLAUF_CACHE", "")
    if setting.lower() == "aus":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gremienlauf"


def signature(folder: str, files: list[str]) -> str:
    """What an entry for ``folder`` depends on, from the files' metadata alone (see the module text)."""
    parts = [f"{_FORMAT}|{__version__}|{sys.version}|{folder}"]
    for name in files:
        st = os.stat(name)
        parts.append(f"{name}|{st.st_size}|{st.st_mtime_ns}")
    return "\n".join(parts)


def cached(folder: str, sig: str, build: Callable[[], list[Entry]]) -> list[Entry]:
    """The entries stored under (folder, sig), or ``build()`` stored there."""
    root = directory()
    # one entry per folder and install: two installs sharing the cache (pipx and a venv) keep theirs
    install = f"{folder}-{zlib.crc32(os.path.dirname(__file__).encode()):08x}"
    path = root / f"{install}-{zlib.crc32(sig.encode()):08x}.json" if root else None
    if path is not None:
        try:
            stored = json.loads(path.read_bytes())
            if stored["signatur"] == sig:
                return decode(stored["dokumente"])
        except (OSError, ValueError, TypeError, KeyError):
            pass
    value = build()
    if path is not None:
        _store(path, install, sig, value)
    return value


def _store(path: Path, install: str, sig: str, value: list[Entry]) -> None:
    import tempfile  # only when an entry is written: tempfile pulls in random and shutil

    try:
        encoded = encode(value)
        if _plain(decode(json.loads(json.dumps(encoded)))) != _plain(value):
            return  # something JSON cannot hold exactly (a non-text key): better no cache than a wrong one
        data = json.dumps({"signatur": sig, "dokumente": encoded}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{install}-*.json"):  # earlier versions of the same folder and install
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def encode(entries: list[Entry]) -> list[Any]:
    """Entries as JSON. Positions are keyed by paths (tuples), so they go as pairs, and as one JSON text
    inside the entry: they are needed only for a message about a bundled file, which a run rarely has."""
    return [[datei, value, json.dumps([[list(p), list(pos)] for p, pos in positions.items()]), geprueft, sha]
            for datei, value, positions, geprueft, sha in entries]


def decode(data: list[Any]) -> list[Entry]:
    if not all(isinstance(entry[2], str) for entry in data):
        raise ValueError("Positionen fehlen")
    return [(datei, value, Positions(positions), geprueft, sha)
            for datei, value, positions, geprueft, sha in data]


def _plain(entries: list[Entry]) -> list[Any]:
    return [(d, v, dict(p), g, s) for d, v, p, g, s in entries]


class Positions(Mapping[tuple[Any, ...], tuple[int, int]]):
    """A document's positions, decoded from their JSON text on first use."""

    __slots__ = ("_text", "_map")

    def __init__(self, text: str) -> None:
        self._text = text
        self._map: dict[tuple[Any, ...], tuple[int, int]] | None = None

    def _decoded(self) -> dict[tuple[Any, ...], tuple[int, int]]:
        if self._map is None:
            try:
                self._map = {tuple(p): (pos[0], pos[1]) for p, pos in json.loads(self._text)}
            except (ValueError, TypeError, IndexError):  # a damaged entry: messages lose the line, nothing fails
                self._map = {}
        return self._map

    def __getitem__(self, path: tuple[Any, ...]) -> tuple[int, int]:
        return self._decoded()[path]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())
