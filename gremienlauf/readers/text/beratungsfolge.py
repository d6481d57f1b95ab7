"""The Beratungsfolge in the text layouts of ris-layouts.md: one small parser per layout.

Each parser looks at the lines after its anchor and returns the Beratungen it can read, or None when
the layout is not there. Rollen and Ergebnisse are matched from the end of a line (the session label in
front of them has no delimiter); names of Gremien stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from gremienlauf.load.files import bundled_yaml
from gremienlauf.model import Consultation, Location
from gremienlauf.readers import ris_vocabulary
from gremienlauf.readers.text.fields import DATE, first_date
from gremienlauf.readers.text.normalise import Line, key

_DATE_ONLY = re.compile(r"(?:[A-Z][a-z]\.?,?\s+)?\d{1,2}\.\d{1,2}\.\d{4}")
_STOP = ("beschlussvorschlag", "sachverhalt", "anlage", "anlagen", "anlage n", "begrundung", "finanzielle auswirkungen",
         "bezeichnung des top", "beschluss", "beschlusse", "reduzieren", "sachdarstellung")


@dataclass
class Row:
    gremium: str
    zeile: int
    datum: str | None = None
    rolle: str | None = None
    ergebnis: str | None = None
    top: str | None = None


@dataclass
class Found:
    layout: str
    rows: list[Row] = field(default_factory=list)
    zeile: int = 0
    hinweis: str | None = None
    betreff: str | None = None  # the flattened PDF header carries the Betreff after the last pair

    def consultations(self, datei: str) -> tuple[Consultation, ...]:
        out = []
        for i, r in enumerate(self.rows):
            rolle = ris_vocabulary.rolle(r.rolle)
            out.append(Consultation(gremium=r.gremium, index=i, datum=_date(r.datum), rolle=rolle,
                                    ergebnis=ris_vocabulary.ergebnis(r.ergebnis, rolle), ort=Location(datei, r.zeile),
                                    top=r.top, rolle_roh=r.rolle, ergebnis_roh=r.ergebnis))
        return tuple(out)


def _date(text: str | None) -> date | None:
    iso = first_date(text) if text else None
    return date.fromisoformat(iso) if iso else None


@cache
def _phrases(group: str) -> tuple[tuple[str, int], ...]:
    data = next(d.value for d in bundled_yaml("vocabulary") if d.datei.endswith("/text.yaml"))
    keyed = {key(p): len(p.split()) for p in data[group]}
    return tuple(sorted(keyed.items(), key=lambda kv: -kv[1]))


def split_end(text: str, group: str) -> tuple[str, str | None]:
    """"3. Sitzung des Ausschusses A vertagt" → ("3. Sitzung des Ausschusses A", "vertagt")."""
    words = text.split()
    for n in range(min(8, len(words)), 0, -1):
        tail = key(" ".join(words[-n:]))
        if any(tail == phrase for phrase, _ in _phrases(group)):
            return " ".join(words[:-n]), " ".join(words[-n:])
    return text, None


def _is_stop(line: Line) -> bool:
    return key(line.text) in _STOP or key(line.text).startswith(("beschlussvorschlag", "sachverhalt"))


# --- layouts ------------------------------------------------------------------------------------
def allris_groups(lines: list[Line], i: int) -> Found | None:
    """ALLRIS classic: group header "<Gremium> <Rolle>", then pairs of date line and session line."""
    found = Found("ALLRIS (Vorlage)", zeile=lines[i].no)
    rows = found.rows
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if not line.text:
            if j + 1 < len(lines) and (not lines[j + 1].text or _is_stop(lines[j + 1])):
                break
            j += 1
            continue
        if _is_stop(line):
            break
        parts = re.split(r"\s{4,}", line.text)
        if DATE.fullmatch(parts[0].strip()) and rows:
            session = parts[1] if len(parts) > 1 else (lines[j + 1].text if j + 1 < len(lines) else "")
            j += 0 if len(parts) > 1 else 1
            _, result = split_end(" ".join(session.split()), "ergebnisse")
            group = rows[-1] if rows[-1].datum is None else Row(rows[-1].gremium, line.no, rolle=rows[-1].rolle)
            group.datum, group.ergebnis, group.zeile = parts[0].strip(), result, line.no
            if group is not rows[-1]:
                rows.append(group)
        else:
            gremium, rolle = split_end(line.flat, "rollen")
            rows.append(Row(gremium or line.flat, line.no, rolle=rolle))
        j += 1
    return found if rows else None


def stacked_list(lines: list[Line], i: int) -> Found | None:
    """PDF letterheads: one Gremium per line under "Beratungsfolge" (optionally with a date), or triples
    Gremium / Zuständigkeit / Termin under the column labels."""
    found = Found("PDF (Kopf mit Beratungsfolge)", zeile=lines[i].no)
    content = [x for x in lines[i + 1:i + 60] if x.text]
    if content and [key(x.text) for x in content[:2]] == ["zustandigkeit", "termin"]:
        found.layout = "PDF (gestapelte Spalten)"
        cells = []
        for x in content[2:]:
            if _is_stop(x):
                break
            cells.append(x)
        for k in range(0, len(cells) - 2, 3):
            g, r, d = cells[k:k + 3]
            found.rows.append(Row(g.flat, g.no, datum=d.flat if DATE.search(d.flat) else None, rolle=r.flat))
        return found
    for x in content:
        if _is_stop(x) or len(x.flat.split()) > 10 or x.flat.endswith((".", ":")) and not DATE.search(x.flat):
            break
        name = DATE.sub("", x.flat).strip(" -")
        if re.search(r"[A-Za-zÄÖÜäöü]{3}", name):
            found.rows.append(Row(name, x.no, datum=x.flat if DATE.search(x.flat) else None))
    return found if found.rows else None


def flattened(lines: list[Line], i: int) -> Found | None:
    """A whole header in one paragraph: "Beratungsfolge: A 10.02.2030 Kreisausschuss 20.02.2030 …"."""
    line = lines[i]
    rest = line.flat.split("Beratungsfolge:", 1)[1]
    tail = " ".join([rest, *(x.flat for x in lines[i + 1:i + 3])])
    found = Found("PDF (Kopf als Absatz)", zeile=line.no)
    pos = 0
    for hit in re.finditer(r"\s*([A-ZÄÖÜ][^\d]{1,60}?)\s+(\d{1,2}\.\d{1,2}\.\d{4})", tail):
        if hit.start() != pos or len(hit.group(1).split()) > 5:
            break
        found.rows.append(Row(hit.group(1), line.no, datum=hit.group(2)))
        pos = hit.end()
    found.betreff = tail[pos:].split("Sachbearbeiter", 1)[0].strip(" …") or None
    return found if found.rows else None


def pipe_table(lines: list[Line], i: int) -> Found | None:
    """ALLRIS 4: rows start at "●"; cells one per line; Gremium, Rolle and Datum told apart by content."""
    found = Found("ALLRIS 4 (Grunddaten)", zeile=lines[i].no)
    row: Row | None = None
    for x in lines[i + 1:]:
        text = x.flat
        if text == "●":
            row = Row("", x.no)
            found.rows.append(row)
            continue
        if row is None or not text or set(text) <= set("|- ") or text.startswith(("Status |", "---")):
            if row is None and _is_stop(x):
                break
            continue
        if _is_stop(x):
            break
        if DATE.fullmatch(text):
            row.datum = text
        elif ris_vocabulary.rolle(text) and split_end(text, "rollen")[0] == "":
            row.rolle = text
        elif key(text) in ("erledigt", "geplant", "offen", "laufend"):
            continue
        elif not row.gremium:
            row.gremium, row.zeile = text, x.no
    found.rows = [r for r in found.rows if r.gremium]
    return found if found.rows else None


def mvc_rows(lines: list[Line], i: int) -> Found | None:
    """.mvc Bürgerinfo: rows "Gremium Sitzung Datum ö/nö Beratungstyp TOP", split at the date, or pipes."""
    found = Found(".mvc-Bürgerinfo (Beratungsreihenfolge)", zeile=lines[i].no)
    for x in lines[i + 2:]:
        if not x.text:
            if found.rows:
                break
            continue
        cells = [c.strip() for c in x.text.strip("|").split("|")] if "|" in x.text else None
        if cells and len(cells) >= 5 and DATE.fullmatch(cells[2]):
            found.rows.append(Row(cells[0], x.no, datum=cells[2], rolle=cells[4],
                                  top=cells[5] if len(cells) > 5 else None))
            continue
        hit = re.match(r"(.+?)\s(\d{1,2}\.\d{1,2}\.\d{4})\s+(ö|nö)\s+(\S+)\s*(\S*)", x.flat)
        if not hit:
            if set(x.flat) <= set("-| "):
                continue
            break
        gremium = re.split(r"\s+(?:\d+\s*)?\.\s*Sitzung\b|\s+Sitzung\b", hit.group(1))[0].strip()
        found.rows.append(Row(gremium, x.no, datum=hit.group(2), rolle=hit.group(4), top=hit.group(5) or None))
    return found if found.rows else None


def mvc_cells(lines: list[Line], i: int) -> Found | None:
    """Meeting.mvc: header and values one cell per line with "|" lines between them."""
    cells = [x for x in lines[i:] if x.text and x.text != "|"]
    if len(cells) < 6 or not key(cells[5].text).startswith("top nr"):
        return None
    found = Found(".mvc-Bürgerinfo (Sitzung)", zeile=lines[i].no)
    k = 6
    while k + 5 < len(cells) + 1 and k + 2 < len(cells) and DATE.fullmatch(cells[k + 2].flat):
        g, _, d, _, typ = cells[k:k + 5]
        top = cells[k + 5].text.split("|")[0].strip() if k + 5 < len(cells) else None
        found.rows.append(Row(g.flat, g.no, datum=d.flat, rolle=typ.flat, top=top or None))
        k += 6
    return found if found.rows else None


def lotus(lines: list[Line], i: int) -> Found | None:
    """Lotus Notes: all Gremien, then all dates, then all purposes, then all ö/nö flags; zip by position."""
    content = [x for x in lines[i + 1:i + 80] if x.text]
    if [key(x.text) for x in content[:3]] != ["datum", "behandlungszweck art", "ergebnis"]:
        return None
    bodies, dates, purposes = [], [], []
    for x in content[3:]:
        if DATE.fullmatch(x.flat):
            dates.append(x)
        elif ris_vocabulary.rolle(x.flat) and split_end(x.flat, "rollen")[0] == "":
            purposes.append(x)
        elif key(x.text) in ("offentlich", "nichtoffentlich", "nicht offentlich"):
            continue
        elif not dates and not purposes:
            bodies.append(x)
        else:
            break
    found = Found("Lotus Notes (Deckblatt)", zeile=lines[i].no)
    if dates and len(dates) != len(bodies) or purposes and len(purposes) != len(bodies):
        found.hinweis = "Beratungsfolge: Anzahl der Gremien, Termine und Zwecke passt nicht zusammen; nicht gelesen"
        return found
    for k, b in enumerate(bodies):
        found.rows.append(Row(b.flat, b.no, datum=dates[k].flat if dates else None,
                              rolle=purposes[k].flat if purposes else None))
    return found


def results_list(lines: list[Line], i: int) -> Found | None:
    """ALLRIS 4 panels: "Beschlüsse" then "<dd.mm.yyyy> - <Gremium> - <Ergebnis>" (no Rollen)."""
    found = Found("ALLRIS 4 (Beschlüsse)", zeile=lines[i].no)
    for x in lines[i + 1:]:
        hit = re.fullmatch(r"(\d{1,2}\.\d{1,2}\.\d{4}) - (.+?) - (.+)", x.flat)
        if hit:
            found.rows.append(Row(hit.group(2), x.no, datum=hit.group(1), ergebnis=hit.group(3)))
        elif x.text and key(x.text) not in ("erweitern", "reduzieren"):
            break
    return found if found.rows else None


def single(lines: list[Line], pairs: dict[str, tuple[str, int]]) -> Found | None:
    """TOP pages (ALLRIS Auszug, ALLRIS 4 TOP, SessionNet to0050): one Beratung of the Vorlage."""
    gremium = pairs.get("Gremium")
    datum = pairs.get("Datum")
    result = pairs.get("Beschlussart") or pairs.get("Beschluss") or pairs.get("Beratungsergebnis")
    sitzung = pairs.get("Sitzung")
    if sitzung and DATE.match(sitzung[0]) and not gremium:
        gremium = (DATE.sub("", sitzung[0], count=1).strip(), sitzung[1])
        datum = datum or sitzung
    if not gremium or not re.search(r"[A-Za-z]{3}", gremium[0]):
        return None
    found = Found("TOP-Seite (eine Beratung)", zeile=gremium[1],
                  hinweis="TOP-Seite: der Text zeigt nur diese eine Beratung, nicht die ganze Beratungsfolge")
    found.rows.append(Row(gremium[0], gremium[1], datum=datum[0] if datum else None,
                          ergebnis=result[0] if result and key(result[0]) not in ("", "beschluss") else None))
    return found


Parser = Callable[[list[Line], int], "Found | None"]


def find(lines: list[Line], pairs: dict[str, tuple[str, int]]) -> Found | None:
    """The first layout that reads; an anchor without entries is an empty Beratungsfolge with a note."""
    for i, line in enumerate(lines):
        folded = key(line.text)
        if "Beratungsfolge:" in line.text and DATE.search(" ".join(x.flat for x in lines[i:i + 2])) and \
                len(line.flat.split("Beratungsfolge:", 1)[1]) > 3:
            hit = flattened(lines, i)
            if hit:
                return hit
        if folded in ("beratungsfolge", "top nr beratungsfolge"):
            nxt = next((x for x in lines[i + 1:] if x.text), Line(0, ""))
            if key(nxt.text) == "reduzieren":
                return _panels(lines, i)
            if key(nxt.text).startswith("status datum gremium"):
                return pipe_table(lines, i) or Found("ALLRIS 4 (Grunddaten)", zeile=line.no)
            parsers: tuple[Parser, ...] = (lotus, allris_groups) if line.text.endswith(":") else (lotus, stacked_list)
            for parser in parsers:
                hit = parser(lines, i)
                if hit is not None:
                    return hit
            # no layout to name: the heading stands with nothing under it (not an empty file)
            return Found("nicht erkannt – unter der Überschrift „Beratungsfolge“ steht keine Beratung", zeile=line.no,
                         hinweis=f"Zeile {line.no}: „Beratungsfolge“ ohne Einträge")
        if folded == "beratungsreihenfolge":
            return _reihenfolge(lines, i)
        if folded == "gremium" and any(key(x.text) == "sitzungsdatum" for x in lines[i:i + 6]):
            hit = mvc_cells(lines, i)
            if hit:
                return hit
    return single(lines, pairs)


def _panels(lines: list[Line], i: int) -> Found:
    for j in range(i, len(lines)):
        if key(lines[j].text) == "beschlusse":
            hit = results_list(lines, j)
            if hit:
                return hit
    return Found("ALLRIS 4 (Panels)", zeile=lines[i].no,
                 hinweis="Beratungsfolge im Text leer (dynamisches Feld der RIS-Seite)")


def _reihenfolge(lines: list[Line], i: int) -> Found:
    nxt = [x for x in lines[i + 1:i + 4] if x.text]
    if nxt and key(nxt[0].text).startswith("gremium sitzung"):
        return mvc_rows(lines, i) or Found(".mvc-Bürgerinfo", zeile=lines[i].no)
    return Found("bv-hh (nur Termine)", zeile=lines[i].no,
                 hinweis="Beratungsreihenfolge ohne Gremiennamen (nur Termine): nicht lesbar")
