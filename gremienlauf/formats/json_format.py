"""JSON: one verdict per Vorlage, the findings and a summary, keys in a fixed order, no timestamps."""

from __future__ import annotations

import json
from typing import Any, TextIO

from gremienlauf.formats import PLAIN, RenderOptions
from gremienlauf.model import Checked, Report


def render(report: Report, out: TextIO, options: RenderOptions = PLAIN) -> None:
    meta = {(c.datei, c.vorlage): c for c in report.geprueft}
    data = {
        "vorlagen": [_vorlage(c) for c in sorted(set(report.geprueft), key=lambda c: (c.datei, c.zeile, c.vorlage))],
        "befunde": [
            {"code": f.code, "schwere": f.schwere, "meldung": f.meldung, "rechtsgrundlage": f.rechtsgrundlage,
             "abhilfe": f.abhilfe, "datei": f.datei, "zeile": f.zeile, "spalte": f.spalte, "vorlage": f.vorlage,
             "nummer": _of(meta, f.datei, f.vorlage).nummer, "betreff": _of(meta, f.datei, f.vorlage).betreff}
            for f in report.befunde
        ],
        "zusammenfassung": {"vorlagen": report.vorlagen, "fehler": report.anzahl("fehler"),
                            "warnungen": report.anzahl("warnung"), "hinweise": report.anzahl("hinweis"),
                            "urteile": report.urteile()},
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _vorlage(c: Checked) -> dict[str, Any]:
    entry: dict[str, Any] = {"datei": c.datei, "vorlage": c.vorlage, "nummer": c.nummer, "betreff": c.betreff,
                             "koerperschaft": c.koerperschaft, "zeile": c.zeile, "urteil": c.urteil,
                             "urteil_grund": c.urteil_grund}
    if c.verdraengt:  # only then: a Vorlage where no rule stood back reads as it always did
        entry["verdraengt"] = [{"code": v.code, "durch": v.durch, "datei": v.datei, "zeile": v.zeile}
                               for v in c.verdraengt]
    return entry


def _of(meta: dict[tuple[str, str], Checked], datei: str, vorlage: str) -> Checked:
    return meta.get((datei, vorlage)) or Checked(datei, vorlage)
