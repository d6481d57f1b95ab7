"""The bundled norms table (gremienlauf/normen/*.yaml): dated Fassungen, checked to follow each other
without a gap."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from gremienlauf.engine.normen import Fassung, Norm, Normen
from gremienlauf.errors import ConfigError
from gremienlauf.load.files import bundled_yaml


@lru_cache(maxsize=1)
def load_normen() -> Normen:
    """The bundled norms table (gremienlauf/normen/*.yaml), read once per process."""
    norms = []
    for doc in bundled_yaml("normen"):
        land = doc.value.get("land")
        for i, raw in enumerate(doc.value.get("normen", ())):
            fassungen = tuple(_fassung(doc, ("normen", i, "fassungen", j), f) for j, f in enumerate(raw["fassungen"]))
            for j, (prev, nxt) in enumerate(zip(fassungen, fassungen[1:], strict=False)):
                if prev.gilt_bis is None or nxt.gilt_ab != prev.gilt_bis + timedelta(days=1):
                    zeile, spalte = doc.pos(("normen", i, "fassungen", j + 1, "gilt_ab"))
                    raise ConfigError(f"Norm {raw['id']}: Fassungen schließen nicht lückenlos aneinander an",
                                      doc.datei, zeile, spalte)
            norms.append(Norm(raw["id"], land, raw.get("ebene"), raw.get("titel", ""), fassungen, doc.datei))
    return Normen(norms)


def _fassung(doc: Any, path: tuple[Any, ...], raw: dict[str, Any]) -> Fassung:
    try:
        return Fassung(date.fromisoformat(raw["gilt_ab"]), date.fromisoformat(raw["gilt_bis"]) if raw.get("gilt_bis")
                       else None, {k: str(v) for k, v in raw["zitat"].items()}, raw.get("wortlaut"), raw.get("quelle"),
                       raw.get("stand"), bool(raw.get("belegt", False)), raw.get("anmerkung"), raw.get("werte"))
    except (KeyError, TypeError, ValueError) as exc:
        zeile, spalte = doc.pos(path)
        raise ConfigError(f"Normenkatalog fehlerhaft: {exc}", doc.datei, zeile, spalte) from None
