"""Loading rule packs: schema, compiled conditions, dated versions without gaps in logic.

A broken pack stops the run before any Vorlage is checked (ConfigError, exit 2).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from gremienlauf.engine.conditions import CompileError, compile_expr
from gremienlauf.engine.normen import Normen
from gremienlauf.engine.rules import TEMPLATE_FIELDS, Citation, Mitigation, Pack, Rule, Version, template_fields
from gremienlauf.engine.verdict import LAENDER
from gremienlauf.errors import ConfigError, InputError
from gremienlauf.load.cache import canonical_hash
from gremienlauf.load.files import bundled_yaml, read_yaml
from gremienlauf.load.normenkatalog import load_normen
from gremienlauf.load.yamlsafe import Loaded


def load_packs(extra_dirs: Iterable[str] = ()) -> list[Pack]:
    """The bundled packs, then every ``*.yaml`` pack in the ``--regeln`` directories."""
    from gremienlauf.load import full_schema, schemas

    normen = load_normen()
    packs = [p for doc in bundled_yaml("rules") for p in _packs(doc, schemas.validate, normen)]
    for folder in extra_dirs:
        for path in _pack_files(folder):
            packs += _packs(read_yaml(path), full_schema.validate, normen)
    _check_codes(packs)
    return packs


def load_pack_file(doc: Loaded) -> Pack:
    """One user pack, checked with the reference validator (for ``rules lint``)."""
    from gremienlauf.load import full_schema

    return _packs(doc, full_schema.validate, load_normen())[0]


def pack_files(folder: str) -> list[Path]:
    return _pack_files(folder)


def _pack_files(folder: str) -> list[Path]:
    root = Path(folder)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise ConfigError("Regelverzeichnis nicht gefunden", folder)
    return sorted(p for p in root.rglob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def _packs(doc: Loaded, validate: Any, normen: Normen) -> list[Pack]:
    """The pack a file holds; a pack with ``je_land: true`` becomes one pack per Land whose norms table has
    what its rules name (the Land's own law, cited from its own Fassungen)."""
    try:
        validate(doc, "regeln")
    except InputError as exc:
        raise ConfigError(f"Regelpaket fehlerhaft: {exc.meldung}", exc.datei, exc.zeile, exc.spalte) from None
    head = doc.value["pack"]
    if not head.get("je_land"):
        return [_pack(doc, head, head.get("land"), normen)]
    out = []
    for land in normen.laender:
        pack = _pack(doc, head, land, normen)
        if pack.rules:
            out.append(pack)
    return out


def _pack(doc: Loaded, head: dict[str, Any], land: str | None, normen: Normen) -> Pack:
    daten = bool(head.get("datenpruefung", False))
    try:
        rules = tuple(rule for i, raw in enumerate(doc.value["rules"])
                      if (dated := _with_norms(raw, land, normen)) is not None
                      for rule in (_rule(doc, dated, i, head["id"], daten),))
    except InputError as exc:
        raise ConfigError(f"Regelpaket fehlerhaft: {exc.meldung}", exc.datei, exc.zeile, exc.spalte) from None
    ids = {raw["code"]: i for i, raw in enumerate(doc.value["rules"])}
    suffix = f"-{land.lower()}" if head.get("je_land") and land else ""
    titel = f"{head['titel']} – {LAENDER.get(land or '', land)}" if suffix else head["titel"]
    return Pack(id=head["id"] + suffix, titel=titel, version=str(head["version"]), rules=rules, datei=doc.datei,
                land=land, koerperschaft=head.get("koerperschaft"), quelle=head.get("quelle"),
                stand=_date(head.get("stand")), sha256=doc.sha256 or canonical_hash(doc.value), datenpruefung=daten,
                orte=tuple((r.code, *doc.pos(("rules", ids[r.code], "code"))) for r in rules))


def _with_norms(raw: dict[str, Any], land: str | None, normen: Normen) -> dict[str, Any] | None:
    """A rule naming norms, with ``versionen`` from the norms table for ``land``; None where the Land lacks
    one of them. Where the Land has a norm only for Gemeinden (or only for Kreise) the rule is kept to that
    level, so that no Kreis is judged by the Gemeindeordnung."""
    if "normen" not in raw:
        return raw
    ids = tuple(raw["normen"])
    versionen = normen.versionen(ids, land, _date(raw.get("gilt_ab")))
    if not versionen:
        return None
    dated = {k: v for k, v in raw.items() if k not in ("normen", "gilt_ab")}
    dated["versionen"] = versionen
    ebenen = normen.ebenen(ids, land)
    if len(ebenen) == 1:
        dated["wenn"] = {"alle": [{"pfad": "koerperschaft.ebene", "gleich": ebenen[0]},
                                  *(raw["wenn"]["alle"] if "alle" in raw["wenn"] else [raw["wenn"]])]}
    return dated


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
    texts: list[tuple[tuple[Any, ...], Any]] = [(where + (key,), raw.get(key, "")) for key in ("meldung", "abhilfe")]
    texts += [(where + ("planung", key), planung.get(key, "")) for key in ("meldung", "abhilfe")] if planung else []
    if raw.get("milderung", {}).get("zusatz"):  # rendered with the same values as the message
        texts.append((where + ("milderung", "zusatz"), raw["milderung"]["zusatz"]))
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
        # gilt_ab is required by the pack schema, gilt_bis is not
        version = Version(date.fromisoformat(entry["gilt_ab"]), _date(entry.get("gilt_bis")),
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
                    belegt=raw.get("belegt", True), land=s("land"), ebene=s("ebene"), wortlaut=s("wortlaut"),
                    stand=s("stand"))


def _check_codes(packs: list[Pack]) -> None:
    seen: dict[str, Pack] = {}
    for pack in packs:
        for rule in pack.rules:
            first = seen.get(rule.code)
            if first is not None and first.datei == pack.datei and first.land != pack.land:
                continue  # one je_land rule, once per Land
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
