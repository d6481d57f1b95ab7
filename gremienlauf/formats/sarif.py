"""SARIF 2.1.0 in the shape GitHub code scanning accepts; no timestamps, stable fingerprints."""

from __future__ import annotations

import hashlib
import json
from typing import Any, TextIO

from gremienlauf import __version__
from gremienlauf.formats import PLAIN, RenderOptions, relative
from gremienlauf.model import INPUT_CODE, Report

LEVEL = {"fehler": "error", "warnung": "warning", "hinweis": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(report: Report, out: TextIO, options: RenderOptions = PLAIN) -> None:
    codes = sorted({f.code for f in report.befunde})
    rules = [_rule(code, report) for code in codes]
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in report.befunde:
        text = f"{f.vorlage}: {f.meldung}" if f.vorlage else f.meldung
        uri = relative(f.datei)
        fingerprint = hashlib.sha256(f"{f.code}|{uri}|{f.vorlage}|{f.meldung}".encode()).hexdigest()[:32]
        results.append({
            "ruleId": f.code, "ruleIndex": index[f.code], "level": LEVEL[f.schwere],
            "message": {"text": text + (f" ({f.rechtsgrundlage})"
                                        if f.rechtsgrundlage and f.rechtsgrundlage not in text else "")},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                "region": {"startLine": f.zeile, "startColumn": f.spalte}}}],
            "partialFingerprints": {"primaryLocationLineHash": fingerprint},
        })
    doc = {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "gremienlauf", "semanticVersion": __version__,
                                "rules": rules,
                                "properties": {"regelpakete": [{"id": i, "version": v, "sha256": h}
                                                               for i, v, h in report.pakete]}}},
            "results": results,
            # one verdict per Vorlage (SARIF has no place for it but property bags)
            "properties": {"vorlagen": [
                {"datei": relative(c.datei), "vorlage": c.vorlage, "koerperschaft": c.koerperschaft,
                 "urteil": c.urteil, "urteil_grund": c.urteil_grund}
                for c in sorted(set(report.geprueft), key=lambda c: (c.datei, c.zeile, c.vorlage))],
                "urteile": report.urteile()},
        }],
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _rule(code: str, report: Report) -> dict[str, Any]:
    info = report.regeln.get(code)
    if info is None:
        title = "Eingabe nicht lesbar" if code == INPUT_CODE else code
        return {"id": code, "name": code.lower(), "shortDescription": {"text": title},
                "fullDescription": {"text": title}, "help": {"text": title},
                "defaultConfiguration": {"level": "error"}}
    return {"id": code, "name": info.name, "shortDescription": {"text": info.titel},
            "fullDescription": {"text": info.beschreibung}, "help": {"text": info.beschreibung},
            "defaultConfiguration": {"level": LEVEL[info.schwere]},
            "properties": {"regelpaket": info.pack, "tags": [info.pack]}}
