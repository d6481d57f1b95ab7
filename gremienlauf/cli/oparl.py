"""gremienlauf oparl: check the Vorlagen of a council information system (files or live), and draft a
registry from its organization list."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from gremienlauf import load
from gremienlauf.cli.check import _color, exit_code
from gremienlauf.cli.options import (
    TAG,
    engine_options,
    max_bytes_option,
    output_option,
    report_options,
    stichtag_option,
    stichtag_value,
    write_output,
)
from gremienlauf.errors import GremienlaufError
from gremienlauf.formats import RenderOptions, renderer, resolve


@click.group("oparl")
def oparl() -> None:
    """Ratsinformationssysteme über OParl 1.0/1.1 prüfen – aus Dateien oder vom Server."""


def network_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """How an OParl server is read (oparl check, replay of an OParl source)."""
    for option in reversed((
        click.option("--cache", "cache", type=click.Path(file_okay=False),
                     help="Verzeichnis für abgerufene Antworten; ein abgebrochener Lauf setzt dort fort."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
                     help="Sekunden, die ein Abruf dauern darf."),
        click.option("--max-seiten", type=click.IntRange(min=1), default=5000, show_default=True,
                     help="Höchstens so viele Seiten je Liste ('links.next')."),
        click.option("--umleitung", "umleitungen", multiple=True, metavar="PRÄFIX=URL",
                     help="Ids, die mit PRÄFIX beginnen, von URL abrufen (Server, die Ids unter einem anderen "
                          "Pfad beantworten; Spiegel)."),
    )):
        func = option(func)
    return func


def fetch_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = max_bytes_option(network_options(func))
    return click.option("--jobs", type=click.IntRange(1, 16), default=1, show_default=True,
                        help="Gleichzeitige Abrufe (Standard: einer nach dem anderen).")(func)


def settings_from(max_bytes: int, timeout: float, jobs: int, max_seiten: int, cache: str | None,
                  umleitungen: tuple[str, ...]) -> Any:
    from gremienlauf.readers.oparl import Settings

    pairs = []
    for entry in umleitungen:
        alt, sep, neu = entry.partition("=")
        if not sep or not alt or not neu.startswith(("http://", "https://")):
            raise GremienlaufError(f"--umleitung '{entry}': erwartet PRÄFIX=URL (z. B. "
                                   "https://ris.example/oparl/=https://ris.example/ris/oparl/)")
        pairs.append((alt, neu))
    return Settings(max_bytes=max_bytes, timeout=timeout, jobs=jobs, max_seiten=max_seiten, cache=cache,
                    umleitungen=tuple(pairs))


@oparl.command("check")
@click.argument("quellen", nargs=-1, required=True)
@click.option("--since", "--seit", "seit", type=TAG,
              help="Nur Vorlagen mit diesem Datum oder später (Paper.date).")
@click.option("--paper-type", "--vorlagenart", "arten", multiple=True,
              help="Nur diese Vorlagenart (wie im System geschrieben, z. B. Beschlussvorlage, oder "
                   "beschlussvorlage, antrag …); mehrfach möglich.")
@report_options
@fetch_options
@stichtag_option(help="Tag, bis zu dem Beratungen als geschehen gelten (Standard: heute).")
@engine_options
def check(quellen: tuple[str, ...], seit: Any, arten: tuple[str, ...], fmt: str, output: str | None, fail_on: str,
          jobs: int, cache: str | None, timeout: float, max_seiten: int, umleitungen: tuple[str, ...],
          max_bytes: int, stichtag: Any, koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Prüft die Vorlagen eines Ratsinformationssystems, Vorlage für Vorlage.

    QUELLEN sind OParl-Dateien und -Verzeichnisse (Objekt, Listenseite, Liste, JSON Lines) oder
    Adressen eines Servers (System, Körperschaft, Vorlagenliste oder einzelne Vorlage). Befunde
    zeigen auf die Vorlage (ihre Seite im Ratsinformationssystem, sonst ihre OParl-Id): Zeile 1 ist
    die Vorlage, Zeile n+1 die n-te Beratung nach Sitzungsdatum.
    """
    from gremienlauf.readers.oparl import Selection, Stats, read
    from gremienlauf.run.pipeline import Options, check_all, collect

    settings = settings_from(max_bytes, timeout, jobs, max_seiten, cache, umleitungen)
    engine = load.engine(koerperschaften, regeln)
    options = Options(stichtag_value(stichtag), max_bytes, fail_on=fail_on, beratungsfolge=fmt == "html")
    selection = Selection(seit.date() if seit else None, arten)
    stats = Stats()
    findings: list[Any] = []
    checked: list[Any] = []
    progress = _progress if sys.stderr.isatty() else None
    check_all(engine, read(quellen, settings, selection, stats, progress), options, findings, checked)
    if progress:
        click.echo("", err=True)
    report = collect(engine, findings, checked, 0, options)
    fmt = resolve(fmt)
    rendering = RenderOptions(farbe=fmt == "text" and output is None and _color("auto"))
    files = [q for q in quellen if "://" not in q]
    write_output(output, lambda out: renderer(fmt)(report, out, rendering), files, color=rendering.farbe)
    _passed_over(selection)
    return exit_code(report, fail_on)


def _progress(stats: Any) -> None:
    fetched = (f", {stats.abrufe} Abrufe, {stats.cache_treffer} aus dem Cache"
               if stats.abrufe or stats.cache_treffer else "")
    click.echo(f"\r{stats.vorlagen} Vorlagen gelesen{fetched}", err=True, nl=False)


def _passed_over(selection: Any) -> None:
    notes = [(selection.geloescht, "gelöschte Vorlage", "gelöschte Vorlagen"),
             (selection.ausgelassen, "Vorlage außerhalb der Auswahl", "Vorlagen außerhalb der Auswahl"),
             (selection.doppelt, "doppelt gelieferte Vorlage", "doppelt gelieferte Vorlagen")]
    said = [f"{n} {one if n == 1 else many}" for n, one, many in notes if n]
    if said:
        click.echo(f"Übergangen: {', '.join(said)}.", err=True)


@oparl.command("init-registry")
@click.argument("quellen", nargs=-1, required=True)
@output_option
@fetch_options
def init_registry(quellen: tuple[str, ...], output: str | None, jobs: int, cache: str | None, timeout: float,
                  max_seiten: int, umleitungen: tuple[str, ...], max_bytes: int) -> int:
    """Entwirft ein Register (--koerperschaften) aus der Gremienliste eines Servers oder aus Dateien.

    Gremium-Arten werden aus den Namen vorgeschlagen (Gemeinderat, Rat, Kreistag → vertretung,
    Jugendhilfeausschuss → jugendhilfeausschuss …); Fraktionen und Ämter bleiben draußen. Der Entwurf
    ist absichtlich erst nach Prüfung gültig: was die Daten nicht sagen, steht als PRÜFEN darin.
    """
    from gremienlauf.formats.registry_draft import render
    from gremienlauf.readers.oparl.draft import draft

    settings = settings_from(max_bytes, timeout, jobs, max_seiten, cache, umleitungen)
    entries, problems = draft(quellen, settings)
    if problems:  # an incomplete draft would replace a good one (-o) or be taken for complete
        for problem in problems:
            click.echo(f"gremienlauf: {problem}", err=True)
        click.echo("gremienlauf: kein Entwurf geschrieben", err=True)
        return 2
    text = render(entries)
    write_output(output, lambda out: out.write(text), [q for q in quellen if "://" not in q])
    return 0

