"""A registry draft (``--koerperschaften`` entries) from the organization list of an OParl server or files.

Gremium-Arten are proposed from names (vocabulary/ris.yaml, ``gremium_arten``); factions and offices
are left out. What the data cannot tell (Typ, Land without AGS) is written as ``PRÜFEN``, which the
schema rejects, so that nobody uses the draft unreviewed; guesses carry a ``# PRÜFEN`` comment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gremienlauf.errors import InputError
from gremienlauf.names import fold, slug
from gremienlauf.readers import ris_vocabulary
from gremienlauf.readers.oparl import crawl
from gremienlauf.readers.oparl.records import BodyRec, OrgRec, SystemRec, is_list_page
from gremienlauf.readers.oparl.source import Settings, local_files, local_values
from gremienlauf.readers.oparl.store import Store

NOT_GREMIEN = frozenset({"fraktion", "fraktionen", "partei", "dienststellen", "dienststelle", "verwaltungsbereich",
                         "amt", "amter", "institution", "externes gremium", "ortsvorsteher"})
PRUEFEN = "PRÜFEN"  # the schema rejects it: a draft is valid only after review
# The first two digits of an AGS are the Land (Länderschlüssel).
LAENDER = {"01": "SH", "02": "HH", "03": "NI", "04": "HB", "05": "NW", "06": "HE", "07": "RP", "08": "BW",
           "09": "BY", "10": "SL", "11": "BE", "12": "BB", "13": "MV", "14": "SN", "15": "ST", "16": "TH"}


def draft(sources: Sequence[str], settings: Settings) -> tuple[list[dict[str, Any]], list[str]]:
    from gremienlauf.readers.oparl import open_store

    problems: list[str] = []
    try:
        store = open_store(sources, settings)
    except InputError as exc:
        return [], [str(exc)]
    for source in sources:
        failed = _remote(source, store, settings) if store.http else _local(source, store, settings)
        problems += [str(e) for e in failed]
    if not problems and not any(isinstance(r, (BodyRec, OrgRec)) for r in store.records.values()):
        problems.append(f"{', '.join(sources)}: keine Körperschaft (Body) und kein Gremium (Organization) gefunden")
    return entries(store), problems


def _local(path: str, store: Store, settings: Settings) -> list[InputError]:
    out = []
    for name, _ in local_files(path):
        try:
            for value in local_values(name, settings.max_bytes):
                store.ingest(value, None, name)
        except InputError as exc:
            out.append(exc)
    return out


def _remote(url: str, store: Store, settings: Settings) -> list[InputError]:
    assert store.http is not None
    try:
        value = store.http.fetch(url)
    except InputError as exc:
        return [exc]
    found = store.ingest(value, "Organization" if is_list_page(value) or isinstance(value, list) else None, url)
    lists: list[str] = []
    for rec in found:
        if isinstance(rec, SystemRec) and rec.bodies:
            lists += [body.organizations for batch in crawl.pages(rec.bodies, store, settings)
                      if not isinstance(batch, InputError)
                      for body in store.ingest(batch, "Body", rec.bodies)
                      if isinstance(body, BodyRec) and body.organizations]
        elif isinstance(rec, BodyRec) and rec.organizations:
            lists.append(rec.organizations)
    errors = []
    nxt = value["links"].get("next") if is_list_page(value) and isinstance(value.get("links"), dict) else None
    if isinstance(nxt, str) and nxt:
        lists.append(nxt)
    elif nxt not in (None, ""):
        errors.append(InputError(f"'links.next' ist keine Adresse ({str(nxt)[:60]}); weitere Seiten dieser Liste "
                                 "können nicht gelesen werden", url))
    for list_url in lists:
        for batch in crawl.pages(list_url, store, settings):
            if isinstance(batch, InputError):
                errors.append(batch)
            else:
                store.ingest(batch, "Organization", list_url)
    return errors


def _gremium(org: OrgRec) -> bool:
    kinds = {fold(v) for v in (org.organization_type, org.classification) if v}
    return not org.deleted and not (kinds & NOT_GREMIEN) and "/at/" not in org.id and "typ=at" not in org.id


def entries(store: Store) -> list[dict[str, Any]]:
    """Registry entries as plain values; ``hinweise`` maps a key (or ``gremien.<i>.art``) to what a human must
    check there. The YAML with its comments is written by formats/registry_draft.py."""
    bodies = {r.id: r for r in store.records.values() if isinstance(r, BodyRec)}
    orgs: dict[str, list[OrgRec]] = {}
    for rec in store.records.values():
        if isinstance(rec, OrgRec) and _gremium(rec):
            orgs.setdefault(rec.body or "", []).append(rec)
    used: set[str] = set()
    return [_body(body_id, bodies.get(body_id), sorted(orgs.get(body_id, []), key=lambda o: o.id), used)
            for body_id in sorted(set(orgs) | set(bodies))]


def _body(body_id: str, body: BodyRec | None, gremien: list[OrgRec], used: set[str]) -> dict[str, Any]:
    name = body.name if body and body.name else None
    ags = body.ags if body else None
    if ags and ags.isdigit() and len(ags) == 7:
        ags = "0" + ags  # Sternberg drops the leading zero of the eight-digit AGS
    land = LAENDER.get(ags[:2]) if ags and len(ags) == 8 else None
    arten = [ris_vocabulary.gremium_art(o.name, o.short_name) for o in gremien]
    typ, typ_geraten = _typ(name)
    entry: dict[str, Any] = {"id": slug(name or "koerperschaft", used, "gremium"), "name": name or PRUEFEN,
                             "typ": typ, "land": land or PRUEFEN, "jugendamt": "jugendhilfeausschuss" in arten}
    hinweise = {"jugendamt": "PRÜFEN: aus den Gremien geraten"}
    if land:
        hinweise["land"] = "aus dem AGS"
    if typ_geraten:
        hinweise["typ"] = "PRÜFEN: aus dem Namen geraten"
    if body_id:
        entry["oparl_body"] = body_id
    if ags and len(ags) == 8 and ags.isdigit():
        entry["ags"] = ags
    entry["gremien"] = []
    local: set[str] = set()
    for i, (org, art) in enumerate(zip(gremien, arten, strict=False)):
        label = org.name or org.short_name or org.id
        gremium: dict[str, Any] = {"id": slug(label, local, "gremium"), "name": label, "art": art or "fachausschuss"}
        if not art:
            hinweise[f"gremien.{i}.art"] = "PRÜFEN: aus dem Namen nicht erkennbar"
        if org.short_name and org.short_name != label:
            gremium["aliase"] = [org.short_name]
        gremium["oparl_ids"] = [org.id]
        entry["gremien"].append(gremium)
    entry["hinweise"] = hinweise
    return entry


def _typ(name: str | None) -> tuple[str, bool]:
    """The Typ the name suggests, and whether it is a guess (else PRÜFEN)."""
    folded = fold(name or "")
    for prefix, typ in (("landkreis", "landkreis"), ("kreis", "kreis"), ("gemeinde", "kreisangehoerige_gemeinde")):
        if folded.startswith(prefix):
            return typ, True
    return PRUEFEN, False
