"""Gremien a Körperschaft has without a list of its own, and the Art a Gremium's name tells.

Both are data: the Land's template of the standard Gremien of each kind of Körperschaft
(laender/<land>.yaml) and ordered name patterns (vocabulary/gremien.yaml). This module only
applies them; ``load_registry`` reads and checks the files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from gremienlauf.model import Body, Organization
from gremienlauf.names import fold

_PLACEHOLDER = re.compile(r"<(\w+)>")


class Land(NamedTuple):
    """One Land's kinds of Körperschaft and the Gremien each kind has (laender/<land>.yaml)."""

    code: str
    name: str
    typen: Mapping[str, str]  # typ → template key
    gremien: Mapping[str, list[dict[str, Any]]]  # template key → Gremien as in a registry file
    je_koerperschaft: Mapping[str, str]  # body id → template key, where one Land has two constitutions


# a pattern whose names stay unknown: they may mean a Gremium only the registry can tell (vocabulary/gremien.yaml)
UNBESTIMMT = "unbestimmt"


class Pattern(NamedTuple):
    art: str
    regex: re.Pattern[str]
    ebene: str | None
    laender: frozenset[str]
    dasselbe: bool


class Vocabulary:
    """The templates of every Land plus the name patterns and the genitive rules.

    Each part is read on first use: a check of a Körperschaft whose Gremien are listed needs none of
    them, and every start would otherwise pay for reading them."""

    def __init__(self, laender: Callable[[], Mapping[str, Land]],
                 words: Callable[[], tuple[list[dict[str, Any]], list[dict[str, str]]]]) -> None:
        # given as functions (load/wortlisten.py): the engine reads no file, and nothing is read unused
        self._read_laender, self._read_words = laender, words
        self._laender: Mapping[str, Land] | None = None
        self._muster: list[dict[str, Any]] | None = None
        self._genitiv: list[dict[str, str]] | None = None
        self._compiled: tuple[Pattern, ...] | None = None

    @property
    def laender(self) -> Mapping[str, Land]:
        if self._laender is None:
            self._laender = self._read_laender()
        return self._laender

    def _words(self) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
        if self._muster is None or self._genitiv is None:
            self._muster, self._genitiv = self._read_words()
        return self._muster, self._genitiv

    def template(self, body_id: str, name: str, typ: str, land_code: str, jugendamt: bool) -> tuple[Organization, ...]:
        """The Gremien of a Körperschaft by its Land's template; a Jugendhilfeausschuss only with a Jugendamt."""
        land = self.laender.get(land_code)
        if land is None:
            return ()
        key = land.je_koerperschaft.get(body_id) or land.typen.get(typ)
        values = self.placeholders(name)
        out = []
        for g in land.gremien.get(key or "", ()):
            if g.get("jugendamt") and not jugendamt:
                continue
            aliases = tuple(a for a in (_fill(a, values) for a in g.get("aliase", ())) if a)
            out.append(Organization(id=g["id"], name=_fill(g["name"], values) or g["name"], art=g["art"],
                                    body_id=body_id, aliases=aliases,
                                    weitere_arten=tuple(g.get("weitere_arten", ())), befugnis=g.get("befugnis")))
        return tuple(out)

    def placeholders(self, name: str) -> dict[str, str]:
        """<genitiv> ('der Stadt Ingolstadt') and <ort> ('Ingolstadt') of a Körperschaft's name, where the
        genitive rules know its first word; a single-word name ('Heidekreis') is its own <ort>."""
        first, _, rest = name.partition(" ")
        for rule in self._words()[1]:
            if first.lower().endswith(rule["endet_auf"]):
                out = {"genitiv": f"{rule['artikel']} {first}{rule.get('endung', '')}" + (f" {rest}" if rest else "")}
                out["ort"] = rest or name
                return out
        return {} if rest else {"ort": name}

    def patterns(self) -> tuple[Pattern, ...]:
        if self._compiled is None:  # compiled on the first name the registry does not know
            self._compiled = tuple(
                Pattern(m["art"], re.compile(r"\b(?:" + "|".join(m["muster"]) + ")"), m.get("ebene"),
                        frozenset(m.get("laender", ())), bool(m.get("dasselbe")))
                for m in self._words()[0])
        return self._compiled

    def infer(self, name: str, land: str) -> Pattern | None:
        """The first pattern that matches ``name`` (folded) and applies in ``land``."""
        text = fold(name)
        if not text:
            return None
        return next((p for p in self.patterns() if (not p.laender or land in p.laender) and p.regex.search(text)),
                    None)


def _fill(text: str, values: Mapping[str, str]) -> str | None:
    """``text`` with its placeholders filled, or None where a value is missing (the alias is left out)."""
    missing = False

    def one(m: re.Match[str]) -> str:
        nonlocal missing
        value = values.get(m.group(1))
        if value is None:
            missing = True
            return ""
        return value

    out = _PLACEHOLDER.sub(one, text)
    return None if missing else out


def inferred_organization(name: str, art: str, body: Body) -> Organization:
    """A Gremium the registry does not list, read as one of ``body``'s own from its name."""
    slug = fold(name).replace(" ", "-")
    return Organization(id=f"abgeleitet-{slug}", name=name, art=art, body_id=body.id)
