"""The benchmark's generated corpora: deterministic, loadable, and as defective as they claim."""

from __future__ import annotations

import json
import sys
import urllib.request
from datetime import date
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import oparl_corpus  # noqa: E402
import replay50  # noqa: E402
from floor import files as floor_files  # noqa: E402

from gremienlauf import load  # noqa: E402
from gremienlauf.load.files import read_yaml  # noqa: E402
from gremienlauf.run.pipeline import Options, discover, run  # noqa: E402


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> corpus.Manifest:
    return corpus.ensure(tmp_path_factory.mktemp("korpus"), 400, seed=11)


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


def test_same_seed_same_bytes_and_cache_is_reused(tmp_path: Path, small: corpus.Manifest) -> None:
    again = corpus.ensure(tmp_path, 400, seed=11)
    first = Path(small.root)
    assert tree_bytes(first) == tree_bytes(Path(again.root))
    other = corpus.ensure(tmp_path, 400, seed=12)
    assert tree_bytes(Path(other.root)) != tree_bytes(first)
    marker = Path(again.root) / "sentinel.txt"
    marker.write_text("x")
    assert corpus.ensure(tmp_path, 400, seed=11).root == again.root and marker.exists()


def test_manifest_counts_what_is_on_disk(small: corpus.Manifest) -> None:
    root = Path(small.root)
    agendas = sorted(root.glob("*/tagesordnung-*.yaml"))
    assert small.vorlage_files == 400 == len(list(root.rglob("*.yaml"))) - len(agendas)
    assert small.agenda_files == len(agendas) > 0
    refs = sum(len(read_yaml(a).value["tagesordnung"]) for a in agendas)
    assert small.agenda_refs == refs and small.documents == 400 + refs
    assert small.bytes == sum(p.stat().st_size for p in root.rglob("*.yaml"))


def test_emitted_yaml_loads_as_generated() -> None:
    value = {"koerperschaft": "stadt-kamen", "vorlage": {
        "nummer": "0001/2024", "betreff": 'Bebauungsplan Nr. 12 "Lette Süd": Aufstellung, 1. Teil',
        "datum": "2024-02-01", "sachgebiete": ["bauen"],
        "beratungsfolge": [{"gremium": "Rat, Kamen", "sitzung": "2024-03-01", "rolle": "entscheidung", "top": "7"},
                           {"gremium": "no", "rolle": "vorberatung"}]}}
    loaded = read_yaml_text(corpus.dump(value))
    assert loaded == value


def read_yaml_text(text: str) -> object:
    from gremienlauf.load.yamlsafe import load

    return load(text, "t.yaml").value


def test_mix_of_beratungsfolgen(small: corpus.Manifest) -> None:
    values = [read_yaml(p).value for p in Path(small.root).rglob("*.yaml") if not p.name.startswith("tagesordnung-")]
    lengths = {len(v["vorlage"]["beratungsfolge"]) for v in values}
    assert min(lengths) == 1 and max(lengths) >= 5 and max(lengths) <= 6
    entries = [c for v in values for c in v["vorlage"]["beratungsfolge"]]
    assert any("sitzung" not in c for c in entries) and any("sitzung" in c for c in entries)
    bodies = {v["koerperschaft"] for v in values}
    assert {"kreis-unna", "kreis-coesfeld"} <= bodies and any(b.startswith("stadt-") for b in bodies)
    jugendhilfe = [v for v in values if "Jugend" in v["vorlage"].get("federfuehrung", "")]
    assert 0.1 < len(jugendhilfe) / len(values) < 0.4


def test_findings_come_exactly_from_the_planted_defects(small: corpus.Manifest) -> None:
    """About 5 % carry a defect (marked by a comment); those files have findings and all others are clean."""
    report = run(load.engine(), [small.root], Options(corpus.STICHTAG))
    with_findings = {f.datei for f in report.befunde}
    marked = {str(p) for p in Path(small.root).rglob("*.yaml")
              if p.read_text("utf-8").startswith("# Benchmark: absichtlicher")}
    assert len(marked) == sum(small.defects.values())
    assert 0.01 < len(marked) / small.vorlage_files < 0.1  # binomial around 5 %: 400 draws scatter widely
    assert with_findings == marked
    assert {f.code for f in report.befunde} <= {"VF003", "VF005", "VF006", "JH001"}


def test_floor_reads_the_files_check_reads(small: corpus.Manifest) -> None:
    assert floor_files([small.root]) == [p for p, _ in discover([small.root])]


def test_replay_vorlage_has_fifty_accepted_events(tmp_path: Path) -> None:
    path = replay50.write_vorlage(tmp_path / "r.yaml")
    assert len(read_yaml(path).value["vorlage"]["beratungsfolge"]) == 50
    assert replay50.in_process_us(path, date(2026, 6, 30), rounds=2) > 0
    from gremienlauf.readers.vorlage import read_documents

    paper = next(iter(read_documents(read_yaml(path)))).paper
    replay = load.engine().case(paper, date(2026, 6, 30)).replay
    triggers = [s.ausloeser for s in replay.steps]
    assert triggers[0] == "einbringen" and len(triggers) == 51 and all(s.angenommen for s in replay.steps)
    assert [s.ausloeser for s in replay.steps].count("vertagen") == 47 and replay.state == "beschlossen"
    assert run(load.engine(), [str(path)], Options(date(2026, 6, 30))).befunde == ()


def test_oparl_corpus_is_served_and_paged(tmp_path: Path, small: corpus.Manifest) -> None:
    server, base = oparl_corpus.serve(tmp_path)
    try:
        values = [read_yaml(p).value for p in sorted(Path(small.root).rglob("*.yaml"))
                  if not p.name.startswith("tagesordnung-")]
        built = oparl_corpus.build(tmp_path, base, values)
        system = fetch(built.system_url)
        papers = []
        for body in fetch(system["body"])["data"]:
            url = body["paper"]
            seen = set()
            while url and url not in seen:
                seen.add(url)
                page = fetch(url)
                papers += page["data"]
                url = page["links"].get("next")
        assert len(papers) == built.papers == len(values)
        assert sum(len(p["consultation"]) for p in papers) == sum(len(v["vorlage"]["beratungsfolge"]) for v in values)
        with pytest.raises(urllib.error.HTTPError):
            fetch(base + "/../bench")
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read())


def test_oparl_objects_match_the_oparl_1_1_schema(tmp_path: Path, small: corpus.Manifest, shared: Path) -> None:
    import jsonschema

    folder = shared / "corpus" / "oparl" / "oparl-spec-schema" / "1.1"
    schemas = {name: jsonschema.Draft7Validator(json.loads((folder / f"{name}.json").read_text("utf-8")))
               for name in ("System", "Body", "Paper", "Consultation", "Meeting", "AgendaItem", "Organization")}
    values = [read_yaml(p).value for p in sorted(Path(small.root).rglob("*.yaml"))[:60]
              if not p.name.startswith("tagesordnung-")]
    oparl_corpus.build(tmp_path, "http://127.0.0.1:1/oparl/v1", values)
    checked = set()
    for path in sorted(tmp_path.rglob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        for obj in data["data"] if "data" in data else [data]:
            for item in [obj, *obj.get("consultation", []), *obj.get("agendaItem", [])]:
                kind = item["type"].rsplit("/", 1)[1]
                schemas[kind].validate(item)
                checked.add(kind)
    assert checked == set(schemas)
