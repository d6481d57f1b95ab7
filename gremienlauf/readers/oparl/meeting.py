"""One OParl Meeting (a Sitzung) as the Vorlagen on its agenda, for the session page (sitzung).

The Meeting comes from a file or a URL; its agenda items lead through their Consultation to the Paper.
Local files cannot fetch what they refer to, so further OParl files or folders (``weitere``) are read
first and serve as the place to look things up (a corpus: papers, consultations, organizations).
Agenda items without a Vorlage (Eröffnung, Verschiedenes) are passed over: there is nothing to check.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from gremienlauf.errors import InputError
from gremienlauf.model import Document, Meeting
from gremienlauf.readers.oparl import open_store
from gremienlauf.readers.oparl.papers import day as local_day
from gremienlauf.readers.oparl.papers import document
from gremienlauf.readers.oparl.records import AgendaItemRec, ConsultationRec, MeetingRec, OrgRec, PaperRec
from gremienlauf.readers.oparl.source import Settings, is_url, local_files, local_values
from gremienlauf.readers.oparl.store import Store


class Agenda(NamedTuple):
    """The session and its Vorlagen (or why one could not be read), in agenda order."""

    sitzung: Meeting
    koerperschaft: str  # as the source names it (OParl Body id): the registry resolves it
    items: list[Document | InputError]


def read_meeting(quelle: str, weitere: Sequence[str], settings: Settings) -> Agenda:
    """The Meeting ``quelle`` with every Vorlage on its agenda; InputError if it is no readable Meeting."""
    store = open_store([quelle, *weitere], settings) if is_url(quelle) else open_store([quelle], settings)
    for path in weitere:
        _ingest_local(store, path, settings)
    if is_url(quelle):
        rec = store.get(quelle, "Meeting")
        if rec is None:
            exc = store.errors.get(quelle)
            raise InputError(f"keine lesbare OParl-Sitzung: {exc.meldung if exc else 'unbekannt'}", quelle)
    else:
        found = _ingest_local(store, quelle, settings)
        rec = next((r for r in found if isinstance(r, MeetingRec)), None)
        if rec is None:
            raise InputError("weder Tagesordnung (YAML) noch OParl-Sitzung (Objekt vom Typ Meeting)", quelle)
    assert isinstance(rec, MeetingRec)
    day = local_day(rec.start)
    if day is None:
        raise InputError("die OParl-Sitzung nennt keinen Beginn (start): ohne Sitzungstag keine Prüfung", rec.id)
    org = store.get(rec.organizations[0], "Organization", optional=True) if rec.organizations else None
    gremium = (org.name or org.short_name) if isinstance(org, OrgRec) else None
    sitzung = Meeting(gremium or rec.name or "(Gremium nicht angegeben)", day, rec.id, rec.name)
    items = list(_documents(rec, store, sitzung))
    body = next((d.paper.koerperschaft for d in items if isinstance(d, Document) and d.paper.koerperschaft),
                org.body if isinstance(org, OrgRec) and org.body else "")
    return Agenda(sitzung, body, items)


def _ingest_local(store: Store, path: str, settings: Settings) -> list[object]:
    found: list[object] = []
    for name, _ in local_files(path):
        for value in local_values(name, settings.max_bytes):
            found += store.ingest(value, None, name)
    return found


def _documents(rec: MeetingRec, store: Store, sitzung: Meeting) -> Iterator[Document | InputError]:
    for ref in rec.agenda_items:
        item = store.get(ref, "AgendaItem")
        if not isinstance(item, AgendaItemRec):
            exc = store.errors.get(ref)
            yield InputError(f"Tagesordnungspunkt nicht lesbar: {exc.meldung if exc else ref}", ref)
            continue
        if item.deleted or not item.consultation:
            continue
        consultation = store.get(item.consultation, "Consultation")
        paper = store.get(consultation.paper, "Paper") if isinstance(consultation, ConsultationRec) and \
            consultation.paper else None
        if not isinstance(paper, PaperRec):
            missing = item.consultation if not isinstance(consultation, ConsultationRec) else \
                consultation.paper or item.consultation
            exc = store.errors.get(missing)
            yield InputError(f"TOP {item.number or '?'}: Vorlage nicht lesbar: "
                             f"{exc.meldung if exc else 'Beratung nennt keine Vorlage'}", missing)
            continue
        doc, missing_objects = document(paper, store)
        yield Document(doc.paper, sitzung, item.number or "?")
        yield from missing_objects
