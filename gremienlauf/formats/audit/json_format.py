"""JSON audit report: every key sorted, dates ISO, no timestamp unless the report carries one."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any, TextIO

from gremienlauf.formats import PLAIN, RenderOptions
from gremienlauf.model import Finding
from gremienlauf.model.trace import AuditReport, Trace

FORMAT_VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def finding(f: Finding) -> dict[str, Any]:
    return {"code": f.code, "schwere": f.schwere, "meldung": f.meldung, "rechtsgrundlage": f.rechtsgrundlage,
            "datei": f.datei, "zeile": f.zeile, "spalte": f.spalte, "vorlage": f.vorlage, "abhilfe": f.abhilfe}


def trace(t: Trace) -> dict[str, Any]:
    data = asdict(t)
    data["befunde"] = [finding(f) for f in t.befunde]
    return _plain(data)


def to_data(report: AuditReport) -> dict[str, Any]:
    """The report as JSON data; ``herkunft`` says what it was made from, the rest is the result."""
    h = report.herkunft
    herkunft = {
        "werkzeug": f"gremienlauf {h.werkzeug}", "eingabe": {"quelle": h.eingabe, "sha256": h.eingabe_sha256},
        "regelpakete": [{"id": i, "version": v, "sha256": s} for i, v, s in h.pakete],
        "verfahren": [{"id": i, "sha256": s} for i, s in h.verfahren], "register_sha256": h.register_sha256,
        "stichtag": _plain(h.stichtag), "optionen": {"regeln": list(h.regeln),
                                                     "koerperschaften": list(h.koerperschaften)},
    }
    if h.zeitstempel:
        herkunft["zeitstempel"] = h.zeitstempel
    return {"format": FORMAT_VERSION, "herkunft": herkunft, "vorlagen": [trace(t) for t in report.vorlagen],
            "eingabefehler": [finding(f) for f in report.eingabefehler]}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render(report: AuditReport, out: TextIO, options: RenderOptions = PLAIN) -> None:
    out.write(dumps(to_data(report)))
