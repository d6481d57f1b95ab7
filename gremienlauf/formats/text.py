"""Text for people: grouped by file and Vorlage, German, with citation and what to do."""

from __future__ import annotations

import textwrap
from itertools import groupby
from typing import TextIO

from gremienlauf.formats import PLAIN, RenderOptions
from gremienlauf.model import URTEIL_WORT, Checked, Finding, Report

LABEL = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}
COLOR = {"fehler": "\x1b[31m", "warnung": "\x1b[33m", "hinweis": "\x1b[36m"}
WIDTH = 100


def render(report: Report, out: TextIO, options: RenderOptions = PLAIN) -> None:
    color = options.farbe
    verdicts = {(c.datei, c.vorlage): c for c in report.geprueft}
    # a Vorlage is shown when it has findings or its verdict is not "in Ordnung"
    shown = {(f.datei, f.vorlage) for f in report.befunde}
    shown |= {key for key, c in verdicts.items() if c.urteil not in ("", "in_ordnung")}
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in report.befunde:
        by_key.setdefault((f.datei, f.vorlage), []).append(f)
    for datei, keys in groupby(sorted(shown), key=lambda k: k[0]):
        out.write(f"{datei}\n")
        for key in keys:
            vorlage = key[1]
            checked = verdicts.get(key)
            if vorlage or checked:
                head = f"  Vorlage {vorlage}" if vorlage else "  Vorlage"
                if checked is not None and checked.urteil:
                    head += f" – {URTEIL_WORT.get(checked.urteil, checked.urteil)}: {checked.urteil_grund}"
                lines = textwrap.wrap(head, WIDTH, subsequent_indent="    ", break_on_hyphens=False)
                out.writelines(line + "\n" for line in lines)
            if checked is not None and checked.verdraengt:
                out.writelines(line + "\n" for line in _stood_back(checked))
            for finding in sorted(by_key.get(key, ()), key=lambda f: (f.zeile, f.spalte, f.code)):
                _finding(finding, out, color)
        out.write("\n")
    out.write(summary(report) + "\n")


def _stood_back(checked: Checked) -> list[str]:
    """One line under the Vorlage: which finding a more specific rule hid (it is not counted)."""
    said = "; ".join(f"{v.code} tritt hinter {v.durch} zurück (Zeile {v.zeile})" for v in checked.verdraengt)
    return textwrap.wrap(f"Verdrängt: {said}", WIDTH, initial_indent="    ", subsequent_indent="      ",
                         break_on_hyphens=False)


def _finding(f: Finding, out: TextIO, color: bool) -> None:
    label = LABEL[f.schwere]
    shown = f"{COLOR[f.schwere]}{label}\x1b[0m" if color else label
    head = f"    {f.zeile}:{f.spalte}".ljust(12) + shown + " " * (9 - len(label)) + f"{f.code}  "
    indent = " " * (12 + 9 + len(f.code) + 2)
    lines = textwrap.wrap(f.meldung, WIDTH - len(indent), break_on_hyphens=False) or [""]
    out.write(head + lines[0] + "\n")
    for line in lines[1:]:
        out.write(indent + line + "\n")
    for caption, text in (("Rechtsgrundlage", f.rechtsgrundlage), ("Abhilfe", f.abhilfe)):
        if text:
            wrapped = textwrap.wrap(f"{caption}: {text}", WIDTH - len(indent), break_on_hyphens=False)
            out.writelines(indent + line + "\n" for line in wrapped)


def summary(report: Report) -> str:
    def n(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"
    days = sorted({c.stichtag for c in report.geprueft if c.stichtag is not None})
    day = days[0] if len(days) == 1 else None if days else report.stichtag
    stichtag = f", Stichtag {day.strftime('%d.%m.%Y')}" if day else ", Stichtag je Sitzung" if days else ""
    parts = [n(report.anzahl("fehler"), "Fehler", "Fehler"), n(report.anzahl("warnung"), "Warnung", "Warnungen"),
             n(report.anzahl("hinweis"), "Hinweis", "Hinweise")]
    # OParl sources have no files to count (report.dateien is 0): only the Vorlagen are counted.
    where = f" in {n(report.dateien, 'Datei', 'Dateien')}" if report.dateien else ""
    text = f"{n(report.vorlagen, 'Vorlage', 'Vorlagen')}{where} geprüft{stichtag}: {', '.join(parts)}"
    if report.eingabefehler:
        text += f"; {n(report.eingabefehler, 'Eingabe konnte', 'Eingaben konnten')} nicht gelesen werden"
    counts = [f"{count} {URTEIL_WORT[u]}" for u, count in report.urteile().items() if count]
    if counts:
        text += f" – Urteile: {', '.join(counts)}"
    return text
