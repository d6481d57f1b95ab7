"""A parsed Vorlage as the public Vorlage file (schemas/vorlage.json), for a clerk to correct and commit.

The YAML carries comments: where each value stands in the text, which values were inferred, and
which fields were not recognised. JSON carries the same as data next to the Vorlage document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import yaml

from gremienlauf.model.parsed import FIELDS, Parsed

_KEYS = tuple(f for f in FIELDS if f != "koerperschaft")


def document(parsed: Parsed, koerperschaft_id: str | None) -> dict[str, Any]:
    """The Vorlage file as data: keys exactly as in schemas/vorlage.json."""
    vorlage: dict[str, Any] = {}
    for name in _KEYS:
        if name in parsed.fields:
            vorlage[name] = parsed.fields[name].value
    if parsed.consultations:
        vorlage["beratungsfolge"] = [_beratung(c) for c in parsed.consultations]
    return {"koerperschaft": koerperschaft_id, "vorlage": vorlage}


def _beratung(c: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"gremium": c.gremium}
    if c.datum:
        entry["sitzung"] = c.datum.isoformat()
    for key in ("rolle", "ergebnis", "top"):
        if getattr(c, key):
            entry[key] = getattr(c, key)
    return entry


def _where(parsed: Parsed, name: str) -> str:
    f = parsed.fields[name]
    how = "abgeleitet" if f.abgeleitet else "Zeile"
    beleg = " ".join(f.beleg.split())
    beleg = beleg if len(beleg) <= 70 else beleg[:67] + "…"
    return f"{how} {f.zeile}" if how == "Zeile" and not beleg else \
        (f"Zeile {f.zeile}: {beleg}" if how == "Zeile" else f"abgeleitet (Zeile {f.zeile}): {beleg}")


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # paragraphs as a literal block, long lines folded: what a clerk can read and edit
    style = "|" if "\n" in value else (">" if len(value) > 90 else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _scalar(value: Any, indent: int) -> str:
    """One YAML value that the safe loader reads back as the same string, list or bool."""
    text = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, width=100, default_flow_style=False,
                     sort_keys=False)
    text = text.removesuffix("...\n").rstrip("\n")
    if "\n" not in text:
        return " " + text
    pad = " " * indent
    first, *rest = text.splitlines()
    if first in ("|-", ">-", "|", ">"):  # block scalar: indicator on the key's line
        return " " + first + "\n" + "\n".join(pad + line.lstrip(" ") if line else line for line in rest)
    return "\n" + "\n".join(pad + line if line else line for line in text.splitlines())


def to_yaml(parsed: Parsed, koerperschaft_id: str | None, koerperschaft_note: str = "") -> str:
    doc = document(parsed, koerperschaft_id)
    out = [f"# Gelesen aus {parsed.datei} von 'gremienlauf parse'; Aufbau des Textes: {parsed.layout}.",
           "# Bitte mit dem Original vergleichen und berichtigen, dann einchecken."]
    out += [f"# Hinweis: {h}" for h in parsed.hinweise]
    if "koerperschaft" in parsed.fields:
        out.append(f"# koerperschaft: {_where(parsed, 'koerperschaft')}"
                   f" – „{parsed.value('koerperschaft')}“{koerperschaft_note}")
        out.append(f"koerperschaft:{_scalar(koerperschaft_id, 2)}")
    else:
        out.append("koerperschaft:  # nicht erkannt: Id der Körperschaft eintragen")
    out.append("vorlage:")
    for name in _KEYS:
        if name not in doc["vorlage"]:
            out.append(f"  # {name}: nicht erkannt")
            continue
        out.append(f"  # {name}: {_where(parsed, name)}")
        out.append(f"  {name}:{_scalar(doc['vorlage'][name], 4)}")
    if parsed.consultations:
        out.append(f"  # beratungsfolge: Zeile {parsed.beratungsfolge_zeile}")
        out.append("  beratungsfolge:")
        for c, entry in zip(parsed.consultations, doc["vorlage"]["beratungsfolge"], strict=False):
            raw = [f"{k} „{v}“" for k, v in (("Rolle", c.rolle_roh), ("Ergebnis", c.ergebnis_roh)) if v]
            out.append(f"    # Zeile {c.ort.zeile if c.ort else '?'}" + (f": {', '.join(raw)}" if raw else ""))
            first = True
            for key, value in entry.items():
                out.append(f"    {'- ' if first else '  '}{key}:{_scalar(value, 8)}")
                first = False
    else:
        out.append("  # beratungsfolge: nicht erkannt")
    return "\n".join(out) + "\n"


def to_json_item(parsed: Parsed, koerperschaft_id: str | None) -> dict[str, Any]:
    return {
        "datei": parsed.datei,
        "layout": parsed.layout,
        "dokument": document(parsed, koerperschaft_id),
        "zeilen": {name: f.zeile for name, f in parsed.fields.items()},
        "abgeleitet": sorted(name for name, f in parsed.fields.items() if f.abgeleitet),
        "koerperschaft_im_text": parsed.value("koerperschaft"),
        "nicht_erkannt": parsed.nicht_erkannt,
        "zustaendig_genannt": [{"gremium": n.gremium, "zeile": n.zeile, "satz": n.satz} for n in parsed.zustaendig],
        "hinweise": parsed.hinweise,
    }


def to_json(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


Resolver = Callable[[str], "tuple[str | None, str]"]
