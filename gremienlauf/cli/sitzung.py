"""gremienlauf sitzung: the page a clerk prints before a session (one HTML file for one agenda)."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from gremienlauf import load
from gremienlauf.cli.check import exit_code
from gremienlauf.cli.oparl import network_options, settings_from
from gremienlauf.cli.options import (
    FAIL_ON,
    engine_options,
    max_bytes_option,
    max_tiefe_option,
    output_option,
    write_output,
)
from gremienlauf.errors import GremienlaufError, InputError
from gremienlauf.model import Document, Meeting


@click.command("sitzung")
@click.argument("pfade", metavar="TAGESORDNUNG")
@click.argument("weitere", nargs=-1, type=click.Path(exists=True), metavar="[OPARL]...")
@output_option(help="Die Seite in diese Datei schreiben (atomar) statt auf die Standardausgabe.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="fehler", show_default=True,
              help="Ab welcher Schwere der Exit-Code 1 ist.")
@max_bytes_option
@max_tiefe_option
@network_options
@engine_options
def sitzung(pfade: str, weitere: tuple[str, ...], output: str | None, fail_on: str, max_bytes: int, max_tiefe: int,
            cache: str | None, timeout: float, max_seiten: int, umleitungen: tuple[str, ...],
            koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Schreibt die Sitzungsvorbereitung als eine HTML-Seite: je TOP die Vorlage, ihr Urteil, die
    Beratungsfolge und die Befunde mit Abhilfe und Rechtsgrundlage.

    TAGESORDNUNG ist eine Tagesordnungsdatei (YAML) oder eine OParl-Sitzung (Meeting) als Datei oder
    Adresse. OPARL sind weitere OParl-Dateien oder -Verzeichnisse, in denen die Beratungen, Vorlagen und
    Gremien einer Sitzungsdatei nachgeschlagen werden. Stichtag ist der Sitzungstag.
    """
    from gremienlauf.formats import RenderOptions, Sitzung
    from gremienlauf.formats.html_format import render
    from gremienlauf.run.pipeline import Options, check_all, collect

    engine = load.engine(koerperschaften, regeln)
    meeting, koerperschaft, items = _read(pfade, weitere, max_bytes, max_tiefe,
                                          settings_from(max_bytes, timeout, 1, max_seiten, cache, umleitungen))
    options = Options(meeting.datum, max_bytes, fail_on=fail_on, max_tiefe=max_tiefe, beratungsfolge=True)
    findings: list[Any] = []
    checked: list[Any] = []
    check_all(engine, items, options, findings, checked, pfade)
    report = collect(engine, findings, checked, 0 if "://" in pfade else 1, options)
    body = engine.registry.find_body(koerperschaft) if koerperschaft else None
    kopf = Sitzung(body.name if body else koerperschaft or "(unbekannt)", meeting.gremium, meeting.datum, meeting.name)
    write_output(output, lambda out: render(report, out, RenderOptions(sitzung=kopf)), [pfade, *weitere])
    return exit_code(report, fail_on)


def _read(quelle: str, weitere: tuple[str, ...], max_bytes: int, max_tiefe: int,
          settings: Any) -> tuple[Meeting, str, list[Document | InputError]]:
    """The session, its Körperschaft and its items, from an agenda file or an OParl Meeting."""
    if "://" in quelle or quelle.lower().endswith((".json", ".jsonl")):
        from gremienlauf.readers.oparl.meeting import read_meeting

        agenda = read_meeting(quelle, weitere, settings)
        return agenda.sitzung, agenda.koerperschaft, agenda.items
    if weitere:
        raise GremienlaufError("weitere OParl-Quellen gelten nur für eine OParl-Sitzung, nicht für eine "
                               "Tagesordnungsdatei (ihre Vorlagen stehen darin oder sind relative Pfade)")
    from gremienlauf.run.pipeline import Options, documents

    items = list(documents(quelle, True, Options(date.today(), max_bytes, max_tiefe=max_tiefe)))
    first = next((i for i in items if isinstance(i, Document)), None)
    if first is None:
        broken = next((i for i in items if isinstance(i, InputError)), None)
        raise broken or GremienlaufError(f"'{quelle}': Tagesordnung ohne Vorlagen")
    if first.sitzung is None:
        raise GremienlaufError(f"'{quelle}' ist eine Vorlage, keine Tagesordnung (Schlüssel 'sitzung' und "
                               "'tagesordnung'); für Vorlagen: gremienlauf check -f html")
    return first.sitzung, first.paper.koerperschaft, items

