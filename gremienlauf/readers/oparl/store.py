"""Every OParl record read so far, keyed by full ``id``; what is missing is fetched (HTTP) or reported.

Local files and a server behave alike: the same records are asked for in the same order, and an
object that cannot be had is reported once, by its URL, while the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from gremienlauf.errors import InputError
from gremienlauf.readers.oparl.records import (
    AgendaItemRec,
    BodyRec,
    ConsultationRec,
    MeetingRec,
    Normaliser,
    OrgRec,
    PaperRec,
    Record,
    SystemRec,
    newer,
)
from gremienlauf.readers.oparl.source import Http

RECORD_KIND = {SystemRec: "System", BodyRec: "Body", OrgRec: "Organization", MeetingRec: "Meeting",
               AgendaItemRec: "AgendaItem", ConsultationRec: "Consultation", PaperRec: "Paper"}
KIND_NAMES = {"System": "System", "Body": "Körperschaft", "Organization": "Gremium", "Meeting": "Sitzung",
              "AgendaItem": "Tagesordnungspunkt", "Consultation": "Beratung", "Paper": "Vorlage"}


class Store:
    def __init__(self, http: Http | None = None, jobs: int = 1) -> None:
        self.records: dict[str, Record] = {}
        self.errors: dict[str, InputError] = {}  # why an object could not be had (the reason only)
        self.kinds: dict[str, str] = {}  # what it should have been
        self.http = http
        self.jobs = max(1, jobs)
        self.normaliser = Normaliser(self._put)
        self._aliases: dict[str, str] = {}
        self._skipped: set[str] = set()

    def _put(self, rec: Record, origin: str | None) -> None:
        old = self.records.get(rec.id)
        if old is None or (type(old) is type(rec) and newer(rec, old)):
            self.records[rec.id] = rec

    def ingest(self, value: Any, expected: str | None = None, origin: str | None = None) -> list[Record]:
        return self.normaliser.ingest(value, expected, origin)

    def known(self, ref: str) -> Record | None:
        return self.records.get(ref) or self.records.get(self._aliases.get(ref, ""))

    def get(self, ref: str, kind: str, optional: bool = False) -> Record | None:
        """The record ``ref`` of type ``kind``; fetched if needed. Why a non-optional object failed is kept
        in ``errors``; optional ones (Federführung) are silently left out."""
        rec = self.known(ref)
        if rec is not None:
            return rec if RECORD_KIND[type(rec)] == kind else self._wrong(ref, rec, kind, optional)
        if ref in self.errors or ref in self._skipped:
            return None
        if self.http is None:
            return self._missing(ref, kind, InputError("in keiner der gelesenen Dateien enthalten", ref), optional)
        try:
            value = self.http.fetch(ref)
        except InputError as exc:
            return self._missing(ref, kind, exc, optional)
        return self._accept(ref, kind, value, optional)

    def prefetch(self, wanted: Iterable[tuple[str, str]], optional: bool = False) -> None:
        """Fetch what is not known yet, ``jobs`` requests at a time; results are taken in sorted order,
        so the outcome does not depend on which answer came first."""
        todo = sorted({(r, k) for r, k in wanted if self.known(r) is None and r not in self.errors
                       and r not in self._skipped})
        if self.http is None or not todo:
            return
        if self.jobs == 1:
            for ref, kind in todo:
                self.get(ref, kind, optional)
            return
        with ThreadPoolExecutor(self.jobs) as pool:
            results = list(pool.map(self._try_fetch, [r for r, _ in todo]))
        for (ref, kind), result in zip(todo, results, strict=False):
            if isinstance(result, InputError):
                self._missing(ref, kind, result, optional)
            else:
                self._accept(ref, kind, result, optional)

    def unusable(self, ref: str, kind: str, reason: str) -> None:
        """An object that was read but cannot serve (deleted): reported like a missing one."""
        self._missing(ref, kind, InputError(reason, ref), optional=False)

    def forget(self, ids: Iterable[str]) -> None:
        """Drop records that are done with (a checked Vorlage), so memory stays flat on a long crawl."""
        for ident in ids:
            self.records.pop(ident, None)

    def _try_fetch(self, ref: str) -> Any:
        assert self.http is not None
        try:
            return self.http.fetch(ref)
        except InputError as exc:
            return exc

    def _accept(self, ref: str, kind: str, value: Any, optional: bool) -> Record | None:
        found = self.ingest(value, kind, ref)
        rec = self.records.get(ref)
        if rec is None and len(found) == 1:
            # The server answered under another id than the URL asked for (domain/oparl.md § 3.6).
            self._aliases[ref] = found[0].id
            rec = found[0]
        if rec is None:
            return self._missing(ref, kind, InputError(f"Antwort ist kein OParl-Objekt vom Typ {kind}", ref),
                                 optional)
        return rec if RECORD_KIND[type(rec)] == kind else self._wrong(ref, rec, kind, optional)

    def _wrong(self, ref: str, rec: Record, kind: str, optional: bool) -> Record | None:
        return self._missing(ref, kind, InputError(f"ist ein Objekt vom Typ {RECORD_KIND[type(rec)]}", ref), optional)

    def _missing(self, ref: str, kind: str, exc: InputError, optional: bool) -> Record | None:
        if optional:
            self._skipped.add(ref)
        elif ref not in self.errors:
            self.errors[ref] = exc
            self.kinds[ref] = kind
        return None
