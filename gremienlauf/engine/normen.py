"""The dated norms table: each norm by what it does (``vorbehalt.satzung``), per Land and level, with its
versions (Fassungen) — the quoted sentence, where it was read, its Stand and whether that proves the
period (``belegt``).

Rules name norms by id; their citations and validity follow from the table, so a renumbering such as
§ 71 SGB VIII in 2021 is one edit here. A rule that names a norm a Land does not have (yet) does not
apply there: gremienlauf never cites one Land's law for another.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple

EBENEN = ("gemeinde", "kreis")


class Fassung(NamedTuple):
    gilt_ab: date
    gilt_bis: date | None
    zitat: dict[str, str]
    wortlaut: str | None
    quelle: str | None
    stand: str | None
    belegt: bool
    anmerkung: str | None = None
    werte: dict[str, Any] | None = None

    def covers(self, day: date) -> bool:
        return self.gilt_ab <= day and (self.gilt_bis is None or day <= self.gilt_bis)


class Norm(NamedTuple):
    id: str
    land: str | None
    ebene: str | None  # None: every level of the Land (or of the Bund)
    titel: str
    fassungen: tuple[Fassung, ...]
    datei: str = ""


class Normen:
    def __init__(self, norms: Iterable[Norm]) -> None:
        self.norms = tuple(norms)
        self._by_id: dict[str, list[Norm]] = {}
        for norm in self.norms:
            self._by_id.setdefault(norm.id, []).append(norm)

    @property
    def laender(self) -> tuple[str, ...]:
        return tuple(sorted({n.land for n in self.norms if n.land}))

    def find(self, norm_id: str, land: str | None, ebene: str) -> list[Norm]:
        """The norms with this id that bind a body of ``land`` on ``ebene``: the Land's own, else federal."""
        hits = [n for n in self._by_id.get(norm_id, ()) if n.ebene in (None, ebene)]
        own = [n for n in hits if n.land == land] if land else []
        return own or [n for n in hits if n.land is None]

    def versionen(self, ids: tuple[str, ...], land: str | None, gilt_ab: date | None = None) -> list[dict[str, Any]]:
        """A rule's ``versionen`` (the pack format) for a body of ``land``: one per span of days in which no
        named norm changes, citing every named norm in its Fassung of that span; with ``ebene`` on a citation
        where the norm differs between Gemeinde and Kreis. Empty when the Land lacks one of the norms."""
        per_level = {e: [self.find(i, land, e) for i in ids] for e in EBENEN}
        levels = [e for e, found in per_level.items() if all(found)]
        if not levels:
            return []
        fassungen = [f for e in levels for found in per_level[e] for norm in found for f in norm.fassungen]
        ends = {f.gilt_bis + timedelta(days=1) for f in fassungen if f.gilt_bis}
        cuts = sorted({f.gilt_ab for f in fassungen} | ends)
        out: list[dict[str, Any]] = []
        for start, end in zip(cuts, [*cuts[1:], None], strict=False):
            if gilt_ab is not None and end is not None and end <= gilt_ab:
                continue
            begin = max(start, gilt_ab) if gilt_ab else start
            zitate: list[dict[str, Any]] = []
            for level in levels:
                found = [(norm, next((f for f in norm.fassungen if f.covers(begin)), None))
                         for norms in per_level[level] for norm in norms]
                if any(f is None for _, f in found):
                    continue  # this level has no text of one of the norms in this span
                zitate += [_citation(norm, f, level if norm.ebene else None) for norm, f in found if f is not None]
            zitate = _unique(zitate)
            if not zitate:
                continue
            bis = None if end is None else (end - timedelta(days=1)).isoformat()
            if out and out[-1]["rechtsgrundlage"] == zitate and out[-1].get("gilt_bis") == \
                    (begin - timedelta(days=1)).isoformat():
                out[-1].pop("gilt_bis")  # same citations on: one version
                if bis:
                    out[-1]["gilt_bis"] = bis
                continue
            out.append({"gilt_ab": begin.isoformat(), **({"gilt_bis": bis} if bis else {}), "rechtsgrundlage": zitate})
        return out

    def werte(self, norm_id: str, land: str | None, ebene: str, day: date) -> dict[str, Any] | None:
        """The legal constants (deadlines, quorums) a norm fixes in its Fassung of that day, or None."""
        for norm in self.find(norm_id, land, ebene):
            hit = next((f for f in norm.fassungen if f.covers(day)), None)
            if hit is not None and hit.werte:
                return hit.werte
        return None

    def ebenen(self, ids: tuple[str, ...], land: str | None) -> list[str]:
        return [e for e in EBENEN if all(self.find(i, land, e) for i in ids)]


def _citation(norm: Norm, fassung: Fassung, ebene: str | None) -> dict[str, Any]:
    out: dict[str, Any] = dict(fassung.zitat)
    out["belegt"] = fassung.belegt
    if fassung.quelle:
        out["url"] = fassung.quelle
    if fassung.wortlaut:
        out["wortlaut"] = fassung.wortlaut
    if fassung.stand:
        out["stand"] = fassung.stand
    if norm.land:
        out["land"] = norm.land
    if ebene:
        out["ebene"] = ebene
    return out


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for item in items:
        key = tuple(sorted((k, str(v)) for k, v in item.items()))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
