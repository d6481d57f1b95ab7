"""What the engine does with OParl-shaped Vorlagen, whatever reader produced them: Gremien by OParl id,
youth welfare inferred from the Jugendhilfeausschuss' Befassung, a decider where no Rolle is given."""

from __future__ import annotations

from datetime import date
from functools import cache

from gremienlauf import load
from gremienlauf.engine.case import resolve_consultation
from gremienlauf.engine.judge import Engine
from gremienlauf.model import Consultation, Paper

BONN_JHA = "https://www.bonn.sitzung-online.de/public/oparl/organizations?typ=gr&id=6"


@cache
def engine() -> Engine:
    return load.engine()


def test_a_gremium_resolves_by_its_oparl_id_and_keeps_its_written_name() -> None:
    registry = engine().registry
    bonn, kamen = registry.body("stadt-bonn"), registry.body("stadt-kamen")
    assert bonn is not None and kamen is not None
    hit = resolve_consultation(registry, Consultation("Kinder- und Jugendausschuss", 0, gremium_id=BONN_JHA), bonn)
    assert (hit.art, hit.eigene, hit.name) == ("jugendhilfeausschuss", True, "Kinder- und Jugendausschuss")
    # an unknown id falls back to the name, which a Träger's youth committee is read by (and marked)
    by_name = resolve_consultation(registry, Consultation("Kinder- und Jugendausschuss", 0,
                                                          gremium_id=BONN_JHA + "9"), bonn)
    assert by_name.abgeleitet and by_name.art == "jugendhilfeausschuss"
    # An id is only known for its own Körperschaft: in Kamen the name means Kamen's own committee.
    elsewhere = resolve_consultation(registry, Consultation("Kinder- und Jugendausschuss", 0, gremium_id=BONN_JHA),
                                     kamen)
    assert elsewhere.owner is not None and elsewhere.owner.id == "stadt-kamen" and elsewhere.abgeleitet


def test_a_jha_dealing_with_the_vorlage_makes_it_youth_welfare_and_says_so() -> None:
    paper = Paper("stadt-kamen", "v.yaml", nummer="1/2025", art="beschlussvorlage", betreff="Sanierung Sportplatz",
                  consultations=(Consultation("Rat", 0, date(2025, 7, 29), "entscheidung", "beschlossen"),
                                 Consultation("Jugendhilfeausschuss", 1, date(2025, 10, 15), "kenntnisnahme",
                                              "zur_kenntnis_genommen")))
    found = engine().check(paper, date(2026, 11, 23))
    assert [f.code for f in found] == ["JH002"]
    assert "abgeleitet aus „Beratung im Gremium Jugendhilfeausschuss“" in found[0].meldung
    stated = Paper(**{**_fields(paper), "sachgebiete": ("bauen",)})
    assert engine().check(stated, date(2026, 11, 23)) == []


def test_without_any_rolle_the_own_vertretung_decides() -> None:
    paper = Paper("stadt-kamen", "v.yaml", nummer="2/2025", art="beschlussvorlage", sachgebiete=("bauen",),
                  consultations=(Consultation("Haupt- und Finanzausschuss", 0, date(2025, 7, 1), None, "beschlossen"),
                                 Consultation("Rat", 1, date(2025, 7, 29), None, "beschlossen")))
    case = engine().case(paper, date(2026, 11, 23))
    assert case is not None and case.decider_inferred and case.decision is case.steps[1]
    assert [f.code for f in engine().check(paper, date(2026, 11, 23))] == ["DQ003"]
    mitteilung = Paper(**{**_fields(paper), "art": "mitteilungsvorlage"})
    case = engine().case(mitteilung, date(2026, 11, 23))
    assert case is not None and case.decider is None and not case.decider_inferred


def _fields(paper: Paper) -> dict[str, object]:
    return {name: getattr(paper, name) for name in Paper.__dataclass_fields__}


def test_a_paper_without_body_is_named_as_such_not_as_an_unknown_koerperschaft() -> None:
    from gremienlauf.readers.oparl import read_values

    [doc] = read_values([{"id": "https://ris.invalid/papers/1", "type": "https://schema.oparl.org/1.1/Paper",
                          "name": "Ohne Körperschaft", "reference": "1/2026"}])
    [finding] = engine().check(doc.paper, date(2026, 11, 23))
    assert (finding.code, finding.meldung) == ("EINGABE", "die Vorlage nennt keine Körperschaft")
    [other] = engine().check(Paper("stadt-kamn", "x.yaml"), date(2026, 11, 23))
    assert other.meldung == "Körperschaft 'stadt-kamn' ist nicht eingetragen; gemeint ist wohl 'stadt-kamen'"
