"""Which rules can fire on a Case at all, decided once per kind of Vorlage instead of once per Vorlage.

Most rules of a pack start with conditions that depend only on a few facts – the Körperschaft,
the Art, Sachgebiete and Gegenstand, whether it is checked for an agenda or has a documented
history, which kinds of events it had – and fail on most Vorlagen (a Jugendhilfe rule on a road-works Vorlage). Those leading
conditions (the "gate") are evaluated once per combination of these facts and the span of days in
which no rule changes its version; a Vorlage is then evaluated only against the rules whose gate
held, each with the version valid on its day. A rule that passes the gate still evaluates its whole
``wenn``, so findings are exactly those of evaluating every rule: the index only skips rules whose
``wenn`` is certain to be false, and the cost per Vorlage no longer grows with rules that cannot apply.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Hashable

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


def key(case: Case) -> Hashable:
    c = case.classification
    return (case.paper.art, c.sachgebiete, c.gegenstand, case.sitzung is not None, case.paper.verlauf is not None,
            frozenset(o.event.art for o in case.events))


@dataclass
class RuleIndex:
    """The rules for one Körperschaft (already filtered by Land, Körperschaft and replacements)."""

    rules: tuple[Rule, ...]
    gates: tuple[Cond | None, ...] = ()
    bounds: tuple[date, ...] = ()  # days on which some rule's version starts or ends
    _hits: dict[Hashable, Candidates] = field(default_factory=dict)

    @classmethod
    def build(cls, rules: tuple[Rule, ...]) -> "RuleIndex":
        days: set[date] = set()
        for rule in rules:
            for v in rule.versionen:
                days.add(v.gilt_ab)
                if v.gilt_bis is not None and v.gilt_bis < date.max:
                    days.add(v.gilt_bis + timedelta(days=1))
        return cls(rules, tuple(gate(r) for r in rules), tuple(sorted(days)))

    def candidates(self, case: Case, day: date | None = None) -> Candidates:
        """(rule, version) for every rule valid on ``day`` (default: the Case's date) whose gate holds."""
        day = day or case.datum
        span = bisect_right(self.bounds, day)
        k: Any = (span, key(case))
        hit = self._hits.get(k)
        if hit is None:
            if len(self._hits) >= _MAX_KEYS:
                self._hits.clear()
            hit = tuple((r, v) for r, g in zip(self.rules, self.gates)
                        if (v := r.version_at(day)) is not None and (g is None or g(case)[0]))
            self._hits[k] = hit
        return hit
