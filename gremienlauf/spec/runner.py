"""Running German feature files without pytest: what ``gremienlauf verify`` does for a Rechtsamt.

Each scenario runs its steps with the project's own step library (spec/steps.py) on a fresh World
that uses the given rule packs and registry. A scenario ends as
* ``bestanden``: every step ran,
* ``fehlgeschlagen``: an expectation (a "Dann" step) did not hold – the rules behave otherwise,
* ``übersprungen``: it reads a file that is absent here (the shared seeds next to the repository),
* ``fehlerhaft``: the scenario itself is malformed – an unknown step, a table of the wrong shape,
  a value that is no date, no expectation at all (it could never fail); like a misspelt keyword,
  that is bad input, not a finding about the rules.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, TextIO

from gremienlauf.errors import GremienlaufError, InputError
from gremienlauf.spec import steps
from gremienlauf.spec.features import Feature, read_feature
from gremienlauf.spec.world import Unavailable, World, engine_for

BESTANDEN, FEHLGESCHLAGEN, FEHLERHAFT, UEBERSPRUNGEN = "bestanden", "fehlgeschlagen", "fehlerhaft", "übersprungen"

# Tables the steps read: the columns they require and the columns they know.
TABLES: dict[Any, tuple[tuple[str, ...], tuple[str, ...]]] = {
    steps.given_consultations: (("gremium",), ("gremium", "sitzung", "rolle", "ergebnis", "top")),
}


@dataclass(frozen=True)
class Outcome:
    datei: str
    zeile: int
    name: str
    status: str
    schritt: str = ""
    schritt_zeile: int = 0
    meldung: str = ""


@dataclass
class Result:
    outcomes: list[Outcome] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    files: int = 0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def exit_code(self) -> int:
        if self.errors or self.count(FEHLERHAFT) or not self.outcomes:
            return 2
        return 1 if self.count(FEHLGESCHLAGEN) else 0


class Malformed(Exception):
    """The step cannot run as written (reported as ``fehlerhaft``)."""


def run(features: Iterable[tuple[Path, str]], base: Path, koerperschaften: tuple[str, ...] = (),
        regeln: tuple[str, ...] = ()) -> Result:
    """Run every scenario of ``features`` (path, name to show). Broken packs stop before any scenario."""
    engine_for(koerperschaften, regeln)
    result = Result()
    for path, shown in features:
        result.files += 1
        try:
            feature = read_feature(path, shown)
        except InputError as exc:
            result.errors.append(exc)
            continue
        for pickle in feature.pickles:
            world = World(base=base, koerperschaften=koerperschaften, regeln=regeln)
            result.outcomes.append(run_scenario(feature, pickle, world))
    return result


def run_scenario(feature: Feature, pickle: Mapping[str, Any], world: World) -> Outcome:
    head = (feature.shown, feature.scenario_line(pickle), pickle["name"])
    expects = False
    for step in pickle["steps"]:
        node = feature.step_node(step)
        shown = f"{node.keyword.strip()} {step['text']}"
        try:
            expects |= _run_step(step, world).func.__name__.startswith("then_")
        except Unavailable as exc:
            return Outcome(*head, UEBERSPRUNGEN, shown, node.line, str(exc))
        except AssertionError as exc:
            return Outcome(*head, FEHLGESCHLAGEN, shown, node.line, str(exc) or "Erwartung nicht erfüllt")
        except Malformed as exc:
            return Outcome(*head, FEHLERHAFT, shown, node.line, str(exc))
        except ValueError as exc:
            return Outcome(*head, FEHLERHAFT, shown, node.line, f"ungültiger Wert: {exc}")
        except GremienlaufError as exc:
            return Outcome(*head, FEHLERHAFT, shown, node.line, str(exc))
    if not expects:  # it would pass whatever the rules do
        return Outcome(*head, FEHLERHAFT, meldung="das Szenario prüft nichts: ihm fehlt ein Dann-Schritt mit einer "
                                                  "Erwartung (z. B. „Dann meldet die Prüfung JH001“)")
    return Outcome(*head, BESTANDEN)


def _run_step(step: dict[str, Any], world: World) -> steps.StepDef:
    hit = steps.matcher(step["text"])
    if hit is None:
        raise Malformed(f"unbekannter Schritt; am nächsten kommt: „{shown(closest_step(step['text']))}“ "
                        "(alle Schritte: gremienlauf verify --schritte)")
    definition, values = hit
    rows = [[cell["value"] for cell in row["cells"]]
            for row in step.get("argument", {}).get("dataTable", {}).get("rows", ())]
    wants_table = "datatable" in inspect.signature(definition.func).parameters
    if wants_table:
        _check_table(definition.func, rows)
        values["datatable"] = rows
    elif rows:
        raise Malformed("dieser Schritt erwartet keine Tabelle")
    definition.func(world, **values)
    return definition


def _check_table(func: Any, rows: list[list[str]]) -> None:
    if len(rows) < 2:
        raise Malformed("dieser Schritt braucht eine Tabelle mit Kopfzeile und mindestens einer Zeile")
    header = [cell.strip().lower() for cell in rows[0]]
    if func is steps.given_urgency:
        if len(header) != 2:
            raise Malformed(f"die Tabelle braucht genau zwei Spalten (Angabe | Wert), nicht {len(header)}")
        return
    required, known = TABLES.get(func, ((), ()))
    unknown = [h for h in header if known and h not in known]
    if unknown:
        raise Malformed(f"unbekannte Spalte '{unknown[0]}' (erlaubt: {', '.join(known)})")
    missing = [h for h in required if h not in header]
    if missing:
        raise Malformed(f"die Tabelle braucht die Spalte '{missing[0]}' (erlaubt: {', '.join(known)})")


def readable(pattern: str) -> str:
    """A step pattern as users write it: ``meldet die Prüfung {code:Code} nicht`` → ``… <code> nicht``."""
    return re.sub(r"\{(\w+)(?::\w+)?\}", r"<\1>", pattern)


def shown(definition: steps.StepDef) -> str:
    """A step with its keyword, as a feature file would have it."""
    keyword = {"given": "Angenommen", "when": "Wenn", "then": "Dann"}[definition.func.__name__.split("_")[0]]
    text = readable(definition.pattern).replace("<schwere>", "den Fehler|die Warnung|den Hinweis")
    return f"{keyword} {text}"


def closest_step(text: str) -> steps.StepDef:
    """The known step a misspelt one most likely means (quoted values and codes do not count)."""
    def shape(s: str) -> str:
        s = re.sub(r'"[^"]*"', '""', s)
        return re.sub(r"<\w+>|\{[^}]*\}|\b(?:[A-Z]{2,4}[0-9]{3}|EINGABE)\b|\d[\d.-]*", "_", s)
    target = shape(text)
    return max(steps.STEPS, key=lambda d: SequenceMatcher(None, target, shape(d.pattern)).ratio())


def render_text(result: Result, out: TextIO) -> None:
    current = None
    for error in result.errors:
        out.write(f"{error}\n")
    for o in result.outcomes:
        if o.datei != current:
            out.write(f"{o.datei}\n")
            current = o.datei
        mark = {BESTANDEN: "ok    ", FEHLGESCHLAGEN: "FEHLER", FEHLERHAFT: "UNGÜLTIG",
                UEBERSPRUNGEN: "übersp."}[o.status]
        out.write(f"  {mark:<8} Zeile {o.zeile:<4} {o.name}\n")
        if o.status != BESTANDEN:
            out.write(f"           {o.datei}:{o.schritt_zeile}: {o.schritt}\n" if o.schritt
                      else f"           {o.datei}:{o.zeile}\n")
            for line in o.meldung.splitlines():
                out.write(f"           {line}\n")
    if not result.outcomes and not result.errors:  # exit 2 needs a reason
        out.write("keine Szenarien gefunden: keine *.feature-Datei mit einem Szenario unter den angegebenen Pfaden\n")
    out.write(summary(result) + "\n")


def summary(result: Result) -> str:
    n = len(result.outcomes)
    parts = [f"{result.count(BESTANDEN)} bestanden", f"{result.count(FEHLGESCHLAGEN)} fehlgeschlagen",
             f"{result.count(FEHLERHAFT)} fehlerhaft"]
    if result.count(UEBERSPRUNGEN):
        parts.append(f"{result.count(UEBERSPRUNGEN)} übersprungen")
    if result.errors:
        dateien = "fehlerhafte Datei" if len(result.errors) == 1 else "fehlerhafte Dateien"
        parts.append(f"{len(result.errors)} {dateien}")
    return (f"{n} {'Szenario' if n == 1 else 'Szenarien'} in {result.files} "
            f"{'Datei' if result.files == 1 else 'Dateien'}: " + ", ".join(parts))
