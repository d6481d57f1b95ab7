"""OCR tolerance on the real noise of seed 004 (Kreis Coesfeld): repaired where certain, else kept."""

from __future__ import annotations

import pytest

from gremienlauf.model.parsed import Parsed
from gremienlauf.readers.text.normalise import Line, key, lines_of, paragraphs, repair
from gremienlauf.readers.text.sections import heading_kind, norms


@pytest.mark.parametrize("noisy, clean", [
    ("Begriindung:", "Begründung:"),
    ("V. Zustandigkeit fiir die Entscheidung", "V. Zuständigkeit für die Entscheidung"),
    ("der bestehenden MalRnahmen", "der bestehenden Maßnahmen"),
    ("regelmaRigen Austausch Gber die", "regelmaßigen Austausch über die"),
    ("Kommunales Praventionsketten", "Kommunales Präventionsketten"),
    ("ist der Jugendhilfeausschuss flr die Entscheidung grundsatzlich zustandig",
     "ist der Jugendhilfeausschuss für die Entscheidung grundsätzlich zuständig"),
    ("Uber das Ergebnis wird berichtet. Dann Uber das", "Über das Ergebnis wird berichtet. Dann über das"),
    ("ll. Losung", "II. Losung"),        # "Losung" is a German word: not turned into "Lösung"
    ("lll. Alternativen", "III. Alternativen"),
    ("Stadtentwicklung der Stadte", "Stadtentwicklung der Städte"),
    ("Iasst sich", "Iasst sich"),        # I/l at a word start is ambiguous: left as written
])
def test_repair_is_certain_or_leaves_the_text(noisy: str, clean: str) -> None:
    assert repair(noisy) == clean


def test_broken_hyphenation_is_joined_but_real_hyphens_stay() -> None:
    text = "Die Praven-\ntionsketten zum Auf-\nund Ausbau weiter-\n\nzuentwickeln (siehe Anlage 1 zu SV-9-\n1217)."
    assert paragraphs(lines_of(text)) == [
        "Die Präventionsketten zum Auf- und Ausbau weiterzuentwickeln (siehe Anlage 1 zu SV-9-1217)."]


def test_blank_line_inside_a_sentence_does_not_split_it() -> None:
    text = "der Gemeinden Bönen und\n\nHolzwickede) an einer Bewerbung beteiligt.\n\nNeuer Absatz."
    assert paragraphs(lines_of(text)) == ["der Gemeinden Bönen und Holzwickede) an einer Bewerbung beteiligt.",
                                          "Neuer Absatz."]


def test_spaces_nbsp_and_soft_hyphens_are_normalised_line_numbers_kept() -> None:
    lines = lines_of("\ufeffA\u00a0B\u00ad C  \n\u00a0\nD\tE")
    assert [(x.no, x.text) for x in lines] == [(1, "A B C"), (2, ""), (3, "D E")]


@pytest.mark.parametrize("line, kind", [
    ("Begriindung:", "text"), (" Beschlussvorschlag: ", "beschlussvorschlag"), ("Beschlußvorschlag",
                                                                                "beschlussvorschlag"),
    ("V. Zustandigkeit fiir die Entscheidung", "zustaendigkeit"), ("l. Problem", "text"),
    ("Sachverhalt und Begründung (einschl. finanzielle Möglichkeit der Verwirklichung):", "text"),
    ("Bericht über die Kinderschutzkonzepte der Kitas", None),  # a Betreff, not the heading "Bericht"
    ("(Beratungsfolge geändert)", None),
])
def test_headings_match_through_ocr_noise(line: str, kind: str | None) -> None:
    assert heading_kind(Line(1, line.strip())) == kind


def test_labels_fold_alike() -> None:
    assert key("Begriindung") == key("Begründung") == key("BEGRUENDUNG")
    assert key("Zustandigkeit fiir") == key("Zuständigkeit für")
    assert key("Mallnahmen") == key("MalRnahmen") == key("Maßnahmen")


def test_sgb_viii_read_from_ocr_only_with_jugendhilfe_in_the_sentence() -> None:
    parsed = Parsed("x.txt")
    norms(parsed, "Gemäß § 71 SGB VIl in Verbindung mit § 5 der Satzung für das Jugendamt des Kreises Coesfeld "
                  "ist der Jugendhilfeausschuss zuständig.", 92)
    assert parsed.value("rechtsgrundlagen") == ["§ 71 SGB VIII",
                                                "§ 5 der Satzung für das Jugendamt des Kreises Coesfeld"]
    assert parsed.fields["rechtsgrundlagen"].zeile == 92
    doubtful = Parsed("y.txt")
    norms(doubtful, "Nach § 2 SGB VIl ist die Unfallkasse zuständig.", 3)
    assert doubtful.value("rechtsgrundlagen") == ["§ 2 SGB VIl"]
    assert doubtful.lesehinweise and "VII, VIII" in doubtful.lesehinweise[0]
