"""Steps for the text reader (gremienlauf parse): fields, their lines, the Beratungsfolge, notes, layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gremienlauf.spec.steps import day, step, when_file_checked
from gremienlauf.spec.world import World, shared_seed


def _parsed(world: World) -> Any:
    parsed = getattr(world, "parsed", None)
    if parsed is None:
        raise AssertionError("Schritt fehlt: Wenn der Text gelesen wird")
    return parsed


def _text_path(world: World, pfad: str) -> Path:
    if pfad.startswith("seeds/"):
        return shared_seed(world.base, pfad.removeprefix("seeds/"))
    return Path(pfad) if Path(pfad).is_absolute() else world.base / pfad


@step('die Textdatei "{pfad}"')
def given_text_file(world: World, pfad: str) -> None:
    world.textdatei = _text_path(world, pfad)


@step("der Text gelesen wird")
def when_text_read(world: World) -> None:
    from gremienlauf.readers.text import parse_file

    path = getattr(world, "textdatei", None)
    if path is None:
        raise AssertionError('Schritt fehlt: Angenommen die Textdatei "…"')
    world.parsed = parse_file(str(path), str(path))


@step("die Textdatei geprüft wird")
def when_text_checked(world: World) -> None:
    path = getattr(world, "textdatei", None)
    if path is None:
        raise AssertionError('Schritt fehlt: Angenommen die Textdatei "…"')
    when_file_checked(world, str(path))


def _shown_value(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return " ".join(str(value).split())


@step('ist das Feld "{feld}" "{wert}"')
def then_field(world: World, feld: str, wert: str) -> None:
    parsed = _parsed(world)
    value = parsed.value(feld)
    assert value is not None, f"Feld {feld} nicht erkannt; erkannt: {sorted(parsed.fields)}"
    assert _shown_value(value) == wert, f"Feld {feld}: „{_shown_value(value)}“, erwartet „{wert}“"


@step('beginnt das Feld "{feld}" mit "{wert}"')
def then_field_starts(world: World, feld: str, wert: str) -> None:
    value = _parsed(world).value(feld)
    assert value is not None and _shown_value(value).startswith(wert), f"Feld {feld}: {value!r}"


@step('ist das Feld "{feld}" nicht erkannt')
def then_field_missing(world: World, feld: str) -> None:
    parsed = _parsed(world)
    assert feld in parsed.nicht_erkannt, f"Feld {feld} sollte fehlen, ist aber „{parsed.value(feld)}“"


@step('ist das Feld "{feld}" abgeleitet')
def then_field_inferred(world: World, feld: str) -> None:
    hit = _parsed(world).fields.get(feld)
    assert hit is not None and hit.abgeleitet, f"Feld {feld} sollte als abgeleitet gekennzeichnet sein: {hit}"


@step('steht das Feld "{feld}" in Zeile {zeile:d}')
def then_field_line(world: World, feld: str, zeile: int) -> None:
    hit = _parsed(world).fields.get(feld)
    assert hit is not None and hit.zeile == zeile, f"Feld {feld}: {hit}"


@step("lautet die Beratungsfolge:")
def then_consultations(world: World, datatable: list[list[str]]) -> None:
    header = [h.strip().lower() for h in datatable[0]]
    got = []
    for c in _parsed(world).consultations or ():
        row = {"gremium": c.gremium, "sitzung": c.datum.isoformat() if c.datum else "",
               "rolle": c.rolle or "", "ergebnis": c.ergebnis or "", "zeile": str(c.ort.zeile if c.ort else "")}
        got.append([row[h] for h in header])
    want = [[day(v.strip()) if h == "sitzung" and v.strip() else v.strip() for h, v in zip(header, r, strict=False)]
            for r in datatable[1:]]
    assert got == want, f"Beratungsfolge: {got}, erwartet {want}"


@step("ist keine Beratungsfolge erkannt")
def then_no_consultations(world: World) -> None:
    parsed = _parsed(world)
    assert not parsed.consultations, f"keine Beratungsfolge erwartet: {parsed.consultations}"


@step('nennt der Text "{gremium}" als zuständig')
def then_named_competent(world: World, gremium: str) -> None:
    named = [n.gremium for n in _parsed(world).zustaendig]
    assert gremium in named, f"„{gremium}“ nicht als zuständig genannt: {named}"


@step('enthalten die Hinweise "{text}"')
def then_notes(world: World, text: str) -> None:
    notes = _parsed(world).hinweise
    assert any(text in n for n in notes), f"Hinweis mit „{text}“ erwartet: {notes}"


@step('ist das Layout "{layout}"')
def then_layout(world: World, layout: str) -> None:
    assert _parsed(world).layout.startswith(layout), f"Layout {_parsed(world).layout}"
