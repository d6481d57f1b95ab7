"""Which rules can fire on a Case at all, decided once per kind of Vorlage instead of once per Vorlage.

Most rules of a pack start with conditions that depend only on a few facts – the Körperschaft,
the Art, Sachgebiete and Gegenstand, whether it is checked for an agenda or has a documented
history, which kinds of events it had – and fail on most Vorlagen (a Jugendhilfe rule on a road-works
Vorlage). Those leading conditions (the "gate") are evaluated once per combination of these facts and the span
of days in which no rule changes its version; a Vorlage is then evaluated only against the rules whose gate
held, each with the version valid on its day. A rule that passes the gate still evaluates its whole
``wenn``, so findings are exactly those of evaluating every rule: the index only skips rules whose
``wenn`` is certain to be false, and the cost per Vorlage no longer grows with rules that cannot apply.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from gremienlauf.engine.case import Case
from gremienlauf.engine.conditions import Cond, compile_expr
from gremienlauf.engine.rules import Rule, Version

# Fact paths whose value is fixed by the key below (see facts.PATHS: each reads only these fields).
_KEYED = ("koerperschaft.", "vorlage.art", "vorlage.sachgebiete", "vorlage.gegenstand", "sitzung.vorhanden",
          "verlauf.dokumentiert", "verlauf.ereignisse")
_MAX_KEYS = 4096  # distinct keys are few (bodies × arts × subject sets); the bound only guards memory

Candidates = tuple[tuple[Rule, Version], ...]


def gate(rule: Rule) -> Cond | None:
    """The conjuncts of the rule's ``wenn`` that read only keyed facts, compiled; None if there are none."""
    raw = rule.raw.get("wenn") if isinstance(rule.raw, dict) else None
    if not isinstance(raw, dict):
        return None
    parts = raw["alle"] if "alle" in raw else [raw]
    keyed = [p for p in parts if isinstance(p, dict) and isinstance(p.get("pfad"), str)
             and p["pfad"].startswith(_KEYED)]
    return compile_expr({"alle": keyed}, (), set()) if keyed else None


# Set-valued keyed facts: only the values some gate asks about go into the key (``enthaelt X`` holds
# on a set exactly when it holds on the set's intersection with every X asked about), so a rare
# event or subject does not make a key of its own. A gate asking ``vorhanden`` keeps the whole set.
_SETS = ("vorlage.sachgebiete", "vorlage.gegenstand", "verlauf.ereignisse")


def _asked(rules: tuple[Rule, ...]) -> dict[str, frozenset[str] | None]:
    asked: dict[str, set[str] | None] = {p: set() for p in _SETS}
    for rule in rules:
        raw = rule.raw.get("wenn") if isinstance(rule.raw, dict) else None
        parts = raw.get("alle", [raw]) if isinstance(raw, dict) else []
        for part in parts:
            path = part.get("pfad") if isinstance(part, dict) else None
            if path not in asked or asked[path] is None:
                continue
            want = part.get("enthaelt", part.get("enthaelt_eines"))
            if want is None:
                asked[path] = None
            else:
                asked[path].update(want if isinstance(want, list) else [want])  # type: ignore[union-attr]
    return {p: None if v is None else frozenset(v) for p, v in asked.items()}


@dataclass
class RuleIndex:
    """The rules for one Körperschaft (already filtered by Land, Körperschaft and replacements)."""

    rules: tuple[Rule, ...]
    gates: tuple[Cond | None, ...] = ()
    bounds: tuple[date, ...] = ()  # days on which some rule's version starts or ends
    asked: dict[str, frozenset[str] | None] = field(default_factory=dict)
    _spans: dict[int, list[tuple[tuple[Rule, Version], Cond | None]]] = field(default_factory=dict)
    _hits: dict[Hashable, Candidates] = field(default_factory=dict)

    @classmethod
    def build(cls, rules: tuple[Rule, ...]) -> RuleIndex:
        days: set[date] = set()
        for rule in rules:
            for v in rule.versionen:
                days.add(v.gilt_ab)
                if v.gilt_bis is not None and v.gilt_bis < date.max:
                    days.add(v.gilt_bis + timedelta(days=1))
        return cls(rules, tuple(gate(r) for r in rules), tuple(sorted(days)), _asked(rules))

    def key(self, case: Case) -> Hashable:
        c = case.classification
        values = (c.sachgebiete, c.gegenstand, frozenset(o.event.art for o in case.events))
        sets = tuple(v if self.asked.get(p) is None else v & self.asked[p]  # type: ignore[operator]
                     for p, v in zip(_SETS, values, strict=False))
        return (case.paper.art, case.sitzung is not None, case.paper.verlauf is not None, *sets)

    def candidates(self, case: Case, day: date | None = None) -> Candidates:
        """(rule, version) for every rule valid on ``day`` (default: the Case's date) whose gate holds."""
        day = day or case.datum
        span = bisect_right(self.bounds, day)
        k: Any = (span, self.key(case))
        hit = self._hits.get(k)
        if hit is None:
            if len(self._hits) >= _MAX_KEYS:
                self._hits.clear()
            valid = self._spans.get(span)
            if valid is None:  # the (rule, version) pairs are shared by all keys of a span
                valid = self._spans[span] = [((r, v), g) for r, g in zip(self.rules, self.gates, strict=False)
                                             if (v := r.version_at(day)) is not None]
            hit = self._hits[k] = tuple(pair for pair, g in valid if g is None or g(case)[0])
        return hit
