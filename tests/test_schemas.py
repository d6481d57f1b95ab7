"""JSON Schemas: valid, used by the bundled data, and the fast validator agrees with jsonschema."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from gremienlauf.errors import InputError
from gremienlauf.load import schemas
from gremienlauf.load.files import bundled_yaml, read_yaml
from gremienlauf.load.yamlsafe import Loaded, load

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = {"rules": "regeln", "procedures": "verfahren", "bodies": "koerperschaften"}


def reference(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schemas.schema(kind), format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_schema_files_are_valid_draft_2020_12(kind: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schemas.schema(kind))


@pytest.mark.parametrize("folder", sorted(BUNDLED))
def test_bundled_data_passes_the_reference_validator(folder: str) -> None:
    docs = bundled_yaml(folder)
    assert docs
    for doc in docs:
        errors = list(reference(BUNDLED[folder]).iter_errors(doc.value))
        assert not errors, f"{doc.datei}: {errors[0].message}"


def test_examples_pass_both_validators() -> None:
    for path in sorted((ROOT / "examples").rglob("*.yaml")):
        doc = read_yaml(path)
        kind = "agenda" if "sitzung" in doc.value else "vorlage"
        assert not list(reference(kind).iter_errors(doc.value)), path
        schemas.validate(doc, kind)


GOOD: dict[str, Any] = {
    "koerperschaft": "stadt-kamen",
    "vorlage": {"nummer": "026/2012", "art": "beschlussvorlage", "datum": "2012-03-19", "beschlussgremium": "Rat",
                "sachgebiete": ["jugendhilfe"], "oeffentlich": True,
                "beratungsfolge": [{"gremium": "JHA", "sitzung": "2012-03-27", "rolle": "vorberatung",
                                    "ergebnis": "empfohlen", "top": 4}]},
}

# (path, bad value) – each makes the document invalid in one place.
MUTATIONS: list[tuple[tuple[Any, ...], Any]] = [
    (("koerperschaft",), "Stadt Kamen"), (("vorlage", "art"), "beschlussvorlag"), (("vorlage", "datum"), "19.03.2012"),
    (("vorlage", "datum"), "2012-02-30"), (("vorlage", "datum"), "9999-01-01"), (("vorlage", "oeffentlich"), "ja"),
    (("vorlage", "sachgebiete"), "jugendhilfe"), (("vorlage", "sachgebiete", 0), "jugenhilfe"),
    (("vorlage", "beratungsfolge", 0, "rolle"), "Vorberatung"), (("vorlage", "beratungsfolge", 0, "sitzung"), 20120327),
    (("vorlage", "beratungsfolge", 0, "ergebnis"), None), (("vorlage", "beratungsfolge", 0), "JHA"),
    (("vorlage", "beschlusgremium"), "Rat"), (("vorlage", "beratungsfolge", 0, "gremum"), "JHA"), (("vorlage",), []),
    (("vorlage", "nummer"), True), (("vorlage", "betreff"), ""), (("extra",), 1),
]


def _mutate(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def test_fast_validator_accepts_the_good_document() -> None:
    assert schemas.check_value(GOOD, "vorlage") is None
    assert not list(reference("vorlage").iter_errors(GOOD))


@pytest.mark.parametrize("path, value", MUTATIONS)
def test_fast_validator_agrees_with_jsonschema(path: tuple[Any, ...], value: Any) -> None:
    doc = _mutate(path, value)
    assert list(reference("vorlage").iter_errors(doc)), "mutation should be invalid for jsonschema too"
    problem = schemas.check_value(doc, "vorlage")
    assert problem is not None
    assert problem[0] == path  # the node that was broken, not an ancestor (messages point at its line)


def test_messages_are_german_and_suggest_the_closest_key() -> None:
    problem = schemas.check_value(_mutate(("vorlage", "beschlusgremium"), "Rat"), "vorlage")
    assert problem and "unbekannter Schlüssel 'beschlusgremium' – gemeint ist wohl 'beschlussgremium'" in problem[1]
    problem = schemas.check_value(_mutate(("vorlage", "datum"), "19.03.2012"), "vorlage")
    assert problem and "2012-03-19" in problem[1]


def test_validate_raises_at_the_line_of_the_bad_node() -> None:
    doc: Loaded = load("koerperschaft: stadt-kamen\nvorlage:\n  art: beschlussvorlage\n  beratungsfolge:\n"
                       "    - gremium: JHA\n      rolle: Vorberatung\n", "v.yaml")
    with pytest.raises(InputError) as info:
        schemas.validate(doc, "vorlage")
    assert (info.value.zeile, info.value.spalte) == (6, 7)
    assert "'Vorberatung' ist nicht erlaubt – gemeint ist wohl 'vorberatung'" in info.value.meldung


def test_schema_enums_match_the_classifier_vocabulary() -> None:
    vocabulary = next(d.value for d in bundled_yaml("vocabulary") if d.datei.endswith("sachgebiete.yaml"))
    vorlage = schemas.schema("vorlage")["$defs"]["vorlage"]["properties"]
    assert set(vocabulary["sachgebiete"]) <= set(vorlage["sachgebiete"]["items"]["enum"])
    assert set(vocabulary["gegenstand"]) <= set(vorlage["gegenstand"]["items"]["enum"])


HISTORY: dict[str, Any] = {**GOOD, "vorlage": {**GOOD["vorlage"], "verlauf": [
    {"ereignis": "beschlossen", "datum": "2012-03-27", "gremium": "JHA", "sitzung": "JHA/2012/2", "top": 4},
    {"ereignis": "widerspruch", "datum": "2012-03-30", "durch": "vorsitz_vertretung",
     "begruendung": "Wohl der Stadt"}]}}
HISTORY_MUTATIONS: list[tuple[tuple[Any, ...], Any]] = [
    (("vorlage", "verlauf", 0, "ereignis"), "Beschlossen"), (("vorlage", "verlauf", 0, "datum"), "27.03.2012"),
    (("vorlage", "verlauf", 1, "durch"), "buergermeister"), (("vorlage", "verlauf", 1, "begruendung"), ""),
    (("vorlage", "verlauf", 0, "gremum"), "JHA"), (("vorlage", "verlauf"), {"ereignis": "beschlossen"}),
]


@pytest.mark.parametrize("path, value", HISTORY_MUTATIONS)
def test_fast_validator_agrees_with_jsonschema_on_the_history(path: tuple[Any, ...], value: Any) -> None:
    assert schemas.check_value(HISTORY, "vorlage") is None and not list(reference("vorlage").iter_errors(HISTORY))
    doc = copy.deepcopy(HISTORY)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert list(reference("vorlage").iter_errors(doc))
    problem = schemas.check_value(doc, "vorlage")
    assert problem is not None and problem[0] == path


def test_history_vocabulary_is_the_same_in_schemas_model_and_engine() -> None:
    from gremienlauf.engine.verlauf import TRIGGER
    from gremienlauf.model import EREIGNISSE, URHEBER

    for kind in ("vorlage", "agenda"):
        event = schemas.schema(kind)["$defs"]["ereignis"]["properties"]
        assert tuple(event["ereignis"]["enum"]) == EREIGNISSE and tuple(event["durch"]["enum"]) == URHEBER
    assert set(TRIGGER) == set(EREIGNISSE)
