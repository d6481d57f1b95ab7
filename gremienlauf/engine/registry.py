"""The registry of Körperschaften and their Gremien, and how Gremium names resolve to them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from gremienlauf.model import Body, Organization
from gremienlauf.names import closest, fold


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a Gremium name in a Vorlage of ``body`` refers to.

    ``organization`` is None when the name is unknown or means one of several bodies' Gremien of the
    same kind ("Rat" in a Kreis Vorlage); ``art`` is then still known.
    """

    name: str
    organization: Organization | None = None
    owner: Body | None = None
    art: str | None = None
    arten: frozenset[str] = frozenset()
    eigene: bool = False
    vorschlag: str | None = None
    ebene: str | None = None

    @property
    def bekannt(self) -> bool:
        return self.art is not None


class Registry:
    def __init__(self, bodies: Iterable[Body]) -> None:
        self.bodies: dict[str, Body] = {}
        for body in bodies:
            self.bodies[body.id] = body
        self._own: dict[str, dict[str, Organization]] = {}
        self._all: dict[str, list[Organization]] = {}
        self._spelling: dict[str, str] = {}
        for body in self.bodies.values():
            index = self._own.setdefault(body.id, {})
            for org in body.organizations:
                for name in (org.id, org.name, *org.aliases):
                    index.setdefault(fold(name), org)
                    self._spelling.setdefault(fold(name), name)
                for name in {fold(org.name), *(fold(a) for a in org.aliases)}:
                    self._all.setdefault(name, []).append(org)
        self._cache: dict[tuple[str, str], Resolution] = {}
        self._body_names: dict[str, Body] = {}
        for body in self.bodies.values():
            for key in (body.name, *body.aliases):
                self._body_names.setdefault(fold(key), body)
            for key in (body.oparl_body, body.ags):
                if key:
                    self._body_names.setdefault(key, body)
        for body in self.bodies.values():
            for org in body.organizations:
                for oparl_id in org.oparl_ids:
                    self._own[body.id].setdefault(oparl_id, org)

    def body(self, body_id: str) -> Body | None:
        return self.bodies.get(body_id)

    def find_body(self, ref: str) -> Body | None:
        """A Körperschaft by registry id, name or alias ("Stadt Kamen"), OParl Body id or AGS.

        Readers of text and OParl data cannot know registry ids; they pass what the source says.
        """
        return self.bodies.get(ref) or self._body_names.get(ref) or self._body_names.get(fold(ref))

    def suggest_body(self, body_id: str) -> str | None:
        return suggest_body(body_id, self.bodies)

    def organization(self, body_id: str, org_id: str) -> Organization | None:
        return self._own.get(body_id, {}).get(fold(org_id))

    def resolve(self, name: str, body: Body) -> Resolution:
        key = (name, body.id)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._resolve(name, body)
        return hit

    def _resolve(self, name: str, body: Body) -> Resolution:
        folded = fold(name)
        own = self._own.get(body.id, {}).get(folded) or self._own.get(body.id, {}).get(name)
        if own:
            return self._hit(name, own, body)
        candidates = self._all.get(folded, [])
        # Prefer the family: a town's own Kreis, a Kreis' own towns, then anyone unique.
        family = [o for o in candidates if o.body_id == body.kreis
                  or self.bodies[o.body_id].kreis == body.id]
        pick = family if len(family) == 1 else candidates if len(candidates) == 1 else []
        if pick:
            return self._hit(name, pick[0], body)
        group = family or candidates
        arten = {o.art for o in group}
        if len(arten) == 1:
            art = arten.pop()
            ebenen = {self.bodies[o.body_id].ebene for o in group}
            return Resolution(name, art=art, arten=frozenset({art}), eigene=False,
                              ebene=ebenen.pop() if len(ebenen) == 1 else None)
        known = {fold(n): n for o in body.organizations for n in (o.name, *o.aliases)}
        return Resolution(name, vorschlag=closest(name, known) or closest(name, self._spelling))

    def _hit(self, name: str, org: Organization, body: Body) -> Resolution:
        owner = self.bodies[org.body_id]
        return Resolution(name, org, owner, org.art, org.arten, org.body_id == body.id, ebene=owner.ebene)


def body_from_dict(raw: dict[str, Any]) -> Body:
    orgs = tuple(
        Organization(id=g["id"], name=g["name"], art=g["art"], body_id=raw["id"],
                     aliases=tuple(g.get("aliase", ())), weitere_arten=tuple(g.get("weitere_arten", ())),
                     oparl_ids=tuple(g.get("oparl_ids", ())), befugnis=g.get("befugnis"))
        for g in raw.get("gremien", ()))
    return Body(id=raw["id"], name=raw["name"], typ=raw["typ"], land=raw["land"], organizations=orgs,
                kreis=raw.get("kreis"), jugendamt=raw["jugendamt"],
                jugendhilfetraeger=raw.get("jugendhilfetraeger"), jha_art=raw.get("jha_art"),
                satzungen=tuple(raw.get("satzungen", ())), ags=raw.get("ags"),
                oparl_body=raw.get("oparl_body"), aliases=tuple(raw.get("aliase", ())))


def load_registry(extra: Iterable[str] = ()) -> Registry:
    """Bundled Körperschaften, then each ``--koerperschaften`` file, later entries replacing earlier ones."""
    from gremienlauf.errors import ConfigError
    from gremienlauf.readers.source import bundled_yaml, read_yaml
    from gremienlauf.schemas import full, validate

    bodies: dict[str, Body] = {}
    docs = [(doc, validate) for doc in bundled_yaml("bodies")]
    docs += [(read_yaml(path), full.validate) for path in extra]
    for doc, check in docs:
        try:
            check(doc, "koerperschaften")
        except Exception as exc:
            raise ConfigError(getattr(exc, "meldung", str(exc)), doc.datei,
                              getattr(exc, "zeile", None), getattr(exc, "spalte", None)) from None
        seen: set[str] = set()
        for i, raw in enumerate(doc.value["koerperschaften"]):
            where = ("koerperschaften", i)
            if raw["id"] in seen:
                raise _config(doc, where + ("id",), f"Körperschaft '{raw['id']}' ist doppelt eingetragen")
            seen.add(raw["id"])
            ids = [g["id"] for g in raw["gremien"]]
            for j, gid in enumerate(ids):
                if gid in ids[:j]:
                    raise _config(doc, where + ("gremien", j, "id"), f"Gremium '{gid}' ist doppelt eingetragen")
            bodies[raw["id"]] = body_from_dict(raw)
    for body in bodies.values():
        for ref in (body.kreis, body.jugendhilfetraeger):
            if ref and ref not in bodies:
                raise ConfigError(f"Körperschaft '{body.id}' verweist auf unbekannte Körperschaft '{ref}'")
    return Registry(bodies.values())


def _config(doc: Any, path: tuple[Any, ...], meldung: str) -> Exception:
    from gremienlauf.errors import ConfigError

    zeile, spalte = doc.pos(path)
    return ConfigError(meldung, doc.datei, zeile, spalte)


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
        score = (SequenceMatcher(None, name, other_name).ratio(), typ == other_typ, candidate)
        if score[0] >= cutoff and (best is None or score[:2] > best[:2]):
            best = score
    return best[2] if best else None


def _split_id(body_id: str) -> tuple[str, str]:
    words = fold(body_id).split()
    if len(words) > 1 and words[0] in BODY_TYPE_WORDS:
        return words[0], " ".join(words[1:])
    return "", " ".join(words)
