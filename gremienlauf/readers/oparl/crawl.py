"""Walking an OParl source to its Papers: local files, or a System, Body, list or Paper URL.

Lists are followed by ``links.next`` only (never by computed page numbers), with a visited set
against cyclic links and a page cap against endless ones. Papers are yielded page by page, after
what they refer to has been fetched (``--jobs`` requests at a time).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from gremienlauf.errors import InputError
from gremienlauf.names import fold
from gremienlauf.readers import ris_vocabulary
from gremienlauf.readers.oparl.papers import day
from gremienlauf.readers.oparl.records import (
    BodyRec,
    ConsultationRec,
    PaperRec,
    SystemRec,
    is_list_page,
    kind_of,
    text,
)
from gremienlauf.readers.oparl.source import Settings, local_files, local_values
from gremienlauf.readers.oparl.store import Store

Item = PaperRec | InputError


@dataclass
class Selection:
    """Which Papers to check (``--since``, ``--paper-type``) and what was passed over."""

    seit: date | None = None
    arten: tuple[str, ...] = ()
    geloescht: int = 0
    ausgelassen: int = 0
    doppelt: int = 0
    seen: set[str] = field(default_factory=set)

    def wants(self, rec: PaperRec) -> bool:
        if rec.id in self.seen:
            self.doppelt += 1
            return False
        self.seen.add(rec.id)
        if rec.deleted:
            self.geloescht += 1
            return False
        datum = day(rec.date)
        if (self.seit and (datum is None or datum < self.seit)) or (self.arten and not self._art(rec.paper_type)):
            self.ausgelassen += 1
            return False
        return True

    def _art(self, raw: str | None) -> bool:
        wanted = {fold(a) for a in self.arten}
        art = ris_vocabulary.vorlagenart(raw)
        # an amendment is an Antrag too: --paper-type antrag keeps selecting it
        family = {art, "antrag"} if art in ("aenderungsantrag", "ergaenzungsantrag") else {art}
        return bool(raw) and (fold(raw) in wanted or bool(family & set(self.arten)))


def local(paths: list[str], store: Store, settings: Settings, selection: Selection) -> Iterator[Item]:
    """Every Paper in the files, after all files are read (references may point anywhere in them)."""
    for path in paths:
        files = local_files(path)
        if not files:  # a wrong path must not pass as "0 Vorlagen" in CI
            yield InputError("keine OParl-Datei gefunden: das Verzeichnis enthält keine Datei mit der Endung .json "
                             "oder .jsonl", path)
        for name, explicit in files:
            try:
                found = [rec for value in local_values(name, settings.max_bytes) for rec in store.ingest(value, None,
                                                                                                         name)]
            except InputError as exc:
                yield exc
                continue
            if explicit and not found:
                yield InputError("enthält keine OParl-Objekte (erwartet: Objekt mit 'id' und 'type', Listenseite "
                                 "mit 'data' oder Liste)", name)
    yield from papers_in(store, selection)


def papers_in(store: Store, selection: Selection) -> list[PaperRec]:
    return [r for r in list(store.records.values()) if isinstance(r, PaperRec) and selection.wants(r)]


def remote(url: str, store: Store, settings: Settings, selection: Selection) -> Iterator[Item]:
    assert store.http is not None
    try:
        value = store.http.fetch(url)
    except InputError as exc:
        yield exc
        return
    if is_list_page(value) or isinstance(value, list):
        yield from _listed(url, value, store, settings, selection)
        return
    kind = kind_of(value)
    recs = store.ingest(value, kind, url)
    rec = recs[0] if recs else None
    if isinstance(rec, SystemRec):
        yield from _system(rec, store, settings, selection)
    elif isinstance(rec, BodyRec):
        yield from _body(rec, store, settings, selection)
    elif isinstance(rec, PaperRec):
        yield from _page([rec], store, selection)
    else:
        yield InputError(f"weder System, Körperschaft, Liste noch Vorlage (Typ: {kind or 'unbekannt'})", url)


def _system(rec: SystemRec, store: Store, settings: Settings, selection: Selection) -> Iterator[Item]:
    if not rec.bodies:
        yield InputError("System nennt keine Körperschaften (body)", rec.id)
        return
    for batch in pages(rec.bodies, store, settings):
        if isinstance(batch, InputError):
            yield batch
            continue
        for body in store.ingest(batch, "Body", rec.bodies):
            if isinstance(body, BodyRec) and not body.deleted:
                yield from _body(body, store, settings, selection)


def _body(rec: BodyRec, store: Store, settings: Settings, selection: Selection) -> Iterator[Item]:
    if rec.organizations:
        # One short list up front saves a request per Gremium later; failures here are not fatal.
        for batch in pages(rec.organizations, store, settings):
            if not isinstance(batch, InputError):
                store.ingest(batch, "Organization", rec.organizations)
    if not rec.papers:
        yield InputError("Körperschaft nennt keine Vorlagenliste (paper)", rec.id)
        return
    yield from _listed(rec.papers, None, store, settings, selection)


def _listed(url: str, first: Any, store: Store, settings: Settings, selection: Selection) -> Iterator[Item]:
    """Members of a list (Papers, or Bodies of a body list), starting from an already fetched page."""
    for batch in pages(url, store, settings, first):
        if isinstance(batch, InputError):
            yield batch
            continue
        recs = store.ingest(batch, "Paper", url)
        # Some lists hold only URLs: fetch those Papers one by one.
        refs = [m for m in batch if isinstance(m, str) and text(m)]
        store.prefetch((r, "Paper") for r in refs)
        for ref in refs:
            rec = store.get(ref, "Paper")
            if isinstance(rec, PaperRec):
                recs.append(rec)
            elif ref in store.errors:
                yield InputError(f"Vorlage nicht lesbar: {store.errors[ref].meldung}", ref, store.errors[ref].zeile,
                                 store.errors[ref].spalte)
        for body in (r for r in recs if isinstance(r, BodyRec)):
            yield from _body(body, store, settings, selection)
        yield from _page([r for r in recs if isinstance(r, PaperRec)], store, selection)


def _page(recs: list[PaperRec], store: Store, selection: Selection) -> Iterator[Item]:
    chosen = [r for r in recs if selection.wants(r)]
    prefetch(chosen, store)
    yield from chosen
    # Papers are done once the caller has taken them (passed-over ones too); Meetings and Gremien stay
    # for the next page.
    store.forget([r.id for r in recs] + [c for r in recs for c in r.consultations])


def prefetch(recs: list[PaperRec], store: Store) -> None:
    """Fetch what a page of Papers refers to, in three waves (each depends on the one before)."""
    store.prefetch((c, "Consultation") for r in recs for c in r.consultations)
    cons = [c for r in recs for ref in r.consultations if isinstance(c := store.known(ref), ConsultationRec)]
    store.prefetch([(c.meeting, "Meeting") for c in cons if c.meeting]
                   + [(c.organizations[0], "Organization") for c in cons if c.organizations])
    store.prefetch((c.agenda_item, "AgendaItem") for c in cons if c.agenda_item)
    store.prefetch(((r.under_direction_of[0], "Organization") for r in recs if r.under_direction_of), optional=True)


def pages(url: str, store: Store, settings: Settings, first: Any = None) -> Iterator[list[Any] | InputError]:
    """The member lists of a paginated list, following ``links.next`` only."""
    assert store.http is not None
    visited: set[str] = set()
    current: str | None = url
    while current:
        if current in visited:
            yield InputError("'links.next' führt zurück auf eine schon gelesene Seite; die Liste endet hier",
                             current)
            return
        if len(visited) >= settings.max_seiten:
            yield InputError(f"Liste hat mehr als {settings.max_seiten} Seiten; abgebrochen (--max-seiten)", current)
            return
        visited.add(current)
        try:
            value = first if first is not None else store.http.fetch(current)
        except InputError as exc:
            yield exc
            return
        first = None
        if isinstance(value, list):
            yield value  # a bare array instead of a list page (Sternberg, membership lists)
            return
        if isinstance(value, dict) and "id" in value and "data" not in value:
            yield [value]  # a single object where a list was expected (Krefeld's body list)
            return
        if not is_list_page(value):
            yield InputError("keine OParl-Liste (erwartet: {\"data\": [...]} oder [...])", current)
            return
        yield value["data"]
        page, links = current, value.get("links") or None  # PHP servers write an empty map as []
        nxt = links.get("next") if isinstance(links, dict) else None
        if not isinstance(links, (dict, type(None))) or not isinstance(nxt, (str, type(None))):
            # stopping silently would make a partial list look whole
            yield InputError(f"'links.next' ist keine Adresse ({str(nxt if isinstance(links, dict) else links)[:60]}); "
                             "weitere Seiten dieser Liste können nicht gelesen werden", page)
            return
        current = text(nxt)
