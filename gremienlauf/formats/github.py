"""GitHub Actions workflow commands: one annotation per finding, capped as GitHub caps them."""

from __future__ import annotations

from typing import TextIO

from gremienlauf.formats import PLAIN, RenderOptions, relative
from gremienlauf.formats.text import summary
from gremienlauf.model import Report

LEVEL = {"fehler": "error", "warnung": "warning", "hinweis": "notice"}
CAP = 10  # GitHub shows at most 10 annotations per type and step and drops the rest silently


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, out: TextIO, options: RenderOptions = PLAIN) -> None:
    shown: dict[str, int] = {}
    hidden = 0
    for f in report.befunde:
        level = LEVEL[f.schwere]
        shown[level] = shown.get(level, 0) + 1
        if shown[level] > CAP:
            hidden += 1
            continue
        title = f"{f.code} {f.vorlage}".strip()
        message = f"{f.meldung} [{f.rechtsgrundlage}]" if f.rechtsgrundlage else f.meldung
        out.write(f"::{level} file={_prop(relative(f.datei))},line={f.zeile},col={f.spalte},"
                  f"title={_prop(title)}::{_data(message)}\n")
    if hidden:
        out.write(f"::notice::{hidden} weitere Befunde sind nicht annotiert (GitHub zeigt höchstens {CAP} "
                  "je Art); vollständig im Log, in JSON oder SARIF.\n")
    out.write(f"::notice::{_data(summary(report))}\n")
