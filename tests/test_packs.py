"""Rule packs: every rule is complete, and what is malformed stops the run with a position."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gremienlauf import load
from gremienlauf.engine import judge
from gremienlauf.engine.rules import TEMPLATE_FIELDS
from gremienlauf.errors import ConfigError
from gremienlauf.load.packs import load_packs
from gremienlauf.run.pipeline import Options, run

ROOT = Path(__file__).resolve().parent.parent

PACK = """pack: {{id: lokal, titel: Örtliches Paket, version: "1", koerperschaft: stadt-kamen}}
rules:
  - code: {code}
    name: lokal.beispiel
    schwere: warnung
{versions}
    wenn: {wenn}
    meldung: "{meldung}"
    beschreibung: Beispiel.
{extra}"""
ONE_VERSION = "    gilt_ab: 2020-01-01\n    rechtsgrundlage: [{norm: Hauptsatzung, paragraph: 3}]"


def write(tmp_path: Path, code: str = "LK001", versions: str = ONE_VERSION,
          wenn: str = "{pfad: vorlage.art, gleich: beschlussvorlage}", meldung: str = "Hinweis zu {vorlage}",
          extra: str = "") -> str:
    path = tmp_path / "lokal.yaml"
    path.write_text(PACK.format(code=code, versions=versions, wenn=wenn, meldung=meldung, extra=extra), "utf-8")
    return str(tmp_path)


def test_every_bundled_rule_is_complete() -> None:
    for pack in load_packs():
        assert pack.sha256 and pack.version
        for rule in pack.rules:
            assert rule.beschreibung and rule.meldung and rule.titel
            for version in rule.versionen:
                # a legal rule cites its norm; a data check cites none (it is no law)
                assert bool(version.zitate) != pack.datenpruefung and all(c.norm for c in version.zitate)
                assert version.gilt_ab < date(2026, 12, 31)


def test_the_71_renumbering_falls_on_10_june_2021() -> None:
    rule = next(r for p in load_packs() for r in p.rules if r.code == "JH001")
    old = [v for v in rule.versionen if v.zitate[0].absatz == "3"]
    new = [v for v in rule.versionen if v.zitate[0].absatz == "4"]
    assert (old[-1].gilt_bis, new[0].gilt_ab) == (date(2021, 6, 9), date(2021, 6, 10))
    assert rule.version_at(date(2012, 3, 29)).zitat("NW", "gemeinde") == "§ 71 Abs. 3 Satz 2 SGB VIII" + \
        " [Fundstelle nicht verifiziert]"
    assert rule.version_at(date(2025, 1, 1)).zitat("NW", "gemeinde") == "§ 71 Abs. 4 Satz 2 SGB VIII"
    assert rule.version_at(date(1990, 12, 31)) is None


def test_unverified_citations_are_flagged() -> None:
    rule = next(r for p in load_packs() for r in p.rules if r.code == "GO002")
    assert not rule.belegt
    assert "[Fundstelle nicht verifiziert]" in rule.versionen[0].zitat("NW", "gemeinde")


def test_a_local_pack_loads(tmp_path: Path) -> None:
    packs = load_packs([write(tmp_path)])
    assert packs[-1].id == "lokal" and packs[-1].rules[0].code == "LK001"


@pytest.mark.parametrize("kwargs, teil, zeile", [
    ({"versions": "    versionen:\n      - {gilt_ab: 2020-01-01, rechtsgrundlage: [{norm: A}]}\n"
                  "      - {gilt_ab: 2019-06-01, rechtsgrundlage: [{norm: B}]}"}, "überschneiden", 8),
    ({"versions": "    versionen:\n      - {gilt_ab: 2020-01-01, gilt_bis: 2019-01-01, rechtsgrundlage: [{norm: A}]}"},
     "gilt_bis liegt vor gilt_ab", 7),
    ({"wenn": "{pfad: vorlage.farbe, gleich: rot}"}, "unbekannter Pfad 'vorlage.farbe'", 8),
    ({"wenn": "{pfad: vorlage.art, ist: rot}"}, "erwartet wird eine von", 8),
    ({"wenn": "{pruefung: os_system}"}, "unbekannte Prüfung 'os_system'", 8),
    ({"meldung": "{vorlage.__class__}"}, "nicht erlaubt", 9),
    ({"meldung": "{passwort}"}, "unbekannter Platzhalter", 9),
    ({"extra": "    milderung: {wenn: {pfad: vorlage.art, gleich: antrag}, schwere: hinweis, zusatz: '{passwort}'}\n"},
     "unbekannter Platzhalter", 11),
    ({"extra": "    schwere_neu: fehler\n"}, "unbekannter Schlüssel 'schwere_neu'", 11),
    ({"code": "JH001"}, "schon im Paket 'sgb8' vergeben", None),
    ({"versions": ""}, "es fehlt eine der Angaben gilt_ab oder normen oder versionen", None),
])
def test_broken_packs_stop_the_run(tmp_path: Path, kwargs: dict, teil: str, zeile: int | None) -> None:
    with pytest.raises(ConfigError) as info:
        load_packs([write(tmp_path, **kwargs)])
    assert teil in info.value.meldung
    if zeile is not None:
        assert info.value.zeile == zeile, info.value


def test_a_local_rule_may_replace_a_bundled_code_explicitly(tmp_path: Path) -> None:
    packs = load_packs([write(tmp_path, code="JH005", extra="    ersetzt: JH005\n")])
    assert [r.code for r in packs[-1].rules] == ["JH005"]


def test_messages_are_filled_with_exactly_the_placeholders_a_pack_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    # rules.PLACEHOLDERS is the one table: loading refuses other names, message_values must fill no others
    seen: list[tuple[bool, frozenset[str]]] = []
    fill = judge.message_values

    def spy(case, version, witness):  # type: ignore[no-untyped-def]
        values = fill(case, version, witness)
        seen.append((witness is not None, frozenset(values)))
        return values

    monkeypatch.setattr(judge, "message_values", spy)
    run(load.engine(), [str(ROOT / "examples"), str(ROOT / "tests/fixtures/ris")], Options(date(2026, 6, 30)))
    assert {with_step for with_step, _ in seen} == {True, False}  # findings at a Beratung and at the Vorlage
    assert {names for _, names in seen} == {TEMPLATE_FIELDS}
