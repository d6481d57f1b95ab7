"""Vorlagen as they really arrive: plain text from PDFs, RIS pages and OCR (``.txt``), and PDFs.

``read`` is the reader plug-in; ``parse_file``/``parse_text`` give the full result with line numbers,
notes and what was not recognised, for ``gremienlauf parse``. Nothing here knows the registry: the
Körperschaft is passed on as the text names it ("Stadt Kamen"), and the engine resolves it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from gremienlauf.errors import InputError
from gremienlauf.load.files import read_bytes
from gremienlauf.load.yamlsafe import MAX_BYTES
from gremienlauf.model import Document
from gremienlauf.model.parsed import Parsed
from gremienlauf.readers.text import beratungsfolge, fields, sections
from gremienlauf.readers.text.decode import decode
from gremienlauf.readers.text.normalise import Line, lines_of, repair

_KINDS = r"(?:Stadt|Gemeinde|Kreis|Landkreis|Kreisstadt|Hansestadt|Große[n]? Kreisstadt)"
_NAME = r"(?:Bad\s)?[A-ZÄÖÜ][\wäöüß]+(?:[-/][A-ZÄÖÜ][\wäöüß]+)?(?:\s(?:an der|am|im|in)\s[A-ZÄÖÜ][\wäöüß]+)?"
_BODY = re.compile(rf"\b(?P<kind>{_KINDS}|Kreises|Landkreises)\s(?P<name>{_NAME})")
_OWN_BODY = re.compile(rf"\b(?:Rat|Rates|Stadtrat|Gemeinderat|Kreistag|Kreistages|Bürgermeister|Bürgermeisterin|"
                       rf"Oberbürgermeister|Oberbürgermeisterin|Landrat|Landrätin)\s(?:der|des)\s"
                       rf"(?P<kind>Stadt|Gemeinde|Kreises|Landkreises)\s(?P<name>{_NAME})")


def read(path: str, name: str, explicit: bool, max_bytes: int = MAX_BYTES,
         max_tiefe: int | None = None) -> Iterator[Document | InputError]:
    """Reader plug-in for ``*.txt`` and ``*.pdf``: one Vorlage per file (``max_tiefe`` is for YAML only)."""
    try:
        parsed = parse_file(path, name, max_bytes)
    except InputError as exc:
        yield exc
        return
    if not parsed.value("koerperschaft"):
        yield InputError("Körperschaft nicht erkannt (kein „Stadt …“, „Kreis …“ oder „Rat der Stadt …“ im Kopf, "
                         "in der Beratungsfolge oder im Beschlussvorschlag); mit 'gremienlauf parse' als "
                         "Vorlage-Datei ausgeben und 'koerperschaft' eintragen", name, 1, 1)
        return
    yield Document(parsed.paper(), hinweise=tuple(parsed.lesehinweise))


# A Vorlage of 200 pages has some 10.000 lines; beyond three times that a file is no single Vorlage, and
# reading it line by line (OCR repairs per paragraph) would take seconds (bench/PROFILE.md, „Kosten beim Start“).
MAX_ZEILEN = 30_000


def parse_file(path: str, name: str, max_bytes: int = MAX_BYTES) -> Parsed:
    data = read_bytes(path, max_bytes, name)
    if os.path.splitext(name)[1].lower() == ".pdf":
        from gremienlauf.readers.text.pdf import pdf_text

        text, notes = pdf_text(data, name), ["Zeilenangaben zählen im Text, der aus dem PDF gelesen wurde"]
    else:
        text, notes = decode(data, name)
    zeilen = text.count("\n") + 1
    if zeilen > MAX_ZEILEN:
        raise InputError(f"Text hat {zeilen:,} Zeilen, mehr als {MAX_ZEILEN:,}; das ist keine einzelne Vorlage "
                         "(bitte je Vorlage eine Datei)".replace(",", "."), name)
    parsed = parse_text(text, name)
    parsed.hinweise[:0] = notes
    if os.path.splitext(name)[1].lower() != ".pdf":
        parsed.lesehinweise[:0] = notes
    return parsed


def parse_text(text: str, datei: str) -> Parsed:
    """Everything the text states about the Vorlage, each value with its line."""
    parsed = Parsed(datei)
    lines = lines_of(text)
    head, parts = sections.split(lines)
    pairs = fields.labelled(head)
    fields.header(parsed, head)
    found = beratungsfolge.find(lines, pairs)
    if found is not None:
        parsed.layout = found.layout
        parsed.consultations = found.consultations(datei)
        parsed.beratungsfolge_zeile = found.zeile
        if found.hinweis:
            parsed.hinweise.append(found.hinweis)
        if found.betreff:
            parsed.set("betreff", repair(found.betreff), found.zeile, "Rest des Kopfes nach der Beratungsfolge")
    _betreff_fallbacks(parsed, lines, head, parts)
    unlabelled = _after_pairs(head) if "Art" in pairs and "Betreff" in pairs else []
    sections.body(parsed, parts, unlabelled)
    sections.decide(parsed)
    koerperschaft(parsed, lines)
    return parsed


def _after_pairs(head: list[Line]) -> list[Line]:
    """SessionNet vo0050: the text under the four header pairs is the Beschlussvorschlag."""
    for i, line in enumerate(head):
        if line.text == "Art":
            return head[i + 2:]
    return []


def _betreff_fallbacks(parsed: Parsed, lines: list[Line], head: list[Line], parts: list[sections.Section]) -> None:
    """Title lines: "Bezeichnung des TOP" + lines; the lines above a first "Beschlussvorschlag"; the
    line before "Daten angezeigt aus Sitzung"; "Beschlussvorlage" + line at the end of a Lotus sheet."""
    for i, line in enumerate(lines):
        if line.flat.startswith("Bezeichnung des TOP"):
            block: list[Line] = []
            for x in lines[i + 1:i + 8]:
                if sections.heading_kind(x) or (block and not x.text):
                    break
                if x.text:
                    block.append(x)
            if block:
                parsed.set("betreff", repair(" ".join(x.flat for x in block)), block[0].no, line.flat)
        if line.flat.startswith("Daten angezeigt aus Sitzung"):
            before = [x for x in lines[:i] if x.text]
            if before:
                parsed.set("betreff", repair(before[-1].flat), before[-1].no, "Titel der Seite")
    if parsed.layout.startswith(("Lotus", "bv-hh")):
        _betreff_near_art(parsed, lines)
    content = [x for x in head if x.text]
    if parts and parts[0].kind == "beschlussvorschlag" and 1 <= len(content) <= 3 and len(head) < 12 and \
            not any(":" in x.text or fields.DATE.search(x.text) or re.fullmatch(fields.NUMBER,
                                                                                x.flat) for x in content):
        parsed.set("betreff", repair(" ".join(x.flat for x in content)), content[0].no,
                   "Titelzeile über dem Beschlussvorschlag")


def _betreff_near_art(parsed: Parsed, lines: list[Line]) -> None:
    content = [x for x in lines if x.text]
    for i, x in enumerate(content):
        if x.no > (parsed.beratungsfolge_zeile or 0) and parsed.layout.startswith("Lotus") and \
                x.flat in ("Beschlussvorlage", "Mitteilungsvorlage", "Sitzungsvorlage") and i + 1 < len(content):
            parsed.set("art", fields.ris_vocabulary.vorlagenart(x.flat), x.no, x.flat)
            parsed.set("betreff", repair(content[i + 1].flat), content[i + 1].no, f"Zeile nach „{x.flat}“")
        if parsed.layout.startswith("bv-hh") and i == 1:
            parsed.set("betreff", repair(x.flat), x.no, "zweite Zeile unter der Drucksachennummer")


def koerperschaft(parsed: Parsed, lines: list[Line]) -> None:
    """The Körperschaft, from the strongest place that names one: letterhead, then the Gremien of the
    Beratungsfolge and the decider, then the Betreff, then the only body of the decider's level."""
    for line in lines[:12]:
        hit = re.match(rf"({_KINDS})\s({_NAME})(?:\s+(?:Der|Die)\s|$)", line.flat)
        if hit:
            return parsed.set("koerperschaft", f"{hit.group(1)} {hit.group(2)}", line.no, line.flat)
    named = [(c.gremium, c.ort.zeile if c.ort else 1) for c in parsed.consultations or ()]
    named += [(n.gremium, n.zeile) for n in parsed.zustaendig]
    named += [(n.satz, n.zeile) for n in parsed.zustaendig if n.staerke == 2]
    for text, zeile in named:
        hit = _OWN_BODY.search(text) or re.search(rf"(?P<kind>Kreistag) (?P<name>{_NAME})$", text)
        if hit:
            return parsed.set("koerperschaft", _body_name(hit), zeile, text)
    betreff = parsed.fields.get("betreff")
    hit = _BODY.search(betreff.value) if betreff else None
    if hit and betreff:
        return parsed.set("koerperschaft", _body_name(hit), betreff.zeile, f"Betreff: {betreff.value}")
    _by_level(parsed, lines)


def _by_level(parsed: Parsed, lines: list[Line]) -> None:
    """"Entscheidung durch den Kreistag" in a text that names one Kreis only: that Kreis."""
    decider = (parsed.value("beschlussgremium") or "").lower()
    level = "Kreis" if "kreistag" in decider or "kreisausschuss" in decider else None
    if level is None:
        return
    seen: dict[str, int] = {}
    for line in lines:
        for hit in _BODY.finditer(repair(line.flat)):
            name = _body_name(hit)
            if name.startswith(level):
                seen.setdefault(name, line.no)
    if len(seen) == 1:
        name, zeile = next(iter(seen.items()))
        parsed.set("koerperschaft", name, zeile, f"einziger genannter Kreis; entscheiden soll der {decider.title()}",
                   abgeleitet=True)
    elif len(seen) > 1:
        parsed.hinweise.append(f"Körperschaft nicht eindeutig: genannt sind {', '.join(sorted(seen))}")


def _body_name(hit: re.Match[str]) -> str:
    kind = hit.group("kind")
    kind = {"Kreises": "Kreis", "Landkreises": "Landkreis", "Kreistag": "Kreis"}.get(kind, kind)
    return f"{kind} {hit.group('name')}"
