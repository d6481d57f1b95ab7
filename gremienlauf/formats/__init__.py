"""Renderers: each turns a finished Report into one output format. One module per format."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from gremienlauf.model import Report

Renderer = Callable[[Report, TextIO], None]


def _load(name: str) -> Renderer:
    from importlib import import_module

    return import_module(f"gremienlauf.formats.{name}").render


# Format name → module; modules are imported only when used (a one-file check stays fast).
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "junit": "junit",
    "sarif": "sarif",
    "github": "github",
    "html": "html_format",
}


def renderer(name: str) -> Renderer:
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return _load(FORMATS[name])


def relative(path: str) -> str:
    """A path relative to the working directory where possible (SARIF and CI annotations want that);
    URLs (OParl objects) stay as they are."""
    if "://" in path:
        return path
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return Path(path).as_posix()
