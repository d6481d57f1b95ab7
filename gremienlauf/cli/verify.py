"""gremienlauf verify: a municipality's German scenarios against the rule packs in use."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

import click

from gremienlauf.cli.options import engine_options, output_option, write_output
from gremienlauf.errors import GremienlaufError


@click.command("verify")
@click.argument("pfade", nargs=-1, type=click.Path(), metavar="[FEATURES]...")
@output_option(dash=False)
@click.option("--schritte", is_flag=True, help="Alle bekannten Schritte auflisten und nichts ausführen.")
@engine_options
def verify(pfade: tuple[str, ...], output: str | None, schritte: bool, koerperschaften: tuple[str, ...],
           regeln: tuple[str, ...]) -> int:
    """Führt deutsche Szenarien (*.feature) mit den Regeln und Körperschaften des Projekts aus.

    \b
    Ohne FEATURES: das Verzeichnis features/ des Projekts.
    Exit-Codes: 0 alle Szenarien bestanden, 1 mindestens eines fehlgeschlagen,
    2 fehlerhafte Feature-Datei, unbekannter Schritt oder falsche Tabelle.
    """
    from gremienlauf.load.projekt import find
    from gremienlauf.spec import runner

    if schritte:
        write_output(output, _list_steps)
        return 0
    projekt = find(pfade)
    base = projekt.root if projekt else Path.cwd()
    pfade = pfade or default_features()
    if not pfade:
        raise GremienlaufError("keine Szenarien angegeben und kein Verzeichnis features/ gefunden")
    result = runner.run(feature_files(pfade), base, koerperschaften, regeln)
    write_output(output, lambda out: runner.render_text(result, out), pfade)
    return result.exit_code()


def default_features() -> tuple[str, ...]:
    """features/ of the project around the working directory, else ./features, else nothing."""
    from gremienlauf.load.projekt import find, shown

    projekt = find()
    if projekt is not None and projekt.features is not None:
        return (shown(projekt.features),)
    return ("features",) if Path("features").is_dir() else ()


def feature_files(pfade: tuple[str, ...]) -> list[tuple[Path, str]]:
    """Named files as given; folders searched for ``*.feature`` in name order (hidden ones skipped)."""
    files: list[tuple[Path, str]] = []
    for raw in pfade:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.feature")
                           if not any(part.startswith(".") for part in p.relative_to(path).parts))
            files.extend((p, _shown(p)) for p in found)
        else:
            files.append((path, _shown(path)))
    return files


def _shown(path: Path) -> str:
    """The path relative to the working directory, without resolving symlinks: a link is named as the
    user wrote it, and a link loop cannot stop the run (resolve() raises on loops)."""
    absolute = Path(os.path.abspath(path))
    for base in (Path(os.path.abspath(Path.cwd())), Path.cwd().resolve()):
        try:
            return str(absolute.relative_to(base))
        except ValueError:
            continue
    return str(path)


def _list_steps(out: TextIO) -> None:
    from gremienlauf.spec.runner import shown
    from gremienlauf.spec.steps import STEPS

    for definition in STEPS:
        table = "   (mit Tabelle darunter)" if definition.pattern.endswith(":") else ""
        out.write(f"{shown(definition)}{table}\n")

