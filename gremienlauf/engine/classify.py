"""Sachgebiet and Gegenstand of a Vorlage: as stated, or inferred from its words (and said so)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from gremienlauf.model import Paper
from gremienlauf.names import fold, fold_text

# Jugendhilfe matters by statute imply the Sachgebiet even when only the Gegenstand is stated.
_IMPLIES_JUGENDHILFE = {"jugendamtssatzung", "leitung_jugendamt", "jugendhilfeplanung", "kita_bedarfsplanung",
                        "hilfe_zur_erziehung", "kinderschutz", "anerkennung_freier_traeger", "elternbeitraege"}


class Classification(NamedTuple):
    sachgebiete: frozenset[str]
    gegenstand: frozenset[str]
    # value -> the keyword it was inferred from; absent for stated values
    abgeleitet: dict[str, str]
    # Sachgebiete found only in the body text, not in Betreff, Federführung or cited norms: a road Vorlage
    # may mention the Kita next door; a finding resting on them is a question, not an accusation
    nur_text: frozenset[str] = frozenset()


Keyword = tuple[str, str]  # pattern of one keyword (compiled on first use), the word as written

# Compiling one pattern per keyword up front cost more at start than the whole one-file check needs of
# them: a keyword's pattern is only asked where its value matched, to name the word.
_compiled = cache(re.compile)


class _Group(NamedTuple):
    """One vocabulary group: a single pattern of all keywords tells whether any value can match (most
    Vorlagen match none), then one pattern per value; the single-keyword patterns are only tried, in
    vocabulary order, where a value matched first, to name the keyword. The last member of a value holds
    the words that do not count for it (blanked out before that value's pattern is asked)."""

    any: re.Pattern[str]
    values: tuple[tuple[str, re.Pattern[str], tuple[Keyword, ...], re.Pattern[str] | None], ...]


_LETTERS = "[a-z0-9]*"  # the rest of one folded word: folding leaves only a-z, 0-9 and single spaces


def _pieces(keyword: str) -> list[tuple[bool, str, bool]]:
    """The parts of a keyword between its stars, folded, each with whether a space stood before and after
    it ("Jugend- und *zentr" keeps the space before the star, fold() alone would drop it)."""
    return [(p[:1].isspace(), fold(p), p[-1:].isspace()) for p in keyword.lstrip("*").split("*") if p.strip()]


def _pattern(keyword: str, whole: bool = False) -> str:
    """A keyword of the vocabulary (see the head of sachgebiete.yaml) as a regular expression over folded
    text: anchored at a word start unless it begins with "*", "*" inside standing for more letters of the
    same word, open at the end unless it is a whole word."""
    body = _LETTERS.join((" " if before else "") + re.escape(p) + (" " if after else "")
                         for before, p, after in _pieces(keyword))
    return ("" if keyword.startswith("*") else r"\b") + body + (r"\b" if whole else "")


def _trie(patterns: list[str]) -> str:
    """Alternatives with a common beginning share it, so one scan tries each position once per distinct
    next character instead of once per keyword (an Aho-Corasick-like shape re can run fast)."""
    if len(patterns) < 8:
        return "|".join(patterns)
    groups: dict[str, list[str]] = {}
    for p in patterns:
        groups.setdefault(_first_token(p), []).append(p)
    out = []
    for token, members in groups.items():
        rests = [m[len(token):] for m in members]
        if len(members) == 1:
            out.append(members[0])
        elif "" in rests:
            others = [r for r in rests if r]
            out.append(token + ("(?:" + _trie(others) + ")?" if others else ""))
        else:
            out.append(token + "(?:" + _trie(rests) + ")")
    return "|".join(out)


_TOKEN = re.compile(r"\\b|\[a-z0-9\]\*|\\.|.", re.DOTALL)


def _first_token(pattern: str) -> str:
    hit = _TOKEN.match(pattern)
    return hit.group(0) if hit else pattern


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("(?:" + _trie(patterns) + ")")


class Sachgebiete(NamedTuple):
    """The compiled vocabulary/sachgebiete.yaml: one group for Sachgebiete, one for the Gegenstand."""

    areas: _Group
    subjects: _Group


def compile_vocabulary(data: dict[str, Any]) -> Sachgebiete:
    whole = {fold(w) for w in data.get("ganze_woerter") or ()}
    exceptions = data.get("ausnahmen") or {}
    groups = []
    for group in ("sachgebiete", "gegenstand"):
        values, everything = [], []
        for value, words in data[group].items():
            patterns = [_pattern(w, fold(w.replace("*", "")) in whole) for w in words]
            everything += patterns
            skip = [_pattern(w).removeprefix(r"\b") for w in exceptions.get(value, ())]
            values.append((value, _compile(patterns), tuple(zip(patterns, words, strict=True)),
                           _compile(skip) if skip else None))
        groups.append(_Group(_compile(everything), tuple(values)))
    return Sachgebiete(groups[0], groups[1])


def classify(paper: Paper, vocabulary: Sachgebiete) -> Classification:
    areas_vocab, subjects_vocab = vocabulary
    abgeleitet: dict[str, str] = {}
    if paper.gegenstand is not None:
        subjects = frozenset(paper.gegenstand)
    else:
        subjects = _infer(fold_text(paper.betreff or ""), subjects_vocab, abgeleitet, paper.betreff or "")
    if paper.sachgebiete is not None:
        areas = frozenset(paper.sachgebiete)
    else:
        head = " ".join(filter(None, (paper.betreff, paper.federfuehrung, *paper.rechtsgrundlagen)))
        original = " ".join(filter(None, (head, paper.text)))
        areas = _infer(fold_text(original), areas_vocab, abgeleitet, original)
        implied = sorted(subjects & _IMPLIES_JUGENDHILFE)
        if "jugendhilfe" not in areas and implied:
            areas |= {"jugendhilfe"}
            abgeleitet["jugendhilfe"] = f"Gegenstand {implied[0]}"
        if paper.text and areas - {"jugendhilfe" if implied else ""}:
            nur_text = areas - _infer(fold_text(head), areas_vocab, {}, head) - ({"jugendhilfe"} if implied else set())
            return Classification(areas, subjects, abgeleitet, frozenset(nur_text))
    return Classification(areas, subjects, abgeleitet)


def _infer(haystack: str, vocab: _Group, found: dict[str, str], original: str) -> frozenset[str]:
    first = vocab.any.search(haystack)
    if not first:
        return frozenset()
    values = set()
    for value, pattern, keywords, skip in vocab.values:
        text = _without(skip, haystack) if skip is not None else haystack
        # A group of one value needs no second scan unless an exception changed the text.
        hit = first if len(vocab.values) == 1 and text is haystack else pattern.search(text)
        if hit:
            values.add(value)
            # The keyword of the earliest hit: asking each keyword over a whole Vorlage text would cost
            # one scan per keyword, and the vocabulary has well over a hundred.
            word = next(w for p, w in keywords if _compiled(p).match(text, hit.start()))
            found[value] = _as_written(word, original)
    return frozenset(values)


def _without(skip: re.Pattern[str], text: str) -> str:
    """``text`` with every word blanked that contains an exception; the same object if there is none,
    which is the common case and costs one scan."""
    hits = list(skip.finditer(text))
    if not hits:
        return text
    chars = list(text)
    for hit in hits:
        start = text.rfind(" ", 0, hit.start()) + 1
        end = text.find(" ", hit.end())
        chars[start:len(text) if end < 0 else end] = " " * ((len(text) if end < 0 else end) - start)
    return "".join(chars)


_SPELLINGS = {"a": "(?:a|ä|ae)", "o": "(?:o|ö|oe)", "u": "(?:u|ü|ue)", "s": "(?:s|ß)", " ": r"[\W_]+"}


def _as_written(keyword: str, text: str) -> str:
    """The whole word of ``text`` in which ``keyword`` was found, so a message quotes the Vorlage."""
    parts = [(r"[\W_]+" if before else "") + "".join(_SPELLINGS.get(c, re.escape(c)) for c in p)
             + (r"[\W_]+" if after else "") for before, p, after in _pieces(keyword)]
    head = r"\w*" if keyword.startswith("*") else r"\b"
    hit = re.search(head + r"\w*".join(parts) + r"[\w-]*", text, re.IGNORECASE)
    return hit.group(0) if hit else keyword.replace("*", "")
