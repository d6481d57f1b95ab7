"""Folding names for comparison: case, umlauts, punctuation and spacing never decide a match.

Shared by the registry (Gremium aliases) and the classifier (keywords). Folding is for comparing
only; messages always quote the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9]+")
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """'Haupt- und Finanzausschuss' and 'haupt und finanzausschuss' fold alike; so do ä, ae and a.

    Cached: meant for short names that recur (Gremien, Körperschaften); long texts use fold_text."""
    return fold_text(text)


class _CharFold(dict[int, str]):
    """ß → ss, NFKD without combining marks, casefold – per character, which is exact: NFKD
    decomposes each character on its own and only reorders combining marks, which are dropped."""

    def __missing__(self, code: int) -> str:
        text = chr(code).replace("ß", "ss").replace("ẞ", "ss")
        out = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
        self[code] = out
        return out


_CHARS = _CharFold()


def fold_text(text: str) -> str:
    """fold without the cache, for whole Vorlage texts (a cache would only hold texts never seen again)."""
    text = text.lower() if text.isascii() else text.translate(_CHARS)
    for digraph, plain in _DIGRAPHS:
        text = text.replace(digraph, plain)
    return _NON_WORD.sub(" ", text).strip()


def closest(name: str, candidates: dict[str, str], cutoff: float = 0.6) -> str | None:
    """The original spelling of the candidate whose folded form is closest to ``name``."""
    from difflib import get_close_matches  # only for suggestions; kept off the start-up path

    hit = get_close_matches(fold(name), list(candidates), n=1, cutoff=cutoff)
    return candidates[hit[0]] if hit else None
