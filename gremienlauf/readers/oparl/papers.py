"""One OParl Paper, with its Consultations, Meetings, Organizations and AgendaItems, as a model Paper.

The Beratungsfolge is ordered by the meeting's start (the array order of ``Paper.consultation`` is
not chronological on real servers), dated by the local day in Europe/Berlin, unscheduled Beratungen
last. Role and result keep their raw wording next to the normalised value; ``authoritative`` stays
tri-state and only breaks a tie where the role says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from gremienlauf.errors import InputError
from gremienlauf.model import NO_GREMIUM, Consultation, Document, Location, Paper
from gremienlauf.readers import ris_vocabulary
from gremienlauf.readers.oparl.records import AgendaItemRec, ConsultationRec, MeetingRec, OrgRec, PaperRec
from gremienlauf.readers.oparl.store import KIND_NAMES, Store

BERLIN = ZoneInfo("Europe/Berlin")
CANCELLED = "(Sitzung abgesagt)"


class MissingObject(InputError):
    """An object a Vorlage needs that could not be read: reported at that Vorlage (its Beratung's line),
    which is still checked with what is known."""

    def __init__(self, meldung: str, datei: str, zeile: int, vorlage: str) -> None:
        super().__init__(meldung, datei, zeile, 1)
        self.vorlage = vorlage


@dataclass(frozen=True, slots=True)
class _Beratung:
    record: ConsultationRec
    meeting: MeetingRec | None
    org_id: str | None
    org: OrgRec | None
    item: AgendaItemRec | None
    start: datetime | None
    missing: tuple[str, ...]

    def key(self) -> tuple[bool, float, str, str]:
        moment = self.start.timestamp() if self.start else 0.0
        return (self.start is None, moment, self.org_id or "", self.record.id)


def location(rec: PaperRec) -> str:
    """Where findings about this Vorlage point: its page in the council information system, else its id."""
    return rec.web or rec.id


def document(rec: PaperRec, store: Store) -> tuple[Document, list[MissingObject]]:
    datei = location(rec)
    found = [(cid, _beratung(cid, store)) for cid in rec.consultations]
    beratungen = sorted((b for _, b in found if b is not None), key=_Beratung.key)
    hersteller = next((b.org.hersteller for b in beratungen if b.org and b.org.hersteller), None)
    consultations = tuple(_consultation(b, i, datei, hersteller) for i, b in enumerate(beratungen))
    lead = rec.under_direction_of[0] if rec.under_direction_of else None
    amt = store.get(lead, "Organization", optional=True) if lead else None
    paper = Paper(
        koerperschaft=rec.body or "", datei=datei, nummer=rec.reference,
        art=ris_vocabulary.vorlagenart(rec.paper_type), betreff=rec.name, datum=day(rec.date),
        federfuehrung=amt.name if isinstance(amt, OrgRec) else None, consultations=consultations, id=rec.id,
        orte={"vorlage": Location(datei, 1, 1)})
    where = [(cid, 1) for cid, b in found if b is None and cid in store.errors]
    where += [(ref, i + 2) for i, b in enumerate(beratungen) for ref in b.missing]
    return Document(paper), [_missing(store, ref, datei, zeile, paper.bezeichnung) for ref, zeile in where]


_CONSEQUENCE = {"Consultation": "diese Beratung fehlt in der Beratungsfolge",
                "Meeting": "die Beratung bleibt ohne Datum und Ergebnis",
                "Organization": "die Beratung bleibt ohne Gremiumsnamen",
                "AgendaItem": "die Beratung bleibt ohne Ergebnis"}


def _missing(store: Store, ref: str, datei: str, zeile: int, vorlage: str) -> MissingObject:
    exc, kind = store.errors[ref], store.kinds[ref]
    at = f" (Zeile {exc.zeile}, Spalte {exc.spalte})" if exc.zeile else ""
    return MissingObject(f"{KIND_NAMES[kind]} {ref} nicht lesbar: {exc.meldung}{at}; {_CONSEQUENCE[kind]}",
                         datei, zeile, vorlage)


def _beratung(cid: str, store: Store) -> _Beratung | None:
    record = store.get(cid, "Consultation")
    if not isinstance(record, ConsultationRec) or record.deleted:
        return None
    missing: list[str] = []

    def need(ref: str | None, kind: str) -> Any:
        found = store.get(ref, kind) if ref else None
        if ref and found is None and ref in store.errors:
            missing.append(ref)
        return found

    meeting = need(record.meeting, "Meeting")
    if isinstance(meeting, MeetingRec) and meeting.deleted and record.meeting:
        store.unusable(record.meeting, "Meeting", "im Ratsinformationssystem als gelöscht gekennzeichnet")
        missing.append(record.meeting)
    if not isinstance(meeting, MeetingRec) or meeting.deleted:
        meeting = None
    # The first organization leads; without one, the meeting's (first) organization is the Gremium.
    org_id = record.organizations[0] if record.organizations else \
        meeting.organizations[0] if meeting and meeting.organizations else None
    org = need(org_id, "Organization")
    if record.agenda_item and record.meeting in missing:
        # Agenda items live in their meeting: with the meeting missing, one report says it all.
        item = store.get(record.agenda_item, "AgendaItem")
    elif record.agenda_item:
        item = need(record.agenda_item, "AgendaItem")
    else:
        item = _reverse_item(record, meeting, store)
    if not isinstance(item, AgendaItemRec) or item.deleted:
        item = None
    return _Beratung(record, meeting, org_id, org if isinstance(org, OrgRec) else None, item,
                     _moment(meeting.start) if meeting else None, tuple(missing))


def _reverse_item(record: ConsultationRec, meeting: MeetingRec | None, store: Store) -> AgendaItemRec | None:
    """Only where ``Consultation.agendaItem`` is missing: the reverse link names just one of the
    Beratungen a joint meeting's item serves (domain/oparl.md § 3.3)."""
    for ref in meeting.agenda_items if meeting else ():
        item = store.known(ref)
        if isinstance(item, AgendaItemRec) and item.consultation == record.id:
            return item
    return None


def _consultation(b: _Beratung, index: int, datei: str, hersteller: str | None) -> Consultation:
    rolle = ris_vocabulary.rolle(b.record.role)
    if rolle is None and b.record.authoritative is True:
        rolle = "entscheidung"  # tie-breaker only: the role is missing or says "unbekannt"
    raw = b.item.result if b.item else None
    # A bare vote record says the Gremium adopted something; without a role the engine decides later
    # whether that was the decision or a recommendation, so it counts as adopted ("beschlossen").
    ergebnis = ris_vocabulary.ergebnis(raw, rolle or "entscheidung", hersteller)
    if raw is None and b.meeting is not None and b.meeting.cancelled:
        raw, ergebnis = CANCELLED, "vertagt"
    name = (b.org.name or b.org.short_name) if b.org else None
    return Consultation(
        gremium=name or b.org_id or NO_GREMIUM, index=index, datum=_local_day(b.start), rolle=rolle,
        ergebnis=ergebnis, ort=Location(datei, index + 2, 1), top=b.item.number if b.item else None,
        rolle_roh=b.record.role, ergebnis_roh=raw, id=b.record.id, gremium_id=b.org_id,
        entscheidend=b.record.authoritative)


def _moment(value: str | None) -> datetime | None:
    """A meeting start: date-time with offset, without (read as Berlin time), or a bare date."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=BERLIN)


def _local_day(moment: datetime | None) -> date | None:
    return moment.astimezone(BERLIN).date() if moment else None


def day(value: str | None) -> date | None:
    """``Paper.date``: yyyy-mm-dd; some servers send a date-time, whose Berlin day counts."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return _local_day(_moment(value))
