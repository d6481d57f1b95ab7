"""Which rule codes the feature files show firing, and which they show staying silent.

Read statically from the compiled scenarios (backgrounds and outline rows included), so a pack
maintainer learns which rules lack a scenario before running anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from gremienlauf.spec import steps

POSITIVE = {steps.then_reports, steps.then_reports_with, steps.then_citation, steps.then_message, steps.then_line}


@dataclass
class Coverage:
    fires: dict[str, list[str]] = field(default_factory=dict)
    silent: dict[str, list[str]] = field(default_factory=dict)
    undefined: list[tuple[str, str]] = field(default_factory=list)


def pickles(path: Path) -> list[dict]:
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler
    from gherkin.token_scanner import TokenScanner

    document = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
    document["uri"] = str(path)
    return Compiler().compile(document)


def coverage(features: Iterable[Path]) -> Coverage:
    result = Coverage()
    for path in features:
        for pickle in pickles(path):
            where = f"{path.name}: {pickle['name']}"
            for step in pickle["steps"]:
                hit = steps.matcher(step["text"])
                if hit is None:
                    result.undefined.append((where, step["text"]))
                    continue
                definition, values = hit
                if definition.func in POSITIVE:
                    result.fires.setdefault(values["code"], []).append(where)
                elif definition.func is steps.then_exactly:
                    for code in steps._list(values["codes"]):
                        result.fires.setdefault(code, []).append(where)
                elif definition.func is steps.then_silent:
                    result.silent.setdefault(values["code"], []).append(where)
    return result
