"""Schema checks of Vorlage and agenda files, with messages a clerk understands where the schema's own
would show a regular expression or suggest a day that does not exist."""

from __future__ import annotations

import calendar
import re
from pathlib import Path
from typing import Any

from gremienlauf.load import schemas
from gremienlauf.load.yamlsafe import Loaded
from gremienlauf.names import fold

_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ID_KEYS = ("koerperschaft",)
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
ID_WORDS = "Eine Id besteht aus Kleinbuchstaben, Ziffern, '-' und '_', ohne Leerzeichen und Umlaute"


def validate(doc: Loaded, kind: str) -> None:
    """``schemas.validate``; on a problem, the message is worded anew where the schema's is technical."""
    try:
        schemas.validate(doc, kind)
    except Exception:
        problem = schemas.check_value(doc.value, kind)
        if problem is None:
            raise
        path, meldung = problem
        raise doc.error(path, worded(_at(doc.value, path), path, meldung, Path(doc.datei))) from None


def worded(value: Any, path: tuple[Any, ...], meldung: str, datei: Path | None = None) -> str:
    if isinstance(value, str):
        german = _GERMAN_DATE.fullmatch(value)
        if german:
            return _german_date(value, *(int(g) for g in german.groups()))
        if path and path[-1] in _ID_KEYS and "erwartete Form" in meldung:
            hint = registered_id(value, datei)
            return f"'{value}' ist keine Id einer Körperschaft. {ID_WORDS} (etwa 'stadt-kamen')" + \
                (f"; gemeint ist wohl '{hint}'" if hint else "; die Ids zeigt 'gremienlauf koerperschaften'")
    return meldung


def _german_date(value: str, d: int, m: int, y: int) -> str:
    if not 1 <= m <= 12:
        return f"'{value}': einen {m}. Monat gibt es nicht; Datum bitte als JJJJ-MM-TT schreiben"
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        return (f"'{value}': diesen Tag gibt es nicht (der {MONATE[m - 1]} {y} hat {last} Tage); "
                "Datum bitte als JJJJ-MM-TT schreiben")
    return f"'{value}': Datum bitte als JJJJ-MM-TT schreiben, also {y}-{m:02d}-{d:02d}"


def registered_id(name: str, datei: Path | None = None) -> str | None:
    """The id of the registered Körperschaft that ``name`` names (its name, an alias or its id written
    as words): the bundled registry and the project's koerperschaften.yaml next to ``datei``."""
    from gremienlauf.load.files import bundled_yaml, read_yaml
    from gremienlauf.load.projekt import find_from

    docs = list(bundled_yaml("bodies"))
    projekt = find_from(datei) if datei is not None and datei.exists() else None
    if projekt is not None and projekt.koerperschaften is not None:
        try:
            docs.append(read_yaml(projekt.koerperschaften))
        except Exception:  # a broken registry is reported where it is loaded, not in this hint
            pass
    wanted = fold(name)
    for doc in docs:
        entries = doc.value.get("koerperschaften") if isinstance(doc.value, dict) else None
        for raw in entries if isinstance(entries, list) else ():
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                names = [raw["id"], raw.get("name"), *(raw.get("aliase") or ())]
                if any(isinstance(n, str) and fold(n) == wanted for n in names):
                    return raw["id"]
    return None


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        try:
            value = value[key]
        except (KeyError, IndexError, TypeError):
            return None
    return value
