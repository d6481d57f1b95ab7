"""JSON Schemas of every user-facing YAML kind, and a fast validator for the subset they use.

The schema files are the single source of truth: editors read them, the test suite checks them with
jsonschema, and this module applies the same files on the hot path without importing jsonschema
(its import alone costs more than checking a Vorlage). Messages are German and point at the node.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from gremienlauf.readers.yamlsafe import Loaded

KINDS = ("vorlage", "agenda", "koerperschaften", "regeln", "verfahren")

_TYPEN = {
    "string": ("Text", str), "integer": ("ganze Zahl", int), "boolean": ("Wahrheitswert (true/false)", bool),
    "array": ("Liste", list), "object": ("Zuordnung (Schlüssel: Wert)", dict), "null": ("leer", type(None)),
}


@cache
def schema(kind: str) -> dict[str, Any]:
    return json.loads(files("gremienlauf.schemas").joinpath(f"{kind}.json").read_text("utf-8"))


def text(kind: str) -> str:
    return files("gremienlauf.schemas").joinpath(f"{kind}.json").read_text("utf-8")


def validate(doc: Loaded, kind: str) -> None:
    """Raise an InputError at the first node of ``doc`` that ``kind``'s schema rejects."""
    if doc.geprueft == kind:
        return
    root = schema(kind)
    problem = _check(doc.value, root, (), root)
    if problem:
        path, meldung = problem
        raise doc.error(path, str(meldung))


def check_value(value: Any, kind: str, path: tuple[Any, ...] = (), sub: str | None = None) -> tuple[tuple[Any, ...], str] | None:
    root = schema(kind)
    node = root["$defs"][sub] if sub else root
    problem = _check(value, node, path, root)
    return (problem[0], str(problem[1])) if problem else None


def _check(value: Any, s: dict[str, Any], path: tuple[Any, ...], root: dict[str, Any]) -> tuple[tuple[Any, ...], str] | None:
    if "$ref" in s:
        s = root["$defs"][s["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in s or "oneOf" in s:
        problem = _alternatives(value, s.get("anyOf") or s["oneOf"], path, root)
        if problem:
            return problem
    if "not" in s and _check(value, s["not"], path, root) is None:
        return path, "diese Angaben schließen einander aus"
    if "const" in s and value != s["const"]:
        return path, f"{_show(value)} ist nicht erlaubt; erwartet: {s['const']}"
    if "enum" in s:
        if not any(value == e and type(value) is type(e) for e in s["enum"]):
            return path, _enum_message(value, s["enum"])
        return None
    if "type" in s:
        problem = _type(value, s["type"], path)
        if problem:
            return problem
    if isinstance(value, str):
        return _string(value, s, path)
    if isinstance(value, list):
        if len(value) < s.get("minItems", 0):
            return path, f"Liste braucht mindestens {s['minItems']} Eintrag/Einträge"
        items = s.get("items")
        for i, item in enumerate(value):
            problem = items and _check(item, items, path + (i,), root)
            if problem:
                return problem
    if isinstance(value, dict):
        return _object(value, s, path, root)
    return None


def _type(value: Any, typ: str | list[str], path: tuple[Any, ...]) -> tuple[tuple[Any, ...], str] | None:
    typen = [typ] if isinstance(typ, str) else typ
    for t in typen:
        py = _TYPEN[t][1]
        if isinstance(value, py) and not (py is int and isinstance(value, bool)):
            return None
    namen = " oder ".join(_TYPEN[t][0] for t in typen)
    return path, f"{_show(value)} ist kein gültiger Wert: erwartet {namen}"


def _string(value: str, s: dict[str, Any], path: tuple[Any, ...]) -> tuple[tuple[Any, ...], str] | None:
    if len(value) < s.get("minLength", 0):
        return path, "Wert darf nicht leer sein"
    if s.get("format") == "date":
        return _date(value, path)
    if "pattern" in s and not re.search(s["pattern"], value):
        return path, f"{_show(value)} hat nicht die erwartete Form ({s['pattern']})"
    return None


def _date(value: str, path: tuple[Any, ...]) -> tuple[tuple[Any, ...], str] | None:
    german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
    if german:
        d, m, y = german.groups()
        return path, f"{_show(value)}: Datum bitte als JJJJ-MM-TT schreiben, also {y}-{int(m):02d}-{int(d):02d}"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return path, f"{_show(value)} ist kein Datum im Format JJJJ-MM-TT"
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return path, f"{_show(value)} ist kein gültiges Kalenderdatum"
    if not 1900 <= parsed.year <= 2199:
        return path, f"{_show(value)}: Jahr außerhalb des plausiblen Bereichs 1900–2199"
    return None


def _object(value: dict[str, Any], s: dict[str, Any], path: tuple[Any, ...], root: dict[str, Any]) -> tuple[tuple[Any, ...], str] | None:
    props = s.get("properties", {})
    if s.get("additionalProperties") is False:
        for key in value:
            if key not in props:
                return path + (key,), _unknown_key(key, props)
    for key in s.get("required", ()):
        if key not in value:
            return path, f"Pflichtfeld '{key}' fehlt"
    for key, sub in props.items():
        if key in value:
            problem = _check(value[key], sub, path + (key,), root)
            if problem:
                return problem
    return None


def _alternatives(value: Any, options: list[dict[str, Any]], path: tuple[Any, ...], root: dict[str, Any]) -> tuple[tuple[Any, ...], str] | None:
    problems = []
    for option in options:
        problem = _check(value, option, path, root)
        if problem is None:
            return None
        problems.append((option, problem))
    if isinstance(value, dict):
        # Report against the alternative whose required keys the value actually uses.
        resolved = [(_deref(o, root), p) for o, p in problems]
        fitting = [p for o, p in resolved if o.get("required") and all(k in value for k in o["required"])]
        if fitting:
            return max(fitting, key=lambda p: len(p[0]))
        keys = sorted({k for o, _ in resolved for k in o.get("required", ())[:1]})
        if keys:
            return path, f"unbekannte Angabe {sorted(value)}; erwartet wird eine von: {', '.join(keys)}"
    return max((p for _, p in problems), key=lambda p: len(p[0]))


def _deref(s: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    return root["$defs"][s["$ref"].rsplit("/", 1)[1]] if "$ref" in s else s


class _Later:
    """A message with a spelling hint, worded only if it is reported: alternatives (anyOf) that fail
    on the way to the one that fits discard their messages, and difflib's hint was most of the cost
    of loading the bundled packs."""

    def __init__(self, word: Any, *args: Any) -> None:
        self.word, self.args = word, args

    def __str__(self) -> str:
        return self.word(*self.args)


def _unknown_key(key: str, props: dict[str, Any]) -> Any:
    return _Later(_unknown_key_text, key, props)


def _unknown_key_text(key: str, props: dict[str, Any]) -> str:
    from difflib import get_close_matches
    close = get_close_matches(key, list(props), n=1)
    hint = f" – gemeint ist wohl '{close[0]}'" if close else ""
    return f"unbekannter Schlüssel '{key}'{hint} (erlaubt: {', '.join(props)})"


def _enum_message(value: Any, allowed: list[Any]) -> Any:
    return _Later(_enum_text, value, allowed)


def _enum_text(value: Any, allowed: list[Any]) -> str:
    from difflib import get_close_matches
    close = get_close_matches(str(value), [str(a) for a in allowed], n=1)
    hint = f" – gemeint ist wohl '{close[0]}'" if close else ""
    return f"{_show(value)} ist nicht erlaubt{hint} (erlaubt: {', '.join(str(a) for a in allowed)})"


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return "eine Zuordnung" if isinstance(value, dict) else "eine Liste"
    return repr(value) if isinstance(value, str) else json.dumps(value)
