"""gremienlauf replay: a Vorlage's procedure step by step under the law valid at each date, as an audit
report that can be made again and compared (--verify). The work is done in run/audit_report.py."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from gremienlauf.cli.oparl import network_options, settings_from
from gremienlauf.cli.options import TAG, engine_options, max_bytes_option, max_tiefe_option, output_option, write_output
from gremienlauf.formats import PLAIN
from gremienlauf.formats.audit import FORMATS, renderer
from gremienlauf.run.audit_report import build, exit_code, verify


@click.command("replay")
@click.argument("quelle", required=False)
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True,
              help="Ausgabeformat des Prüfberichts.")
@output_option
@click.option("--stichtag", type=TAG, help="Tag, bis zu dem Ereignisse als geschehen gelten (Standard: Tag nach dem "
                                           "letzten Datum der Vorlage – unabhängig vom heutigen Datum).")
@click.option("--verify", "verify", type=click.Path(dir_okay=False),
              help="Einen JSON-Prüfbericht neu erzeugen und vergleichen: hält er mit den heutigen Regeln?")
@click.option("--zeitstempel", is_flag=True, help="Erstellungszeit (UTC) in den Bericht schreiben.")
@max_bytes_option
@max_tiefe_option
@network_options
@engine_options
def replay(quelle: str | None, fmt: str, output: str | None, stichtag: Any, verify: str | None, zeitstempel: bool,
           max_bytes: int, max_tiefe: int, cache: str | None, timeout: float, max_seiten: int,
           umleitungen: tuple[str, ...], koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Spielt den Verlauf einer Vorlage Schritt für Schritt durch.

    QUELLE: eine Vorlage- oder Tagesordnungsdatei (YAML, Text, PDF) oder OParl – die Adresse eines
    Servers, eine JSON-Datei oder ein Verzeichnis davon (jede Vorlage darin wird wiedergegeben)."""
    oparl = settings_from(max_bytes, timeout, 1, max_seiten, cache, umleitungen)
    if verify:
        return _verify(verify, quelle, stichtag.date() if stichtag else None, max_bytes, koerperschaften, regeln, oparl)
    if quelle is None:
        raise click.UsageError("QUELLE fehlt (eine Vorlage-Datei) oder --verify BERICHT.json angeben.")
    report = build(quelle, stichtag.date() if stichtag else None, max_bytes, koerperschaften, regeln, zeitstempel,
                   max_tiefe, oparl)
    write_output(output, lambda out: renderer(fmt)(report, out, PLAIN), (quelle,))
    return exit_code(report)


def _verify(bericht: str, quelle: str | None, stichtag: date | None, max_bytes: int,
            koerperschaften: tuple[str, ...], regeln: tuple[str, ...], oparl: Any = None) -> int:
    from gremienlauf.formats.audit.verification import render

    result = verify(bericht, quelle, stichtag, max_bytes, koerperschaften, regeln, oparl)
    click.echo(render(result), nl=False)
    return 0 if result.haelt else 1
