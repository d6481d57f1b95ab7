"""Reading bytes from the places users name: files, stdin, bundled data. Nothing is ever written."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from gremienlauf.errors import InputError, grund
from gremienlauf.load.yamlsafe import MAX_BYTES, Loaded, decode, load

STDIN = "-"

# Output files (``-o``) that exist before the run, by (device, inode), and whether the run has read
# them: read_bytes is the one door every file comes in by, so it notices; writing the output then refuses
# to replace what this run read (a Vorlage in a checked tree, the register, a rule pack, a feature).
_GUARDED: dict[tuple[int, int], bool] = {}
# the installed package: bundled data is read from files beside the code (no zip imports)
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES, anzeige: str | None = None) -> bytes:
    """Read at most ``max_bytes`` (+1, to notice more) so a huge file is refused without loading it."""
    name = anzeige or str(path)
    size = 0
    if str(path) == STDIN:
        if _GUARDED:  # `check - -o v.yaml < v.yaml`: stdin may be the output file
            _note(os.fstat(sys.stdin.fileno()))
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            with open(path, "rb", opener=_opener) as fh:
                # A regular file states its size: refuse a huge one unread, else read it in one call.
                # read(max_bytes + 1) allocates a max_bytes buffer per file (measured 3-10x slower on
                # small files); size 0 (pipes, /proc) still reads only up to the limit.
                st = os.fstat(fh.fileno())
                size = st.st_size
                if _GUARDED:
                    _note(st)
                data = b"" if size > max_bytes else fh.read(-1 if size else max_bytes + 1)
        except FileNotFoundError:
            raise InputError("Datei nicht gefunden", name) from None
        except IsADirectoryError:
            raise InputError("ist ein Verzeichnis, keine Datei", name) from None
        except PermissionError:
            raise InputError("keine Leseberechtigung", name) from None
        except OSError as exc:
            raise InputError(f"Datei kann nicht gelesen werden: {grund(exc)}", name) from None
        except ValueError:  # a NUL character in the name (from a reference inside a file)
            raise InputError("Dateiname enthält ein NUL-Zeichen", name) from None
    if size > max_bytes or len(data) > max_bytes:
        raise InputError(f"Datei ist größer als die Grenze von {max_bytes:,} Bytes (--max-bytes)"
                         .replace(",", "."), name)
    return data


def guard(*paths: str) -> None:
    """Watch this run's output files (earlier watches end); a file that does not exist yet needs none."""
    _GUARDED.clear()
    for path in paths:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue
        _GUARDED[st.st_dev, st.st_ino] = False


def _note(st: os.stat_result) -> None:
    if (st.st_dev, st.st_ino) in _GUARDED:
        _GUARDED[st.st_dev, st.st_ino] = True


def watches() -> dict[tuple[int, int], bool]:
    """The watches and what they saw: to hand to worker processes (check --jobs) and back."""
    return dict(_GUARDED)


def join_watches(other: dict[tuple[int, int], bool]) -> None:
    """Take over what a worker saw (or, in a fresh worker, the parent's watches)."""
    for key, read in other.items():
        _GUARDED[key] = _GUARDED.get(key, False) or read


def was_read(path: str) -> bool:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _GUARDED.get((st.st_dev, st.st_ino), False)


def _opener(path: str, flags: int) -> int:
    """Open without blocking: a named pipe nobody writes to would block ``open`` for ever. Blocking
    reads are restored afterwards, so a pipe that has a writer (``<(…)``) is read to its end."""
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def read_yaml(path: str | Path, max_bytes: int = MAX_BYTES, anzeige: str | None = None,
              max_tiefe: int | None = None) -> Loaded:
    name = anzeige or str(path)
    text = decode(read_bytes(path, max_bytes, name), name, max_bytes)
    return load(text, name) if max_tiefe is None else load(text, name, max_tiefe)


# Bundled folders whose files have one schema kind: checked once, when the cache entry is made.
_KINDS = {"bodies": "koerperschaften", "rules": "regeln", "procedures": "verfahren"}  # normen: checked on load


def bundled_yaml(folder: str) -> list[Loaded]:
    """Every ``*.yaml`` in a bundled data folder, in name order, shown as ``<gremienlauf>/folder/x``.

    Folded (and schema-checked) once and kept in the user cache (load/cache.py)."""
    from gremienlauf.load import cache, schemas, yamlsafe

    root = os.path.join(PACKAGE, folder)
    paths = [os.path.join(root, n) for n in sorted(os.listdir(root)) if n.endswith(".yaml")]
    kind = _KINDS.get(folder)
    code = [m.__file__ for m in (yamlsafe, schemas) if m.__file__] + ([schemas.path(kind)] if kind else [])

    def build() -> list[cache.Entry]:
        entries = []
        for path in paths:
            name = f"<gremienlauf>/{folder}/{os.path.basename(path)}"
            doc = load(decode(read_bytes(path, anzeige=name), name), name)
            valid = kind is not None and schemas.check_value(doc.value, kind) is None
            entries.append((doc.datei, doc.value, doc.positions, kind if valid and kind is not None else "",
                            cache.canonical_hash(doc.value)))
        if kind is not None and not all(e[3] for e in entries):
            entries = [(d, v, p, "", h) for d, v, p, _, h in entries]
        return entries

    return [Loaded(value, positions, datei, geprueft, sha256)
            for datei, value, positions, geprueft, sha256 in cache.cached(folder, cache.signature(folder, paths + code),
                                                                          build)]
