"""The OParl reader's mechanics on small, hand-made inputs: shapes, placeholders, types, dates, vendors,
local files, and the registry draft."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gremienlauf.errors import InputError
from gremienlauf.formats.registry_draft import render as render_draft
from gremienlauf.load import full_schema
from gremienlauf.load.files import read_yaml
from gremienlauf.model import Document
from gremienlauf.readers import ris_vocabulary
from gremienlauf.readers.oparl import Selection, Settings, read, read_values
from gremienlauf.readers.oparl.draft import draft
from gremienlauf.readers.oparl.records import MeetingRec, Normaliser, PaperRec
from gremienlauf.readers.oparl.source import parse_json

RIS = "https://ris.beispiel.invalid/oparl/"
T10 = "https://schema.oparl.org/1.0/"


def papers(values: list[Any]) -> list[Document]:
    return [i for i in read_values(values) if isinstance(i, Document)]


def test_urls_and_embedded_objects_are_both_accepted_and_placeholders_dropped() -> None:
    paper = {"id": RIS + "papers/1", "type": T10 + "Paper", "body": {"id": RIS + "bodies/1", "type": T10 + "Body"},
             "reference": "N/A", "name": " ", "paperType": "", "consultation": [
                 RIS + "consultations/1",
                 {"id": RIS + "consultations/2", "type": T10 + "Consultation", "role": "Vorberatung",
                  "organization": {"id": RIS + "org/2", "type": T10 + "Organization", "name": "Schulausschuss"},
                  "meeting": {"id": RIS + "meetings/2", "type": T10 + "Meeting", "start": "2019-02-07T18:00:00+01:00",
                              "agendaItem": [{"id": RIS + "items/2", "type": T10 + "AgendaItem", "number": "3.",
                                              "result": "einstimmig, 0 Enthaltungen"}]},
                  "agendaItem": RIS + "items/2"}]}
    standalone = {"id": RIS + "consultations/1", "type": T10 + "Consultation", "organization": [None, RIS + "org/1"],
                  "role": "Entscheidung"}
    org = {"id": RIS + "org/1", "type": T10 + "Organization", "name": "Gemeinderat"}
    [doc] = papers([paper, standalone, org])
    p = doc.paper
    assert (p.nummer, p.betreff, p.art, p.koerperschaft) == (None, None, None, RIS + "bodies/1")
    first, second = p.consultations
    assert (first.gremium, first.datum, first.rolle, first.ergebnis, first.top) == (
        "Schulausschuss", date(2019, 2, 7), "vorberatung", "empfohlen", "3.")
    assert (second.gremium, second.gremium_id, second.datum, second.rolle) == ("Gemeinderat", RIS + "org/1", None,
                                                                             "entscheidung")


def test_untyped_members_of_a_list_take_the_type_of_their_siblings() -> None:
    found: dict[str, Any] = {}
    page = {"data": [{"id": RIS + "meetings/1", "type": T10 + "Meeting", "start": "2018-01-01T18:00:00+01:00"},
                     {"id": RIS + "meetings/2", "created": "2018-01-01", "deleted": True}], "links": {}}
    Normaliser(lambda rec, origin: found.setdefault(rec.id, rec)).ingest(page)
    assert isinstance(found[RIS + "meetings/2"], MeetingRec) and found[RIS + "meetings/2"].deleted


def test_meeting_day_is_the_day_in_berlin_and_undated_beratungen_come_last() -> None:
    meeting = {"id": RIS + "m/1", "type": T10 + "Meeting", "start": "2025-10-14T22:30:00Z"}
    paper = {"id": RIS + "p/1", "type": T10 + "Paper", "consultation": [
        {"id": RIS + "c/1", "type": T10 + "Consultation", "organization": [RIS + "o/1"]},
        {"id": RIS + "c/2", "type": T10 + "Consultation", "organization": [RIS + "o/1"], "meeting": RIS + "m/1"}]}
    [doc] = papers([paper, meeting, {"id": RIS + "o/1", "type": T10 + "Organization", "name": "Rat"}])
    assert [(c.id, c.datum, c.ort.zeile) for c in doc.paper.consultations] == [
        (RIS + "c/2", date(2025, 10, 15), 2), (RIS + "c/1", None, 3)]


def test_newest_modified_wins_when_an_object_appears_twice() -> None:
    old = {"id": RIS + "p/1", "type": T10 + "Paper", "reference": "alt", "modified": "2025-01-01T10:00:00+01:00"}
    new = {**old, "reference": "neu", "modified": "2025-01-01T10:00:00+00:00"}
    assert [d.paper.nummer for d in papers([new, old])] == ["neu"]
    assert [d.paper.nummer for d in papers([old, new])] == ["neu"]


def test_sternberg_results_are_read_with_the_vendor_table() -> None:
    assert ris_vocabulary.ergebnis("Ohne, da Mitteilungsvorlage. ", None, "sternberg") == "zur_kenntnis_genommen"
    assert ris_vocabulary.ergebnis("JaNeinEnthaltungBM1CDU12SPD6Gesamt2340", "entscheidung",
                                   "sternberg") == "beschlossen"
    assert ris_vocabulary.ergebnis("vorberaten ohne Änderungen", None, "sternberg") == "empfohlen"
    assert ris_vocabulary.ergebnis("Ohne", None) is None  # only Sternberg writes "ohne" for "no vote"


@pytest.mark.parametrize("data, zeile, spalte, teil", [
    (b'{"id": "x",\n "name": "a\x01b"}', 2, 12, "unzulässiges Steuerzeichen in einer Zeichenkette (U+0001) an Byte 23"),
    (b'{"id": "\xe4"}', 1, 9, "kein gültiges UTF-8 (Byte 8: 0xe4)"),
    (b'{"id": "x",}', 1, 12, "Schlüssel in doppelten Anführungszeichen erwartet an Byte 11"),
    (b'{"size": NaN}', None, None, "'NaN' ist in JSON nicht erlaubt"),
    (b"[" * 100_000, None, None, "zu tief verschachtelt"),
])
def test_broken_json_is_a_german_message_with_position(data: bytes, zeile: int | None, spalte: int | None,
                                                       teil: str) -> None:
    with pytest.raises(InputError) as info:
        parse_json(data, "quelle.json")
    assert (info.value.datei, info.value.zeile, info.value.spalte) == ("quelle.json", zeile, spalte)
    assert teil in info.value.meldung


def test_local_files_json_lines_and_non_oparl_files(tmp_path: Path) -> None:
    folder = tmp_path / "ris"
    folder.mkdir()
    (folder / "papers.jsonl").write_text("\n".join(json.dumps({"id": RIS + f"p/{n}", "type": T10 + "Paper",
                                                                "reference": f"{n}/2026"}) for n in (1, 2)) + "\n")
    (folder / "missing_ids.json").write_text('{"https://x": true}')  # not OParl: passed over in a directory
    (folder / ".versteckt.json").write_text("{kaputt")
    items = list(read([str(folder)], Settings()))
    assert [i.paper.nummer for i in items if isinstance(i, Document)] == ["1/2026", "2/2026"]
    assert not [i for i in items if isinstance(i, InputError)]
    named = list(read([str(folder / "missing_ids.json")], Settings()))
    assert [(type(i), i.datei) for i in named] == [(InputError, str(folder / "missing_ids.json"))]
    assert "keine OParl-Objekte" in named[0].meldung


def test_files_and_urls_cannot_be_mixed(tmp_path: Path) -> None:
    [item] = list(read([str(tmp_path), "https://ris.beispiel.invalid/oparl/system"], Settings()))
    assert isinstance(item, InputError) and "nicht beides" in item.meldung


def test_deleted_and_unselected_papers_are_counted_not_checked() -> None:
    selection = Selection(seit=date(2026, 1, 1))
    values = [{"id": RIS + "p/1", "type": T10 + "Paper", "deleted": True, "name": ""},
              {"id": RIS + "p/2", "type": T10 + "Paper", "date": "2025-12-31"},
              {"id": RIS + "p/3", "type": T10 + "Paper", "date": "2026-01-01"}]
    from gremienlauf.readers.oparl.crawl import papers_in
    from gremienlauf.readers.oparl.store import Store

    store = Store()
    store.ingest(values)
    assert [r.id for r in papers_in(store, selection)] == [RIS + "p/3"]
    assert (selection.geloescht, selection.ausgelassen) == (1, 1)
    assert all(isinstance(r, PaperRec) for r in papers_in(store, Selection()))


def test_registry_draft_from_huertgenwald_loads_and_maps_the_gremien(shared: Path, tmp_path: Path) -> None:
    entries, problems = draft([str(shared / "corpus/oparl/huertgenwald-sternberg-oparl-1.0")], Settings())
    assert problems == []
    text = render_draft(entries)
    path = tmp_path / "entwurf.yaml"
    path.write_text(text, encoding="utf-8")
    doc = read_yaml(path)
    full_schema.validate(doc, "koerperschaften")
    [body] = doc.value["koerperschaften"]
    assert (body["id"], body["ags"], body["land"], body["jugendamt"]) == ("gemeinde-huertgenwald", "05358016", "NW",
                                                                         False)
    arten = {g["name"]: g["art"] for g in body["gremien"]}
    assert arten["Gemeinderat"] == "vertretung" and arten["Haupt- und Finanzausschuss"] == "hauptausschuss"
    assert arten["Ausschuss für Jugend, Kultur und Vereine"] == "fachausschuss"
    assert not [n for n in arten if n.startswith(("Abteilung", "Christlich", "Ortsvorsteher"))]


def test_registry_draft_without_body_data_must_be_reviewed(shared: Path, tmp_path: Path) -> None:
    entries, _ = draft([str(shared / "corpus/oparl/karlsruhe-oparl-1.1")], Settings())
    text = render_draft(entries)
    path = tmp_path / "entwurf.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        full_schema.validate(read_yaml(path), "koerperschaften")
    assert "PRÜFEN" in info.value.meldung
    assert '"https://web1.karlsruhe.de/oparl/bodies/0001/organizations/gr/36218"' in text
    assert "art: jugendhilfeausschuss" in text and "/at/" not in text


def test_cancelled_and_deleted_meetings() -> None:
    org = {"id": RIS + "o/1", "type": T10 + "Organization", "name": "Rat"}
    cancelled = {"id": RIS + "m/1", "type": T10 + "Meeting", "start": "2026-03-19T17:00:00+01:00", "cancelled": True}
    deleted = {"id": RIS + "m/2", "deleted": True, "type": T10 + "Meeting"}
    paper = {"id": RIS + "p/1", "type": T10 + "Paper", "reference": "1/2026", "consultation": [
        {"id": RIS + f"c/{n}", "type": T10 + "Consultation", "organization": [RIS + "o/1"], "meeting": RIS + f"m/{n}"}
        for n in (1, 2)]}
    items = list(read_values([paper, org, cancelled, deleted]))
    [doc] = [i for i in items if isinstance(i, Document)]
    abgesagt, geloescht = doc.paper.consultations
    assert (abgesagt.datum, abgesagt.ergebnis, abgesagt.ergebnis_roh) == (date(2026, 3, 19), "vertagt",
                                                                           "(Sitzung abgesagt)")
    assert geloescht.datum is None
    [problem] = [i for i in items if isinstance(i, InputError)]
    assert (problem.zeile, problem.meldung) == (
        3, f"Sitzung {RIS}m/2 nicht lesbar: im Ratsinformationssystem als "
           "gelöscht gekennzeichnet; die Beratung bleibt ohne Datum und Ergebnis")
