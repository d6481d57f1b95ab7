"""The bundled vocabularies, read and checked: Gremium name patterns, the Länder's templates, Sachgebiete.

A typo in a key or a Gremium-Art stops the run with file, line and column; the engine gets the checked
values (engine/gremien.py, engine/classify.py) and never sees a file.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gremienlauf.engine.classify import Sachgebiete, compile_vocabulary
from gremienlauf.engine.gremien import UNBESTIMMT, Land
from gremienlauf.errors import ConfigError
from gremienlauf.load.files import bundled_yaml
from gremienlauf.model import GREMIUM_ARTEN, KOERPERSCHAFT_TYPEN


@cache
def sachgebiete() -> Sachgebiete:
    """vocabulary/sachgebiete.yaml, compiled once per process."""
    doc = next(d for d in bundled_yaml("vocabulary") if d.datei.endswith("/sachgebiete.yaml"))
    return compile_vocabulary(doc.value)


_LAND_KEYS = {"land", "name", "typen", "gremien", "vorlage_je_koerperschaft"}
_GREMIUM_KEYS = {"id", "name", "art", "aliase", "weitere_arten", "jugendamt", "befugnis"}
_MUSTER_KEYS = {"art", "ebene", "laender", "dasselbe", "muster"}


@cache
def muster() -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """vocabulary/gremien.yaml, checked: a typo in a key or an Art must stop the run."""
    doc = next(d for d in bundled_yaml("vocabulary") if d.datei.endswith("/gremien.yaml"))
    for i, m in enumerate(doc.value["muster"]):
        _keys(doc, ("muster", i), m, _MUSTER_KEYS, {"art", "muster"})
        _art(doc, ("muster", i, "art"), m["art"], unbestimmt=True)
    return doc.value["muster"], doc.value["genitiv"]


@cache
def laender() -> dict[str, Land]:
    """Every laender/<land>.yaml, checked like the patterns."""
    laender = {}
    for doc in bundled_yaml("laender"):
        land = _land(doc)
        laender[land.code] = land
    return laender


def _land(doc: Any) -> Land:
    raw = doc.value
    _keys(doc, (), raw, _LAND_KEYS, {"land", "name", "typen", "gremien"})
    for typ, key in raw["typen"].items():
        if typ not in KOERPERSCHAFT_TYPEN:
            raise _error(doc, ("typen", typ), f"unbekannter Typ '{typ}'; bekannt: {', '.join(KOERPERSCHAFT_TYPEN)}")
        if key not in raw["gremien"]:
            raise _error(doc, ("typen", typ), f"Typ '{typ}' verweist auf '{key}', das unter gremien fehlt")
    for key, gremien in raw["gremien"].items():
        for j, g in enumerate(gremien):
            _keys(doc, ("gremien", key, j), g, _GREMIUM_KEYS, {"id", "name", "art"})
            for art in (g["art"], *g.get("weitere_arten", ())):
                _art(doc, ("gremien", key, j, "art"), art)
    return Land(raw["land"], raw["name"], raw["typen"], raw["gremien"], raw.get("vorlage_je_koerperschaft") or {})


def _keys(doc: Any, path: tuple[Any, ...], value: Any, allowed: set[str], required: set[str]) -> None:
    if not isinstance(value, dict):
        raise _error(doc, path, "erwartet: Zuordnung (Schlüssel: Wert)")
    for key in value:
        if key not in allowed:
            raise _error(doc, path + (key,), f"unbekannter Schlüssel '{key}'; erlaubt: {', '.join(sorted(allowed))}")
    for key in sorted(required - set(value)):
        raise _error(doc, path, f"Schlüssel '{key}' fehlt")


def _art(doc: Any, path: tuple[Any, ...], art: str, unbestimmt: bool = False) -> None:
    if art not in GREMIUM_ARTEN and not (unbestimmt and art == UNBESTIMMT):
        raise _error(doc, path, f"unbekannte Gremium-Art '{art}'; erlaubt: {', '.join(GREMIUM_ARTEN)}")


def _error(doc: Any, path: tuple[Any, ...], meldung: str) -> Exception:
    zeile, spalte = doc.pos(path)
    return ConfigError(meldung, doc.datei, zeile, spalte)
