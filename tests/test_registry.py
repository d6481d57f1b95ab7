"""The bundled registry: the Jugendamt map of Kreis Unna and Kreis Coesfeld, and name resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from gremienlauf.errors import ConfigError
from gremienlauf.load.bodies import load_registry

UNNA = {"stadt-bergkamen": True, "gemeinde-boenen": False, "stadt-froendenberg": False,
        "gemeinde-holzwickede": False, "stadt-kamen": True, "stadt-luenen": True, "stadt-schwerte": True,
        "stadt-selm": True, "stadt-unna": True, "stadt-werne": True}
COESFELD = {"gemeinde-ascheberg", "stadt-billerbeck", "stadt-coesfeld", "stadt-duelmen", "gemeinde-havixbeck",
            "stadt-luedinghausen", "gemeinde-nordkirchen", "gemeinde-nottuln", "stadt-olfen",
            "gemeinde-rosendahl", "gemeinde-senden"}


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_kreis_unna_and_its_ten_towns(registry) -> None:
    for body_id, own in UNNA.items():
        body = registry.body(body_id)
        assert body.kreis == "kreis-unna" and body.land == "NW"
        assert body.jugendamt is own, body_id
        assert (body.jugendhilfetraeger == "kreis-unna") is (not own)
        arts = {o.art for o in body.organizations}
        assert ("jugendhilfeausschuss" in arts) is own


def test_kreis_coesfeld_only_coesfeld_and_duelmen_have_a_jugendamt(registry) -> None:
    members = {b.id for b in registry.bodies.values() if b.kreis == "kreis-coesfeld"}
    assert members == COESFELD
    assert {b for b in members if registry.body(b).jugendamt} == {"stadt-coesfeld", "stadt-duelmen"}
    assert registry.body("kreis-coesfeld").satzungen == ("satzung-jugendamt-kreis-coesfeld",)


def test_kreise_have_kreistag_kreisausschuss_and_jha(registry) -> None:
    for kreis in ("kreis-unna", "kreis-coesfeld"):
        arts = {o.art for o in registry.body(kreis).organizations}
        assert {"vertretung", "kreisausschuss", "jugendhilfeausschuss"} <= arts


@pytest.mark.parametrize("body, name, owner, gremium", [
    ("stadt-kamen", "Rat der Stadt Kamen", "stadt-kamen", "rat"),
    ("stadt-kamen", "Stadtrat", "stadt-kamen", "rat"),
    ("stadt-kamen", "haupt und finanzausschuss", "stadt-kamen", "haupt-und-finanzausschuss"),
    ("stadt-kamen", "JHA", "stadt-kamen", "jugendhilfeausschuss"),
    ("stadt-kamen", "Kreistag", "kreis-unna", "kreistag"),
    ("gemeinde-holzwickede", "Jugendhilfeausschuss", "kreis-unna", "jugendhilfeausschuss"),
    ("kreis-unna", "Rat der Stadt Kamen", "stadt-kamen", "rat"),
    ("kreis-coesfeld", "Jugendhilfeausschuss des Kreises Coesfeld", "kreis-coesfeld", "jugendhilfeausschuss"),
])
def test_names_resolve_to_the_right_body(registry, body: str, name: str, owner: str, gremium: str) -> None:
    hit = registry.resolve(name, registry.body(body))
    assert hit.organization is not None
    assert (hit.organization.body_id, hit.organization.id) == (owner, gremium)
    assert hit.eigene is (owner == body)


def test_ambiguous_and_unknown_names(registry) -> None:
    generic = registry.resolve("Rat", registry.body("kreis-unna"))
    assert generic.organization is None and generic.art == "vertretung" and not generic.eigene
    unknown = registry.resolve("Jugendhilfeauschuss", registry.body("stadt-kamen"))
    assert not unknown.bekannt and unknown.vorschlag == "Jugendhilfeausschuss"


def test_extra_registry_adds_and_replaces(tmp_path: Path) -> None:
    extra = tmp_path / "k.yaml"
    extra.write_text(
        "koerperschaften:\n"
        "  - id: stadt-kamen\n    name: Stadt Kamen\n    typ: kreisangehoerige_stadt\n    land: NW\n"
        "    kreis: kreis-unna\n    jugendamt: true\n    gremien:\n"
        "      - {id: rat, name: Rat der Stadt Kamen, art: vertretung}\n"
        "      - {id: schulausschuss, name: Ausschuss für Schule und Sport, art: fachausschuss, aliase: [SchA]}\n",
        encoding="utf-8")
    registry = load_registry([str(extra)])
    kamen = registry.body("stadt-kamen")
    assert [o.id for o in kamen.organizations] == ["rat", "schulausschuss"]
    assert registry.resolve("SchA", kamen).art == "fachausschuss"


def test_broken_extra_registry_stops_with_position(tmp_path: Path) -> None:
    extra = tmp_path / "k.yaml"
    extra.write_text("koerperschaften:\n  - id: x\n    name: X\n    typ: dorf\n    land: NW\n"
                     "    jugendamt: false\n    gremien: []\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_registry([str(extra)])
    assert info.value.zeile == 4 and "'dorf' ist nicht erlaubt" in info.value.meldung


def test_find_body_by_name_alias_and_id(registry) -> None:
    assert registry.find_body("stadt-kamen").id == "stadt-kamen"
    assert registry.find_body("Stadt Kamen").id == "stadt-kamen"
    assert registry.find_body("KREIS COESFELD").id == "kreis-coesfeld"
    assert registry.find_body("Gemeinde Boenen").id == "gemeinde-boenen"
    assert registry.find_body("Stadt Hamm").id == "stadt-hamm"  # bundled register (research table)
    assert registry.find_body("Stadt Werl") is None  # kreisangehörig without Jugendamt: users add it


@pytest.mark.parametrize("written, meant", [
    ("stadt-kamn", "stadt-kamen"), ("stadt-kammen", "stadt-kamen"), ("stadt-bergkamn", "stadt-bergkamen"),
    ("kreis-una", "kreis-unna"), ("stadt-lunen", "stadt-luenen"), ("gemeinde-holzwickde", "gemeinde-holzwickede"),
    ("stadt-schwert", "stadt-schwerte"), ("kamen", "stadt-kamen"), ("gemeinde-kamen", "stadt-kamen"),
    # other towns, not registered: a suggestion would mislead
    ("stadt-werl", None), ("stadt-soest", None), ("stadt-borken", None), ("stadt-lippstadt", None),
    ("stadt-datteln", None), ("stadt-haltern", None), ("gemeinde-ense", None), ("stadt-werther", None),
    # registered ones are themselves
    ("stadt-dortmund", "stadt-dortmund"), ("kreis-borken", "kreis-borken"), ("stadt-berlin", "stadt-berlin"),
])
def test_a_body_is_suggested_only_for_a_likely_typo(registry, written: str, meant: str | None) -> None:
    from gremienlauf.engine.registry import suggest_body

    assert suggest_body(written, registry.bodies) == meant
    assert registry.suggest_body(written) == meant
