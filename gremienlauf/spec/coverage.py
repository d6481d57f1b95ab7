"""Which rule codes the feature files show firing, and which they show staying silent.

Read statically from the compiled scenarios (backgrounds and outline rows included), so a pack
maintainer learns which rules lack a scenario before running anything. The scenarios themselves are
kept too: the rule reference shows one of each kind as the rule's example.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gremienlauf.spec import steps
from gremienlauf.spec.features import Feature, read_feature

POSITIVE = {steps.then_reports, steps.then_reports_with, steps.then_citation, steps.then_message, steps.then_line}


@dataclass(frozen=True)
class Example:
    """One scenario of a feature file, as the rule reference shows it."""

    feature: Feature
    pickle: Mapping[str, Any]

    @property
    def name(self) -> str:
        return str(self.pickle["name"])

    @property
    def line(self) -> int:
        return self.feature.scenario_line(self.pickle)

    def gherkin(self) -> list[str]:
        """The scenario's steps with their keywords (background included, outline values filled in)."""
        lines = []
        for step in self.pickle["steps"]:
            lines.append(f"{self.feature.step_node(step).keyword.strip()} {step['text']}")
            rows = step.get("argument", {}).get("dataTable", {}).get("rows", ())
            cells = [[c["value"] for c in row["cells"]] for row in rows]
            widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))] if cells else []
            lines.extend("  | " + " | ".join(v.ljust(w) for v, w in zip(r, widths, strict=False)) + " |" for r in cells)
        return lines


@dataclass
class Coverage:
    fires: dict[str, list[str]] = field(default_factory=dict)
    silent: dict[str, list[str]] = field(default_factory=dict)
    undefined: list[tuple[str, str]] = field(default_factory=list)
    # code → [(rank, scenario)]: rank counts the "Dann" steps before the one about the code, so a
    # scenario that is about the rule ranks before one that mentions it in passing
    fire_examples: dict[str, list[tuple[int, Example]]] = field(default_factory=dict)
    silent_examples: dict[str, list[tuple[int, Example]]] = field(default_factory=dict)

    def add(self, kind: str, code: str, example: Example, rank: int) -> None:
        named, examples = (self.fires, self.fire_examples) if kind == "fires" else (self.silent, self.silent_examples)
        named.setdefault(code, []).append(f"{example.feature.path.name}: {example.name}")
        if not any(e is example for _, e in examples.setdefault(code, [])):
            examples[code].append((rank, example))

    def best(self, kind: str, code: str) -> Example | None:
        """The scenario that shows the rule most directly; ties go to the first in file order."""
        found = (self.fire_examples if kind == "fires" else self.silent_examples).get(code)
        if not found:
            return None
        return min(found, key=lambda item: (item[0], item[1].feature.shown, item[1].line))[1]


def pickles(path: Path) -> Sequence[Mapping[str, Any]]:
    return read_feature(path).pickles


def coverage(features: Iterable[Path | Feature]) -> Coverage:
    result = Coverage()
    for item in features:
        feature = item if isinstance(item, Feature) else read_feature(item)
        for pickle in feature.pickles:
            example = Example(feature, pickle)
            where = f"{feature.path.name}: {pickle['name']}"
            rank = 0
            for step in pickle["steps"]:
                hit = steps.matcher(step["text"])
                if hit is None:
                    result.undefined.append((where, step["text"]))
                    continue
                definition, values = hit
                if definition.func in POSITIVE:
                    result.add("fires", values["code"], example, rank)
                elif definition.func is steps.then_exactly:
                    for code in steps._list(values["codes"]):
                        result.add("fires", code, example, rank)
                elif definition.func is steps.then_silent:
                    result.add("silent", values["code"], example, rank)
                rank += definition.func.__name__.startswith("then_")
    return result
