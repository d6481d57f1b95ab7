"""JSON: the findings and a summary, keys in a fixed order, no timestamps."""

from __future__ import annotations

import json
from typing import TextIO

from gremienlauf.model import Report


def render(report: Report, out: TextIO) -> None:
    data = {
        "befunde": [
            {"code": f.code, "schwere": f.schwere, "meldung": f.meldung, "rechtsgrundlage": f.rechtsgrundlage,
             "datei": f.datei, "zeile": f.zeile, "spalte": f.spalte, "vorlage": f.vorlage}
            for f in report.findings
        ],
        "zusammenfassung": {"vorlagen": report.vorlagen, "fehler": report.anzahl("fehler"),
                            "warnungen": report.anzahl("warnung"), "hinweise": report.anzahl("hinweis")},
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
