"""Full JSON Schema validation (jsonschema) for configuration the user brings along.

User rule packs, procedures and registries are read once per run, so the reference validator is
affordable there; it is imported only when such a file is given. Where the fast validator finds the
same problem, its German message and exact node are used; otherwise jsonschema's is translated.
"""

from __future__ import annotations

from typing import Any

from gremienlauf.load import schemas
from gremienlauf.load.yamlsafe import Loaded


def validate(doc: Loaded, kind: str) -> None:
    import jsonschema  # deferred: costs more to import than a whole one-file check

    validator = jsonschema.Draft202012Validator(schemas.schema(kind),
                                                format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(doc.value))
    if error is None:
        return
    german = schemas.check_value(doc.value, kind)
    if german:
        raise doc.error(*german)
    raise doc.error(tuple(error.absolute_path), _translate(error))


def _translate(error: Any) -> str:
    kind = error.validator
    if kind == "required":
        return f"Pflichtfeld fehlt ({error.message})"
    if kind == "additionalProperties":
        return f"unbekannter Schlüssel ({error.message})"
    if kind in ("enum", "const"):
        return f"{error.instance!r} ist nicht erlaubt"
    if kind == "type":
        return f"{error.instance!r} hat den falschen Typ (erwartet {error.validator_value})"
    if kind == "format":
        return f"{error.instance!r} ist kein gültiges Datum (JJJJ-MM-TT)"
    return f"ungültiger Wert ({kind}: {error.message})"
