"""Property-based tests: any input gives a result or a clean error; the engine's verdicts are stable
under changes that must not matter (order of dated entries, aliases, unrelated neighbours)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gremienlauf.errors import InputError
from gremienlauf.load import engine as load_engine
from gremienlauf.load.schemas import schema
from gremienlauf.load.yamlsafe import load
from gremienlauf.model import ERGEBNISSE, ROLLEN, VORLAGENARTEN, Document
from gremienlauf.readers.vorlage import read_documents

ENGINE = load_engine()
BODIES = sorted(ENGINE.registry.bodies)
SACHGEBIETE = schema("vorlage")["$defs"]["vorlage"]["properties"]["sachgebiete"]["items"]["enum"]
GEGENSTAND = schema("vorlage")["$defs"]["vorlage"]["properties"]["gegenstand"]["items"]["enum"]
STICHTAG = date(2026, 11, 23)
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5000), st.text(max_size=12),
                    st.sampled_from(["2026-02-30", "19.03.2012", "rat", "JHA", "beschlussvorlage", "vertagt"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                      max_leaves=12)


@SETTINGS
@given(st.text(max_size=300))
def test_any_text_loads_or_fails_cleanly(text: str) -> None:
    try:
        load(text, "t.yaml")
    except InputError as exc:
        assert exc.meldung and exc.datei == "t.yaml"


vorlage_like = st.fixed_dictionaries({}, optional={
    "nummer": scalars, "art": st.one_of(st.sampled_from(VORLAGENARTEN), scalars), "betreff": scalars,
    "datum": scalars, "beschlussgremium": scalars, "sachgebiete": st.one_of(st.lists(st.sampled_from(SACHGEBIETE)),
                                                                            values),
    "beratungsfolge": st.one_of(values, st.lists(st.fixed_dictionaries(
        {"gremium": scalars}, optional={"sitzung": scalars, "rolle": st.one_of(st.sampled_from(ROLLEN), scalars),
                                        "ergebnis": st.one_of(st.sampled_from(ERGEBNISSE), scalars)}), max_size=4)),
    "dringlichkeit": values, "extra": values,
})


@SETTINGS
@given(st.sampled_from(BODIES + ["gibt-es-nicht", 42, None]), vorlage_like)
def test_any_vorlage_document_is_checked_or_rejected_cleanly(body: Any, vorlage: dict[str, Any]) -> None:
    text = yaml.safe_dump({"koerperschaft": body, "vorlage": vorlage}, allow_unicode=True)
    for item in read_documents(load(text, "v.yaml")):
        if isinstance(item, InputError):
            assert item.zeile is not None and item.meldung
        else:
            for finding in ENGINE.check(item.paper, STICHTAG, item.sitzung):
                assert finding.meldung and finding.datei == "v.yaml" and finding.zeile >= 1


@st.composite
def vorlagen(draw: st.DrawFn) -> dict[str, Any]:
    """Valid Vorlagen over the bundled registry, with Gremien named by id, name or alias."""
    body = ENGINE.registry.body(draw(st.sampled_from(BODIES)))
    names = [n for o in body.organizations for n in (o.id, o.name, *o.aliases)]
    start = date(2019, 1, 1)
    entries = []
    for _ in range(draw(st.integers(0, 6))):
        entry: dict[str, Any] = {"gremium": draw(st.sampled_from(names))}
        if draw(st.booleans()):
            entry["sitzung"] = (start + timedelta(days=draw(st.integers(0, 3000)))).isoformat()
        if draw(st.booleans()):
            entry["rolle"] = draw(st.sampled_from(ROLLEN))
        if draw(st.booleans()):
            entry["ergebnis"] = draw(st.sampled_from(ERGEBNISSE))
        entries.append(entry)
    vorlage: dict[str, Any] = {"art": draw(st.sampled_from(VORLAGENARTEN)),
                               "sachgebiete": draw(st.lists(st.sampled_from(SACHGEBIETE), max_size=2, unique=True)),
                               "gegenstand": draw(st.lists(st.sampled_from(GEGENSTAND), max_size=2, unique=True)),
                               "beratungsfolge": entries}
    if draw(st.booleans()):
        vorlage["beschlussgremium"] = draw(st.sampled_from(names))
    return {"koerperschaft": body.id, "vorlage": vorlage}


def findings(doc: dict[str, Any], name: str = "v.yaml") -> Counter:
    [item] = read_documents(load(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), name))
    assert isinstance(item, Document), item
    return Counter((f.code, f.schwere, f.rechtsgrundlage) for f in ENGINE.check(item.paper, STICHTAG))


@SETTINGS
@given(vorlagen(), st.randoms(use_true_random=False))
def test_reordering_dated_entries_does_not_change_the_verdict(doc: dict[str, Any], rnd: Any) -> None:
    entries = doc["vorlage"]["beratungsfolge"]
    slots = [i for i, e in enumerate(entries) if "sitzung" in e]
    dates = [entries[i]["sitzung"] for i in slots]
    if len(set(dates)) != len(dates):
        return  # two entries on one day keep their listed order; nothing to permute safely
    shuffled = [entries[i] for i in slots]
    rnd.shuffle(shuffled)
    other = {**doc, "vorlage": {**doc["vorlage"], "beratungsfolge": list(entries)}}
    for slot, entry in zip(slots, shuffled, strict=False):
        other["vorlage"]["beratungsfolge"][slot] = entry
    assert findings(other) == findings(doc)


@SETTINGS
@given(vorlagen(), st.data())
def test_an_alias_means_the_same_gremium(doc: dict[str, Any], data: st.DataObject) -> None:
    body = ENGINE.registry.body(doc["koerperschaft"])
    renamed = {**doc, "vorlage": {**doc["vorlage"], "beratungsfolge": []}}
    for entry in doc["vorlage"]["beratungsfolge"]:
        org = ENGINE.registry.resolve(entry["gremium"], body).organization
        alias = data.draw(st.sampled_from([org.id, org.name, *org.aliases]))
        renamed["vorlage"]["beratungsfolge"].append({**entry, "gremium": alias})
    assert findings(renamed) == findings(doc)


@SETTINGS
@given(st.lists(vorlagen(), min_size=2, max_size=4))
def test_neighbours_do_not_change_a_vorlage(docs: list[dict[str, Any]]) -> None:
    from gremienlauf.run.pipeline import Options, collect

    alone = findings(docs[0], "a.yaml")
    together: list = []
    for i, doc in enumerate(docs):
        [item] = read_documents(load(yaml.safe_dump(doc, allow_unicode=True), f"{'ab'[min(i, 1)]}{i}.yaml"))
        together.extend(ENGINE.check(item.paper, STICHTAG))
    report = collect(ENGINE, together, [], len(docs), Options(STICHTAG))
    mine = Counter((f.code, f.schwere, f.rechtsgrundlage) for f in report.befunde if f.datei == "a0.yaml")
    assert mine == alone
