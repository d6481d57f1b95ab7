"""A registry draft as the YAML a clerk reviews: every value as a registry file writes it, with a comment
where the data could not tell (``# PRÜFEN``) or where a value was derived (``# aus dem AGS``)."""

from __future__ import annotations

import json
from typing import Any

HEAD = ("# Entwurf von gremienlauf oparl init-registry: vor Gebrauch prüfen. Werte PRÜFEN muss ein Mensch",
        "# eintragen; Zeilen mit '# PRÜFEN' sind aus den Daten geraten.", "koerperschaften:")
_PLAIN = frozenset({"PRÜFEN"})  # written bare, so that the schema rejects the draft until a human fills it


def render(entries: list[dict[str, Any]]) -> str:
    lines = list(HEAD)
    for entry in entries:
        lines += _body(entry)
    return "\n".join(lines) + "\n"


def _body(entry: dict[str, Any]) -> list[str]:
    hinweise = entry["hinweise"]

    def line(indent: str, key: str, value: str, hinweis: str | None) -> str:
        return f"{indent}{key}: {value}" + (f"  # {hinweis}" if hinweis else "")

    out = [f"  - id: {entry['id']}"]
    out += [line("    ", key, _value(key, entry[key]), hinweise.get(key))
            for key in ("name", "typ", "land", "jugendamt")]
    out += [f"    {key}: {_q(entry[key])}" for key in ("oparl_body", "ags") if key in entry]
    out.append("    gremien:" if entry["gremien"] else "    gremien: []")
    for i, gremium in enumerate(entry["gremien"]):
        out += [f"      - id: {gremium['id']}", f"        name: {_q(gremium['name'])}",
                line("        ", "art", gremium["art"], hinweise.get(f"gremien.{i}.art"))]
        if "aliase" in gremium:
            out.append(f"        aliase: [{', '.join(_q(a) for a in gremium['aliase'])}]")
        out.append(f"        oparl_ids: [{', '.join(_q(o) for o in gremium['oparl_ids'])}]")
    return out


def _value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    # names are free text; Typ and Land are closed vocabularies, written bare like PRÜFEN
    return _q(value) if key == "name" and value not in _PLAIN else value


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)
