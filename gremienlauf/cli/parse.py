"""gremienlauf parse: a Vorlage as text or PDF → the Vorlage file a clerk can correct and commit."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import click

from gremienlauf.cli.options import max_bytes_option, output_option, write_output
from gremienlauf.errors import GremienlaufError, InputError
from gremienlauf.names import slug


@click.command("parse")
@click.argument("dateien", nargs=-1, required=True, type=click.Path())
@click.option("-f", "--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True,
              help="yaml: Vorlage-Datei mit Kommentaren; json: dieselben Angaben mit Zeilen und Hinweisen.")
@output_option
@click.option("-d", "--verzeichnis", type=click.Path(file_okay=False),
              help="Je Eingabe eine Datei <Name>.yaml bzw. .json in dieses Verzeichnis schreiben.")
@click.option("--koerperschaften", "koerperschaften", multiple=True, type=click.Path(dir_okay=False),
              help="Weitere Körperschaften (YAML), um Namen im Text einer Id zuzuordnen.")
@max_bytes_option
def parse(dateien: tuple[str, ...], fmt: str, output: str | None, verzeichnis: str | None,
          koerperschaften: tuple[str, ...], max_bytes: int) -> int:
    """Liest Vorlagen aus Text (.txt) oder PDF und gibt sie als Vorlage-Datei aus.

    \b
    Was der Text nicht sagt, steht als „nicht erkannt“ im Kommentar; abgeleitete Werte sind
    als solche gekennzeichnet. Mehrere Dateien: mit --verzeichnis je Datei eine, auf der
    Standardausgabe YAML-Dokumente durch '---' getrennt (-o DATEI nimmt nur eine Vorlage),
    JSON als Liste.
    """
    from gremienlauf.formats import vorlage_file
    from gremienlauf.load.bodies import load_registry
    from gremienlauf.readers.text import parse_file

    if output and verzeichnis:
        raise GremienlaufError("--output und --verzeichnis schließen sich aus")
    if output and output != "-" and fmt == "yaml" and len(dateien) > 1:
        # several YAML documents in one file: check reads one Vorlage per file and would refuse it
        raise GremienlaufError(f"-o {output} schreibt eine Vorlage-Datei, aber es sind {len(dateien)} Eingaben; "
                               "für je eine Datei je Vorlage bitte -d VERZEICHNIS angeben")
    if verzeichnis:  # its files are written after reading: none may replace what the run reads
        from gremienlauf.load import files

        files.guard(*(str(_target(Path(verzeichnis), d, fmt)) for d in dateien))
    registry = load_registry(koerperschaften)
    rendered: list[tuple[str, str, Any]] = []
    errors: list[InputError] = []
    for datei in dateien:
        if os.path.splitext(datei)[1].lower() not in (".txt", ".pdf"):
            errors.append(InputError(_not_read(datei), datei))
            continue
        try:
            parsed = parse_file(datei, datei, max_bytes)
        except InputError as exc:
            errors.append(exc)
            continue
        body_id, note = _body_id(registry, parsed.value("koerperschaft"))
        item = vorlage_file.to_yaml(parsed, body_id, note) if fmt == "yaml" else \
            vorlage_file.to_json_item(parsed, body_id)
        rendered.append((datei, fmt, item))
    if verzeichnis:
        _write_each(rendered, Path(verzeichnis), dateien)
    elif rendered:
        text = "---\n".join(r[2] for r in rendered) if fmt == "yaml" else vorlage_file.to_json([r[2] for r in rendered])
        write_output(output, lambda out: out.write(text), dateien)
    for error in errors:
        click.echo(f"gremienlauf: {error}", err=True)
    return 2 if errors else 0


def _body_id(registry: Any, name: str | None) -> tuple[str | None, str]:
    """Registry id for a name from the text; a name not in the registry gets a slug and a note."""
    if not name:
        return None, ""
    body = registry.find_body(name)
    if body is not None:
        return body.id, ""
    return slug(name, fallback="unbekannt"), " – nicht eingetragen: Id prüfen oder mit --koerperschaften ergänzen"


def _write_each(rendered: list[tuple[str, str, Any]], target: Path, inputs: tuple[str, ...]) -> None:
    from gremienlauf.formats import vorlage_file

    target.mkdir(parents=True, exist_ok=True)
    for datei, fmt, item in rendered:
        path = _target(target, datei, fmt)
        text = item if fmt == "yaml" else vorlage_file.to_json([item])
        write_output(str(path), _writer(text), inputs)


def _writer(text: str) -> Callable[[TextIO], object]:
    # binds ``text`` now: a lambda written in the loop would see only the last file's text
    return lambda out: out.write(text)


def _target(verzeichnis: Path, datei: str, fmt: str) -> Path:
    return verzeichnis / (Path(datei).stem + (".yaml" if fmt == "yaml" else ".json"))


def _not_read(datei: str) -> str:
    if datei == "-":
        return "die Standardeingabe liest parse nicht; bitte eine .txt- oder .pdf-Datei angeben"
    if os.path.isdir(datei):
        return "ist ein Verzeichnis; parse liest einzelne Dateien (z. B. verzeichnis/*.txt)"
    if datei.lower().endswith((".yaml", ".yml")):
        return "ist schon eine Vorlage-Datei; parse liest .txt und .pdf"
    return "parse liest nur .txt- und .pdf-Dateien"


