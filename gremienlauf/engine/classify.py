"""Sachgebiet and Gegenstand of a Vorlage: as stated, or inferred from its words (and said so)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from gremienlauf.model import Paper
from gremienlauf.names import fold, fold_text
from gremienlauf.readers.source import bundled_yaml

# Jugendhilfe matters by statute imply the Sachgebiet even when only the Gegenstand is stated.
_IMPLIES_JUGENDHILFE = {"jugendamtssatzung", "leitung_jugendamt", "jugendhilfeplanung", "kita_bedarfsplanung",
                        "hilfe_zur_erziehung", "kinderschutz", "anerkennung_freier_traeger", "elternbeitraege"}


class Classification(NamedTuple):
    sachgebiete: frozenset[str]
    gegenstand: frozenset[str]
    # value -> the keyword it was inferred from; absent for stated values
    abgeleitet: dict[str, str]


Keyword = tuple[str, str]  # pattern of one keyword (compiled on first use, by re's cache), the word as written


class _Group(NamedTuple):
    """One vocabulary group: a single alternation of all keywords tells whether any value can match
    (most Vorlagen match none), then one alternation per value; the single-keyword patterns are only
    tried, in vocabulary order, for a value that matched, to name the keyword as before."""

    any: re.Pattern[str]
    values: tuple[tuple[str, re.Pattern[str], tuple[Keyword, ...]], ...]


def _alternation(keywords: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keywords) + ")")


@cache
def _vocabulary() -> tuple[_Group, _Group]:
    raw = bundled_yaml("vocabulary")
    data = next(d.value for d in raw if d.datei.endswith("sachgebiete.yaml"))
    groups = []
    for group in ("sachgebiete", "gegenstand"):
        values = []
        for value, words in data[group].items():
            folded = [fold(word) for word in words]
            values.append((value, _alternation(folded),
                           tuple((r"\b" + re.escape(f), w) for f, w in zip(folded, words))))
        groups.append(_Group(_alternation([fold(w) for ws in data[group].values() for w in ws]), tuple(values)))
    return groups[0], groups[1]


def classify(paper: Paper) -> Classification:
    areas_vocab, subjects_vocab = _vocabulary()
    abgeleitet: dict[str, str] = {}
    if paper.gegenstand is not None:
        subjects = frozenset(paper.gegenstand)
    else:
        subjects = _infer(fold_text(paper.betreff or ""), subjects_vocab, abgeleitet, paper.betreff or "")
    if paper.sachgebiete is not None:
        areas = frozenset(paper.sachgebiete)
    else:
        original = " ".join(filter(None, (paper.betreff, paper.federfuehrung, paper.text, *paper.rechtsgrundlagen)))
        areas = _infer(fold_text(original), areas_vocab, abgeleitet, original)
        implied = sorted(subjects & _IMPLIES_JUGENDHILFE)
        if "jugendhilfe" not in areas and implied:
            areas |= {"jugendhilfe"}
            abgeleitet["jugendhilfe"] = f"Gegenstand {implied[0]}"
    return Classification(areas, subjects, abgeleitet)


def _infer(haystack: str, vocab: _Group, found: dict[str, str], original: str) -> frozenset[str]:
    if not vocab.any.search(haystack):
        return frozenset()
    values = set()
    for value, pattern, keywords in vocab.values:
        if pattern.search(haystack):
            values.add(value)
            word = next(w for p, w in keywords if re.search(p, haystack))
            found[value] = _as_written(word, original)
    return frozenset(values)


_SPELLINGS = {"a": "(?:a|ä|ae)", "o": "(?:o|ö|oe)", "u": "(?:u|ü|ue)", "s": "(?:s|ß)", " ": r"[\W_]+"}


def _as_written(keyword: str, text: str) -> str:
    """The whole word of ``text`` in which ``keyword`` was found, so a message quotes the Vorlage."""
    pattern = "".join(_SPELLINGS.get(c, re.escape(c)) for c in fold(keyword))
    hit = re.search(rf"\b{pattern}[\w-]*", text, re.IGNORECASE)
    return hit.group(0) if hit else keyword
