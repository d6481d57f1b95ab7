"""Reading German feature files: Gherkin parsed into scenarios (pickles), with German errors.

Gherkin itself is forgiving in one dangerous way: a misspelt step keyword right after a scenario's
title is taken as the scenario's description, which leaves a scenario without steps that would
pass. Such lines are reported here like any other misspelt keyword, with file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gremienlauf.errors import InputError
from gremienlauf.load.yamlsafe import decode

if TYPE_CHECKING:  # gherkin itself is imported only when a feature is read
    from gherkin.pickles.compiler import Pickle

LANGUAGE_LINE = "# language: de"
STEP_KEYWORDS = ("Angenommen", "Gegeben sei", "Gegeben seien", "Wenn", "Dann", "Und", "Aber")
BLOCK_KEYWORDS = ("Funktionalität", "Funktion", "Hintergrund", "Grundlage", "Voraussetzungen", "Vorbedingungen",
                  "Regel", "Szenario", "Beispiel", "Szenariogrundriss", "Szenarien", "Beispiele")


@dataclass(frozen=True)
class Node:
    """A step, scenario or example row of the feature file, as the user wrote it."""

    line: int
    keyword: str
    text: str


@dataclass
class Feature:
    path: Path
    shown: str
    pickles: list[Pickle] = field(default_factory=list)
    nodes: dict[str, Node] = field(default_factory=dict)

    def scenario_line(self, pickle: Mapping[str, Any]) -> int:
        """The line naming this scenario: the Examples row for an outline, else the scenario title."""
        return self.nodes[pickle["astNodeIds"][-1]].line

    def step_node(self, step: dict[str, Any]) -> Node:
        return self.nodes[step["astNodeIds"][0]]


# Feature files are written by hand; a megabyte is already a very large one, and the Gherkin parser
# needs seconds for tens of megabytes.
MAX_BYTES = 2 * 1024 * 1024


def read_feature(path: Path, shown: str | None = None) -> Feature:
    """Parse one feature file; raises InputError (file:line:column, German) for what is malformed."""
    from gherkin.errors import CompositeParserException, ParserException
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler
    from gherkin.token_scanner import TokenScanner

    from gremienlauf.load.files import read_bytes

    shown = shown or str(path)
    # size-limited, a named pipe does not block; UTF-8 (BOM or not) or UTF-16, no NUL: as for Vorlagen
    text = decode(read_bytes(path, MAX_BYTES, shown), shown)
    lines = text.splitlines()
    try:
        document = Parser().parse(TokenScanner(text))
    except (CompositeParserException, ParserException) as exc:
        first = exc.errors[0] if isinstance(exc, CompositeParserException) else exc
        raise _german(first, lines, shown) from None
    feature = document.get("feature")
    if feature is None:
        raise InputError("keine Funktionalität in der Datei (erwartet: 'Funktionalität: …')", shown, 1, 1)
    if feature["language"] != "de":
        raise InputError(f"die erste Zeile muss '{LANGUAGE_LINE}' lauten (Sprache ist '{feature['language']}')",
                         shown, 1, 1)
    _check_feature_text(feature, lines, shown)
    result = Feature(path, shown)
    for node in _walk(feature):
        if "keyword" in node or "cells" in node:
            result.nodes[node["id"]] = Node(node["location"]["line"], node.get("keyword", ""), node.get("text") or
                                            node.get("name") or "")
        if "steps" in node:
            _check_description(node, lines, shown)
    result.pickles = Compiler().compile({**document, "uri": shown})
    return result


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every AST node that has an id (scenarios, backgrounds, steps, example rows)."""
    if isinstance(node, dict):
        if "id" in node and "location" in node:
            yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _check_feature_text(feature: Mapping[str, Any], lines: list[str], shown: str) -> None:
    """A misspelt 'Szenario:' turns the rest of a feature into free text; say so instead of running nothing."""
    start = feature["location"]["line"]
    for raw in (feature.get("description") or "").splitlines():
        words = raw.split()
        guess = _keyword_hint(words[0]) if words and words[0].endswith(":") else None
        if guess:
            zeile = next((i + 1 for i in range(start, len(lines)) if lines[i].strip() == raw.strip()), start)
            spalte = len(lines[zeile - 1]) - len(lines[zeile - 1].lstrip()) + 1
            raise InputError(f"Schlüsselwort '{words[0]}' ist unbekannt – gemeint ist wohl '{guess}:'", shown,
                             zeile, spalte)
    if not any("scenario" in child or "rule" in child for child in feature["children"]):
        raise InputError("die Datei enthält kein Szenario (erwartet: 'Szenario: …' oder 'Beispiel: …')", shown,
                         start, 1)


def _check_description(node: dict[str, Any], lines: list[str], shown: str) -> None:
    """A scenario's free text must not hide steps with a misspelt keyword; a scenario needs steps."""
    start = node["location"]["line"]
    for raw in (node.get("description") or "").splitlines():
        words = raw.split()
        if not words:
            continue
        guess = _keyword_hint(words[0])
        if guess:
            zeile = next((i + 1 for i in range(start, len(lines)) if lines[i].strip() == raw.strip()), start)
            spalte = len(lines[zeile - 1]) - len(lines[zeile - 1].lstrip()) + 1
            raise InputError(f"Schlüsselwort '{words[0]}' ist unbekannt – gemeint ist wohl '{guess}' (sonst gilt "
                             "die Zeile als Beschreibung und der Schritt wird nie ausgeführt)", shown, zeile, spalte)
    if not node["steps"] and node.get("keyword", "").strip() not in ("Hintergrund", "Grundlage"):
        raise InputError(f"'{node['keyword']}: {node['name']}' hat keine Schritte", shown, start,
                         node["location"].get("column", 1))


def _keyword_hint(word: str) -> str | None:
    """The keyword a misspelt first word most likely means (None when it is no keyword at all)."""
    # Block keywords end in a colon; without one, "Beispielhaft" is just a word of the description.
    candidates = list(BLOCK_KEYWORDS) if word.endswith(":") else [k.split()[0] for k in STEP_KEYWORDS]
    word = word.rstrip(":")
    if word in candidates:
        return None
    close = get_close_matches(word, candidates, n=1, cutoff=0.75)
    return close[0] if close else None


def _german(error: Exception, lines: list[str], shown: str) -> InputError:
    location = getattr(error, "location", {}) or {}
    zeile, spalte = location.get("line") or 1, location.get("column") or 1
    message = str(error.args[0] if error.args else error)
    message = re.sub(r"^\(\d+:\d+\): ", "", message)
    source = lines[zeile - 1].strip() if 0 < zeile <= len(lines) else ""
    has_language = any(line.strip().startswith("# language:") for line in lines[:5])
    if message.startswith("Language not supported"):
        return InputError(f"unbekannte Sprache; die erste Zeile muss '{LANGUAGE_LINE}' lauten", shown, zeile, 1)
    if "inconsistent cell count" in message:
        return InputError("Tabellenzeile hat nicht so viele Spalten wie die Kopfzeile", shown, zeile, spalte)
    if message.startswith("unexpected end of file"):
        return InputError("Datei endet unerwartet (Text in \"\"\" nicht geschlossen?)", shown, zeile, spalte)
    if message.startswith("expected:"):
        if not has_language:
            return InputError(f"die erste Zeile muss '{LANGUAGE_LINE}' lauten, sonst werden deutsche "
                              f"Schlüsselwörter nicht erkannt ('{source}')", shown, zeile, spalte)
        hint = _keyword_hint(source.split()[0]) if source else None
        expected = "Schritt (Angenommen, Wenn, Dann, Und, Aber), Tabelle, Szenario, Beispiel oder Kommentar"
        return InputError(f"Zeile '{source}' beginnt mit keinem bekannten Schlüsselwort"
                          + (f" – gemeint ist wohl '{hint}'" if hint else "") + f"; erwartet: {expected}",
                          shown, zeile, spalte)
    return InputError(f"Gherkin-Fehler: {message}", shown, zeile, spalte)
