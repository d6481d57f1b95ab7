"""The peer baseline: one rule in Rego on regopy against all of gremienlauf's rules, per Vorlage.

The Rego rule is "in a Jugendhilfe matter of a Körperschaft with its own Jugendamt, the
Jugendhilfeausschuss is heard before the Vertretung decides" (the core of JH001). It is compiled
once (``build`` + ``query_bundle``, the fast path of tools.md § 6) and fed each Vorlage as JSON text.
gremienlauf gets the same Vorlagen already read into the model and evaluates every bundled rule
(case building and the replay included). Both sides start from Vorlagen in memory, so the numbers
compare rule evaluation, not file reading.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REGO = """
package gremienlauf

import rego.v1

jugendhilfe if "jugendhilfe" in input.vorlage.sachgebiete

jugendhilfe if {
    not input.vorlage.sachgebiete
    worte := lower(concat(" ", [object.get(input.vorlage, "betreff", ""), object.get(input.vorlage, "text", ""),
                                object.get(input.vorlage, "federfuehrung", "")]))
    some stichwort in data.stichwoerter
    contains(worte, stichwort)
}

art(name) := data.gremien[input.koerperschaft][name]

entscheidungen contains i if {
    some i, b in input.vorlage.beratungsfolge
    art(b.gremium) == "vertretung"
    b.rolle == "entscheidung"
}

angehoert contains i if {
    some i, b in input.vorlage.beratungsfolge
    art(b.gremium) == "jugendhilfeausschuss"
    not b.ergebnis in {"vertagt", "verwiesen", "zurueckgezogen"}
}

deny contains msg if {
    data.jugendamt[input.koerperschaft]
    jugendhilfe
    some e in entscheidungen
    count({i | some i in angehoert; i < e}) == 0
    msg := sprintf("Vorlage %s: Jugendhilfeausschuss vor %s nicht angehört",
                   [input.vorlage.nummer, input.vorlage.beratungsfolge[e].gremium])
}
"""


@dataclass
class PeerResult:
    vorlagen: int
    gremienlauf_us: float
    gremienlauf_jh001: int
    mit_befund: int
    regopy_us: float | None = None
    regopy_denies: int | None = None
    regopy_version: str | None = None
    regopy_status: str = "ok"

    @property
    def ratio(self) -> float | None:
        return None if self.regopy_us is None else self.gremienlauf_us / self.regopy_us


def rego_data() -> dict[str, Any]:
    """The registry and the Jugendhilfe keywords as Rego base documents."""
    from gremienlauf.load.bodies import load_registry
    from gremienlauf.load.files import bundled_yaml

    registry = load_registry()
    gremien = {b.id: {n: o.art for o in b.organizations for n in (o.name, *o.aliases)}
               for b in registry.bodies.values()}
    vocabulary = next(d.value for d in bundled_yaml("vocabulary") if d.datei.endswith("sachgebiete.yaml"))
    return {"gremien": gremien, "jugendamt": {b.id: b.jugendamt for b in registry.bodies.values()},
            "stichwoerter": sorted(w.lower() for w in vocabulary["sachgebiete"]["jugendhilfe"])}


def vorlage_files(root: Path, limit: int) -> list[Path]:
    return sorted(p for p in root.rglob("*.yaml") if not p.name.startswith("tagesordnung-"))[:limit]


def compare(root: Path, limit: int, stichtag: str, rounds: int = 3) -> PeerResult:
    from datetime import date

    from gremienlauf import load
    from gremienlauf.load.files import read_yaml
    from gremienlauf.readers.vorlage import read_documents

    files = vorlage_files(root, limit)
    loaded = [read_yaml(p) for p in files]
    papers = [d.paper for doc in loaded for d in read_documents(doc)]
    engine = load.engine()
    day = date.fromisoformat(stichtag)
    best = float("inf")
    findings: list[list[Any]] = []
    for _ in range(rounds):
        start = time.perf_counter()
        findings = [engine.check(p, day) for p in papers]
        best = min(best, time.perf_counter() - start)
    jh001 = sum(f.code == "JH001" for found in findings for f in found)
    result = PeerResult(len(papers), best / len(papers) * 1e6, jh001, sum(1 for found in findings if found))
    try:
        import regopy
    except ImportError:
        result.regopy_status = "nicht installiert (pip install regopy)"
        return result
    terms = [json.dumps(doc.value, ensure_ascii=False) for doc in loaded]
    interpreter = regopy.Interpreter()
    interpreter.add_module("gremienlauf", REGO)
    interpreter.add_data(rego_data())
    bundle = interpreter.build("data.gremienlauf.deny")
    best_rego, denies = float("inf"), 0
    for _ in range(rounds):
        start = time.perf_counter()
        outputs = []
        for term in terms:
            interpreter.set_input_term(term)
            outputs.append(interpreter.query_bundle(bundle))
        best_rego = min(best_rego, time.perf_counter() - start)
        denies = sum(len(_denies(o)) for o in outputs)
    result.regopy_us = best_rego / len(terms) * 1e6
    result.regopy_denies = denies
    result.regopy_version = getattr(regopy, "__version__", None) or str(regopy.rego_version())
    return result


def _denies(output: Any) -> list[str]:
    """The messages of one query result (a set of strings, or nothing when no rule fired)."""
    value = json.loads(output.json()) if hasattr(output, "json") else json.loads(str(output))
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and item.startswith("Vorlage "):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
