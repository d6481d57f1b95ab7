"""Vorlage and agenda files (the public YAML formats of DESIGN.md) into the model."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from gremienlauf.errors import InputError
from gremienlauf.load import worded
from gremienlauf.load.files import read_yaml
from gremienlauf.load.projekt import root_for, shown
from gremienlauf.load.yamlsafe import MAX_BYTES, MAX_TIEFE, Loaded
from gremienlauf.model import Consultation, Document, Event, Location, Meeting, Paper, Urgency

KIND_KEYS = {"vorlage": {"vorlage", "koerperschaft"}, "agenda": {"sitzung", "tagesordnung"}}
CONFIG_KEYS = {"koerperschaften", "pack", "rules", "verfahren"}


def kind_of(doc: Loaded) -> str | None:
    """'vorlage', 'agenda', 'config' (registry, pack, procedure) or None for foreign YAML."""
    if not isinstance(doc.value, dict):
        return None
    keys = set(doc.value)
    for kind, marks in KIND_KEYS.items():
        if keys & marks:
            return kind
    return "config" if keys & CONFIG_KEYS else None


def read(path: str, name: str, explicit: bool, max_bytes: int = MAX_BYTES,
         max_tiefe: int = MAX_TIEFE) -> Iterator[Document | InputError]:
    """Reader plug-in for ``*.yaml``: Vorlage and agenda files. In a directory walk (not ``explicit``)
    other YAML (registries, rule packs, CI files) is passed over."""
    try:
        doc = read_yaml(path, max_bytes, name, max_tiefe)
    except InputError as exc:
        yield exc
        return
    if kind_of(doc) in ("vorlage", "agenda"):
        yield from read_documents(doc, max_bytes, max_tiefe)
    elif explicit:
        yield doc.error((), "keine Vorlage und keine Tagesordnung (erwartet: 'koerperschaft' und 'vorlage' "
                            "oder 'sitzung' und 'tagesordnung')")


def read_documents(doc: Loaded, max_bytes: int = MAX_BYTES,
                   max_tiefe: int = MAX_TIEFE) -> Iterator[Document | InputError]:
    """The Vorlagen in a loaded Vorlage or agenda file; what is malformed comes as an InputError value,
    so that one broken agenda item does not hide the others."""
    kind = kind_of(doc)
    try:
        if kind == "vorlage":
            worded.validate(doc, "vorlage")
            yield Document(paper_from(doc, doc.value["vorlage"], ("vorlage",), doc.value["koerperschaft"]))
        elif kind == "agenda":
            worded.validate(doc, "agenda")
            yield from _agenda(doc, max_bytes, max_tiefe)
        else:
            raise doc.error((), "weder Vorlage (Schlüssel 'koerperschaft' und 'vorlage') noch Tagesordnung "
                                "(Schlüssel 'sitzung' und 'tagesordnung')")
    except InputError as exc:
        yield exc


def _agenda(doc: Loaded, max_bytes: int, max_tiefe: int = MAX_TIEFE) -> Iterator[Document | InputError]:
    sitzung_raw = doc.value["sitzung"]
    sitzung = Meeting(gremium=sitzung_raw["gremium"], datum=date.fromisoformat(sitzung_raw["datum"]),
                      name=sitzung_raw.get("bezeichnung"))
    koerperschaft = sitzung_raw["koerperschaft"]
    for i, item in enumerate(doc.value["tagesordnung"]):
        top = str(item["top"])
        ref = item["vorlage"]
        try:
            if isinstance(ref, dict):
                paper = paper_from(doc, ref, ("tagesordnung", i, "vorlage"), koerperschaft,
                                   ("sitzung", "koerperschaft"))
            else:
                paper = _referenced(doc, ("tagesordnung", i, "vorlage"), ref, max_bytes, max_tiefe)
        except InputError as exc:
            yield exc
            continue
        yield Document(paper, sitzung, top)


def _referenced(doc: Loaded, path: tuple[Any, ...], ref: str, max_bytes: int, max_tiefe: int = MAX_TIEFE) -> Paper:
    base = Path(doc.datei).parent
    target = base / ref
    if "\x00" in ref:
        raise doc.error(path, "Verweis enthält ein NUL-Zeichen: kein Dateiname")
    root = root_for(base)
    if Path(ref).is_absolute() or not target.resolve().is_relative_to(root):
        raise doc.error(path, f"Verweis '{ref}' führt aus „{shown(root) or '.'}“ hinaus; erlaubt sind relative Pfade "
                              "innerhalb des Projekts (des Ordners mit koerperschaften.yaml, regeln/ oder .git)")
    try:
        sub = read_yaml(target, max_bytes, max_tiefe=max_tiefe)
    except InputError as exc:
        raise doc.error(path, f"Vorlage '{ref}' nicht lesbar: {exc}") from None
    if kind_of(sub) != "vorlage":
        raise doc.error(path, f"'{ref}' ist keine Vorlage-Datei")
    worded.validate(sub, "vorlage")
    return paper_from(sub, sub.value["vorlage"], ("vorlage",), sub.value["koerperschaft"])


def paper_from(doc: Loaded, raw: dict[str, Any], path: tuple[Any, ...], koerperschaft: str,
               koerperschaft_path: tuple[Any, ...] = ("koerperschaft",)) -> Paper:
    def loc(*sub: Any) -> Location:
        zeile, spalte = doc.pos(path + sub)
        return Location(doc.datei, zeile, spalte)

    consultations = tuple(
        Consultation(gremium=c["gremium"], index=i, datum=_date(c.get("sitzung")), rolle=c.get("rolle"),
                     ergebnis=c.get("ergebnis"), ort=loc("beratungsfolge", i),
                     top=None if c.get("top") is None else str(c["top"]))
        for i, c in enumerate(raw.get("beratungsfolge") or ()))
    urgency = raw.get("dringlichkeit")
    orte = {"vorlage": loc()}
    for key in ("beschlussgremium", "beratungsfolge", "art", "dringlichkeit", "sachgebiete", "gegenstand", "datum",
                "verlauf"):
        if key in raw:
            orte[key] = loc(key)
    zeile, spalte = doc.pos(koerperschaft_path)
    orte["koerperschaft"] = Location(doc.datei, zeile, spalte)
    nummer = raw.get("nummer")
    return Paper(
        koerperschaft=koerperschaft, datei=doc.datei,
        nummer=None if nummer is None else str(nummer), art=raw.get("art"), betreff=raw.get("betreff"),
        datum=_date(raw.get("datum")), federfuehrung=raw.get("federfuehrung"),
        sachgebiete=_tuple(raw.get("sachgebiete")), gegenstand=_tuple(raw.get("gegenstand")),
        beschlussgremium=raw.get("beschlussgremium"),
        rechtsgrundlagen=tuple(raw.get("rechtsgrundlagen") or ()),
        consultations=consultations,
        text="\n".join(filter(None, (raw.get("beschlussvorschlag"), raw.get("text")))),
        dringlichkeit=Urgency(**urgency) if urgency else None,
        abgestimmt_mit=raw.get("abgestimmt_mit"), abweichung_begruendet=raw.get("abweichung_begruendet"),
        zustaendigkeit_begruendung=raw.get("zustaendigkeit_begruendung"),
        orte=orte, verlauf=_events(raw, loc), bezug=None if raw.get("bezug") is None else str(raw["bezug"]))


def _events(raw: dict[str, Any], loc: Any) -> tuple[Event, ...] | None:
    """The documented history; None (not empty) when the file has none, so it is derived instead."""
    if "verlauf" not in raw:
        return None

    def text(value: Any) -> str | None:
        return None if value is None else str(value)
    return tuple(
        Event(art=e["ereignis"], datum=_date(e["datum"]), index=i, gremium=e.get("gremium"),
              sitzung=text(e.get("sitzung")), top=text(e.get("top")), beschlusstext=e.get("beschlusstext"),
              durch=e.get("durch"), begruendung=e.get("begruendung"), ort=loc("verlauf", i))
        for i, e in enumerate(raw["verlauf"] or ()))


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _tuple(value: list[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)
