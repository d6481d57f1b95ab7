"""The bundled procedures: checked (states, events, registered conditions, reachability) and built once,
their conditions resolved to the engine's registered checks, so that a replay looks nothing up."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from gremienlauf.engine.case import Case, Step
from gremienlauf.engine.procedure import TRANSITION_CHECKS, TRIGGERS, Procedure
from gremienlauf.errors import ConfigError
from gremienlauf.load import schemas
from gremienlauf.load.cache import canonical_hash
from gremienlauf.load.files import bundled_yaml
from gremienlauf.load.yamlsafe import Loaded


def load_procedures() -> list[Procedure]:
    out = []
    for doc in bundled_yaml("procedures"):
        try:
            schemas.validate(doc, "verfahren")
        except Exception as exc:
            raise ConfigError(f"Verfahren fehlerhaft: {getattr(exc, 'meldung', exc)}", doc.datei,
                              getattr(exc, "zeile", None), getattr(exc, "spalte", None)) from None
        out.append(_procedure(doc))
    return out


def _procedure(doc: Loaded) -> Procedure:
    raw = doc.value
    states = [s if isinstance(s, str) else s["name"] for s in raw["states"]]
    known = set(states)

    def need(ok: bool, path: tuple[Any, ...], meldung: str) -> None:
        if not ok:
            zeile, spalte = doc.pos(path)
            raise ConfigError(f"Verfahren fehlerhaft: {meldung}", doc.datei, zeile, spalte)

    need(raw["initial"] in known, ("initial",), f"Anfangszustand '{raw['initial']}' ist kein Zustand")
    for j, name in enumerate(raw["final"]):
        need(name in known, ("final", j), f"Endzustand '{name}' ist kein Zustand")
    edges: dict[str, set[str]] = {s: set() for s in states}
    transitions, resolved = [], []
    for i, t in enumerate(raw["transitions"]):
        where = ("transitions", i)
        need(t["trigger"] in TRIGGERS, where + ("trigger",),
             f"Ereignis '{t['trigger']}' gibt es nicht (bekannt: {', '.join(sorted(TRIGGERS))})")
        sources = states if t["source"] == "*" else [t["source"]] if isinstance(t["source"], str) else t["source"]
        for name in (*sources, *([t["dest"]] if t["dest"] else [])):
            need(name in known, where, f"Zustand '{name}' ist nicht deklariert")
        for key in ("conditions", "unless"):
            for j, cond in enumerate(t.get(key, ())):
                need(cond in TRANSITION_CHECKS, where + (key, j),
                     f"unbekannte Bedingung '{cond}' (bekannt: {', '.join(sorted(TRANSITION_CHECKS))})")
        for src in sources:
            edges[src].add(t["dest"] or src)
        transitions.append({**t, "source": sources})
        resolved.append({**t, "source": sources, **{key: [_condition(TRANSITION_CHECKS[c]) for c in t[key]]
                                                    for key in ("conditions", "unless") if key in t}})
    reached = _reachable(raw["initial"], edges)
    for j, state in enumerate(states):
        need(state in reached, ("states", j), f"Zustand '{state}' ist vom Anfangszustand aus nicht erreichbar")
    head = raw["verfahren"]
    definition = {"states": states, "initial": raw["initial"], "transitions": transitions}
    gilt = head["gilt_fuer"]
    return Procedure(head["id"], head["titel"], frozenset(gilt["art"]), frozenset(gilt["ebene"]), definition,
                     frozenset(raw["final"]), doc.datei, head.get("beschreibung", ""),
                     doc.sha256 or canonical_hash(raw), frozenset(gilt.get("laender", ())), tuple(resolved))


def _condition(check: Callable[[Step, Case], bool]) -> Callable[[Any], bool]:
    """A registered check as transitions calls a condition (``send_event=True``: with the EventData)."""
    return lambda event: check(event.kwargs["step"], event.kwargs["case"])


def _reachable(start: str, edges: dict[str, set[str]]) -> set[str]:
    seen, todo = {start}, deque([start])
    while todo:
        for nxt in edges[todo.popleft()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen
