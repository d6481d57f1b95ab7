"""OParl 1.0 and 1.1 (the council information system API) into the model, from files or a server.

``read(sources, settings, selection)`` yields one ``Document`` per Paper, as soon as it is complete,
then a ``MissingObject`` (an InputError placed at that Vorlage) for each object it needs that could not
be read, and a plain ``InputError`` for a Paper or list page that could not be read; the caller checks
the Vorlagen as they come. Sources are local paths (a JSON object, list page, bare array, JSON Lines
file, or a directory of them) or URLs (System, Body, list or Paper), not both in one run.

Layout: ``source`` (bytes → JSON: files, HTTP), ``cache`` (on-disk responses), ``normalise``
(JSON → records keyed by id), ``store`` (index, fetch on demand), ``crawl`` (lists, pages),
``papers`` (records → model), ``draft`` (a registry draft from a server's organization list).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from gremienlauf.errors import InputError
from gremienlauf.model import Document
from gremienlauf.readers.oparl import crawl
from gremienlauf.readers.oparl.crawl import Selection
from gremienlauf.readers.oparl.papers import MissingObject, document
from gremienlauf.readers.oparl.source import Http, Settings, is_url
from gremienlauf.readers.oparl.store import Store

__all__ = ["MissingObject", "Selection", "Settings", "Stats", "open_store", "read", "read_values"]


@dataclass
class Stats:
    vorlagen: int = 0
    abrufe: int = 0
    cache_treffer: int = 0


def open_store(sources: Sequence[str], settings: Settings) -> Store:
    """A store for the sources: local files are read without any network, URLs with a client limited
    to the sources' servers (and the targets of ``umleitungen``)."""
    urls = [s for s in sources if is_url(s)]
    if urls and len(urls) != len(sources):
        raise InputError("Quellen sind entweder Dateien und Verzeichnisse oder Adressen (URLs), nicht beides")
    if not urls:
        return Store(None, settings.jobs)
    http = Http(settings)
    http.erlaubt = {urlsplit(http.target(u)).hostname or "" for u in urls} | \
        {urlsplit(neu).hostname or "" for _, neu in settings.umleitungen}
    return Store(http, settings.jobs)


def read(sources: Sequence[str], settings: Settings, selection: Selection | None = None,
         stats: Stats | None = None, fortschritt: Callable[[Stats], None] | None = None
         ) -> Iterator[Document | InputError]:
    selection = selection or Selection()
    stats = stats or Stats()
    try:
        store = open_store(sources, settings)
    except InputError as exc:
        yield exc
        return
    if store.http is None:
        items: Iterator[crawl.Item] = crawl.local(list(sources), store, settings, selection)
    else:
        items = (item for url in sources for item in crawl.remote(url, store, settings, selection))
    for item in items:
        if isinstance(item, InputError):
            yield item
        else:
            stats.vorlagen += 1
            doc, missing = document(item, store)
            yield doc
            yield from missing
        if store.http is not None:
            stats.abrufe = store.http.abrufe
            stats.cache_treffer = store.http.cache.treffer if store.http.cache else 0
        if fortschritt is not None:
            fortschritt(stats)


def read_values(values: Iterable[Any], origin: str = "<daten>") -> Iterator[Document | InputError]:
    """OParl JSON already in memory (specifications, tests): read exactly like local files."""
    store = Store()
    for value in values:
        store.ingest(value, None, origin)
    for rec in crawl.papers_in(store, Selection()):
        doc, missing = document(rec, store)
        yield doc
        yield from missing
