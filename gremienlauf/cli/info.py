"""Commands that explain the tool's own data: rules, procedures, schemas, the registry."""

from __future__ import annotations

from typing import Any

import click

from gremienlauf import load
from gremienlauf.cli.options import TAG, engine_options, output_option, stichtag_option, stichtag_value, write_output
from gremienlauf.errors import GremienlaufError


@click.command("list")
@stichtag_option(help="Tag, an dem die gezeigten Fassungen gelten (Standard: heute).")
@click.option("--land", metavar="LAND", help="Nur die Regeln, die in diesem Land gelten (z. B. BY): Bundesrecht, "
                                              "Datenprüfungen und das Landesrecht dieses Landes.")
@engine_options
def rules_list(stichtag: Any, land: str | None, koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Alle Regeln mit Schwere und der am Stichtag geltenden Fundstelle, je Paket mit dem Anteil
    verifizierter Fundstellen."""
    from gremienlauf.formats.reference import rule_table
    from gremienlauf.load.packs import load_packs

    packs = load_packs(regeln)
    if land:
        land = land.upper()
        known = sorted({p.land for p in packs if p.land})
        if land not in known:
            raise click.BadParameter(f"'{land}' ist kein Land mit Regeln (bekannt: {', '.join(known)})",
                                     param_hint="--land")
        packs = [p for p in packs if p.land in (None, land) and p.koerperschaft is None]
    click.echo(rule_table(packs, stichtag_value(stichtag)), nl=False)
    return 0


@click.command("show")
@click.argument("codes", nargs=-1)
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
@output_option(dash=False)
@click.option("--features", "features", multiple=True, type=click.Path(),
              help="Szenarien für die Beispiele im Markdown (Standard: features/ des Projekts).")
@engine_options
def rules_show(codes: tuple[str, ...], fmt: str, output: str | None, features: tuple[str, ...],
               koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Regeln mit allen Fassungen, Fundstellen und Beschreibung (ohne CODE: alle); als Markdown
    die Regelreferenz mit je einem Szenario, in dem die Regel greift und in dem sie schweigt."""
    from gremienlauf.formats.reference import describe
    from gremienlauf.load.packs import load_packs

    packs = load_packs(regeln)
    examples = _examples(features) if fmt == "markdown" else None
    text = describe(packs, _known(packs, codes), fmt, examples)
    write_output(output, lambda out: out.write(text))
    return 0


@click.command("explain")
@click.argument("code")
@engine_options
def explain(code: str, koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Erklärt eine Regel: was sie prüft, warum, und was zu tun ist."""
    from gremienlauf.formats.reference import describe
    from gremienlauf.load.packs import load_packs

    packs = load_packs(regeln)
    click.echo(describe(packs, _known(packs, (code,)), "text"), nl=False)
    return 0


def _examples(features: tuple[str, ...]) -> dict[str, Any]:
    from gremienlauf.cli.verify import default_features, feature_files
    from gremienlauf.spec.coverage import coverage
    from gremienlauf.spec.features import read_feature

    found = coverage(read_feature(p, shown) for p, shown in feature_files(features or default_features()))
    codes = set(found.fire_examples) | set(found.silent_examples)
    return {c: (found.best("fires", c), found.best("silent", c)) for c in codes}


def _known(packs: list[Any], codes: tuple[str, ...]) -> tuple[str, ...]:
    from difflib import get_close_matches

    known = sorted({r.code for p in packs for r in p.rules})
    for code in codes:
        if code.upper() not in known:
            hint = get_close_matches(code.upper(), known, n=1)
            raise GremienlaufError(f"Regel '{code}' gibt es nicht" + (f"; gemeint ist wohl {hint[0]}" if hint else "")
                                   + " (alle Regeln: gremienlauf rules list)")
    return tuple(c.upper() for c in codes)


@click.command("graph")
@click.argument("verfahren")
def graph(verfahren: str) -> int:
    """Zeichnet ein Verfahren als Mermaid-Zustandsdiagramm."""
    from gremienlauf.formats.reference import mermaid
    from gremienlauf.load.procedures import load_procedures

    procedures = {p.id: p for p in load_procedures()}
    if verfahren not in procedures:
        raise GremienlaufError(f"Verfahren '{verfahren}' gibt es nicht (bekannt: {', '.join(sorted(procedures))})")
    click.echo(mermaid(procedures[verfahren]))
    return 0


@click.command("schema")
@click.argument("art", type=click.Choice(["vorlage", "tagesordnung", "agenda", "koerperschaften", "regeln",
                                          "verfahren"]))
def schema(art: str) -> int:
    """Gibt das JSON Schema einer Dateiart aus (für Editoren)."""
    from gremienlauf.load import schemas

    click.echo(schemas.text("agenda" if art == "tagesordnung" else art), nl=False)
    return 0


@click.command("koerperschaften")
@engine_options
def koerperschaften_cmd(koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Listet die eingetragenen Körperschaften mit ihren Gremien."""
    from gremienlauf.formats.reference import registry_table

    # the whole engine, so that a wrong --regeln is an error here as everywhere
    click.echo(registry_table(load.engine(koerperschaften, regeln).registry), nl=False)
    return 0


@click.command("diff")
@click.option("--von", required=True, type=TAG, help="erster Tag (JJJJ-MM-TT)")
@click.option("--bis", required=True, type=TAG, help="letzter Tag (JJJJ-MM-TT)")
@engine_options
def rules_diff(von: Any, bis: Any, koerperschaften: tuple[str, ...], regeln: tuple[str, ...]) -> int:
    """Was sich an den Regeln zwischen zwei Tagen geändert hat (neue, entfallene, neu zitierte Fassungen)."""
    from gremienlauf.engine.changes import changes
    from gremienlauf.formats.rules_diff import render
    from gremienlauf.load.packs import load_packs

    if bis < von:
        raise click.BadParameter("--bis liegt vor --von", param_hint="--bis")
    click.echo(render(changes(load_packs(regeln), von.date(), bis.date()), von.date(), bis.date()), nl=False)
    return 0

