"""Raw OParl JSON into small records keyed by full ``id``, whatever shape a server chose.

Real servers embed what the schema references and reference what it embeds, drop or garble
``type``, fill fields with placeholders ("", " ", "N/A", [null]) and leave out back-references in
embedded objects (domain/oparl.md § 3). Everything here accepts both shapes, infers a missing type
from where the object stands, drops placeholders and adds the back-reference from the parent. Only
the fields gremienlauf reads are kept, so that a long crawl stays small in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

KINDS = ("System", "Body", "Organization", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location",
         "LegislativeTerm", "Person", "Membership")
_BY_NAME = {k.lower(): k for k in KINDS}
PLACEHOLDERS = frozenset({"", "N/A", "n/a", "n. a."})


@dataclass(frozen=True, slots=True)
class SystemRec:
    id: str
    bodies: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class BodyRec:
    id: str
    name: str | None
    ags: str | None
    papers: str | None
    organizations: str | None
    system: str | None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class OrgRec:
    id: str
    name: str | None
    short_name: str | None
    organization_type: str | None
    classification: str | None
    body: str | None
    hersteller: str | None
    deleted: bool = False
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingRec:
    id: str
    name: str | None
    start: str | None
    organizations: tuple[str, ...]
    cancelled: bool | None
    agenda_items: tuple[str, ...]
    deleted: bool = False
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItemRec:
    id: str
    meeting: str | None
    number: str | None
    result: str | None
    consultation: str | None
    deleted: bool = False
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class ConsultationRec:
    id: str
    paper: str | None
    organizations: tuple[str, ...]
    meeting: str | None
    agenda_item: str | None
    role: str | None
    authoritative: bool | None
    deleted: bool = False
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class PaperRec:
    id: str
    body: str | None
    name: str | None
    reference: str | None
    date: str | None
    paper_type: str | None
    consultations: tuple[str, ...]
    under_direction_of: tuple[str, ...]
    web: str | None
    modified: str | None
    deleted: bool = False


Record = SystemRec | BodyRec | OrgRec | MeetingRec | AgendaItemRec | ConsultationRec | PaperRec
Sink = Callable[[Record, str | None], None]


def kind_of(obj: Any, expected: str | None = None) -> str | None:
    """The OParl type of ``obj`` from its ``type`` URL (1.0 or 1.1, any case), else from context."""
    if not isinstance(obj, dict):
        return None
    declared = obj.get("type")
    if isinstance(declared, str) and declared.strip():
        return _BY_NAME.get(declared.rstrip("/").rsplit("/", 1)[-1].lower())
    return expected


def is_list_page(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("data"), list) and "id" not in value


def members_kind(items: list[Any]) -> str | None:
    """The one type the typed members of a list share: what untyped members (deleted ones) must be."""
    kinds = {kind_of(i) for i in items if isinstance(i, dict) and i.get("type")}
    kinds.discard(None)
    return kinds.pop() if len(kinds) == 1 else None


def text(value: Any) -> str | None:
    if not isinstance(value, str) or value.strip() in PLACEHOLDERS:
        return None
    return value


def flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _hersteller(obj: dict[str, Any]) -> str | None:
    return "sternberg" if any(k.startswith("STERNBERG:") for k in obj) else None


class Normaliser:
    """Turns raw objects into records and hands each (with its file or URL) to ``sink``."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    def ingest(self, value: Any, expected: str | None = None, origin: str | None = None) -> list[Record]:
        """Every top-level record in ``value``: one object, a list page or a bare array."""
        if is_list_page(value):
            value = value["data"]
        if isinstance(value, list):
            expected = members_kind(value) or expected
            return [r for item in value if (r := self.one(item, expected, origin)) is not None]
        rec = self.one(value, expected, origin)
        return [rec] if rec is not None else []

    def one(self, obj: Any, expected: str | None, origin: str | None, parent: str | None = None) -> Record | None:
        kind = kind_of(obj, expected)
        ident = text(obj.get("id")) if isinstance(obj, dict) else None
        if kind is None or ident is None:
            return None
        build = getattr(self, f"_{kind.lower()}", None)
        if build is None:
            return None
        rec: Record = build(obj, ident, parent, origin)
        self.sink(rec, origin)
        return rec

    def refs(self, value: Any, kind: str, origin: str | None, parent: str | None = None) -> tuple[str, ...]:
        """Ids in a property that may hold URLs, embedded objects, a single one of either, or nulls."""
        items = value if isinstance(value, list) else [value]
        out = []
        for item in items:
            if isinstance(item, dict):
                rec = self.one(item, kind, origin, parent)
                if rec is not None:
                    out.append(rec.id)
            elif text(item) is not None:
                out.append(item)
        return tuple(out)

    def ref(self, value: Any, kind: str, origin: str | None, parent: str | None = None) -> str | None:
        found = self.refs(value, kind, origin, parent) if value is not None else ()
        return found[0] if found else None

    def _system(self, o: dict[str, Any], ident: str, parent: str | None, origin: str | None) -> SystemRec:
        return SystemRec(ident, text(o.get("body")), text(o.get("name")))

    def _body(self, o: dict[str, Any], ident: str, parent: str | None, origin: str | None) -> BodyRec:
        return BodyRec(ident, text(o.get("name")), text(o.get("ags")), text(o.get("paper")),
                       text(o.get("organization")), text(o.get("system")), o.get("deleted") is True)

    def _organization(self, o: dict[str, Any], ident: str, parent: str | None, origin: str | None) -> OrgRec:
        return OrgRec(ident, text(o.get("name")), text(o.get("shortName")), text(o.get("organizationType")),
                      text(o.get("classification")), self.ref(o.get("body"), "Body", origin), _hersteller(o),
                      o.get("deleted") is True, text(o.get("modified")))

    def _meeting(self, o: dict[str, Any], ident: str, parent: str | None, origin: str | None) -> MeetingRec:
        return MeetingRec(ident, text(o.get("name")), text(o.get("start")),
                          self.refs(o.get("organization"), "Organization", origin), flag(o.get("cancelled")),
                          self.refs(o.get("agendaItem"), "AgendaItem", origin, ident), o.get("deleted") is True,
                          text(o.get("modified")))

    def _agendaitem(self, o: dict[str, Any], ident: str, parent: str | None, origin: str | None) -> AgendaItemRec:
        return AgendaItemRec(ident, text(o.get("meeting")) or parent, text(o.get("number")), text(o.get("result")),
                             self.ref(o.get("consultation"), "Consultation", origin), o.get("deleted") is True,
                             text(o.get("modified")))

    def _consultation(self, o: dict[str, Any], ident: str, parent: str | None,
                      origin: str | None) -> ConsultationRec:
        return ConsultationRec(ident, text(o.get("paper")) or parent,
                               self.refs(o.get("organization"), "Organization", origin),
                               self.ref(o.get("meeting"), "Meeting", origin),
                               self.ref(o.get("agendaItem"), "AgendaItem", origin),
                               text(o.get("role")), flag(o.get("authoritative")), o.get("deleted") is True,
                               text(o.get("modified")))

    def _paper(self, o: dict[str, Any], ident: str, parent: str | None, origin: str | None) -> PaperRec:
        return PaperRec(ident, self.ref(o.get("body"), "Body", origin), text(o.get("name")), text(o.get("reference")),
                        text(o.get("date")), text(o.get("paperType")),
                        self.refs(o.get("consultation"), "Consultation", origin, ident),
                        self.refs(o.get("underDirectionOf"), "Organization", origin),
                        text(o.get("web")), text(o.get("modified")), o.get("deleted") is True)


def newer(new: Record, old: Record) -> bool:
    """Whether ``new`` replaces ``old`` of the same id: the newer ``modified`` wins (objects move between
    pages and appear both embedded and standalone); on a tie the first one read stays."""
    return _moment(getattr(new, "modified", None)) > _moment(getattr(old, "modified", None))


def _moment(value: str | None) -> float:
    try:
        return datetime.fromisoformat(value).timestamp() if value else float("-inf")
    except ValueError:
        return float("-inf")
