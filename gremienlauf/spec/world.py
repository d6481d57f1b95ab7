"""The state one scenario builds up: a Vorlage in the public file format, then the findings."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from gremienlauf import load
from gremienlauf.engine.judge import Engine
from gremienlauf.model import Finding, Organization, Paper


@lru_cache(maxsize=8)
def engine_for(koerperschaften: tuple[str, ...] = (), regeln: tuple[str, ...] = ()) -> Engine:
    return load.engine(koerperschaften, regeln)


@dataclass
class World:
    base: Path = field(default_factory=Path.cwd)
    koerperschaften: tuple[str, ...] = ()
    regeln: tuple[str, ...] = ()
    koerperschaft: str | None = None
    vorlage: dict[str, Any] = field(default_factory=dict)
    stichtag: date | None = None
    findings: list[Finding] | None = None
    urteil: tuple[str, str] | None = None  # (urteil, urteil_grund) of the last check
    extra_gremien: list[Organization] = field(default_factory=list)
    trace: Any = None  # trace.Trace of "Wenn die Vorlage wiedergegeben wird"
    files: dict[str, Any] = field(default_factory=dict)  # temporary files of replay-report scenarios
    oparl: list[dict[str, str]] | None = None  # a Beratungsfolge as an OParl server publishes it
    textdatei: Path | None = None  # text reader scenarios: the file, and what was read from it
    parsed: Any = None

    @property
    def engine(self) -> Engine:
        base = engine_for(self.koerperschaften, self.regeln)
        if not self.extra_gremien:
            return base
        return replace(base, registry=base.registry.with_gremien(self.extra_gremien), _rules={}, _index={})

    def document_text(self) -> str:
        """The Vorlage as the YAML a clerk would write, so the scenario goes through the real reader."""
        if self.koerperschaft is None:
            raise AssertionError("Schritt fehlt: Angenommen die Körperschaft \"…\"")
        return yaml.safe_dump({"koerperschaft": self.koerperschaft, "vorlage": self.vorlage},
                              allow_unicode=True, sort_keys=False)

    def result(self) -> list[Finding]:
        if self.findings is None:
            raise AssertionError("Schritt fehlt: Wenn die Vorlage geprüft wird")
        return self.findings

    def oparl_paper(self) -> Paper:
        """The scenario's Vorlage as OParl JSON, through the real OParl reader."""
        from gremienlauf.spec import oparl_objects

        if self.koerperschaft is None or self.oparl is None:
            raise AssertionError("Schritte fehlen: die Körperschaft und die Beratungsfolge im Ratsinformationssystem")
        return oparl_objects.paper(self.koerperschaft, self.vorlage, self.oparl)


class Unavailable(Exception):
    """Something a scenario reads is absent on this machine: the scenario is skipped, not failed."""


# --- text reader (gremienlauf parse) -------------------------------------------------------------
def shared_seed(base: Path, name: str) -> Path:
    """A seed next to the repository (../shared/seeds); scenarios on seeds skip where it is absent."""
    path = base.parent / "shared" / "seeds" / name
    if not path.parent.is_dir():
        raise Unavailable(f"{path.parent} fehlt: die Seeds liegen nur neben dem Repository")
    return path
