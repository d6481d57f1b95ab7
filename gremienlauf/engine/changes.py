"""Rule history: what changed in the rules between two days (new, dropped or re-cited versions)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from gremienlauf.engine.rules import Pack, Rule, Version


@dataclass(frozen=True, slots=True)
class Change:
    tag: date
    rule: Rule
    vorher: Version | None
    nachher: Version | None

    @property
    def art(self) -> str:
        if self.vorher is None:
            return "neu"
        return "entfällt" if self.nachher is None else "geändert"


def changes(packs: Iterable[Pack], von: date, bis: date) -> list[Change]:
    """Every day after ``von`` up to and including ``bis`` on which a rule's valid version changes."""
    out = []
    for pack in packs:
        for rule in pack.rules:
            days = {v.gilt_ab for v in rule.versionen} | {v.gilt_bis + timedelta(days=1) for v in rule.versionen
                                                           if v.gilt_bis is not None and v.gilt_bis < date.max}
            for day in sorted(d for d in days if von < d <= bis):
                before, after = rule.version_at(day - timedelta(days=1)), rule.version_at(day)
                if _norms(before) != _norms(after):  # a new reading of the same sentence is no change of law
                    out.append(Change(day, rule, before, after))
    return sorted(out, key=lambda c: (c.tag, c.rule.code))


def _norms(version: Version | None) -> tuple[tuple[str | None, ...], ...] | None:
    if version is None:
        return None
    return tuple((c.norm, c.paragraph, c.artikel, c.absatz, c.satz, c.nr, c.buchstabe, c.zusatz, c.land, c.ebene)
                 for c in version.zitate)
