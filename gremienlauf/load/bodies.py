"""The registry of Körperschaften: bundled entries, then the user's files, checked and merged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from gremienlauf.engine.gremien import Vocabulary
from gremienlauf.engine.registry import Registry, body_from_dict
from gremienlauf.errors import ConfigError
from gremienlauf.load import full_schema, wortlisten
from gremienlauf.load.files import bundled_yaml, read_yaml
from gremienlauf.load.schemas import validate


def load_registry(extra: Iterable[str] = ()) -> Registry:
    """Bundled Körperschaften, then each ``--koerperschaften`` file, later entries replacing earlier ones.

    The generated entries (bodies/register-*.yaml, from the research table) come first, so that a
    detailed entry with the same id (bodies/nw-*.yaml) replaces them. An entry without ``gremien`` gets
    the standard Gremien of its kind in its Land (laender/<land>.yaml)."""
    vocabulary = Vocabulary(wortlisten.laender, wortlisten.muster)
    entries: dict[str, dict[str, Any]] = {}
    bundled = sorted(bundled_yaml("bodies"), key=lambda d: not d.datei.rsplit("/", 1)[-1].startswith("register-"))
    # bundled entries are checked against their Land by the tests; a user's file here, at its line
    docs = [(doc, validate, False) for doc in bundled]
    docs += [(read_yaml(path), full_schema.validate, True) for path in extra]
    for doc, check, user in docs:
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
            if user:
                _check_typ(doc, where, raw, vocabulary)
            ids = [g["id"] for g in raw.get("gremien", ())]
            for j, gid in enumerate(ids):
                if gid in ids[:j]:
                    raise _config(doc, where + ("gremien", j, "id"), f"Gremium '{gid}' ist doppelt eingetragen")
            entries[raw["id"]] = raw
    for raw in entries.values():
        for ref in (raw.get("kreis"), raw.get("jugendhilfetraeger")):
            if ref and ref not in entries:
                raise ConfigError(f"Körperschaft '{raw['id']}' verweist auf unbekannte Körperschaft '{ref}'")
    listed = [body_from_dict(raw) for raw in entries.values() if "gremien" in raw]
    return Registry(listed, vocabulary, [raw for raw in entries.values() if "gremien" not in raw])


def _check_typ(doc: Any, where: tuple[Any, ...], raw: dict[str, Any], vocabulary: Vocabulary) -> None:
    land = vocabulary.laender.get(raw["land"])
    if land is not None and raw["typ"] not in land.typen:
        raise _config(doc, where + ("typ",), f"Typ '{raw['typ']}' gibt es in {land.name} nicht; "
                                             f"erlaubt: {', '.join(land.typen)}")


def _config(doc: Any, path: tuple[Any, ...], meldung: str) -> Exception:
    zeile, spalte = doc.pos(path)
    return ConfigError(meldung, doc.datei, zeile, spalte)
