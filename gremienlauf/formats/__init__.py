"""Renderers: each turns a finished Report into one output format, ``render(report, out, options)``.

One module per format; a format reads from the options what concerns it (text the colour, the HTML page
its session) and ignores the rest, so that a command never asks which renderer it holds."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from gremienlauf.model import Report


@dataclass(frozen=True)
class Sitzung:
    """The session a page is for (``gremienlauf sitzung``): the header a clerk reads first."""

    koerperschaft: str
    gremium: str
    datum: date
    name: str | None = None


@dataclass(frozen=True)
class RenderOptions:
    farbe: bool = False  # text: ANSI colours, for a terminal
    sitzung: Sitzung | None = None  # html: the session the page is for


PLAIN = RenderOptions()
Renderer = Callable[[Report, TextIO, RenderOptions], None]


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


def resolve(name: str) -> str:
    """The format ``auto`` stands for here: annotations inside GitHub Actions, text elsewhere."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def renderer(name: str) -> Renderer:
    return _load(FORMATS[resolve(name)])


def relative(path: str) -> str:
    """A path relative to the working directory where possible (SARIF and CI annotations want that);
    URLs (OParl objects) stay as they are."""
    if "://" in path:
        return path
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return Path(path).as_posix()
