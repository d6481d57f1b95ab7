"""The HTTP side of the OParl reader against a server on 127.0.0.1 that misbehaves the way real ones do
(domain/oparl.md § 3): every problem is a German message naming the URL, and the run goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gremienlauf.errors import InputError
from gremienlauf.model import Document
from gremienlauf.readers.oparl import MissingObject, Selection, Settings, Stats, read
from tests import oparl_server
from tests.oparl_server import JSON, Server, ok

ORIGIN = "https://ris.beispiel.invalid/oparl/"
T = "https://schema.oparl.org/1.1/"


@pytest.fixture
def server() -> Iterator[Server]:
    yield from oparl_server.serve()


def paper(n: int, meeting: str | None = None) -> dict[str, Any]:
    consultation: dict[str, Any] = {"id": f"{ORIGIN}consultations/{n}", "type": T + "Consultation",
                                    "organization": [ORIGIN + "organizations/1"], "role": "Entscheidung"}
    if meeting:
        consultation["meeting"] = meeting
    return {"id": f"{ORIGIN}papers/{n}", "type": T + "Paper", "body": ORIGIN + "bodies/1", "name": f"Vorlage {n}",
            "reference": f"{n}/2026", "paperType": "Beschlussvorlage", "consultation": [consultation]}


def body(papers_url: str) -> dict[str, Any]:
    return {"id": ORIGIN + "bodies/1", "type": T + "Body", "name": "Beispielstadt", "paper": papers_url}


def setup(server: Server, objects: dict[str, Any], **settings: Any) -> Settings:
    base = {ORIGIN + "organizations/1": ok({"id": ORIGIN + "organizations/1", "type": T + "Organization",
                                            "name": "Rat"})}
    umleitung = server.add("ris", ORIGIN, {**base, **{k: v if isinstance(v, tuple) or callable(v) else ok(v)
                                                       for k, v in objects.items()}})
    alt, neu = umleitung.split("=")
    return Settings(umleitungen=((alt, neu),), wartezeit=0, **settings)


def run(source: str, settings: Settings) -> tuple[list[Document], list[InputError]]:
    items = list(read([source], settings, Selection()))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def test_404_list_with_error_json_names_the_url_and_the_servers_words(server: Server) -> None:
    sternberg = (404, JSON, json.dumps({"error": "Die angeforderte Ressource wurde nicht gefunden.", "code": 802,
                                        "type": "SD.NET RIM Webservice"}).encode())
    settings = setup(server, {ORIGIN + "bodies/1": body(ORIGIN + "papers"), ORIGIN + "papers": sternberg})
    docs, errors = run(ORIGIN + "bodies/1", settings)
    assert docs == []
    assert [(e.datei, e.meldung) for e in errors] == [
        (ORIGIN + "papers",
         "nicht gefunden (HTTP 404); Server meldet: Die angeforderte Ressource wurde nicht gefunden.")]


def test_bare_empty_array_is_an_empty_list(server: Server) -> None:
    settings = setup(server, {ORIGIN + "bodies/1": body(ORIGIN + "papers"), ORIGIN + "papers": []})
    assert run(ORIGIN + "bodies/1", settings) == ([], [])


def test_html_error_page_is_not_json(server: Server) -> None:
    html = (200, {"Content-Type": "text/html"}, b"<!DOCTYPE html><html><body>Wartung</body></html>")
    settings = setup(server, {ORIGIN + "papers": html})
    docs, errors = run(ORIGIN + "papers", settings)
    assert docs == [] and len(errors) == 1
    assert errors[0].datei == ORIGIN + "papers"
    assert errors[0].meldung.startswith("keine JSON-Antwort, sondern text/html (beginnt mit '<!DOCTYPE html>")


def test_500_then_success_is_retried_and_nothing_is_reported(server: Server) -> None:
    answers = [(500, JSON, b"{}"), (502, JSON, b"{}")]
    meeting = {"id": ORIGIN + "meetings/1", "type": T + "Meeting", "start": "2026-03-19T17:00:00+01:00"}

    def flaky() -> Any:
        return answers.pop(0) if answers else ok(meeting)

    settings = setup(server, {ORIGIN + "papers": {"data": [paper(1, ORIGIN + "meetings/1")]},
                              ORIGIN + "meetings/1": flaky})
    docs, errors = run(ORIGIN + "papers", settings)
    assert errors == []
    assert docs[0].paper.consultations[0].datum.isoformat() == "2026-03-19"
    assert server.hits("/ris/meetings/1") == 3


def test_a_server_that_keeps_failing_is_given_up_after_the_retries(server: Server) -> None:
    settings = setup(server, {ORIGIN + "papers": {"data": [paper(1, ORIGIN + "meetings/1")]},
                              ORIGIN + "meetings/1": (503, JSON, b"{}")}, versuche=3)
    docs, errors = run(ORIGIN + "papers", settings)
    assert len(docs) == 1 and docs[0].paper.consultations[0].datum is None
    assert [type(e) for e in errors] == [MissingObject]
    assert errors[0].meldung == (f"Sitzung {ORIGIN}meetings/1 nicht lesbar: HTTP-Fehler 503; "
                                 "die Beratung bleibt ohne Datum und Ergebnis")
    assert (errors[0].datei, errors[0].zeile, errors[0].vorlage) == (ORIGIN + "papers/1", 2, "1/2026")
    assert server.hits("/ris/meetings/1") == 3


def test_broken_json_names_line_column_and_byte(server: Server, shared: Path) -> None:
    broken = (shared / "corpus/oparl/mst-testdata-oparl-1.0/paper_braunschweig_allris_broken-json.broken_json")
    settings = setup(server, {ORIGIN + "papers/9": (200, JSON, broken.read_bytes())})
    docs, errors = run(ORIGIN + "papers/9", settings)
    assert docs == []
    assert (errors[0].datei, errors[0].zeile, errors[0].spalte) == (ORIGIN + "papers/9", 4, 119)
    # xxd shows 0x04 at offset 0xf6 = 246 (character 244; „ before it takes three bytes)
    assert errors[0].meldung == "unzulässiges Steuerzeichen in einer Zeichenkette (U+0004) an Byte 246"


def test_cyclic_next_stops_with_a_message_and_keeps_what_was_read(server: Server) -> None:
    settings = setup(server, {
        ORIGIN + "papers": {"data": [paper(1)], "links": {"next": ORIGIN + "papers?page=2"}},
        ORIGIN + "papers?page=2": {"data": [paper(2)], "links": {"next": ORIGIN + "papers"}}})
    docs, errors = run(ORIGIN + "papers", settings)
    assert [d.paper.nummer for d in docs] == ["1/2026", "2/2026"]
    assert [(e.datei, e.meldung) for e in errors] == [
        (ORIGIN + "papers", "'links.next' führt zurück auf eine schon gelesene Seite; die Liste endet hier")]


@pytest.mark.parametrize("links", [{"next": 2}, {"next": {"href": ORIGIN + "papers?page=2"}}, ["next"]])
def test_a_next_link_that_is_no_address_is_reported_not_taken_for_the_end(server: Server, links: Any) -> None:
    settings = setup(server, {ORIGIN + "papers": {"data": [paper(1)], "links": links}})
    docs, errors = run(ORIGIN + "papers", settings)
    assert [d.paper.nummer for d in docs] == ["1/2026"]
    assert [e.datei for e in errors] == [ORIGIN + "papers"]
    assert errors[0].meldung.startswith("'links.next' ist keine Adresse (")
    assert errors[0].meldung.endswith("weitere Seiten dieser Liste können nicht gelesen werden")


@pytest.mark.parametrize("links", [{}, [], {"next": None}, {"next": ""}, None])
def test_a_missing_or_empty_next_link_ends_the_list(server: Server, links: Any) -> None:
    page = {"data": [paper(1)]} if links is None else {"data": [paper(1)], "links": links}
    docs, errors = run(ORIGIN + "papers", setup(server, {ORIGIN + "papers": page}))
    assert [d.paper.nummer for d in docs] == ["1/2026"] and errors == []


def test_endless_pagination_stops_at_the_page_cap(server: Server) -> None:
    pages = {ORIGIN + f"papers?page={n}": {"data": [], "links": {"next": ORIGIN + f"papers?page={n + 1}"}}
             for n in range(1, 10)}
    settings = setup(server, pages, max_seiten=5)
    docs, errors = run(ORIGIN + "papers?page=1", settings)
    assert docs == [] and [e.datei for e in errors] == [ORIGIN + "papers?page=6"]
    assert "mehr als 5 Seiten" in errors[0].meldung
    assert len(server.requests) == 5


def test_non_public_object_is_reported_at_the_vorlage_and_the_run_goes_on(server: Server) -> None:
    settings = setup(server, {ORIGIN + "papers": {"data": [paper(1, ORIGIN + "meetings/1"), paper(2)]},
                              ORIGIN + "meetings/1": (401, JSON, b"{}")})
    docs, errors = run(ORIGIN + "papers", settings)
    assert [d.paper.nummer for d in docs] == ["1/2026", "2/2026"]
    assert len(errors) == 1 and "nicht öffentlich (HTTP 401)" in errors[0].meldung


def test_redirect_to_another_server_is_refused(server: Server) -> None:
    elsewhere = (302, {"Location": "http://192.0.2.1/oparl/meetings/1"}, b"")
    same = (301, {"Location": f"{server.base}/ris/meetings/2"}, b"")
    meeting = {"id": ORIGIN + "meetings/2", "type": T + "Meeting", "start": "2026-03-19T17:00:00+01:00"}
    settings = setup(server, {ORIGIN + "papers": {"data": [paper(1, ORIGIN + "meetings/1"),
                                                           paper(2, ORIGIN + "meetings/3")]},
                              ORIGIN + "meetings/1": elsewhere, ORIGIN + "meetings/3": same,
                              ORIGIN + "meetings/2": meeting})
    docs, errors = run(ORIGIN + "papers", settings)
    assert [e.meldung for e in errors] == [
        f"Sitzung {ORIGIN}meetings/1 nicht lesbar: Weiterleitung auf einen anderen Server "
        "(http://192.0.2.1/oparl/meetings/1) verweigert; die Beratung bleibt ohne Datum und Ergebnis"]
    assert docs[1].paper.consultations[0].datum is not None  # a redirect on the same server is followed


def test_links_to_other_servers_are_not_fetched(server: Server) -> None:
    foreign = paper(1, "https://anderer-server.invalid/oparl/meetings/1")
    settings = setup(server, {ORIGIN + "papers": {"data": [foreign]}})
    docs, errors = run(ORIGIN + "papers", settings)
    assert "liegt auf einem anderen Server (anderer-server.invalid)" in errors[0].meldung
    assert all(p.startswith("/ris/") for p, _ in server.requests)


def test_oversized_response_is_refused(server: Server) -> None:
    big = {"data": [paper(n) for n in range(400)]}
    settings = setup(server, {ORIGIN + "papers": big}, max_bytes=50_000)
    docs, errors = run(ORIGIN + "papers", settings)
    assert docs == [] and errors[0].meldung == "Antwort ist größer als die Grenze von 50000 Bytes (--max-bytes)"


def test_credentials_in_urls_are_never_sent(server: Server) -> None:
    settings = setup(server, {})
    docs, errors = run(f"http://nutzer:geheim@127.0.0.1:{server.base.rsplit(':', 1)[1]}/ris/papers", settings)
    assert errors[0].meldung == "Adressen mit Zugangsdaten werden nicht abgerufen"
    assert server.requests == []


def test_cache_lets_an_interrupted_crawl_resume(server: Server, tmp_path: Path) -> None:
    papers = [paper(n, ORIGIN + f"meetings/{n}") for n in range(1, 6)]
    objects: dict[str, Any] = {ORIGIN + "papers": {"data": papers}}
    objects.update({ORIGIN + f"meetings/{n}": {"id": ORIGIN + f"meetings/{n}", "type": T + "Meeting",
                                               "start": f"2026-03-0{n}T17:00:00+01:00"} for n in range(1, 6)})
    objects[ORIGIN + "meetings/4"] = (503, JSON, b"{}")  # the crawl breaks off here
    settings = setup(server, objects, versuche=1, cache=str(tmp_path / "cache"))
    first = run(ORIGIN + "papers", settings)
    assert len(first[1]) == 1
    server.routes["/ris/meetings/4"] = ok({"id": ORIGIN + "meetings/4", "type": T + "Meeting",
                                           "start": "2026-03-04T17:00:00+01:00"})
    server.requests.clear()
    stats = Stats()
    docs = [i for i in read([ORIGIN + "papers"], settings, Selection(), stats) if isinstance(i, Document)]
    assert [p for p, _ in server.requests] == ["/ris/meetings/4"]  # everything else came from the cache
    assert stats.cache_treffer == 6 and all(d.paper.consultations[0].datum for d in docs)


def test_jobs_fetch_in_parallel_with_the_same_result(server: Server) -> None:
    papers = [paper(n, ORIGIN + f"meetings/{n}") for n in range(1, 21)]
    objects: dict[str, Any] = {ORIGIN + "papers": {"data": papers}}
    objects.update({ORIGIN + f"meetings/{n}": {"id": ORIGIN + f"meetings/{n}", "type": T + "Meeting",
                                               "start": f"2026-03-{n:02d}T17:00:00+01:00"} for n in range(1, 21)})
    one = run(ORIGIN + "papers", setup(server, objects))
    many = run(ORIGIN + "papers", setup(server, objects, jobs=8))
    assert one == many and len(one[0]) == 20


def test_lists_of_urls_are_fetched_one_by_one(server: Server) -> None:
    settings = setup(server, {ORIGIN + "papers": [ORIGIN + "papers/1", ORIGIN + "papers/2"],
                              ORIGIN + "papers/1": paper(1)})
    docs, errors = run(ORIGIN + "papers", settings)
    assert [d.paper.nummer for d in docs] == ["1/2026"]
    assert [(e.datei, e.meldung) for e in errors] == [
        (ORIGIN + "papers/2", "Vorlage nicht lesbar: nicht gefunden (HTTP 404); Server meldet: nicht gefunden")]


def test_a_long_crawl_keeps_only_what_later_pages_can_share(server: Server) -> None:
    from datetime import date

    from gremienlauf.readers.oparl import crawl, open_store
    from gremienlauf.readers.oparl.papers import document

    pages = {ORIGIN + f"papers?page={n}": {"data": [paper(100 * n + i, ORIGIN + "meetings/1") for i in range(100)],
                                           "links": {"next": ORIGIN + f"papers?page={n + 1}"} if n < 3 else {}}
             for n in range(1, 4)}
    meeting = {"id": ORIGIN + "meetings/1", "type": T + "Meeting", "start": "2026-03-19T17:00:00+01:00"}
    settings = setup(server, {**pages, ORIGIN + "meetings/1": meeting})
    for selection, expected in ((Selection(), 300), (Selection(seit=date(2030, 1, 1)), 0)):
        store = open_store([ORIGIN + "papers?page=1"], settings)
        checked = [document(i, store) for i in crawl.remote(ORIGIN + "papers?page=1", store, settings, selection)]
        assert len(checked) == expected
        assert {type(r).__name__ for r in store.records.values()} <= {"MeetingRec", "OrgRec"}
