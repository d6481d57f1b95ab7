"""One self-contained HTML page: the Vorlagen of a run (check -f html) or of one session (sitzung).

The page is made from a Jinja2 template with autoescaping on, so no text from a Vorlage ever becomes
markup; it loads nothing (CSS inline, no fonts, no images), reads fully without script, and carries no
timestamp, so the same input gives the same bytes. The verdict is always written as a word, colour only
repeats it.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from gremienlauf.formats import PLAIN, RenderOptions, relative
from gremienlauf.model import URTEIL_WORT, URTEILE, Checked, Finding, Report

TEMPLATES = Path(__file__).with_name("templates")
SCHWERE_WORT = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}
ROLLE_WORT = {"anhoerung": "Anhörung", "vorberatung": "Vorberatung", "entscheidung": "Entscheidung",
              "kenntnisnahme": "Kenntnisnahme", "genehmigung": "Genehmigung"}
BEFUNDE = (("fehler", "Fehler", "Fehler"), ("warnung", "Warnung", "Warnungen"), ("hinweis", "Hinweis", "Hinweise"))
STAND_WORT = {"gehalten": "beraten", "geplant": "geplant", "diese_sitzung": "diese Sitzung", "fehlt": "fehlt"}
# a sign beside each verdict word, so that a black-and-white print still tells them apart at a glance
URTEIL_ZEICHEN = {"verstoss": "✗", "offen": "◷", "unvollstaendig": "?", "nicht_pruefbar": "–", "in_ordnung": "✓"}
_UMLAUTE = (("zurueck", "zurück"), ("geaendert", "geändert"), ("kenntnis", "Kenntnis"), ("votum", "Votum"))


def render(report: Report, out: TextIO, options: RenderOptions = PLAIN) -> None:
    sitzung = options.sitzung
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in report.befunde:
        by_key.setdefault((f.datei, f.vorlage), []).append(f)
    rows = [_row(c, by_key.get((c.datei, c.vorlage), [])) for c in report.geprueft]
    days = sorted({c.stichtag for c in report.geprueft if c.stichtag is not None})
    stichtag = days[0] if len(days) == 1 else None if days else report.stichtag
    counts = report.urteile()
    out.write(_template().render(
        sitzung=sitzung, rows=rows, stichtag=_tag(stichtag) if stichtag else ("je Sitzung" if days else ""),
        aufmerksam=sum(1 for c in report.geprueft if c.urteil != "in_ordnung"), gesamt=len(report.geprueft),
        urteile=[(u, URTEIL_WORT[u], URTEIL_ZEICHEN[u], counts.get(u, 0)) for u in URTEILE],
        befunde=[(report.anzahl(s), one if report.anzahl(s) == 1 else many) for s, one, many in BEFUNDE],
        datum=_tag(sitzung.datum) if sitzung else ""))


@lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    # imported here: jinja2 is the dearest import of all (bench/PROFILE.md), and only this format needs it
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env.get_template("seite.html.j2")


def _row(c: Checked, findings: list[Finding]) -> dict[str, Any]:
    quelle = c.datei if c.datei.startswith(("https://", "http://")) else None
    return {
        "top": c.top, "vorlage": c.vorlage, "nummer": c.nummer, "betreff": c.betreff, "datei": relative(c.datei),
        "quelle": quelle, "urteil": c.urteil or "nicht_pruefbar",
        "urteil_wort": URTEIL_WORT.get(c.urteil, "nicht beurteilt"), "zeichen": URTEIL_ZEICHEN.get(c.urteil, "–"),
        "grund": c.urteil_grund,
        "schritte": [{"gremium": s.gremium, "datum": _tag(s.datum) if s.datum else "ohne Termin",
                      "rolle": ROLLE_WORT.get(s.rolle or "", s.rolle or ""), "ergebnis": _wort(s.ergebnis),
                      "stand": s.stand, "stand_wort": STAND_WORT.get(s.stand, s.stand),
                      "jha": s.art == "jugendhilfeausschuss", "regel": s.regel} for s in c.beratungsfolge],
        "befunde": [{"code": f.code, "schwere": f.schwere, "schwere_wort": SCHWERE_WORT[f.schwere],
                     "meldung": f.meldung, "rechtsgrundlage": f.rechtsgrundlage, "abhilfe": f.abhilfe,
                     "ort": f"Zeile {f.zeile}" if "://" not in f.datei else ""}
                    for f in sorted(findings, key=lambda f: (-_rang(f.schwere), f.zeile, f.code))],
    }


def _rang(schwere: str) -> int:
    return {"fehler": 3, "warnung": 2, "hinweis": 1}[schwere]


def _tag(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _wort(ergebnis: str | None) -> str:
    if not ergebnis or ergebnis == "offen":
        return ""
    text = ergebnis
    for ascii_form, word in _UMLAUTE:
        text = text.replace(ascii_form, word)
    return text.replace("_", " ")
