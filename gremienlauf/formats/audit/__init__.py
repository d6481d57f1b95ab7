"""Renderers of an audit report (``gremienlauf replay``): one module per format, ``render(report, out)``."""

from __future__ import annotations

from importlib import import_module
from typing import Callable, TextIO

from gremienlauf.trace import AuditReport

Renderer = Callable[[AuditReport, TextIO], None]

# Format name → module in this package; imported only when used.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "markdown": "markdown",
    "html": "html",
}


def renderer(name: str) -> Renderer:
    return import_module(f"{__name__}.{FORMATS[name]}").render


def day(value: object) -> str:
    """A date as German text; reports show dates the way Vorlagen do."""
    return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else "ohne Datum"


ERGEBNIS = {"ohne_befund": "ohne Befund", "hinweise": "mit Hinweisen", "warnungen": "mit Warnungen",
            "fehlerhaft": "fehlerhaft"}
