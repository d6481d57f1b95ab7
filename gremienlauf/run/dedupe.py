"""One Vorlage from several sources (its PDF text and its RIS page) is reported once, naming both.

The identity of a Vorlage is Körperschaft + Nummer. A Vorlage without a Nummer has no identity and is
never merged: matching on Betreff or wording would be a guess.
"""

from __future__ import annotations

from collections.abc import Iterable

from gremienlauf.model import Checked, Finding, Paper

Identity = tuple[str, str]


def identity(paper: Paper, body_id: str | None) -> Identity | None:
    if not paper.nummer or body_id is None:
        return None
    nummer = str(paper.nummer)
    norm = " ".join(nummer.split()).upper()
    # the Nummer's own string where it is already in normal form: large runs keep it for every Vorlage
    return body_id, nummer if norm == nummer else norm


def merge(findings: list[Finding], checked: list[Checked],
          identities: dict[tuple[str, str], Identity]) -> tuple[list[Finding], list[Checked]]:
    """``identities`` maps (datei, Vorlage label) to the identity. The first source in file order is
    kept; a finding the other source repeats (same code and message) is dropped there and the kept one
    names the other place; findings only one source has stay where they are."""
    sources: dict[Identity, list[tuple[str, str]]] = {}
    for (datei, label), ident in sorted(identities.items()):
        sources.setdefault(ident, []).append((datei, label))
    drop: set[int] = set()
    out = list(findings)
    for places in sources.values():
        if len({d for d, _ in places}) < 2:
            continue
        first, others = places[0], places[1:]
        for other in others:
            _fold_into(out, first, other, drop)
        checked = _one_entry(checked, first, others)
    return [f for i, f in enumerate(out) if i not in drop], checked


def _fold_into(out: list[Finding], first: tuple[str, str], other: tuple[str, str], drop: set[int]) -> None:
    mine = {(f.code, f.meldung): i for i, f in enumerate(out) if (f.datei, f.vorlage) == first}
    for i, f in enumerate(out):
        if (f.datei, f.vorlage) != other or i in drop:
            continue
        hit = mine.get((f.code, f.meldung))
        if hit is not None:
            drop.add(i)
            kept = out[hit]
            out[hit] = kept._replace(meldung=f"{kept.meldung} (ebenso in {f.datei}, Zeile {f.zeile})")


def _one_entry(checked: Iterable[Checked], first: tuple[str, str], others: list[tuple[str, str]]) -> list[Checked]:
    out = []
    also = ", ".join(d for d, _ in others)
    for c in checked:
        if (c.datei, c.vorlage) in others:
            continue
        out.append(c._replace(vorlage=f"{c.vorlage} (auch in {also})") if (c.datei, c.vorlage) == first else c)
    return out
