"""An on-disk cache of fetched OParl responses, so that an interrupted crawl resumes where it stopped.

One file per URL (named by the SHA-256 of the URL), written atomically: an interrupt leaves either the
whole response or nothing. Only responses that parsed as JSON are stored; failures are fetched again
on the next run. The cache is never renewed by itself: a fresh crawl needs a fresh directory.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from gremienlauf.errors import InputError, grund


class Cache:
    def __init__(self, directory: str) -> None:
        self.root = Path(directory)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"Cache-Verzeichnis kann nicht angelegt werden: {grund(exc)}", directory) from None
        if not self.root.is_dir():
            raise InputError("Cache-Pfad ist kein Verzeichnis", directory)
        self.treffer = 0

    def _path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.root / digest[:2] / f"{digest}.json"

    def get(self, url: str) -> bytes | None:
        try:
            data = self._path(url).read_bytes()
        except OSError:
            return None
        self.treffer += 1
        return data

    def put(self, url: str, data: bytes) -> None:
        path = self._path(url)
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
