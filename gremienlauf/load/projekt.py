"""Finding a municipality's own repository: its ``koerperschaften.yaml``, ``regeln/`` and ``features/``.

A repository made by ``gremienlauf init`` carries its Körperschaft, its local rule packs and their
scenarios in fixed places, so ``gremienlauf check vorlagen/`` inside it needs no options.

The search, in order of precedence:
1. What the user names with ``--koerperschaften`` or ``--regeln`` is used for that kind, and that kind
   is not searched. ``--ohne-projekt`` switches the search off altogether.
2. Otherwise each checked path is followed upwards (a file from its folder) to the nearest folder that
   holds ``koerperschaften.yaml`` or a folder ``regeln/``. If no path leads to one (or no path is on
   disk, as with ``-``), the same search starts at the working directory.
3. The search stops at the root of the git repository (the folder holding ``.git``), at the home
   directory and at the file system root, so that a project never borrows rules from outside its
   repository. Paths in two different projects cannot be checked in one run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from gremienlauf.errors import ConfigError

REGISTRY_FILE = "koerperschaften.yaml"
RULES_DIR = "regeln"
FEATURES_DIR = "features"


class Projekt(NamedTuple):
    root: Path

    @property
    def koerperschaften(self) -> Path | None:
        path = self.root / REGISTRY_FILE
        return path if path.is_file() else None

    @property
    def regeln(self) -> Path | None:
        path = self.root / RULES_DIR
        return path if path.is_dir() else None

    @property
    def features(self) -> Path | None:
        path = self.root / FEATURES_DIR
        return path if path.is_dir() else None


def _is_project(folder: Path) -> bool:
    return (folder / REGISTRY_FILE).is_file() or (folder / RULES_DIR).is_dir()


def find_from(start: Path) -> Projekt | None:
    """The project holding ``start`` (a file or folder), searching upwards to the repository root."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    home = Path.home().resolve()
    while True:
        if _is_project(folder):
            return Projekt(folder)
        if (folder / ".git").exists() or folder == home or folder.parent == folder:
            return None
        folder = folder.parent


def root_for(start: Path) -> Path:
    """The folder that files under ``start`` may refer into: the project root, else the git root, else
    the folder itself (an agenda in tagesordnungen/ names ../vorlagen/x.yaml of the same project)."""
    first = folder = (start if start.is_dir() else start.parent).resolve()
    home = Path.home().resolve()
    while True:
        if _is_project(folder) or (folder / ".git").exists():
            return folder
        if folder == home or folder.parent == folder:
            return first
        folder = folder.parent


def find(paths: Iterable[str] = ()) -> Projekt | None:
    """The one project the checked ``paths`` belong to, else the working directory's project."""
    found: dict[Path, Projekt] = {}
    for raw in paths:
        if raw != "-" and os.path.exists(raw):
            projekt = find_from(Path(raw))
            if projekt is not None:
                found.setdefault(projekt.root, projekt)
    if len(found) > 1:
        roots = ", ".join(shown(r) for r in sorted(found))
        raise ConfigError(f"die Pfade gehören zu verschiedenen Projekten ({roots}); bitte getrennt prüfen "
                          "oder --regeln und --koerperschaften angeben")
    if found:
        return next(iter(found.values()))
    return find_from(Path.cwd())


def sources(koerperschaften: tuple[str, ...], regeln: tuple[str, ...], paths: Iterable[str] = (),
            ohne_projekt: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The registry files and rule folders to load: the named ones, else the project's."""
    if ohne_projekt or (koerperschaften and regeln):
        return koerperschaften, regeln
    projekt = find(paths)
    if projekt is None:
        return koerperschaften, regeln
    if not koerperschaften and projekt.koerperschaften is not None:
        koerperschaften = (shown(projekt.koerperschaften),)
    if not regeln and projekt.regeln is not None:
        regeln = (shown(projekt.regeln),)
    return koerperschaften, regeln


def shown(path: Path) -> str:
    """Relative to the working directory when below it, so messages name files as the user sees them."""
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
