"""gremienlauf check: Vorlagen and agendas against the rules."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from gremienlauf import load
from gremienlauf.cli.options import (
    engine_options,
    max_bytes_option,
    max_tiefe_option,
    report_options,
    stichtag_option,
    stichtag_value,
    write_output,
)
from gremienlauf.formats import RenderOptions, renderer, resolve
from gremienlauf.model import RANG, Report


@click.command()
@click.argument("pfade", nargs=-1, required=True, type=click.Path(allow_dash=True))
@report_options
@click.option("--stdin-dateiname", default="<stdin>", help="Name für Fundstellen, wenn '-' gelesen wird.")
@click.option("--farbe", type=click.Choice(["auto", "immer", "nie"]), default="auto", show_default=True,
              help="Farbige Textausgabe (NO_COLOR wird beachtet).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Dateien in so vielen Prozessen prüfen (0 = einer je Kern); die Ausgabe bleibt dieselbe.")
@stichtag_option
@max_bytes_option
@max_tiefe_option
@engine_options
def check(pfade: tuple[str, ...], fmt: str, output: str | None, fail_on: str, stdin_dateiname: str, farbe: str,
          jobs: int, stichtag: Any, max_bytes: int, max_tiefe: int, koerperschaften: tuple[str, ...],
          regeln: tuple[str, ...]) -> int:
    """Prüft Vorlagen und Tagesordnungen (Dateien, Verzeichnisse, '-' für die Standardeingabe)."""
    from gremienlauf.run.pipeline import Options, run

    engine = load.engine(koerperschaften, regeln)
    options = Options(stichtag_value(stichtag), max_bytes, stdin_dateiname, fail_on, max_tiefe,
                      jobs or os.cpu_count() or 1, beratungsfolge=fmt == "html")
    report = run(engine, pfade, options)
    fmt = resolve(fmt)
    rendering = RenderOptions(farbe=fmt == "text" and output is None and _color(farbe))
    write_output(output, lambda out: renderer(fmt)(report, out, rendering), pfade, color=rendering.farbe)
    return exit_code(report, fail_on)


def exit_code(report: Report, fail_on: str) -> int:
    if report.eingabefehler:
        return 2
    if fail_on != "nie" and report.hoechste() >= RANG[fail_on]:
        return 1
    return 0


def _color(mode: str) -> bool:
    if mode != "auto":
        return mode == "immer"
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()

