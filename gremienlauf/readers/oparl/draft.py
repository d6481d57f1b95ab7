"""A registry draft (``--koerperschaften`` YAML) from the organization list of an OParl server or files.

Gremium-Arten are proposed from names (vocabulary/ris.yaml, ``gremium_arten``); factions and offices
are left out. What the data cannot tell (Typ, Land without AGS) is written as ``PRÜFEN``, which the
schema rejects, so that nobody uses the draft unreviewed; guesses carry a ``# PRÜFEN`` comment.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence

from gremienlauf.errors import InputError
from gremienlauf.names import fold
from gremienlauf.readers import vocabulary
from gremienlauf.readers.oparl import crawl
from gremienlauf.readers.oparl.normalise import BodyRec, OrgRec, SystemRec, is_list_page
from gremienlauf.readers.oparl.source import Settings, local_files, local_values
from gremienlauf.readers.oparl.store import Store

NOT_GREMIEN = frozenset({"fraktion", "fraktionen", "partei", "dienststellen", "dienststelle", "verwaltungsbereich",
                         "amt", "amter", "institution", "externes gremium", "ortsvorsteher"})
# The first two digits of an AGS are the Land (Länderschlüssel).
LAENDER = {"01": "SH", "02": "HH", "03": "NI", "04": "HB", "05": "NW", "06": "HE", "07": "RP", "08": "BW",
           "09": "BY", "10": "SL", "11": "BE", "12": "BB", "13": "MV", "14": "SN", "15": "ST", "16": "TH"}


def draft(sources: Sequence[str], settings: Settings) -> tuple[str, list[str]]:
    from gremienlauf.readers.oparl import open_store

    problems: list[str] = []
    try:
        store = open_store(sources, settings)
    except InputError as exc:
        return "", [str(exc)]
    for source in sources:
        failed = _remote(source, store, settings) if store.http else _local(source, store, settings)
        problems += [str(e) for e in failed]
    if not problems and not any(isinstance(r, (BodyRec, OrgRec)) for r in store.records.values()):
        problems.append(f"{', '.join(sources)}: keine Körperschaft (Body) und kein Gremium (Organization) gefunden")
    return render(store), problems


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


def render(store: Store) -> str:
    bodies = {r.id: r for r in store.records.values() if isinstance(r, BodyRec)}
    orgs: dict[str, list[OrgRec]] = {}
    for rec in store.records.values():
        if isinstance(rec, OrgRec) and _gremium(rec):
            orgs.setdefault(rec.body or "", []).append(rec)
    lines = ["# Entwurf von gremienlauf oparl init-registry: vor Gebrauch prüfen. Werte PRÜFEN muss ein Mensch",
             "# eintragen; Zeilen mit '# PRÜFEN' sind aus den Daten geraten.", "koerperschaften:"]
    used: set[str] = set()
    for body_id in sorted(set(orgs) | set(bodies)):
        lines += _body(body_id, bodies.get(body_id), sorted(orgs.get(body_id, []), key=lambda o: o.id), used)
    return "\n".join(lines) + "\n"


def _body(body_id: str, body: BodyRec | None, gremien: list[OrgRec], used: set[str]) -> list[str]:
    name = body.name if body and body.name else None
    ags = body.ags if body else None
    if ags and ags.isdigit() and len(ags) == 7:
        ags = "0" + ags  # Sternberg drops the leading zero of the eight-digit AGS
    land = LAENDER.get(ags[:2]) if ags and len(ags) == 8 else None
    arten = [vocabulary.gremium_art(o.name, o.short_name) for o in gremien]
    out = [f"  - id: {_slug(name or 'koerperschaft', used)}",
           f"    name: {_q(name) if name else 'PRÜFEN'}",
           f"    typ: {_typ(name)}",
           f"    land: {land or 'PRÜFEN'}" + ("  # aus dem AGS" if land else ""),
           f"    jugendamt: {'true' if 'jugendhilfeausschuss' in arten else 'false'}"
           "  # PRÜFEN: aus den Gremien geraten"]
    if body_id:
        out.append(f"    oparl_body: {_q(body_id)}")
    if ags and len(ags) == 8 and ags.isdigit():
        out.append(f"    ags: {_q(ags)}")
    out.append("    gremien:" if gremien else "    gremien: []")
    local: set[str] = set()
    for org, art in zip(gremien, arten, strict=False):
        label = org.name or org.short_name or org.id
        out += [f"      - id: {_slug(label, local)}", f"        name: {_q(label)}",
                f"        art: {art or 'fachausschuss'}" + ("" if art else "  # PRÜFEN: aus dem Namen nicht erkennbar")]
        if org.short_name and org.short_name != label:
            out.append(f"        aliase: [{_q(org.short_name)}]")
        out.append(f"        oparl_ids: [{_q(org.id)}]")
    return out


def _typ(name: str | None) -> str:
    folded = fold(name or "")
    for prefix, typ in (("landkreis", "landkreis"), ("kreis", "kreis"), ("gemeinde", "kreisangehoerige_gemeinde")):
        if folded.startswith(prefix):
            return f"{typ}  # PRÜFEN: aus dem Namen geraten"
    return "PRÜFEN"


def _slug(text: str, used: set[str]) -> str:
    """An ASCII id as the registry writes them: 'Gemeinde Hürtgenwald' → gemeinde-huertgenwald."""
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.casefold().replace(umlaut, plain)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = "-".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split()) or "gremium"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)
