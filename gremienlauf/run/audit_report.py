"""The replay's application logic: read a source, audit each Vorlage under the law valid at each date, record
where everything came from; and make a recorded report again to see whether it still holds (--verify)."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from gremienlauf import __version__, load
from gremienlauf.errors import InputError
from gremienlauf.model import INPUT_CODE, Document
from gremienlauf.model.trace import AuditReport, Provenance

URL_SCHEMES = ("http://", "https://")


def exit_code(report: AuditReport) -> int:
    """0 lawful, 1 an unlawful procedure, 2 input that could not be read or placed (as for check)."""
    if report.eingabefehler or any(f.code == INPUT_CODE for t in report.vorlagen for f in t.befunde):
        return 2
    return 1 if any(t.ergebnis == "fehlerhaft" for t in report.vorlagen) else 0


def build(quelle: str, stichtag: date | None, max_bytes: int, koerperschaften: tuple[str, ...],
          regeln: tuple[str, ...], zeitstempel: bool = False, max_tiefe: int | None = None,
          oparl: Any = None, name: str | None = None) -> AuditReport:
    """The audit report of ``quelle``; ``name`` is how the report names the input (default: ``quelle``)."""
    from gremienlauf.engine.audit import audit, default_stichtag
    from gremienlauf.load.cache import canonical_hash
    from gremienlauf.run.pipeline import input_finding

    documents, errors, digest = read(quelle, max_bytes, max_tiefe, oparl, name)
    engine = load.engine(koerperschaften, regeln)
    traces = tuple(audit(engine, d, stichtag or default_stichtag(d), _label(d)) for d in documents)
    bodies = [asdict(b) for b in sorted(engine.registry.bodies.values(), key=lambda b: b.id)]
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat() if zeitstempel else None
    herkunft = Provenance(
        werkzeug=__version__, eingabe=name or quelle, eingabe_sha256=digest,
        pakete=tuple((p.id, p.version, p.sha256) for p in engine.packs),
        verfahren=tuple(sorted((p.id, p.sha256) for p in engine.procedures)), register_sha256=canonical_hash(bodies),
        stichtag=stichtag, regeln=tuple(regeln), koerperschaften=tuple(koerperschaften), zeitstempel=stamp)
    return AuditReport(herkunft, traces, tuple(input_finding(e) for e in errors))


def _label(document: Document) -> str:
    return f"TOP {document.top}: {document.paper.bezeichnung}" if document.top else document.paper.bezeichnung


def read(quelle: str, max_bytes: int, max_tiefe: int | None = None,
         oparl: Any = None, name: str | None = None) -> tuple[list[Document], list[InputError], str]:
    """The Vorlagen of a source and a SHA-256 that identifies what was read.

    Vorlage and agenda files (and text/PDF) come through the reader registry; their SHA-256 is that of
    the file's bytes. OParl sources – a server's address, a JSON file or a directory of OParl JSON – come
    through the OParl reader; as a server's answers differ in layout from fetch to fetch, their SHA-256 is
    that of the Vorlagen as read (canonical JSON of the model), so a later fetch of an unchanged RIS
    verifies."""
    if _is_oparl(quelle):
        documents, errors, digest = _read_oparl(quelle, max_bytes, oparl)
        if not documents and not errors:  # an empty directory or one without OParl JSON: no silent pass
            raise InputError("keine Vorlage gefunden (replay liest in einem Verzeichnis OParl-Dateien *.json, "
                             "*.jsonl; eine Vorlage-Datei bitte einzeln angeben)", quelle)
        return documents, errors, digest
    from gremienlauf.load.files import read_bytes
    from gremienlauf.readers import reader_for

    data = read_bytes(quelle, max_bytes)
    reader = reader_for(os.path.splitext(quelle)[1])
    if reader is None:
        raise InputError("unbekannte Dateiart; replay liest Vorlage- und Tagesordnungsdateien (*.yaml, *.txt, "
                         "*.pdf) und OParl (Adresse, *.json, Verzeichnis)", quelle)
    tiefe = {} if max_tiefe is None else {"max_tiefe": max_tiefe}
    items = list(reader(quelle, name or quelle, True, max_bytes, **tiefe))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    return documents, errors, hashlib.sha256(data).hexdigest()


def _is_oparl(quelle: str) -> bool:
    return quelle.startswith(URL_SCHEMES) or os.path.isdir(quelle) or \
        os.path.splitext(quelle)[1].lower() in (".json", ".jsonl")


def _read_oparl(quelle: str, max_bytes: int, settings: Any = None) -> tuple[list[Document], list[InputError], str]:
    from gremienlauf.readers.oparl import Settings
    from gremienlauf.readers.oparl import read as read_oparl

    items = list(read_oparl([quelle], settings or Settings(max_bytes=max_bytes)))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    canonical = json.dumps([_record(d) for d in documents], sort_keys=True, ensure_ascii=False, default=str)
    return documents, errors, hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _record(value: Any) -> Any:
    """A model object as plain data, the way ``dataclasses.asdict`` shows it, NamedTuple records as
    mappings too: the input hash of earlier audit reports must stay the same."""
    if is_dataclass(value) and not isinstance(value, type):
        return _record(asdict(value))  # asdict keeps NamedTuples inside as they are
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: _record(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [_record(v) for v in value]
    if isinstance(value, dict):
        return {k: _record(v) for k, v in value.items()}
    return value


def _same_path(quelle: str, recorded: str) -> bool:
    """``./examples/x.yaml``, ``examples/x.yaml`` and its absolute path are one file."""
    return os.path.normcase(os.path.abspath(quelle)) == os.path.normcase(os.path.abspath(recorded))


def _load_report(path: str, max_bytes: int) -> dict[str, Any]:
    from gremienlauf.load.files import read_bytes
    from gremienlauf.readers.oparl.source import parse_json

    try:
        data = parse_json(read_bytes(path, max_bytes), path)
    except InputError as exc:
        if exc.meldung == "Datei nicht gefunden":
            raise InputError("Prüfbericht nicht gefunden", path) from None
        raise InputError(f"kein lesbarer JSON-Prüfbericht: {exc.meldung}", path, exc.zeile, exc.spalte) from None
    if not isinstance(data, dict) or data.get("format") != 1 or "herkunft" not in data:
        raise InputError("kein JSON-Prüfbericht von 'gremienlauf replay --format json'", path)
    return data


def _input_path(recorded: str, bericht: str) -> str:
    """The input as recorded; relative paths are tried from here, then next to the report."""
    if recorded.startswith(URL_SCHEMES) or Path(recorded).exists() or Path(recorded).is_absolute():
        return recorded
    beside = Path(bericht).parent / recorded
    return str(beside) if beside.exists() else recorded


def _pack_changes(old: list[dict[str, str]], new: list[dict[str, str]], kind: str) -> list[str]:
    before, after = {p["id"]: p["sha256"] for p in old}, {p["id"]: p["sha256"] for p in new}
    out = [f"{kind} {i}: geändert" for i in sorted(before.keys() & after.keys()) if before[i] != after[i]]
    out += [f"{kind} {i}: neu" for i in sorted(after.keys() - before.keys())]
    out += [f"{kind} {i}: entfallen" for i in sorted(before.keys() - after.keys())]
    return out


class Verification(NamedTuple):
    """A report made again with today's rules and data, and what differs from the recorded one."""

    bericht: str
    quelle: str  # what was read now
    im_bericht: str  # how the report names its input
    gleiche_eingabe: bool
    anderer_pfad: bool  # the same file, named by another path in the report
    werkzeug: tuple[str, str] | None  # (today, recorded) where they differ
    aenderungen: tuple[str, ...]  # rule packs, procedures, registry: "Regelpaket sgb8: geändert"
    abweichungen: tuple[str, ...]  # differences of the reports themselves

    @property
    def haelt(self) -> bool:
        return self.gleiche_eingabe and not self.abweichungen


def verify(bericht: str, quelle: str | None, stichtag: date | None, max_bytes: int,
           koerperschaften: tuple[str, ...], regeln: tuple[str, ...], oparl: Any = None) -> Verification:
    from gremienlauf.formats.audit.compare import differences
    from gremienlauf.formats.audit.json_format import to_data

    old = _load_report(bericht, max_bytes)
    h = old["herkunft"]
    recorded = h["eingabe"]["quelle"]
    quelle = quelle or _input_path(recorded, bericht)
    day = stichtag or (date.fromisoformat(h["stichtag"]) if h.get("stichtag") else None)
    # A file is judged by its content (SHA-256), not by how its path was written: the new report names it
    # as the old one did, so that the spelling of a path is no difference. OParl keeps its addresses.
    by_file = not (_is_oparl(quelle) or _is_oparl(recorded))
    new = to_data(build(quelle, day, max_bytes, koerperschaften or tuple(h["optionen"]["koerperschaften"]),
                        regeln or tuple(h["optionen"]["regeln"]), oparl=oparl, name=recorded if by_file else None))
    aenderungen = _pack_changes(h["regelpakete"], new["herkunft"]["regelpakete"], "Regelpaket")
    aenderungen += _pack_changes(h["verfahren"], new["herkunft"]["verfahren"], "Verfahren")
    if new["herkunft"]["register_sha256"] != h["register_sha256"]:
        aenderungen.append("Register der Körperschaften: geändert")
    werkzeug = new["herkunft"]["werkzeug"], h["werkzeug"]
    return Verification(bericht, quelle, recorded, new["herkunft"]["eingabe"]["sha256"] == h["eingabe"]["sha256"],
                        by_file and not _same_path(quelle, recorded),
                        werkzeug if werkzeug[0] != werkzeug[1] else None, tuple(aenderungen),
                        tuple(differences(old, new)))
