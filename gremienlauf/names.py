"""Names and words: folded for comparison, quoted and spelled out for the reader.

Folding (case, umlauts, punctuation and spacing never decide a match) is shared by the registry
(Gremium aliases) and the classifier (keywords), and is for comparing only: messages always quote the
original text, with German quotation marks that nest and display names of values. Pure functions
without imports from the package, so that every layer may use them.
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



def slug(text: str, used: set[str] | None = None, fallback: str = "x") -> str:
    """An ASCII id as registry files write them: 'Stadt Münster-Hiltrup' → 'stadt-muenster-hiltrup'.

    With ``used``, a taken id gets a counter ('ausschuss-2') and the result is recorded there."""
    text = text.casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, plain)  # casefold already wrote ß as ss
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", text).strip("-") or fallback
    if used is None:
        return base
    out, n = base, 2
    while out in used:
        out, n = f"{base}-{n}", n + 1
    used.add(out)
    return out


# --- wording: how messages and reports write names ---
OPEN, CLOSE, INNER_OPEN, INNER_CLOSE = "„", "“", "‚", "‘"


def nest_quotes(text: str) -> str:
    """„Ausschuss „Jugend““ → „Ausschuss ‚Jugend‘“: German typesetting marks a quotation inside a
    quotation with single marks; a name that brings its own quotes must not close the outer ones."""
    out, depth = [], 0
    for char in text:
        if char == OPEN:
            depth += 1
            out.append(INNER_OPEN if depth % 2 == 0 else OPEN)
        elif char == CLOSE and depth > 0:
            out.append(INNER_CLOSE if depth % 2 == 0 else CLOSE)
            depth -= 1
        else:
            out.append(char)
    return "".join(out)


def quote(text: str) -> str:
    """``text`` in German quotation marks, its own quotations made inner ones."""
    return nest_quotes(f"{OPEN}{text}{CLOSE}")


# Körperschaft types as a clerk writes them; keys are the registry's ASCII values.
TYP_NAMEN = {
    "kreisfreie_stadt": "kreisfreie Stadt",
    "kreisangehoerige_gemeinde": "kreisangehörige Gemeinde",
    "kreisangehoerige_stadt": "kreisangehörige Stadt",
    "kreis": "Kreis",
    "stadtkreis": "Stadtkreis",
    "landkreis": "Landkreis",
    "grosse_kreisstadt": "Große Kreisstadt",
    "grosse_kreisangehoerige_stadt": "große kreisangehörige Stadt",
    "mittlere_kreisangehoerige_stadt": "mittlere kreisangehörige Stadt",
    "grosse_selbstaendige_stadt": "große selbständige Stadt",
    "selbstaendige_gemeinde": "selbständige Gemeinde",
    "samtgemeinde": "Samtgemeinde",
    "region": "Region",
    "sonderstatusstadt": "Sonderstatusstadt",
    "verbandsgemeinde": "Verbandsgemeinde",
    "ortsgemeinde": "Ortsgemeinde",
    "amt": "Amt",
    "amtsfreie_gemeinde": "amtsfreie Gemeinde",
    "bezirk": "Bezirk",
    "stadtgemeinde": "Stadtgemeinde",
    "regionalverband": "Regionalverband",
}
_UMLAUTE = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))


def typ_name(typ: str) -> str:
    """The display name of a registry ``typ``; one without an entry still reads as words (the umlaut
    guess is only a fallback: 'neue' would become 'neü', which is why known values are in the table)."""
    known = TYP_NAMEN.get(typ)
    if known is not None:
        return known
    text = typ.replace("_", " ")
    for plain, umlaut in _UMLAUTE:
        text = text.replace(plain, umlaut)
    return text
