"""Loading rule packs: schema, compiled conditions, dated versions without gaps in logic.

A broken pack stops the run before any Vorlage is checked (ConfigError, exit 2).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from gremienlauf.engine.conditions import CompileError, compile_expr
from gremienlauf.engine.rules import TEMPLATE_FIELDS, Citation, Mitigation, Pack, Rule, Version, template_fields
from gremienlauf.errors import ConfigError, InputError
from gremienlauf.readers.cache import canonical_hash
from gremienlauf.readers.source import bundled_yaml, read_yaml
from gremienlauf.readers.yamlsafe import Loaded


def load_packs(extra_dirs: Iterable[str] = ()) -> list[Pack]:
    """The bundled packs, then every ``*.yaml`` pack in the ``--regeln`` directories."""
    from gremienlauf import schemas
    from gremienlauf.schemas import full

    packs = [_pack(doc, schemas.validate) for doc in bundled_yaml("rules")]
    for folder in extra_dirs:
        for path in _pack_files(folder):
            packs.append(_pack(read_yaml(path), full.validate))
    _check_codes(packs)
    return packs


def load_pack_file(doc: Loaded) -> Pack:
    """One user pack, checked with the reference validator (for ``rules lint``)."""
    from gremienlauf.schemas import full

    return _pack(doc, full.validate)


def pack_files(folder: str) -> list[Path]:
    return _pack_files(folder)


def _pack_files(folder: str) -> list[Path]:
    root = Path(folder)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise ConfigError("Regelverzeichnis nicht gefunden", folder)
    return sorted(p for p in root.rglob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def _pack(doc: Loaded, validate: Any) -> Pack:
    try:
        validate(doc, "regeln")
        head = doc.value["pack"]
        daten = bool(head.get("datenpruefung", False))
        rules = tuple(_rule(doc, raw, i, head["id"], daten) for i, raw in enumerate(doc.value["rules"]))
    except InputError as exc:
        raise ConfigError(f"Regelpaket fehlerhaft: {exc.meldung}", exc.datei, exc.zeile, exc.spalte) from None
    return Pack(id=head["id"], titel=head["titel"], version=str(head["version"]), rules=rules, datei=doc.datei,
                land=head.get("land"), koerperschaft=head.get("koerperschaft"), quelle=head.get("quelle"),
                stand=_date(head.get("stand")), sha256=doc.sha256 or canonical_hash(doc.value), datenpruefung=daten,
                orte=tuple((r.code, *doc.pos(("rules", i, "code"))) for i, r in enumerate(rules)))


def _rule(doc: Loaded, raw: dict[str, Any], i: int, pack_id: str, daten: bool = False) -> Rule:
    where = ("rules", i)
    uses: set[str] = set()
    try:
        wenn = compile_expr(raw["wenn"], where + ("wenn",), uses)
        dann = compile_expr(raw["dann"], where + ("dann",), uses) if "dann" in raw else None
        milderung = None
        if "milderung" in raw:
            m = raw["milderung"]
            milderung = Mitigation(compile_expr(m["wenn"], where + ("milderung", "wenn"), set()),
                                   m["schwere"], m.get("zusatz"))
    except CompileError as exc:
        raise doc.error(exc.path, exc.meldung) from None
    planung = raw.get("planung")
    texts = [(where + (key,), raw.get(key, "")) for key in ("meldung", "abhilfe")]
    texts += [(where + ("planung", key), planung.get(key, "")) for key in ("meldung", "abhilfe")] if planung else []
    for at, text in texts:
        try:
            unknown = set(template_fields(text)) - TEMPLATE_FIELDS
        except ValueError as exc:
            raise doc.error(at, str(exc)) from None
        if unknown:
            raise doc.error(at, f"unbekannter Platzhalter {sorted(unknown)} "
                                f"(erlaubt: {', '.join(sorted(TEMPLATE_FIELDS))})")
    versionen = _versions(doc, raw, where)
    if not daten and any(not v.zitate for v in versionen):
        raise doc.error(where + ("code",), f"Regel {raw['code']} nennt keine Rechtsgrundlage; ohne eine darf nur "
                                           "ein Paket mit 'datenpruefung: true' sein")
    return Rule(code=raw["code"], name=raw["name"], titel=raw.get("titel", raw["name"]), schwere=raw["schwere"],
                versionen=versionen, wenn=wenn, dann=dann, meldung=raw["meldung"],
                beschreibung=raw["beschreibung"], abhilfe=raw.get("abhilfe", ""), ort=raw.get("ort"),
                milderung=milderung, verdraengt=tuple(raw.get("verdraengt", ())), ersetzt=raw.get("ersetzt"),
                mehrfach=raw.get("mehrfach", False),
                pack=pack_id, uses=frozenset(uses), raw=raw, daten=daten, zeitpunkt=raw.get("zeitpunkt"),
                planung=(planung["meldung"], planung.get("abhilfe", "")) if planung else None)


def _versions(doc: Loaded, raw: dict[str, Any], where: tuple[Any, ...]) -> tuple[Version, ...]:
    if "versionen" in raw:
        entries = [(v, where + ("versionen", j)) for j, v in enumerate(raw["versionen"])]
    else:
        entries = [(raw, where)]
    out: list[Version] = []
    for entry, path in entries:
        version = Version(_date(entry["gilt_ab"]), _date(entry.get("gilt_bis")),
                          tuple(_citation(c) for c in entry["rechtsgrundlage"]), entry.get("fassung"))
        if version.gilt_bis is not None and version.gilt_bis < version.gilt_ab:
            raise doc.error(path + ("gilt_bis",), "gilt_bis liegt vor gilt_ab")
        if out:
            prev = out[-1]
            if prev.gilt_bis is None or version.gilt_ab <= prev.gilt_bis:
                raise doc.error(path + ("gilt_ab",), "Geltungszeiträume überschneiden sich oder sind nicht "
                                                     "aufsteigend sortiert")
        out.append(version)
    return tuple(out)


def _citation(raw: dict[str, Any]) -> Citation:
    def s(key: str) -> str | None:
        return None if raw.get(key) is None else str(raw[key])
    return Citation(norm=raw["norm"], paragraph=s("paragraph"), artikel=s("artikel"), absatz=s("absatz"),
                    satz=s("satz"), nr=s("nr"), buchstabe=s("buchstabe"), zusatz=s("zusatz"), url=s("url"),
                    belegt=raw.get("belegt", True), land=s("land"), ebene=s("ebene"))


def _check_codes(packs: list[Pack]) -> None:
    seen: dict[str, Pack] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.code in seen and rule.ersetzt != rule.code:
                raise ConfigError(f"Regelcode {rule.code} ist schon im Paket '{seen[rule.code].id}' vergeben; "
                                  f"eine örtliche Regel, die ihn ablösen soll, braucht 'ersetzt: {rule.code}'",
                                  pack.datei, *pack.ort(rule.code))
            seen.setdefault(rule.code, pack)
    codes = set(seen)
    for pack in packs:
        for rule in pack.rules:
            for ref in (*rule.verdraengt, *((rule.ersetzt,) if rule.ersetzt else ())):
                if ref not in codes:
                    raise ConfigError(f"Regel {rule.code} verweist auf unbekannten Code {ref}", pack.datei,
                                      *pack.ort(rule.code))


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
