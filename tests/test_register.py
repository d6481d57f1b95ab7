"""The register of all Körperschaften, the Länder's Gremien templates and Gremium names read by pattern."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gremienlauf.errors import ConfigError
from gremienlauf.load.bodies import load_registry
from gremienlauf.load.wortlisten import laender as _load_laender
from gremienlauf.model import KOERPERSCHAFT_TYPEN

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "docs" / "recherche" / "register" / "deutschland.tsv"


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _generator():
    spec = importlib.util.spec_from_file_location("register_aus_tsv", ROOT / "tools" / "register_aus_tsv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_register_files_are_generated_from_the_research_table() -> None:
    files = _generator().generate()
    for name, text in files.items():
        assert (ROOT / "gremienlauf" / "bodies" / name).read_text(encoding="utf-8") == text, \
            f"{name} veraltet: python tools/register_aus_tsv.py"
    assert sorted(p.name for p in (ROOT / "gremienlauf" / "bodies").glob("register-*.yaml")) == sorted(files)


def test_every_row_of_the_table_is_registered_with_its_land_and_jugendamt(registry) -> None:
    fixes = _generator().ID_KORREKTUREN
    with TSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == 452
    for row in rows:
        body = registry.body(fixes.get(row["id"], row["id"]))
        assert body is not None, row["id"]
        assert body.land == row["land"] and body.jugendamt is (row["jugendamt"] == "true"), row["id"]
    assert registry.body("kreis-maerkischer-kreis").name == "Märkischer Kreis"
    assert registry.body("kreis-maerkischer") is None


def test_every_bundled_entry_loads_with_the_gremien_of_its_kind(registry) -> None:
    laender = _load_laender()
    for body_id in registry.bodies:
        body = registry.bodies[body_id]
        assert body.typ in laender[body.land].typen, f"{body_id}: Typ {body.typ} gibt es in {body.land} nicht"
        arten = {a for o in body.organizations for a in o.arten}
        assert "vertretung" in arten and "hauptverwaltungsbeamter" in arten, body_id
        if body_id in registry.bodies.templated:
            # a Jugendhilfeausschuss exactly where the Körperschaft runs a Jugendamt
            assert ("jugendhilfeausschuss" in arten) is body.jugendamt, body_id
        assert body.ebene == ("kreis" if body.typ in ("kreis", "landkreis", "region", "regionalverband")
                              else "gemeinde"), body_id
        if body.kreis:
            assert registry.body(body.kreis).ebene == "kreis", body_id


def test_each_generated_entry_keeps_its_source() -> None:
    from gremienlauf.load.files import bundled_yaml

    register = [raw for doc in bundled_yaml("bodies") if "/register-" in doc.datei
                for raw in doc.value["koerperschaften"]]
    assert len(register) == 439  # 452 rows less the 13 with a detailed entry (bodies/nw-*.yaml, Karlsruhe)
    assert all(raw["quelle"] for raw in register)
    assert all("gremien" not in raw for raw in register)


def test_detailed_entries_win_over_the_register(registry) -> None:
    kamen = registry.body("stadt-kamen")
    assert kamen.organizations[0].name == "Rat der Stadt Kamen"  # bodies/nw-kreis-unna.yaml, not the template
    assert "stadt-kamen" not in registry.bodies.templated
    assert registry.body("stadt-luenen").typ == "kreisangehoerige_stadt"  # the table says grosse_…


@pytest.mark.parametrize("body, name, art, eigene, gremium", [
    # Bayern: kreisfreie Stadt and Landkreis from the template
    ("stadt-ingolstadt", "Jugendhilfeausschuss", "jugendhilfeausschuss", True, "jugendhilfeausschuss"),
    ("stadt-ingolstadt", "Stadtrat - Plenum", "vertretung", True, "stadtrat"),
    ("stadt-ingolstadt", "Ferienausschuss", "hauptausschuss", True, "abgeleitet-ferienausschuss"),
    ("stadt-ingolstadt", "Ausschuss für Umwelt, Bau und Verkehr", "fachausschuss", True, None),
    ("kreis-eichstaett", "Jugendhilfeausschuss des Landkreises Eichstätt", "jugendhilfeausschuss", True,
     "jugendhilfeausschuss"),
    # Sachsen
    ("stadt-leipzig", "Kinder- und Jugendhilfeausschuss", "jugendhilfeausschuss", True, "jugendhilfeausschuss"),
    ("stadt-dresden", "Stadtbezirksrat", "bezirksvertretung", True, None),
    ("stadt-chemnitz", "Dienstberatung des Oberbürgermeisters", "verwaltung", True, None),
    # Hessen: Magistrat and the Kreisausschuss are administrative boards
    ("stadt-frankfurt-am-main", "Magistrat", "verwaltung", True, "magistrat"),
    ("stadt-frankfurt-am-main", "Ortsbeirat Nord", "bezirksvertretung", True, None),
    ("stadt-marburg", "Kreisausschuss", "verwaltung", False, "kreisausschuss"),
    # Baden-Württemberg, Nordrhein-Westfalen (detailed entries), Berlin, Bremen
    ("stadt-karlsruhe", "Ortschaftsrat", "bezirksvertretung", True, None),
    ("stadt-kamen", "Integrationsrat", "beirat", True, None),  # Kamen's own (Bonn's has the same name)
    ("stadt-kamen", "Verwaltungsvorstand", "verwaltung", True, None),
    ("stadt-bonn", "Bezirksvertretung", "bezirksvertretung", True, None),
    ("stadt-bonn", "Seniorenbeirat", "beirat", True, None),
    ("bezirk-pankow", "Bezirksamt", "verwaltung", True, "bezirksamt"),
    ("bezirk-pankow", "BVV", "vertretung", True, "bvv"),
    ("stadt-bremerhaven", "Stadtverordnetenversammlung", "vertretung", True, "stadtverordnetenversammlung"),
    ("stadt-bremen", "Stadtbürgerschaft", "vertretung", True, "stadtbuergerschaft"),
])
def test_real_gremium_names_resolve_to_their_art(registry, body: str, name: str, art: str, eigene: bool,
                                                 gremium: str | None) -> None:
    hit = registry.resolve(name, registry.body(body))
    assert (hit.art, hit.eigene) == (art, eigene)
    assert hit.organization is not None
    if gremium is not None:
        assert hit.organization.id == gremium
    if hit.organization.id.startswith("abgeleitet-"):
        assert hit.abgeleitet and hit.organization.body_id == body


def test_an_inferred_gremium_is_the_same_organization_each_time(registry) -> None:
    dresden = registry.body("stadt-dresden")
    first = registry.resolve("Ortschaftsrat Cossebaude", dresden)
    again = registry.resolve("Ortschaftsrat  Cossebaude", dresden)
    assert first.organization == again.organization and first.abgeleitet


@pytest.mark.parametrize("name", ["Ausschuss für Jugend, Schule und Sport", "Ausschuss für Bildung, Jugend und Sport",
                                  "Ausschuss für Kinder und Familie"])
def test_a_committee_that_may_or_may_not_be_the_jha_stays_unknown(registry, name: str) -> None:
    # youth beside school or sport, or no youth at all: only the registry can tell, so the name is missing
    # data (VF006), neither JHA nor Fachausschuss
    assert not registry.resolve(name, registry.body("stadt-ingolstadt")).bekannt


@pytest.mark.parametrize("name", ["Jugendausschuss", "Kinder- und Jugendausschuss",
                                  "Ausschuss für Kinder, Jugend und Familie"])
def test_a_youth_committee_of_a_traeger_is_read_as_its_jha_and_marked(registry, name: str) -> None:
    hit = registry.resolve(name, registry.body("stadt-ingolstadt"))
    assert hit.art == "jugendhilfeausschuss" and hit.eigene and hit.abgeleitet
    # without a Jugendamt a "Jugendausschuss" is no JHA (law.md § 6): Bönen is served by the Kreis Unna
    boenen = registry.body("gemeinde-boenen")
    assert not boenen.jugendamt and registry.resolve(name, boenen).art != "jugendhilfeausschuss"


def test_a_council_named_in_a_kreis_vorlage_is_not_the_kreis_own(registry) -> None:
    hit = registry.resolve("Stadtrat", registry.body("kreis-eichstaett"))
    assert (hit.art, hit.eigene, hit.ebene, hit.organization) == ("vertretung", False, "gemeinde", None)


def test_a_typo_of_a_registered_name_stays_unknown_with_a_suggestion(registry) -> None:
    hit = registry.resolve("Jugendhilfeauschuss", registry.body("stadt-ingolstadt"))
    assert not hit.bekannt and hit.vorschlag == "Jugendhilfeausschuss"


def test_names_matching_no_pattern_stay_unknown(registry) -> None:
    assert not registry.resolve("Arbeitsgemeinschaft nach § 78", registry.body("stadt-ingolstadt")).bekannt


@pytest.mark.parametrize("typ, land, ok", [
    ("samtgemeinde", "NI", True), ("samtgemeinde", "BY", False), ("stadtkreis", "BY", False),
    ("stadtkreis", "BW", True), ("bezirk", "NW", False), ("bezirk", "HH", True), ("verbandsgemeinde", "RP", True),
    ("amt", "SH", True), ("amt", "NW", False), ("sonderstatusstadt", "HE", True), ("grosse_kreisstadt", "NW", False),
])
def test_a_typ_the_land_does_not_have_is_refused_at_its_line(tmp_path: Path, typ: str, land: str, ok: bool) -> None:
    path = tmp_path / "k.yaml"
    path.write_text("koerperschaften:\n  - id: gemeinde-neu\n    name: Gemeinde Neu\n"
                    f"    typ: {typ}\n    land: {land}\n    jugendamt: true\n", encoding="utf-8")
    if ok:
        assert load_registry([str(path)]).body("gemeinde-neu").typ == typ
        return
    with pytest.raises(ConfigError) as err:
        load_registry([str(path)])
    assert (err.value.zeile, err.value.spalte) == (4, 5)
    assert f"Typ '{typ}' gibt es in " in str(err.value) and "erlaubt:" in str(err.value)


def test_all_types_of_the_schema_are_the_model_types_and_every_land_lists_known_ones() -> None:
    schema = json.loads((ROOT / "gremienlauf" / "schemas" / "koerperschaften.json").read_text(encoding="utf-8"))
    assert tuple(schema["$defs"]["koerperschaft"]["properties"]["typ"]["enum"]) == KOERPERSCHAFT_TYPEN
    laender = _load_laender()
    assert sorted(laender) == sorted(schema["$defs"]["koerperschaft"]["properties"]["land"]["enum"])
    used = {t for land in laender.values() for t in land.typen}
    assert used == set(KOERPERSCHAFT_TYPEN)


def test_a_user_entry_without_gremien_gets_the_template_of_its_land(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text("koerperschaften:\n  - {id: stadt-neuburg, name: Stadt Neuburg a.d.Donau, typ: grosse_kreisstadt,"
                    " land: BY, kreis: kreis-neuburg-schrobenhausen, jugendamt: false,"
                    " jugendhilfetraeger: kreis-neuburg-schrobenhausen}\n", encoding="utf-8")
    registry = load_registry([str(path)])
    town = registry.body("stadt-neuburg")
    assert [o.id for o in town.organizations] == ["stadtrat", "finanzausschuss", "oberbuergermeister"]
    jha = registry.resolve("Jugendhilfeausschuss", town)
    assert jha.organization.body_id == "kreis-neuburg-schrobenhausen" and not jha.eigene


def test_a_broken_land_template_stops_the_run_at_its_line(tmp_path: Path) -> None:
    from gremienlauf.load.wortlisten import _land
    from gremienlauf.load.yamlsafe import load

    text = ("land: XX\nname: Testland\ntypen: {kreis: kreis}\ngremien:\n  kreis:\n"
            "    - {id: kreistag, name: Kreistag, art: vertretng}\n")
    with pytest.raises(ConfigError) as err:
        _land(load(text, "xx.yaml"))
    assert err.value.zeile == 6 and "unbekannte Gremium-Art 'vertretng'" in str(err.value)


def _check(tmp_path: Path, folge: str) -> dict:
    vorlage = tmp_path / "v.yaml"
    vorlage.write_text("koerperschaft: stadt-ingolstadt\nvorlage:\n  nummer: V0123/26\n  art: beschlussvorlage\n"
                       "  betreff: Erweiterung der Öffnungszeiten des Jugendzentrums\n  beratungsfolge:\n" + folge,
                       encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "gremienlauf", "check", str(vorlage), "--stichtag", "2026-03-20",
                          "--format", "json"], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


def test_check_of_a_vorlage_of_ingolstadt_resolves_jha_and_stadtrat(tmp_path: Path) -> None:
    report = _check(tmp_path, "    - {gremium: Jugendhilfeausschuss, sitzung: 2026-02-05, rolle: vorberatung,"
                              " ergebnis: empfohlen}\n"
                              "    - {gremium: Stadtrat, sitzung: 2026-02-19, rolle: entscheidung,"
                              " ergebnis: beschlossen}\n")
    assert report["befunde"] == []  # no VF006 (unknown Gremium), no JH001
    assert report["vorlagen"][0]["koerperschaft"] == "stadt-ingolstadt"
    assert report["vorlagen"][0]["urteil"] == "in_ordnung"


def test_check_of_ingolstadt_without_the_jha_is_a_breach_of_71(tmp_path: Path) -> None:
    report = _check(tmp_path, "    - {gremium: Finanzausschuss, sitzung: 2026-02-05, rolle: vorberatung,"
                              " ergebnis: empfohlen}\n"
                              "    - {gremium: Stadtrat - Plenum, sitzung: 2026-02-19, rolle: entscheidung,"
                              " ergebnis: beschlossen}\n")
    assert [f["code"] for f in report["befunde"]] == ["JH001"]
    assert report["vorlagen"][0]["urteil"] == "verstoss"


def test_check_of_ingolstadt_with_a_youth_committee_is_incomplete_not_a_breach(tmp_path: Path) -> None:
    report = _check(tmp_path,
                    "    - {gremium: 'Ausschuss für Jugend, Schule und Sport', sitzung: 2026-02-05, rolle: vorberatung,"
                              " ergebnis: empfohlen}\n"
                              "    - {gremium: Stadtrat, sitzung: 2026-02-19, rolle: entscheidung,"
                              " ergebnis: beschlossen}\n")
    assert [f["code"] for f in report["befunde"]] == ["VF006"]
    assert report["vorlagen"][0]["urteil"] == "unvollstaendig"
