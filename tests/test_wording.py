"""German wording: quotation marks inside quotation marks, display names of registry values."""

from __future__ import annotations

import pytest

from gremienlauf.engine.rules import render
from gremienlauf.names import nest_quotes, quote, typ_name


@pytest.mark.parametrize("text, expected", [
    ("„Ausschuss „Jugend und Familie““", "„Ausschuss ‚Jugend und Familie‘“"),
    ("„A“ und „B“", "„A“ und „B“"),
    ("„a „b „c“ b“ a“", "„a ‚b „c“ b‘ a“"),
    ("ohne Anführungszeichen", "ohne Anführungszeichen"),
    ("“ allein", "“ allein"),
])
def test_quotes_inside_quotes_become_single_marks(text: str, expected: str) -> None:
    assert nest_quotes(text) == expected


def test_a_rule_message_quoting_a_name_with_quotes_nests_them() -> None:
    values = {"gremium": "Ausschuss „Soziales“"}
    assert render("Die Beratung in „{gremium}“ fehlt.", values) == "Die Beratung in „Ausschuss ‚Soziales‘“ fehlt."
    assert quote("Ausschuss „Soziales“") == "„Ausschuss ‚Soziales‘“"


@pytest.mark.parametrize("typ, shown", [
    ("kreisangehoerige_gemeinde", "kreisangehörige Gemeinde"), ("kreisfreie_stadt", "kreisfreie Stadt"),
    ("grosse_kreisstadt", "Große Kreisstadt"), ("kreis", "Kreis"),
    ("amtsangehoerige_gemeinde", "amtsangehörige gemeinde"),  # not in the table: still words
])
def test_typ_values_read_as_german_words(typ: str, shown: str) -> None:
    assert typ_name(typ) == shown
