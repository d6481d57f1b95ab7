"""The registry of Körperschaften and their Gremien, and how Gremium names resolve to them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from gremienlauf.engine.gremien import UNBESTIMMT, Vocabulary, inferred_organization
from gremienlauf.model import Body, Organization
from gremienlauf.names import closest, fold


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a Gremium name in a Vorlage of ``body`` refers to.

    ``organization`` is None when the name is unknown or means one of several bodies' Gremien of the
    same kind ("Rat" in a Kreis Vorlage); ``art`` is then still known. ``abgeleitet``: the registry does
    not list the name; its Art was read from the name (vocabulary/gremien.yaml).
    """

    name: str
    organization: Organization | None = None
    owner: Body | None = None
    art: str | None = None
    arten: frozenset[str] = frozenset()
    eigene: bool = False
    vorschlag: str | None = None
    ebene: str | None = None
    abgeleitet: bool = False

    @property
    def bekannt(self) -> bool:
        return self.art is not None


class Bodies(Mapping[str, Body]):
    """The Körperschaften by id. An entry without a list of Gremien stays the plain value it was read
    as until first used, then becomes a Body with its Land's template: building all 450 bundled ones
    would cost every start more than checking a Vorlage."""

    def __init__(self, bodies: Iterable[Body], raw: Iterable[dict[str, Any]], vocabulary: Vocabulary | None) -> None:
        self._entries: dict[str, Body | dict[str, Any]] = {}
        for entry in raw:
            self._entries[entry["id"]] = entry
        for body in bodies:
            self._entries[body.id] = body
        self.templated = frozenset(k for k, v in self._entries.items() if isinstance(v, dict))
        self._vocabulary = vocabulary

    def __getitem__(self, body_id: str) -> Body:
        entry = self._entries[body_id]
        if isinstance(entry, dict):
            body = body_from_dict(entry, self._vocabulary)
            self._entries[body_id] = entry = body
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, body_id: object) -> bool:
        return body_id in self._entries

    def summaries(self) -> Iterator[tuple[str, str, tuple[str, ...], str | None, str | None, str | None]]:
        """(id, name, aliases, kreis, oparl_body, ags) of every entry, without building any Body."""
        for body_id, e in self._entries.items():
            if isinstance(e, dict):
                yield body_id, e["name"], tuple(e.get("aliase", ())), e.get("kreis"), e.get("oparl_body"), e.get("ags")
            else:
                yield body_id, e.name, e.aliases, e.kreis, e.oparl_body, e.ags

    def listed(self) -> Iterator[Body]:
        """The bodies whose Gremien a registry file lists (no template)."""
        return (self[k] for k in self._entries if k not in self.templated)

    def entries(self) -> tuple[list[Body], list[dict[str, Any]]]:
        built = [e for e in self._entries.values() if not isinstance(e, dict)]
        return built, [e for e in self._entries.values() if isinstance(e, dict)]


class Registry:
    def __init__(self, bodies: Iterable[Body], vocabulary: Vocabulary | None = None,
                 raw: Iterable[dict[str, Any]] = ()) -> None:
        self.vocabulary = vocabulary
        self.bodies = Bodies(bodies, raw, vocabulary)
        self._members: dict[str, list[str]] = {}
        for body_id, _, _, kreis, _, _ in self.bodies.summaries():
            if kreis:
                self._members.setdefault(kreis, []).append(body_id)
        self._own: dict[str, dict[str, Organization]] = {}
        self._listed: dict[str, list[Organization]] | None = None
        self._spelling: dict[str, str] = {}
        self._cache: dict[tuple[str, str], Resolution] = {}
        self._body_names: dict[str, str] | None = None
        self._inferred: dict[tuple[str, str], Organization] = {}

    def with_gremien(self, extra: Iterable[Organization]) -> Registry:
        """The same registry with more Gremien for some bodies (Gherkin scenarios add them)."""
        extra = tuple(extra)
        touched = {o.body_id for o in extra}
        built, raw = self.bodies.entries()
        more = [replace(self.bodies[i], organizations=self.bodies[i].organizations
                        + tuple(o for o in extra if o.body_id == i)) for i in touched if i in self.bodies]
        return Registry([b for b in built if b.id not in touched] + more, self.vocabulary,
                        [r for r in raw if r["id"] not in touched])

    def body(self, body_id: str) -> Body | None:
        return self.bodies.get(body_id)

    def find_body(self, ref: str) -> Body | None:
        """A Körperschaft by registry id, name or alias ("Stadt Kamen"), OParl Body id or AGS.

        Readers of text and OParl data cannot know registry ids; they pass what the source says.
        """
        if ref in self.bodies:
            return self.bodies[ref]
        names = self._names()
        hit = names.get(ref) or names.get(fold(ref))
        return self.bodies[hit] if hit else None

    def _names(self) -> dict[str, str]:
        if self._body_names is None:  # only when a source names its Körperschaft other than by id
            self._body_names = {}
            for body_id, name, aliases, _, oparl_body, ags in self.bodies.summaries():
                for key in (name, *aliases):
                    self._body_names.setdefault(fold(key), body_id)
                for other in (oparl_body, ags):
                    if other:
                        self._body_names.setdefault(other, body_id)
        return self._body_names

    def suggest_body(self, body_id: str) -> str | None:
        return suggest_body(body_id, self.bodies)

    def organization(self, body_id: str, org_id: str) -> Organization | None:
        return self._index(body_id).get(fold(org_id))

    def _index(self, body_id: str) -> dict[str, Organization]:
        """A body's own Gremien by folded id, name and alias, and by OParl id; built on first use."""
        index = self._own.get(body_id)
        if index is None:
            index = self._own[body_id] = {}
            body = self.bodies.get(body_id)
            for org in body.organizations if body else ():
                for name in (org.id, org.name, *org.aliases):
                    index.setdefault(fold(name), org)
                for oparl_id in org.oparl_ids:
                    index.setdefault(oparl_id, org)
        return index

    def _listed_gremien(self) -> dict[str, list[Organization]]:
        """Gremien listed in a registry file, by folded name: a name unique among them resolves from
        any Körperschaft. Template Gremien are left out: their names ("Kreistag") are everybody's."""
        if self._listed is None:
            self._listed = {}
            for body in self.bodies.listed():
                for org in body.organizations:
                    for name in (org.name, *org.aliases):
                        self._spelling.setdefault(fold(name), name)
                    for name in {fold(org.name), *(fold(a) for a in org.aliases)}:
                        self._listed.setdefault(name, []).append(org)
        return self._listed

    def resolve(self, name: str, body: Body) -> Resolution:
        key = (name, body.id)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._resolve(name, body)
        return hit

    def _resolve(self, name: str, body: Body) -> Resolution:
        folded = fold(name)
        own = self._index(body.id).get(folded) or self._index(body.id).get(name)
        if own:
            return self._hit(name, own, body)
        # Prefer the family: a town's own Kreis, a Kreis' own towns, then anyone unique.
        relatives = ([body.kreis] if body.kreis else []) + self._members.get(body.id, [])
        family = [o for r in relatives if r in self.bodies for o in [self._index(r).get(folded)] if o]
        # a name that some other, unrelated body uses is not yet that body's Gremium: only the family counts
        if len(family) == 1:
            return self._hit(name, family[0], body)
        group = family
        arten = {o.art for o in group}
        if len(arten) == 1:
            art = arten.pop()
            ebenen = {self.bodies[o.body_id].ebene for o in group}
            return Resolution(name, art=art, arten=frozenset({art}), eigene=False,
                              ebene=ebenen.pop() if len(ebenen) == 1 else None)
        known = {fold(n): n for o in body.organizations for n in (o.name, *o.aliases)}
        typo = closest(name, known, TYPO_CUTOFF)
        inferred = self._infer(name, body) if typo is None else None
        if inferred is not None:
            return inferred
        return Resolution(name, vorschlag=typo or closest(name, known) or closest(name, self._spelling))

    def _infer(self, name: str, body: Body) -> Resolution | None:
        """A name the registry does not list, read by the patterns of vocabulary/gremien.yaml."""
        pattern = self.vocabulary.infer(name, body.land) if self.vocabulary else None
        if pattern is not None and pattern.art == UNBESTIMMT and body.jugendamt and _jugend_ausschuss(name):
            # a Träger has exactly one JHA, and its committee with "Jugend" in the name is nearly always it
            # ("Kinder- und Jugendausschuss", "Ausschuss für Kinder, Jugend und Familie"): read as the JHA and
            # said so (DQ004); a wrong guess can only hide a breach, never accuse one
            key = (body.id, fold(name))
            org = self._inferred.get(key)
            if org is None:
                org = self._inferred[key] = inferred_organization(name, "jugendhilfeausschuss", body)
            return Resolution(name, org, body, org.art, org.arten, True, ebene=body.ebene, abgeleitet=True)
        if pattern is None or pattern.art == UNBESTIMMT:
            return None
        if pattern.ebene is not None and pattern.ebene != body.ebene:
            # a "Stadtrat" in a Vorlage of a Landkreis: some town's council, not the Kreis' own
            return Resolution(name, art=pattern.art, arten=frozenset({pattern.art}), ebene=pattern.ebene,
                              abgeleitet=True)
        same = [o for o in body.organizations if pattern.art in o.arten] if pattern.dasselbe else []
        if len(same) == 1:  # the registered Gremium under another spelling: its Art is not a guess
            return self._hit(name, same[0], body)
        else:
            key = (body.id, fold(name))
            org = self._inferred.get(key)
            if org is None:
                org = self._inferred[key] = inferred_organization(name, pattern.art, body)
        return Resolution(name, org, body, org.art, org.arten, True, ebene=body.ebene, abgeleitet=True)

    def _hit(self, name: str, org: Organization, body: Body) -> Resolution:
        owner = self.bodies[org.body_id]
        return Resolution(name, org, owner, org.art, org.arten, org.body_id == body.id, ebene=owner.ebene)


def _jugend_ausschuss(name: str) -> bool:
    """A committee about youth (and children, families) alone; one that also names school, sport, education
    or culture is more likely a Fachausschuss beside the JHA, and stays unknown."""
    folded = fold(name)
    return "jugend" in folded and ("ausschuss" in folded or "kommission" in folded) \
        and not any(other in folded for other in ("schul", "sport", "bildung", "kultur", "freizeit"))


def body_from_dict(raw: dict[str, Any], vocabulary: Vocabulary | None = None) -> Body:
    """A registry entry as a Body; without ``gremien`` its Gremien come from the Land's template."""
    orgs = tuple(
        Organization(id=g["id"], name=g["name"], art=g["art"], body_id=raw["id"],
                     aliases=tuple(g.get("aliase", ())), weitere_arten=tuple(g.get("weitere_arten", ())),
                     oparl_ids=tuple(g.get("oparl_ids", ())), befugnis=g.get("befugnis"))
        for g in raw.get("gremien", ()))
    if "gremien" not in raw and vocabulary is not None:
        orgs = vocabulary.template(raw["id"], raw["name"], raw["typ"], raw["land"], raw["jugendamt"])
    return Body(id=raw["id"], name=raw["name"], typ=raw["typ"], land=raw["land"], organizations=orgs,
                kreis=raw.get("kreis"), jugendamt=raw["jugendamt"],
                jugendhilfetraeger=raw.get("jugendhilfetraeger"), jha_art=raw.get("jha_art"),
                satzungen=tuple(raw.get("satzungen", ())), ags=raw.get("ags"),
                oparl_body=raw.get("oparl_body"), aliases=tuple(raw.get("aliase", ())))


# A name this close to a registered one is a typo to fix ("Jugendhilfeauschuss" 0.97), not another Gremium
# whose Art the name tells ("Jugendhilfeausschuss Bonn" 0.89, "Bezirksverordnetenversammlung Pankow" 0.89).
TYPO_CUTOFF = 0.93

# Words that open most ids; shared by "stadt-dortmund" and "stadt-duelmen", they must not make them alike.
BODY_TYPE_WORDS = ("stadt", "gemeinde", "kreis")
# Tuned on typos and on other towns (tests/test_registry.py): a typo keeps ≥ 0.8 of a name, another
# town's name shares less ("dortmund"/"dulmen" 0.57, "werl"/"werne" 0.67).
SUGGEST_CUTOFF = 0.8


def suggest_body(body_id: str, ids: Iterable[str], cutoff: float = SUGGEST_CUTOFF) -> str | None:
    """The registered id that ``body_id`` most likely misspells, compared by the name after the type word
    ('stadt', 'gemeinde', 'kreis'); None when nothing is similar enough – a wrong hint is worse than none."""
    from difflib import SequenceMatcher  # only for suggestions; kept off the start-up path

    typ, name = _split_id(body_id)
    best: tuple[float, bool, str] | None = None
    for candidate in sorted(ids):
        other_typ, other_name = _split_id(candidate)
        if typ != other_typ and "kreis" in (typ, other_typ):
            continue  # "stadt-soest" is not a typo of "kreis-soest": most Kreise share a town's name
        score = (SequenceMatcher(None, name, other_name).ratio(), typ == other_typ, candidate)
        if score[0] >= cutoff and (best is None or score[:2] > best[:2]):
            best = score
    return best[2] if best else None


def _split_id(body_id: str) -> tuple[str, str]:
    words = fold(body_id).split()
    if len(words) > 1 and words[0] in BODY_TYPE_WORDS:
        return words[0], " ".join(words[1:])
    return "", " ".join(words)
