"""gremienlauf init: a municipality's own repository, ready for check, verify, pre-commit and CI."""

from __future__ import annotations

from pathlib import Path

import click

from gremienlauf.model import KOERPERSCHAFT_TYPEN as TYPEN

LAENDER = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH")


@click.command("init")
@click.argument("verzeichnis", type=click.Path(file_okay=False))
@click.option("--koerperschaft", "name", required=True,
              help="Name der Körperschaft („Stadt Musterstadt“) oder Id einer eingetragenen („stadt-kamen“).")
@click.option("--typ", type=click.Choice(TYPEN), help="Art der Körperschaft (bei eingetragenen nicht nötig).")
@click.option("--land", type=click.Choice(LAENDER), help="Bundesland (bei eingetragenen nicht nötig).")
@click.option("--id", "body_id", help="Id im Register (Standard: aus dem Namen, z. B. stadt-musterstadt).")
@click.option("--kreis", help="Id des Kreises, zu dem eine kreisangehörige Stadt oder Gemeinde gehört.")
@click.option("--jugendamt/--ohne-jugendamt", default=None,
              help="Eigenes Jugendamt (Standard: ja für Kreise und kreisfreie Städte, sonst nein).")
@click.option("--paket", metavar="PIP-ANGABE",
              help="Woher CI und README gremienlauf installieren, als pip-Angabe (Standard: die Quelle dieser "
                   "Installation, z. B. „gremienlauf @ git+https://…@<commit>“).")
def init(verzeichnis: str, name: str, typ: str | None, land: str | None, body_id: str | None, kreis: str | None,
         jugendamt: bool | None, paket: str | None) -> int:
    """Legt das Repository einer Körperschaft an: Gremien, örtliche Regeln mit Szenarien,
    eine Beispielvorlage, pre-commit und CI für GitHub und GitLab."""
    from gremienlauf.run.scaffold import Wunsch, installationsquelle, render, write

    target = Path(verzeichnis)
    quelle, entfernt = (paket, True) if paket else installationsquelle()
    written = write(target, render(Wunsch(name, typ, land, body_id, kreis, jugendamt, quelle)))
    click.echo(f"Angelegt in {verzeichnis}:")
    for rel in written:
        click.echo(f"  {rel}")
    click.echo("\nNächste Schritte:")
    click.echo(f"  cd {verzeichnis}")
    click.echo("  gremienlauf verify          # Szenarien der örtlichen Regeln ausführen")
    click.echo("  gremienlauf check vorlagen/ # Vorlagen prüfen")
    click.echo("  git init && pre-commit install")
    if not entfernt:
        click.echo(f"\nHinweis: gremienlauf ist hier aus „{quelle}“ installiert; ein CI-Runner erreicht das nicht. "
                   "Mit --paket eine Quelle angeben, die er erreicht (Git-Adresse mit Commit oder Wheel), "
                   "oder GREMIENLAUF_PAKET in den CI-Dateien ändern.")
    return 0

