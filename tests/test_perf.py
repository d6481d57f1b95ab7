"""What the performance work must not change: the fast paths agree with the plain ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _corpus_with_everything(root: Path) -> Path:
    """Generated Vorlagen and agendas, the examples (a Vorlage from two sources is merged), a broken file."""
    import shutil

    sys.path.insert(0, str(ROOT / "bench"))
    import corpus  # noqa: PLC0415  (bench/ is a folder of scripts)

    manifest = corpus.ensure(root / "cache", 300, seed=3)
    tree = root / "baum"
    shutil.copytree(manifest.root, tree / "korpus")
    shutil.copytree(ROOT / "examples", tree / "beispiele")
    (tree / "kaputt.yaml").write_text("vorlage: [\n", encoding="utf-8")
    return tree


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit"])
def test_check_jobs_output_is_byte_identical_to_one_process(tmp_path: Path, fmt: str) -> None:
    tree = _corpus_with_everything(tmp_path)
    outputs = []
    for jobs in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-m", "gremienlauf", "check", str(tree), "--stichtag", "2026-06-30",
                               "--format", fmt, "--jobs", jobs, "--ohne-projekt"], capture_output=True, cwd=tmp_path)
        assert done.returncode == 2, done.stderr  # the broken file is an input error
        outputs.append(done.stdout)
    assert len(outputs[0]) > 10_000
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]


def test_rule_index_finds_exactly_what_evaluating_every_rule_finds(tmp_path: Path) -> None:
    """The index only skips rules whose ``wenn`` cannot hold: same findings as the plain loop, Vorlage by Vorlage."""
    from datetime import date

    from gremienlauf import load
    from gremienlauf.engine import verdict
    from gremienlauf.engine.judge import _suppress, applies, evaluate
    from gremienlauf.model import Document
    from gremienlauf.run.pipeline import Options, discover, documents

    engine, options = load.engine(), Options(date(2026, 6, 30))
    compared = fired = skipped = 0
    for path, explicit in discover([str(_corpus_with_everything(tmp_path))]):
        for doc in documents(path, explicit, options):
            if not isinstance(doc, Document):
                continue
            case = engine.case(doc.paper, options.stichtag, doc.sitzung)
            if case is None:
                continue
            lage, fehlt, blind = verdict.stand(case), verdict.mangel(case), bool(verdict.unbekannte_gremien(case))
            every, verdraengt = _suppress([(r, f, s) for r in engine.rules_for(case.body)
                                           if applies(r, fehlt, blind, lage)
                                           for f, s in evaluate(r, case, "x", lage=lage)])
            judged = engine.judge(doc.paper, options.stichtag, doc.sitzung, "x")
            assert (judged.findings, judged.verdraengt) == (every, verdraengt), path
            compared += 1
            fired += bool(every)
            skipped += len(engine.rules_for(case.body)) - len(engine.index_for(case.body).candidates(case))
    assert compared > 300 and fired > 10 and skipped > compared * 10


def _bundled(monkeypatch: pytest.MonkeyPatch, setting: str) -> list[Any]:
    from gremienlauf.load.files import bundled_yaml

    monkeypatch.setenv("GREMIENLAUF_CACHE", setting)
    return bundled_yaml("rules")


def test_bundled_data_cache_gives_the_same_documents_and_skips_only_checked_schemas(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gremienlauf.load.files import bundled_yaml

    plain = _bundled(monkeypatch, "aus")
    assert not list(tmp_path.iterdir())
    built = _bundled(monkeypatch, str(tmp_path))  # written now
    stored = list(tmp_path.glob("rules-*.json"))
    again = _bundled(monkeypatch, str(tmp_path))  # read back
    assert len(stored) == 1
    for a, b, c in zip(plain, built, again, strict=False):
        assert a.value == b.value == c.value and a.positions == b.positions == c.positions
        assert a.datei == c.datei and c.geprueft == "regeln"
    # vocabulary has no schema kind: cached, but never marked as checked
    assert all(d.geprueft == "" for d in bundled_yaml("vocabulary"))


def test_bundled_data_cache_is_keyed_by_file_metadata_and_a_broken_entry_is_ignored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from gremienlauf.load import cache

    data = tmp_path / "a.yaml"
    data.write_bytes(b"x: 1\n")
    first = cache.signature("rules", [str(data)])
    data.write_bytes(b"x: 22\n")
    assert cache.signature("rules", [str(data)]) != first  # size
    st = os.stat(data)
    os.utime(data, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    changed = cache.signature("rules", [str(data)])
    os.utime(data, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert cache.signature("rules", [str(data)]) != changed  # modification time alone

    store = tmp_path / "store"
    monkeypatch.setenv("GREMIENLAUF_CACHE", str(store))
    built = cache.cached("x", "sig-1", lambda: [("a", {"k": 1}, {("k",): (1, 1)}, "", "h")])
    entry = next(store.glob("x-*.json"))
    # another signature never reads this entry, even when its file has the same name
    text = entry.read_text("utf-8").replace('"sig-1"', '"sig-2"')
    entry.write_text(text, "utf-8")
    again = cache.cached("x", "sig-1", lambda: [("a", {"k": 2}, {}, "", "h")])
    assert built[0][1] == {"k": 1} and again[0][1] == {"k": 2}
    assert dict(cache.cached("x", "sig-1", lambda: [])[0][2]) == {}  # read back, positions decoded lazily

    _bundled(monkeypatch, str(store))
    rules = next(store.glob("rules-*.json"))
    rules.write_bytes(b"\x00kaputt")
    docs = _bundled(monkeypatch, str(store))
    assert docs and docs[0].value["pack"]["id"] and docs[0].pos(("rules", 0, "code"))[0] > 1
    assert rules.read_bytes() != b"\x00kaputt"  # rebuilt


def test_two_installs_keep_their_own_cache_entries_and_a_damaged_entry_never_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from gremienlauf.load import cache

    monkeypatch.setenv("GREMIENLAUF_CACHE", str(tmp_path))
    cache.cached("x", "sig-a", lambda: [("a", 1, {("k",): (2, 3)}, "", "h")])
    monkeypatch.setattr(cache, "__file__", "/anderswo/gremienlauf/load/cache.py")  # a second install
    cache.cached("x", "sig-b", lambda: [("b", 2, {}, "", "h")])
    assert len(list(tmp_path.glob("x-*.json"))) == 2
    monkeypatch.undo()
    monkeypatch.setenv("GREMIENLAUF_CACHE", str(tmp_path))
    [entry] = [e for e in tmp_path.glob("x-*.json") if '"sig-a"' in e.read_text("utf-8")]
    stored = json.loads(entry.read_text("utf-8"))
    stored["dokumente"][0][2] = stored["dokumente"][0][2][:-3]  # positions cut short
    entry.write_text(json.dumps(stored), "utf-8")
    [(datei, value, positions, _, _)] = cache.cached("x", "sig-a", lambda: [])
    assert (datei, value, dict(positions)) == ("a", 1, {})  # read, without positions; no error
    stored["dokumente"][0][2] = 7  # not even text: the entry is rebuilt
    entry.write_text(json.dumps(stored), "utf-8")
    assert cache.cached("x", "sig-a", lambda: [("neu", 3, {}, "", "h")])[0][:2] == ("neu", 3)


def test_schema_check_of_a_cached_document_is_skipped_only_for_its_kind(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    from gremienlauf.errors import InputError
    from gremienlauf.load import schemas
    from gremienlauf.load.yamlsafe import Loaded

    schemas.validate(Loaded({"unsinn": 1}, {}, "x.yaml", "regeln"), "regeln")  # trusted: checked when cached
    with pytest.raises(InputError):
        schemas.validate(Loaded({"unsinn": 1}, {}, "x.yaml", "regeln"), "verfahren")
    with pytest.raises(InputError):
        schemas.validate(Loaded({"unsinn": 1}, {}, "x.yaml"), "regeln")


def test_read_bytes_refuses_by_size_and_still_bounds_files_without_one(tmp_path: Path) -> None:
    import os

    from gremienlauf.errors import InputError
    from gremienlauf.load.files import read_bytes

    (tmp_path / "genau.yaml").write_bytes(b"a" * 50)
    (tmp_path / "gross.yaml").write_bytes(b"a" * 51)
    assert read_bytes(tmp_path / "genau.yaml", 50) == b"a" * 50
    with pytest.raises(InputError, match="größer als die Grenze von 50 Bytes"):
        read_bytes(tmp_path / "gross.yaml", 50)
    fifo = tmp_path / "rohr"
    os.mkfifo(fifo)  # st_size 0: read up to the limit, as before
    # A reader end of our own lets the writer open without blocking, and the bytes wait in the pipe: no
    # thread that could outlive the test, no race with read_bytes' own open.
    keep = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    writer = os.open(fifo, os.O_WRONLY)
    try:
        os.write(writer, b"b" * 200)
        with pytest.raises(InputError, match="größer als die Grenze"):
            read_bytes(fifo, 50)
    finally:
        os.close(writer)
        os.close(keep)


def test_identities_keep_only_vorlagen_seen_in_two_places_also_across_worker_parts() -> None:
    import pickle

    from gremienlauf.run.pipeline import Identities, Partial

    places = [(("a.yaml", "1/2020"), ("kamen", "1/2020")), (("b.yaml", "2/2020"), ("kamen", "2/2020")),
              (("c.pdf", "1/2020"), ("kamen", "1/2020")), (("d.yaml", "3/2020"), ("unna", "3/2020"))]
    whole = Identities()
    for place, ident in places:
        whole[place] = ident
    assert dict(whole) == {("a.yaml", "1/2020"): ("kamen", "1/2020"), ("c.pdf", "1/2020"): ("kamen", "1/2020")}
    first, second = Partial(), Partial()
    for place, ident in places[:2]:
        first.identities[place] = ident
    for place, ident in places[2:]:
        second.identities[place] = ident
    joined = Partial()
    for part in (first, pickle.loads(pickle.dumps(second))):
        joined.extend(part)
    assert dict(joined.identities) == dict(whole)
