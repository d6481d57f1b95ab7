"""Text as extracted from PDFs, RIS pages and OCR, made comparable without inventing anything.

Two kinds of repair, kept apart on purpose:

* ``key()`` folds a line for *matching* labels and names: case, umlauts, punctuation and the OCR
  confusions seen in real scans ("Begriindung", "Zustandigkeit fiir") never decide a match.
* ``repair()`` changes text that is *shown* (Betreff, Beschlussvorschlag) only where the reading is
  certain: broken hyphenation, odd spaces, letter sequences German never has ("ii" inside a word,
  "fiir", an upper-case R between lower-case letters for ß) and the lost umlauts of the words in
  vocabulary/text.yaml. "Losung" stays "Losung": it is a German word, "Lösung" would be a guess.

Every regular expression here is linear (no nested quantifiers), so a 50 MB file cannot stall it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial

from gremienlauf.load.files import bundled_yaml
from gremienlauf.names import fold

# Characters that only look like a space or vanish in print (NBSP, thin space, soft hyphen, BOM…).
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\f\v"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input: 1-based number, text without outer blanks (inner runs kept)."""

    no: int
    text: str

    @property
    def flat(self) -> str:
        return " ".join(self.text.split())

    @property
    def key(self) -> str:
        return key(self.text)


def lines_of(text: str) -> list[Line]:
    """Split into lines; numbering follows the input so findings point at the right line."""
    out = []
    for i, raw in enumerate(text.splitlines(), start=1):
        clean = _CONTROL.sub(" ", raw.translate(_SPACES).translate(_INVISIBLE))
        out.append(Line(i, clean.strip()))
    return out


# --- matching -------------------------------------------------------------------------------------
# OCR confusions left after the case-aware word fixes below, on folded text.
_KEY_FIXES = ((re.compile(r"\bma(?:lr|ll|r)(?=nahme)"), "mass"),)  # Mallnahmen (ll is also German)


def key(text: str) -> str:
    """Fold for comparison after undoing the OCR confusions that are unambiguous in German."""
    folded = fold(_fix_words(text))
    for pattern, replacement in _KEY_FIXES:
        folded = pattern.sub(replacement, folded)
    return folded


# --- shown text -----------------------------------------------------------------------------------
_WORD_FIXES = (
    (re.compile(r"(?<=[a-zäöüß])ii(?=[a-zäöüß])"), "ü"),
    (re.compile(r"\b(?:fiir|flir|flr|fiur)\b"), "für"),
    (re.compile(r"\b(?:Fiir|Flir|Flr)\b"), "Für"),
    (re.compile(r"\b(?:Gber|gber|tber)\b"), "uber"),  # made "über"/"Über" by the lexicon, by position
    (re.compile(r"(?<=[a-zäöü])l?R(?=[a-zäöü])"), "ß"),      # MalRnahmen, regelmaRig
    (re.compile(r"(?m)^(?:l|I)(l{0,2})(?=\. )"), lambda m: "I" * (1 + len(m.group(1)))),  # ll. → II.
)


@cache
def _lexicon() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = next(d.value for d in bundled_yaml("vocabulary") if d.datei.endswith("/text.yaml"))
    out = []
    for entry in data["umlaute"]:
        # "Präventi*" repairs every word starting so; "Städte" only the whole word (not "Stadtentwicklung").
        word, stem = entry.rstrip("*"), entry.endswith("*")
        plain = word.translate(str.maketrans("äöüÄÖÜ", "aouAOU")).replace("ß", "ss")
        end = "" if stem else r"\b"
        out.append((re.compile(rf"\b{re.escape(plain)}{end}", re.IGNORECASE), word + ("*" if stem else "")))
    return tuple(out)


def _case(match: re.Match[str], word: str) -> str:
    """A stem keeps the case it was found in ("Zuständigkeit", "zuständig"); a whole noun keeps its
    capital; other words ("für", "über") are capitalised only where a sentence starts, because OCR
    often reads a small "ü" as "U" ("Uber das Ergebnis")."""
    if word.endswith("*"):
        word = word[:-1]
        found = match.group(0)[0]
        return (word[0].upper() if found.isupper() else word[0].lower()) + word[1:]
    if word[0].isupper():
        return word
    before = match.string[:match.start()].rstrip()
    starts = not before or before[-1] in ".:!?"
    return word[0].upper() + word[1:] if starts and match.group(0)[0].isupper() else word


def _fix_words(text: str) -> str:
    for pattern, replacement in _WORD_FIXES:
        text = pattern.sub(replacement, text)
    return text


def repair(text: str) -> str:
    """Certain OCR repairs on shown text; anything doubtful is left as written."""
    text = _fix_words(text)
    for pattern, word in _lexicon():
        text = pattern.sub(partial(_case, word=word), text)
    return text


# A blank line ends a paragraph only after a sentence end; PDF extraction also drops blank lines
# into the middle of sentences ("… der Gemeinden Bönen und" / "" / "Holzwickede) an …").
_PARAGRAPH_END = re.compile(r"[.!?:;\"“”')]$")
_CONJUNCTIONS = {"und", "oder", "bis", "sowie", "als", "wie", "bzw", "u", "noch"}
_HYPHEN_END = re.compile(r"(?<=[A-Za-zÄÖÜäöüß0-9])-$")
_NEXT_WORD = re.compile(r"[\wÄÖÜäöüß]+")


def join_lines(lines: list[Line]) -> str:
    """One paragraph from wrapped lines: "Präven-" + "tionsketten" → "Präventionsketten",
    "Auf-" + "und Ausbau" → "Auf- und Ausbau", "SV-9-" + "1217" → "SV-9-1217".

    Only the last two characters joined so far are looked at, and the pieces are joined once at the
    end: a paragraph of many thousand lines stays linear (it took minutes when the whole text so far
    was searched for a final hyphen at every line)."""
    parts: list[str] = []
    tail = ""  # the last two characters of what is joined so far
    for line in lines:
        text = line.flat
        if not text:
            continue
        if not parts:
            parts.append(text)
            tail = text[-2:]
            continue
        word = _NEXT_WORD.match(text)
        first = word.group(0) if word else ""
        if _HYPHEN_END.search(tail) and first and first.lower() not in _CONJUNCTIONS and \
                (first[0].islower() or (first[0].isdigit() and tail[-2:-1].isdigit())):
            if first[0].islower():
                parts[-1] = parts[-1][:-1]
                tail = tail[:-1]
            parts.append(text)
        else:
            parts += (" ", text)
            tail = " "
        tail = (tail + text)[-2:]
    return "".join(parts)


def paragraphs(lines: list[Line]) -> list[str]:
    """Paragraphs of a block: blank lines separate them unless a word was split across the gap."""
    groups: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            groups[-1].append(line)
        elif groups[-1] and _PARAGRAPH_END.search(groups[-1][-1].flat):
            groups.append([])
    return [repair(join_lines(g)) for g in groups if g]
