"""Differences between two JSON audit reports in words an auditor reads: „Schritt 3, Regel AG001: vorher
erfüllt, jetzt verletzt“ rather than JSON paths. Used by ``replay --verify``."""

from __future__ import annotations

from datetime import date
from typing import Any

from gremienlauf.names import quote

LABELS = {
    "ereignis": "Ereignis", "datum": "Datum", "gremium": "Gremium", "ausloeser": "Übergang",
    "vorher": "Zustand davor", "nachher": "Zustand danach", "angenommen": "angenommen",
    "erlaubt": "danach möglich", "dokumentiert": "dokumentiert", "datei": "Datei", "zeile": "Zeile",
    "spalte": "Spalte", "grund": "Grund", "sitzung": "Sitzung", "top": "TOP", "beschlusstext": "Beschlusstext",
    "durch": "Einwand durch", "begruendung": "Begründung", "vorlage": "Vorlage", "koerperschaft": "Körperschaft",
    "stichtag": "Stichtag", "ergebnis": "Ergebnis", "urteil": "Urteil", "verfahren": "Verfahren",
    "verfahren_titel": "Titel des Verfahrens", "erster_fehler": "erster fehlerhafter Schritt",
    "endstand": "Endstand", "abgeschlossen": "abgeschlossen", "verlauf_dokumentiert": "Verlauf dokumentiert",
    "nicht_wiedergegeben": "nicht wiedergegebene Ereignisse", "diagramm": "Diagramm des Verfahrens",
    "titel": "Titel", "zitat": "Fundstelle", "fassung": "Fassung", "meldung": "Meldung", "schwere": "Schwere",
    "neu": "neu", "erstmals": "erstmals geprüft", "rechtsgrundlage": "Rechtsgrundlage", "abhilfe": "Abhilfe",
}
ERGEBNIS = {"erfuellt": "erfüllt", "verletzt": "verletzt", "offen": "noch offen", None: "nicht geprüft"}


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What the report says differently today, one line each, in the report's order."""
    out: list[str] = []
    before, after = old.get("vorlagen") or [], new.get("vorlagen") or []
    if len(before) != len(after):
        out.append(f"Zahl der Vorlagen: vorher {len(before)}, jetzt {len(after)}")
    for a, b in zip(before, after, strict=False):
        prefix = f"Vorlage {b.get('vorlage')}, " if len(after) > 1 else ""
        out += [prefix + line for line in _trace(a, b)]
    out += _findings(old.get("eingabefehler") or [], new.get("eingabefehler") or [], "Eingabefehler")
    return out


def _trace(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    out = _fields(old, new, "", skip={"schritte", "befunde", "diagramm"})
    steps_old, steps_new = old.get("schritte") or [], new.get("schritte") or []
    if len(steps_old) != len(steps_new):
        out.append(f"Zahl der Schritte: vorher {len(steps_old)}, jetzt {len(steps_new)}")
    for a, b in zip(steps_old, steps_new, strict=False):
        where = f"Schritt {b.get('nr')}"
        out += _fields(a, b, where + ", ", skip={"regeln", "nr"})
        out += _rules(a.get("regeln") or [], b.get("regeln") or [], where)
    out += _findings(old.get("befunde") or [], new.get("befunde") or [], "Befund")
    if (old.get("diagramm") or None) != (new.get("diagramm") or None) and not out:
        out.append("Diagramm des Verfahrens: geändert")
    return out


def _rules(old: list[dict[str, Any]], new: list[dict[str, Any]], where: str) -> list[str]:
    """Outcomes compared by rule code (their order follows the outcome, so indexes would not match)."""
    by_old, by_new = _by(old, "code"), _by(new, "code")
    out = []
    for code in sorted(by_old.keys() | by_new.keys()):
        a, b = by_old.get(code, []), by_new.get(code, [])
        head = f"{where}, Regel {code}"
        was, now = _outcome(a), _outcome(b)
        if was != now:
            out.append(f"{head}: vorher {was}, jetzt {now}")
        elif len(a) != len(b):
            out.append(f"{head}: vorher {len(a)} Befunde, jetzt {len(b)}")
        else:
            for x, y in zip(a, b, strict=False):
                out += _fields(x, y, head + ", ", skip={"code", "ergebnis"})
    return out


def _outcome(outcomes: list[dict[str, Any]]) -> str:
    if not outcomes:
        return ERGEBNIS[None]
    state = "verletzt" if any(o.get("ergebnis") == "verletzt" for o in outcomes) else outcomes[0].get("ergebnis")
    text = ERGEBNIS.get(state, str(state))
    meldungen = [o["meldung"] for o in outcomes if o.get("meldung")]
    return f"{text} ({'; '.join(meldungen)})" if state == "verletzt" and meldungen else text


def _findings(old: list[dict[str, Any]], new: list[dict[str, Any]], kind: str) -> list[str]:
    def key(f: dict[str, Any]) -> tuple[Any, ...]:
        return f.get("code"), f.get("zeile"), f.get("spalte")

    by_old, by_new = {key(f): f for f in old}, {key(f): f for f in new}
    out = []
    for k in sorted(by_old.keys() | by_new.keys(), key=lambda k: tuple(str(p) for p in k)):
        head = f"{kind} {k[0]} (Zeile {k[1]})"
        if k not in by_new:
            out.append(f"{head}: vorher {quote(by_old[k].get('meldung', ''))}, jetzt entfallen")
        elif k not in by_old:
            out.append(f"{head}: vorher keiner, jetzt {quote(by_new[k].get('meldung', ''))}")
        else:
            out += _fields(by_old[k], by_new[k], head + ", ", skip={"code", "zeile", "spalte"})
    return out


def _fields(old: dict[str, Any], new: dict[str, Any], head: str, skip: set[str]) -> list[str]:
    out = []
    for k in sorted((old.keys() | new.keys()) - skip):
        a, b = old.get(k), new.get(k)
        # a key missing from an older report reads as empty: a field added since then is no difference
        if a != b and not (_blank(a) and _blank(b)):
            out.append(f"{head}{LABELS.get(k, k)}: vorher {_value(k, a)}, jetzt {_value(k, b)}")
    return out


def _blank(value: Any) -> bool:
    return value is None or value is False or value in ("", [], {})


def _value(key: str, value: Any) -> str:
    if value is None or value in ("", [], {}):
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if key == "ergebnis" and value in ERGEBNIS:
        return ERGEBNIS[value]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            pass
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value) if not isinstance(value, dict) else "geändert"
    text = text if len(text) <= 100 else text[:99] + "…"
    return quote(text)


def _by(items: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = {}
    for item in items:
        out.setdefault(item.get(key), []).append(item)
    return out
