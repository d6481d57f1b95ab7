"""Header fields of a Vorlage as RIS pages and PDF letterheads lay them out (ris-layouts.md §§ 1–8).

Labels come in three shapes: ``Label:Value`` (several glued onto one line by ALLRIS), a label on one
line with its value on the next (SessionNet, ALLRIS 4 bullets "- Betreff:" / "-" / value), and
stacked groups (PDF letterheads: all labels, then all values). Values are taken as written.
"""

from __future__ import annotations

import re
from datetime import date

from gremienlauf.model.parsed import Named, Parsed
from gremienlauf.readers import ris_vocabulary
from gremienlauf.readers.text.normalise import Line, key, repair

DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20|21)\d\d)\b")
NUMBER = r"(?:[A-Z]{1,4}[ /-]?)?\d+(?:[-/][A-Z0-9]+)+"
_NUMBER_LINE = re.compile(rf"(?:Nr\.?\s*)?({NUMBER})")
# Case-sensitive on purpose: "Ort:" must not fire inside "Sitzungsort:"; RIS pages are not OCR'd.
_GLUED = re.compile(r"(Betreff|Anlass|Status|Vorlage-Art|Vorlageart|Vorlagenart|Drucksache-Art|Aktenzeichen|"
                    r"Einreicher|Bezüglich|Federführend|Federführung|Bearbeiter/-in|Bearbeitung|Beteiligt|"
                    r"Dezernent/in|Verfasser|Verantwortlich|Produkte|Gremium|Beschlussart|Datum|Zeit|Raum|Ort|"
                    r"TOP|Sitzung|Beratung|Beschluss|Beratungsergebnis|Vorlage-Nr\.|Vorlagen-Nr\.|"
                    r"Beschlussgremium|Entscheidungsgremium|Sachbearbeiter/in):")
_OE = re.compile(r"^(?:\d+\s+)?(?:Amt|Fachbereich|Fachdienst|Dezernat|Referat|Abteilung|Stabsstelle|Jugendamt|"
                 r"Geschäftsbereich|Fachamt)\b")
_ART_WORD = re.compile(r"(vorlage|drucksache|antrag|anfrage|mitteilung|dringlichkeitsentscheidung)$")


def iso(day: str, month: str, year: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def first_date(text: str) -> str | None:
    hit = DATE.search(text)
    return iso(*hit.groups()) if hit else None


def labelled(lines: list[Line]) -> dict[str, tuple[str, int]]:
    """``Label:Value`` pairs (first occurrence wins) and label-on-its-own-line pairs."""
    out: dict[str, tuple[str, int]] = {}
    for i, line in enumerate(lines):
        text = line.text[2:] if line.text.startswith("- ") else line.text
        hits = list(_GLUED.finditer(text))
        for j, hit in enumerate(hits):
            end = hits[j + 1].start() if j + 1 < len(hits) else len(text)
            value = " ".join(text[hit.end():end].split())
            if not value:
                value = _next_value(lines, i)
            if value:
                label = hit.group(1)
                # a TOP page has the session's Status before the Vorlage's: keep both
                label = "Status2" if label == "Status" and label in out else label
                out.setdefault(label, (value, line.no))
        spaced = re.match(r"Betreff\s{2,}(\S.*)", text)
        if spaced:
            out.setdefault("Betreff", (" ".join(spaced.group(1).split()), line.no))
        bare = text.rstrip(":").strip()
        if bare in ("Betreff", "Vorlage", "Art", "Aktenzeichen", "Federführung", "Federführend") and bare not in out:
            value = _next_value(lines, i)
            if value:
                out[bare] = (value, line.no + 1)
    return out


def _next_value(lines: list[Line], i: int) -> str:
    """The value under a label: skip empty bullets ("-"); stop at the next label."""
    for line in lines[i + 1:i + 4]:
        text = line.text[1:].strip() if line.text.startswith("-") else line.text
        if not text:
            continue
        if _GLUED.match(text) or text.rstrip(":") in ("Betreff", "Vorlage", "Art", "Status"):
            return ""
        return " ".join(text.split())
    return ""


def header(parsed: Parsed, lines: list[Line]) -> None:
    """Nummer, Art, Datum, Federführung, öffentlich and Betreff from the header lines."""
    pairs = labelled(lines)
    _from_pairs(parsed, pairs)
    _title(parsed, lines)
    _kamen_style(parsed, lines)
    _stacked(parsed, lines)
    _numbers(parsed, lines)


def _from_pairs(parsed: Parsed, pairs: dict[str, tuple[str, int]]) -> None:
    for label in ("Vorlage-Nr.", "Vorlagen-Nr.", "Vorlage"):
        if label in pairs and re.fullmatch(_NUMBER_LINE, pairs[label][0]):
            parsed.set("nummer", _NUMBER_LINE.fullmatch(pairs[label][0]).group(1), pairs[label][1],  # type: ignore[union-attr]
                       f"{label} {pairs[label][0]}")
    for label in ("Vorlage-Art", "Vorlageart", "Vorlagenart", "Drucksache-Art", "Art"):
        if label in pairs:
            value, zeile = pairs[label]
            parsed.set("art", ris_vocabulary.vorlagenart(value), zeile, f"{label}: {value}")
    if "Betreff" in pairs:
        parsed.set("betreff", repair(pairs["Betreff"][0]), pairs["Betreff"][1], "Betreff")
    for label in ("Federführend", "Federführung"):
        if label in pairs:
            parsed.set("federfuehrung", pairs[label][0], pairs[label][1], label)
    for label in ("Status", "Status2"):
        if label in pairs:
            _public(parsed, *pairs[label])
    for label in ("Beschlussgremium", "Entscheidungsgremium"):
        if label in pairs:
            parsed.zustaendig.append(Named(pairs[label][0], pairs[label][1], label, 4))


def _public(parsed: Parsed, text: str, zeile: int) -> None:
    folded = key(text)
    closed = re.search(r"\bnicht ?offentlich", folded) is not None
    open_ = re.search(r"(?<!nicht)(?<!nicht )\boffentlich", folded) is not None
    if closed != open_:
        parsed.set("oeffentlich", open_, zeile, text)


def _title(parsed: Parsed, lines: list[Line]) -> None:
    """ALLRIS titles: "Vorlage - VO/2030/00123", "Beschlussvorlage - 2030/BV/0001", "Drucksache - …"."""
    for line in lines[:40]:
        hit = re.fullmatch(rf"([A-Za-zÄÖÜäöüß-]+(?: \(inaktiv\))?) - ({NUMBER})(?: \([A-ZÄÖÜ]+\))?", line.flat)
        if hit:
            parsed.set("nummer", hit.group(2), line.no, line.flat)
            word = hit.group(1).split(" ")[0]
            if key(word) not in ("vorlage", "drucksache"):  # a bare "Vorlage" title says nothing of the Art
                parsed.set("art", ris_vocabulary.vorlagenart(word), line.no, line.flat)
            return


def _kamen_style(parsed: Parsed, lines: list[Line]) -> None:
    """PDF headers: "Fachbereich X vom: 19.03.2012", "Beschlussvorlage öffentlich Rat", "Nr. 026/2012"."""
    for line in lines[:60]:
        text = line.flat
        vom = re.match(r"(.+?)\s+vom:?\s*(\d{1,2}\.\d{1,2}\.\d{4})$", text)
        if vom and _OE.match(vom.group(1)):
            parsed.set("federfuehrung", vom.group(1), line.no, text)
            parsed.set("datum", first_date(vom.group(2)), line.no, text)
        words = text.split(" ")
        if 1 <= len(words) <= 6 and _ART_WORD.search(key(words[0]).replace(" ", "")) or \
                len(words) >= 2 and key(words[0]) in ("offentliche", "nichtoffentliche") and \
                _ART_WORD.search(key(words[1])):
            _art_line(parsed, line, words)


def _art_line(parsed: Parsed, line: Line, words: list[str]) -> None:
    lead = key(words[0])
    if lead in ("offentliche", "nichtoffentliche"):
        parsed.set("art", ris_vocabulary.vorlagenart(words[1]), line.no, line.flat)
        parsed.set("oeffentlich", lead == "offentliche", line.no, line.flat)
        return
    if lead in ("vorlage", "vorlagenummer", "drucksache"):
        return
    art = ris_vocabulary.vorlagenart(words[0])
    if art is None:
        return
    rest = words[1:]
    if rest and key(rest[0]) in ("offentlich", "nichtoffentlich", "nicht"):
        closed = key(rest[0]) != "offentlich"
        rest = rest[2:] if key(rest[0]) == "nicht" else rest[1:]
        parsed.set("oeffentlich", not closed, line.no, line.flat)
        if rest and not DATE.search(" ".join(rest)):
            parsed.zustaendig.append(Named(" ".join(rest), line.no, line.flat, 4))
    elif rest:
        return  # "Beschlussvorlage zur …" is prose, not a header
    parsed.set("art", art, line.no, line.flat)


def _stacked(parsed: Parsed, lines: list[Line]) -> None:
    """Letterheads with stacked labels: a unit line ("51 Amt für …", "Jugendamt") after the body
    name, the line before "Beratungsfolge" as Betreff when it follows the contact block."""
    for i, line in enumerate(lines[:30]):
        if _OE.match(line.flat) and "vom" not in line.flat and i > 0 and \
                re.match(r"(?:Stadt|Gemeinde|Kreis|Landkreis)\s", _prev(lines, i).flat):
            parsed.set("federfuehrung", line.flat, line.no, line.flat)
    for i, line in enumerate(lines[:80]):
        if key(line.text) == "auskunft erteilt":
            block = [x for x in lines[i:i + 12] if x.text]
            n = 0
            while n < len(block) and key(block[n].text) in ("auskunft erteilt", "telefon", "e mail", "telefax",
                                                            "zimmer"):
                n += 1
            values = block[n:]
            if len(values) > n and key(values[n].text) != "beratungsfolge":
                parsed.set("betreff", repair(values[n].flat), values[n].no, "Zeile nach den Kontaktangaben")


def _prev(lines: list[Line], i: int) -> Line:
    for line in reversed(lines[:i]):
        if line.text:
            return line
    return Line(0, "")


def _numbers(parsed: Parsed, lines: list[Line]) -> None:
    """A number standing under a "Vorlage"/"Vorlagenummer"/Art label, "Nr. …", or first on the page."""
    content = [x for x in lines if x.text]
    for i, line in enumerate(content[:40]):
        text = line.flat
        nr = re.fullmatch(rf"(?:Vorlage\s+)?Nr\.?:?\s*({NUMBER})", text)
        if nr:
            parsed.set("nummer", nr.group(1), line.no, text)
        if key(text) in ("vorlage", "vorlagenummer", "drucksache") or \
                (ris_vocabulary.vorlagenart(text) and _ART_WORD.search(key(text).replace(" ", ""))
                 and len(text.split()) == 1):
            for nxt in content[i + 1:i + 8]:
                if re.match(r"(?:Gz|Az|Aktenzeichen)\b", nxt.flat):
                    continue
                hit = _NUMBER_LINE.fullmatch(nxt.flat)
                if hit:
                    parsed.set("nummer", hit.group(1), nxt.no, f"{text} … {nxt.flat}")
                    _date_after(parsed, content, content.index(nxt))
                    break
    for line in content[:30]:
        allris = re.fullmatch(r"([A-Z]{1,4}/\d{4}/\d+)\s+(\S.+)", line.flat)
        if allris and content[0].flat.startswith("Auszug"):  # ALLRIS TOP page: "VO/2030/00123 <Betreff>"
            parsed.set("nummer", allris.group(1), line.no, line.flat)
            parsed.set("betreff", repair(allris.group(2)), line.no, line.flat)
    if content and re.fullmatch(NUMBER, content[0].flat):
        parsed.set("nummer", content[0].flat, content[0].no, "erste Zeile")
    flat = re.search(rf"Der (?:Ober)?(?:Landrat|Bürgermeister)(?:in)?\s+({NUMBER})\s+(\d{{1,2}}\.\d{{1,2}}\.\d{{4}})",
                     content[0].flat if content else "")
    if flat:
        parsed.set("nummer", flat.group(1), content[0].no, flat.group(0))
        parsed.set("datum", first_date(flat.group(2)), content[0].no, flat.group(0))


def _date_after(parsed: Parsed, content: list[Line], i: int) -> None:
    """Lotus cover sheets: the Vorlage date stands alone a few lines under the number."""
    for line in content[i + 1:i + 4]:
        if DATE.fullmatch(line.flat):
            parsed.set("datum", first_date(line.flat), line.no, line.flat)
            return
