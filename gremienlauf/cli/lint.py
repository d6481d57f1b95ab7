"""gremienlauf rules lint: checks a municipality's own rule packs before they are used."""

from __future__ import annotations

from pathlib import Path

import click

from gremienlauf.cli.options import output_option, write_output


@click.command("lint")
@click.argument("verzeichnis", required=False, type=click.Path())
@click.option("--koerperschaften", multiple=True, type=click.Path(dir_okay=False),
              help="Register, gegen das die Körperschaft eines Pakets geprüft wird "
                   "(Standard: koerperschaften.yaml des Projekts).")
@click.option("--features", "features", multiple=True, type=click.Path(),
              help="Feature-Dateien oder -Verzeichnisse mit den Szenarien (Standard: features/ neben "
                   "dem Regelverzeichnis).")
@output_option(dash=False)
def rules_lint(verzeichnis: str | None, koerperschaften: tuple[str, ...], features: tuple[str, ...],
               output: str | None) -> int:
    """Prüft örtliche Regelpakete: Schema, doppelte oder mitgelieferte Codes ohne 'ersetzt',
    Fundstellen, Lücken in Geltungszeiträumen, Regeln ohne Szenario.

    \b
    Ohne VERZEICHNIS: regeln/ des Projekts.
    Exit-Codes: 0 ohne Befund, 1 nur Warnungen, 2 Fehler (das Paket ist so nicht verwendbar).
    """
    from gremienlauf.cli.verify import feature_files
    from gremienlauf.errors import GremienlaufError
    from gremienlauf.load.packs import pack_files
    from gremienlauf.load.projekt import find, shown
    from gremienlauf.spec import pack_lint as lint

    if verzeichnis is None:
        projekt = find()
        if projekt is None or projekt.regeln is None:
            raise GremienlaufError("kein Verzeichnis angegeben und kein Verzeichnis regeln/ gefunden")
        verzeichnis = shown(projekt.regeln)
    if not koerperschaften:
        projekt = find((verzeichnis,))
        if projekt is not None and projekt.koerperschaften is not None:
            koerperschaften = (shown(projekt.koerperschaften),)
    if not features:
        beside = Path(verzeichnis).parent / "features"
        features = (str(beside),) if beside.is_dir() else ()
    problems = lint.lint(verzeichnis, koerperschaften, [p for p, _ in feature_files(features)])
    count = len(pack_files(verzeichnis))
    write_output(output, lambda out: lint.render_text(problems, count, out))
    return lint.exit_code(problems)

