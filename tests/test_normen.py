"""The dated norms table and the citations it gives rules (issue 15): contiguous Fassungen, every rule
citable on every day it applies, the 2021 renumbering in one place, and never another Land's law."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gremienlauf.load.normenkatalog import load_normen
from gremienlauf.load.packs import load_packs
from gremienlauf.names import slug


@pytest.fixture(scope="module")
def packs():  # type: ignore[no-untyped-def]
    return load_packs()


def test_every_norm_has_contiguous_fassungen_and_a_read_sentence_where_it_claims_one() -> None:
    normen = load_normen()
    assert len(normen.laender) == 16
    for norm in normen.norms:
        for prev, nxt in zip(norm.fassungen, norm.fassungen[1:], strict=False):
            assert prev.gilt_bis is not None and nxt.gilt_ab == prev.gilt_bis + timedelta(days=1), norm.id
        for fassung in norm.fassungen:
            if fassung.belegt:  # verified means: this sentence, read there
                assert fassung.wortlaut and fassung.quelle, (norm.land, norm.id, fassung.gilt_ab)


def test_each_rule_is_citable_on_every_day_it_applies(packs) -> None:  # type: ignore[no-untyped-def]
    for pack in packs:
        for rule in pack.rules:
            for prev, nxt in zip(rule.versionen, rule.versionen[1:], strict=False):
                assert prev.gilt_bis is not None and nxt.gilt_ab == prev.gilt_bis + timedelta(days=1), \
                    (pack.id, rule.code, prev.zeitraum(), nxt.zeitraum())
            for version in rule.versionen:
                assert version.zitate or pack.datenpruefung, (pack.id, rule.code)


def test_the_71_renumbering_is_one_edit_in_the_table(packs) -> None:  # type: ignore[no-untyped-def]
    rules = {r.code: r for p in packs if p.id == "sgb8" for r in p.rules}
    for code, satz in (("JH001", "2"), ("JH002", "2"), ("JH003", "2"), ("JH004", "1"), ("JH006", "2")):
        assert rules[code].version_at(date(2018, 9, 4)).zitat("NW", "kreis") == \
            f"§ 71 Abs. 3 Satz {satz} SGB VIII [Fundstelle nicht verifiziert]"
        assert rules[code].version_at(date(2025, 1, 1)).zitat("BY", "gemeinde") == f"§ 71 Abs. 4 Satz {satz} SGB VIII"


def test_kc001_cites_the_old_numbering_for_sv_9_1217(packs) -> None:  # type: ignore[no-untyped-def]
    # issue 15.1: the seed SV-9-1217 (2018) falls before the renumbering of 10.06.2021
    kc001 = next(r for p in packs for r in p.rules if r.code == "KC001")
    assert "§ 71 Abs. 3 Satz 1 SGB VIII" in kc001.version_at(date(2018, 9, 4)).zitat("NW", "kreis")
    assert "§ 71 Abs. 4 Satz 1 SGB VIII" in kc001.version_at(date(2022, 1, 1)).zitat("NW", "kreis")


def test_the_old_traeger_rule_is_satz_2_until_the_kifoeg(packs) -> None:  # type: ignore[no-untyped-def]
    # issue 15.4: § 69 Abs. 1 Satz 2 a. F. until 15.12.2008, the new § 69 Abs. 1 from 16.12.2008
    tr002 = next(r for p in packs for r in p.rules if r.code == "TR002")
    assert "§ 69 Abs. 1 Satz 2 SGB VIII a. F." in tr002.version_at(date(2008, 12, 15)).zitat("NW", "gemeinde")
    assert "§ 69 Abs. 1, 3 SGB VIII" in tr002.version_at(date(2008, 12, 16)).zitat("NW", "gemeinde")


def test_secondary_sources_are_not_shown_as_verified(packs) -> None:  # type: ignore[no-untyped-def]
    # issue 15.5: GO004 (§ 59 Abs. 2 GO NRW), KR002 and KR003 (§ 50 KrO NRW) rest on secondary sources
    rules = {r.code: r for p in packs for r in p.rules}
    for code in ("GO004", "KR002", "KR003"):
        assert not rules[code].belegt, code
    bw001 = rules["BW001"].version_at(date(2026, 1, 1))
    assert bw001.zitat("BW", "gemeinde") == "§ 39 Abs. 2 Nr. 3, 14 GemO BW"


def test_a_land_pack_cites_only_its_own_law(packs) -> None:  # type: ignore[no-untyped-def]
    laender = [p for p in packs if p.id.startswith("kommunalrecht-")]
    assert {p.land for p in laender} <= set(load_normen().laender) and len(laender) >= 14
    for pack in laender:
        for rule in pack.rules:
            for version in rule.versionen:
                assert all(c.land in (None, pack.land) for c in version.zitate), (pack.id, rule.code)


def test_data_checks_cite_no_law(packs) -> None:  # type: ignore[no-untyped-def]
    # issue 15.9 and 14.1: VF…/DQ… are data checks; none names a norm, none says "Datenregel"
    for pack in packs:
        if pack.datenpruefung:
            assert all(not v.zitate for r in pack.rules for v in r.versionen), pack.id
            assert all("Datenregel" not in r.meldung + r.beschreibung for r in pack.rules), pack.id


def test_registry_ids_say_what_their_names_say() -> None:
    # issue 15.10: an id "haupt-und-finanzausschuss" named "Gestaltungsbeirat" must not come back
    from gremienlauf.load.bodies import load_registry

    for body in load_registry().bodies.values():
        for org in body.organizations:
            words = set(slug(" ".join((org.name, *org.aliases))).split("-"))
            assert set(org.id.split("-")) <= words | {"und"}, (body.id, org.id, org.name)


def test_legal_constants_are_dated_data_of_the_norm() -> None:
    # issue 15: the five-day Widerspruch and the 3rd-day-to-two-weeks new session are read from the norms
    # table for the day of the event, not from constants in Python
    from gremienlauf.engine import fristen

    normen = load_normen()
    for day in (date(2012, 5, 2), date(2023, 5, 2)):
        werte = normen.werte("nw.agkjhg.widerspruch", "NW", "gemeinde", day)
        assert werte is not None and werte["frist_tage"] == 5
        assert (werte["neue_sitzung_fruehestens_tag"], werte["neue_sitzung_spaetestens_wochen"]) == (3, 2)
    assert normen.werte("nw.agkjhg.widerspruch", "BY", "gemeinde", date(2023, 5, 2)) is None  # NRW law only
    assert not [name for name in vars(fristen) if name.isupper() and "TAGE" in name]
