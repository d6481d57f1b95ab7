"""German wording shared by messages and reports: quotation marks that nest, display names of values.

Pure functions without imports from the package, so that every layer (engine, readers, formats, cli)
may use them.
"""

from __future__ import annotations

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
