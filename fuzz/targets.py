"""Fuzz targets, one per reader: bytes in, a Vorlage checked or a clean InputError out, nothing else.

Each target takes any bytes and runs the whole way a user's file goes (decode → parse → model →
engine). An ``InputError`` (or another ``GremienlaufError``) is the allowed way to refuse; every other
exception is a bug and propagates to the fuzzer. Seeds are the repository's own example files.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from gremienlauf.errors import GremienlaufError

ROOT = Path(__file__).resolve().parent.parent
STICHTAG = date(2026, 11, 23)
T = "https://schema.oparl.org/1.1/"


@cache
def engine() -> Any:
    from gremienlauf import load

    return load.engine()


def _check(documents: Any) -> int:
    from gremienlauf.model import Document

    count = 0
    for item in documents:
        if isinstance(item, Document):
            for finding in engine().check(item.paper, STICHTAG, item.sitzung):
                assert finding.meldung and finding.zeile >= 1, finding
            count += 1
        else:
            assert isinstance(item, GremienlaufError) and item.meldung, item
    return count


def vorlage_yaml(data: bytes) -> None:
    from gremienlauf.load.yamlsafe import decode, load
    from gremienlauf.readers.vorlage import read_documents

    try:
        _check(read_documents(load(decode(data, "f.yaml"), "f.yaml")))
    except GremienlaufError as exc:
        assert exc.meldung and exc.datei == "f.yaml", exc
        # every refusal points at a line, except a broken UTF-16 file (its bytes have no lines)
        assert exc.zeile is not None or exc.meldung.startswith("UTF-16"), exc
        assert not exc.meldung.startswith("YAML-Fehler"), exc  # libyaml's English, untranslated


def text(data: bytes) -> None:
    from gremienlauf.model import Document
    from gremienlauf.readers.text import parse_text
    from gremienlauf.readers.text.decode import decode

    try:
        parsed = parse_text(decode(data, "f.txt")[0], "f.txt")
        if parsed.value("koerperschaft"):
            _check([Document(parsed.paper())])
    except GremienlaufError as exc:
        assert exc.meldung and exc.datei == "f.txt", exc


def oparl_json(data: bytes) -> None:
    from gremienlauf.readers.oparl import read_values
    from gremienlauf.readers.oparl.source import parse_json

    try:
        value = parse_json(data, "f.json")
    except GremienlaufError as exc:
        assert exc.meldung and exc.datei == "f.json", exc
        return
    _check(read_values([value], "f.json"))


def _oparl_seed() -> bytes:
    base = "https://ris.beispiel.invalid/oparl/"
    paper = {"id": base + "papers/1", "type": T + "Paper", "name": "Neubau Kita", "reference": "1/2026",
             "paperType": "Beschlussvorlage", "date": "2026-02-01", "body": base + "bodies/1",
             "consultation": [{"id": base + "c/1", "type": T + "Consultation", "role": "Vorberatung",
                               "organization": [{"id": base + "org/1", "type": T + "Organization",
                                                 "name": "Jugendhilfeausschuss"}],
                               "meeting": {"id": base + "m/1", "type": T + "Meeting",
                                           "start": "2026-03-01T17:00:00+01:00",
                                           "organization": [base + "org/1"]}}]}
    return json.dumps({"data": [paper], "links": {}}, ensure_ascii=False).encode()


def seeds(name: str) -> list[bytes]:
    if name == "yaml":
        return [p.read_bytes() for p in sorted((ROOT / "examples" / "vorlagen").glob("*.yaml"))]
    if name == "text":
        return [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "ris").glob("*.txt"))]
    return [_oparl_seed()]


TARGETS: dict[str, Callable[[bytes], None]] = {"yaml": vorlage_yaml, "text": text, "oparl": oparl_json}
