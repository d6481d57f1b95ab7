"""Steps in German. Each pattern is a `parse` format; functions take the World and the parsed values."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from gremienlauf.load.yamlsafe import load
from gremienlauf.model import Document, Meeting, Organization
from gremienlauf.readers.vorlage import read_documents
from gremienlauf.run.pipeline import Options, run
from gremienlauf.spec.world import World

CODE = r"[A-Z]{2,4}[0-9]{3}|EINGABE"
SCHWERE = {"den Fehler": "fehler", "die Warnung": "warnung", "den Hinweis": "hinweis"}


def _code(text: str) -> str:
    return text


_code.pattern = CODE  # type: ignore[attr-defined]


def _schwere(text: str) -> str:
    return SCHWERE[text]


_schwere.pattern = "|".join(SCHWERE)  # type: ignore[attr-defined]
TYPES: dict[str, Callable[[str], Any]] = {"Code": _code, "Schwere": _schwere}


@dataclass(frozen=True)
class StepDef:
    pattern: str
    func: Callable[..., None]


STEPS: list[StepDef] = []


def step(pattern: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def register(func: Callable[..., None]) -> Callable[..., None]:
        STEPS.append(StepDef(pattern, func))
        return func
    return register


def day(text: str) -> str:
    """'19.03.2012' or '2012-03-19' → ISO date text."""
    text = text.strip()
    german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if german:
        d, m, y = german.groups()
        return f"{y}-{int(m):02d}-{int(d):02d}"
    return date.fromisoformat(text).isoformat()


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# --- Angenommen ------------------------------------------------------------------------------
@step('die Körperschaft "{koerperschaft}"')
def given_body(world: World, koerperschaft: str) -> None:
    world.koerperschaft = koerperschaft


@step('die Körperschaft hat den Ausschuss "{name}" der Art "{art}"')
def given_committee(world: World, name: str, art: str) -> None:
    if world.koerperschaft is None:
        raise AssertionError("Schritt fehlt: Angenommen die Körperschaft \"…\"")
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    world.extra_gremien.append(Organization(slug, name, art, world.koerperschaft))


@step('die Vorlagenart ist "{art}"')
def given_art(world: World, art: str) -> None:
    world.vorlage["art"] = art


@step('das Sachgebiet ist "{sachgebiete}"')
def given_areas(world: World, sachgebiete: str) -> None:
    world.vorlage["sachgebiete"] = _list(sachgebiete)


@step('der Gegenstand ist "{gegenstand}"')
def given_subject(world: World, gegenstand: str) -> None:
    world.vorlage["gegenstand"] = _list(gegenstand)


@step('das Beschlussgremium ist "{gremium}"')
def given_decider(world: World, gremium: str) -> None:
    world.vorlage["beschlussgremium"] = gremium


@step('der Betreff lautet "{betreff}"')
def given_subject_line(world: World, betreff: str) -> None:
    world.vorlage["betreff"] = betreff


@step('der Text lautet "{text}"')
def given_text(world: World, text: str) -> None:
    world.vorlage["text"] = text


@step("die Vorlage ist vom {datum}")
def given_date(world: World, datum: str) -> None:
    world.vorlage["datum"] = day(datum)


@step('das Feld "{feld}" ist "{wert}"')
def given_field(world: World, feld: str, wert: str) -> None:
    world.vorlage[feld] = wert


@step('das Feld "{feld}" fehlt')
def given_field_absent(world: World, feld: str) -> None:
    world.vorlage.pop(feld, None)


@step("die Dringlichkeit:")
def given_urgency(world: World, datatable: list[list[str]]) -> None:
    world.vorlage["dringlichkeit"] = {row[0].strip(): row[1].strip() for row in datatable[1:] if row[1].strip()}


@step("die Beratungsfolge:")
def given_consultations(world: World, datatable: list[list[str]]) -> None:
    header = [h.strip().lower() for h in datatable[0]]
    rows = []
    for raw in datatable[1:]:
        entry: dict[str, Any] = {}
        for key, value in zip(header, raw, strict=False):
            value = value.strip()
            if value in ("", "-", "—"):
                continue
            entry[key] = day(value) if key == "sitzung" else value
        rows.append(entry)
    world.vorlage["beratungsfolge"] = rows


@step("der Verlauf:")
def given_history(world: World, datatable: list[list[str]]) -> None:
    """Columns as in the file format: ereignis, datum, gremium, durch, begruendung, top, sitzung."""
    header = [h.strip().lower() for h in datatable[0]]
    rows = []
    for raw in datatable[1:]:
        entry = {key: value.strip() for key, value in zip(header, raw, strict=False) if value.strip() not in ("", "-",
                                                                                                              "—")}
        if "datum" in entry:
            entry["datum"] = day(entry["datum"])
        rows.append(entry)
    world.vorlage["verlauf"] = rows


@step("die Beratungsfolge im Ratsinformationssystem:")
def given_oparl_consultations(world: World, datatable: list[list[str]]) -> None:
    """Columns in OParl's wording: gremium, sitzung, role, authoritative, result."""
    given_consultations(world, datatable)
    world.oparl = world.vorlage.pop("beratungsfolge")


@step('das Register "{pfad}"')
def given_registry(world: World, pfad: str) -> None:
    world.koerperschaften = (str(world.base / pfad),)


@step("die Beratungsfolge ist leer")
def given_no_consultations(world: World) -> None:
    world.vorlage.pop("beratungsfolge", None)


@step("der Stichtag ist {datum}")
def given_stichtag(world: World, datum: str) -> None:
    world.stichtag = date.fromisoformat(day(datum))


# --- Wenn ------------------------------------------------------------------------------------
@step("die Vorlage geprüft wird")
def when_checked(world: World) -> None:
    _check(world, None)


@step('die Vorlage für die Sitzung von "{gremium}" am {datum} geprüft wird')
def when_checked_for_meeting(world: World, gremium: str, datum: str) -> None:
    _check(world, Meeting(gremium, date.fromisoformat(day(datum))))


@step('die Datei "{pfad}" geprüft wird')
def when_file_checked(world: World, pfad: str) -> None:
    options = Options(world.stichtag or date.today())
    path = Path(pfad) if Path(pfad).is_absolute() else world.base / pfad
    world.findings = list(run(world.engine, [str(path)], options).befunde)


def _check(world: World, sitzung: Meeting | None) -> None:
    if world.oparl is not None:
        judged = world.engine.judge(world.oparl_paper(), world.stichtag or date.today(), sitzung)
    else:
        doc = load(world.document_text(), "szenario.yaml")
        items = list(read_documents(doc))
        document = items[0]
        if not isinstance(document, Document):
            raise AssertionError(f"Die Szenario-Vorlage ist ungültig: {document}")
        judged = world.engine.judge(document.paper, world.stichtag or date.today(), sitzung)
    world.findings, world.urteil = judged.findings, (judged.urteil, judged.urteil_grund)


# --- Dann ------------------------------------------------------------------------------------
def _codes(world: World) -> list[str]:
    return [f.code for f in world.result()]


def _shown(world: World) -> str:
    return "; ".join(f"{f.code} ({f.schwere}): {f.meldung}" for f in world.result()) or "keine Befunde"


@step("meldet die Prüfung {code:Code}")
def then_reports(world: World, code: str) -> None:
    assert code in _codes(world), f"{code} erwartet, gemeldet wurde: {_shown(world)}"


@step("meldet die Prüfung {schwere:Schwere} {code:Code}")
def then_reports_with(world: World, schwere: str, code: str) -> None:
    hits = [f for f in world.result() if f.code == code]
    assert hits, f"{code} erwartet, gemeldet wurde: {_shown(world)}"
    assert any(f.schwere == schwere for f in hits), f"{code} mit Schwere {schwere} erwartet: {_shown(world)}"


@step('lautet das Urteil "{urteil}"')
def then_verdict(world: World, urteil: str) -> None:
    world.result()
    assert world.urteil is not None, "die Vorlage wurde nicht geprüft"
    assert world.urteil[0] == urteil, f"Urteil {urteil} erwartet, gefällt: {world.urteil[0]} – {world.urteil[1]}; " \
                                      f"Befunde: {_shown(world)}"


@step('nennt die Begründung des Urteils "{text}"')
def then_verdict_reason(world: World, text: str) -> None:
    assert world.urteil is not None and text in world.urteil[1], f"„{text}“ erwartet in: {world.urteil}"


@step("meldet die Prüfung {code:Code} nicht")
def then_silent(world: World, code: str) -> None:
    assert code not in _codes(world), f"{code} sollte nicht gemeldet werden: {_shown(world)}"


@step("meldet die Prüfung keinen Befund")
def then_clean(world: World) -> None:
    assert not world.result(), f"keine Befunde erwartet: {_shown(world)}"


@step("meldet die Prüfung genau {codes}")
def then_exactly(world: World, codes: str) -> None:
    assert sorted(_codes(world)) == sorted(_list(codes)), f"genau {codes} erwartet: {_shown(world)}"


@step("meldet die Prüfung einen Fehler nach {norm}")
def then_error_under(world: World, norm: str) -> None:
    match = re.fullmatch(r"§\s*(\S+)\s+(.+)", norm.strip())
    assert match, f"Norm in der Form '§ 71 SGB VIII' erwartet, nicht '{norm}'"
    paragraph, law = match.groups()
    cited = re.compile(rf"§ {re.escape(paragraph)}\b")
    hits = [f for f in world.result()
            if f.schwere == "fehler" and cited.search(f.rechtsgrundlage) and law in f.rechtsgrundlage]
    assert hits, f"ein Fehler nach {norm} erwartet: {_shown(world)}"


@step('lautet die Rechtsgrundlage von {code:Code} "{text}"')
def then_citation(world: World, code: str, text: str) -> None:
    hits = [f.rechtsgrundlage for f in world.result() if f.code == code]
    assert hits, f"{code} erwartet: {_shown(world)}"
    assert text in hits, f"Rechtsgrundlage von {code}: {hits}, erwartet '{text}'"


@step("nennt {code:Code} keine Rechtsgrundlage")
def then_no_citation(world: World, code: str) -> None:
    hits = [f for f in world.result() if f.code == code]
    assert hits and all(not f.rechtsgrundlage for f in hits), f"{code} ohne Rechtsgrundlage erwartet: " + \
        "; ".join(f"{f.code}: [{f.rechtsgrundlage}]" for f in hits)


@step('zitiert die Prüfung nur Bundesrecht und Recht des Landes "{land}"')
def then_only_own_land(world: World, land: str) -> None:
    from gremienlauf.load.normenkatalog import load_normen

    foreign = {n.fassungen[0].zitat["norm"] for n in load_normen().norms if n.land and n.land != land}
    foreign -= {n.fassungen[0].zitat["norm"] for n in load_normen().norms if n.land == land}
    wrong = [(f.code, f.rechtsgrundlage) for f in world.result()
             if any(norm in f.rechtsgrundlage for norm in foreign)]
    assert not wrong, f"Recht eines anderen Landes zitiert: {wrong}"


@step('enthält die Meldung von {code:Code} "{text}"')
def then_message(world: World, code: str, text: str) -> None:
    hits = [f.meldung for f in world.result() if f.code == code]
    assert any(text in m for m in hits), f"Meldung von {code} mit '{text}' erwartet: {hits or _shown(world)}"


@step("steht {code:Code} in Zeile {zeile:d}")
def then_line(world: World, code: str, zeile: int) -> None:
    lines = [f.zeile for f in world.result() if f.code == code]
    assert zeile in lines, f"{code} in Zeile {zeile} erwartet, gefunden in {lines or _shown(world)}"


def matcher(text: str) -> tuple[StepDef, dict[str, Any]] | None:
    """The step that matches ``text`` exactly, with its parsed values (used outside pytest-bdd)."""
    import parse

    for definition in STEPS:
        result = parse.parse(definition.pattern, text, TYPES)
        if result is not None:
            return definition, dict(result.named)
    return None


# at the end: these modules import STEPS from here and add their steps to it
from gremienlauf.spec import replay_steps, text_steps  # noqa: E402,F401  (imported to register their steps)
