"""Everything read from configuration: safe YAML, bundled and local data files, their schemas and cache,
rule packs, the norms table, the registry, procedures and vocabularies. ``engine(...)`` is the one way to
get an Engine: the engine itself reads no file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gremienlauf.engine.judge import Engine


def engine(koerperschaften: Iterable[str] = (), regeln: Iterable[str] = ()) -> Engine:
    """The bundled data plus the user's registry files and rule-pack folders, checked, as an Engine."""
    from gremienlauf.engine.judge import Engine
    from gremienlauf.load.bodies import load_registry
    from gremienlauf.load.normenkatalog import load_normen
    from gremienlauf.load.packs import load_packs
    from gremienlauf.load.procedures import load_procedures
    from gremienlauf.load.wortlisten import sachgebiete

    koerperschaften, regeln = tuple(koerperschaften), tuple(regeln)
    return Engine(load_registry(koerperschaften), load_packs(regeln), load_procedures(), sachgebiete(),
                  load_normen(), origin=(koerperschaften, regeln))
