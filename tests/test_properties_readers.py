"""Property-based tests for the text reader and the OParl normaliser (the YAML reader and the engine's
metamorphic properties are in test_properties.py): any input gives Vorlagen or a clean InputError.

Inputs are built from the pieces real files are made of (headings, Gremium names, dates, table rows,
hyphenated words; OParl objects with every field of the wrong type), so that the readers' deeper paths
are reached, not only their first refusal. The fuzz targets (fuzz/) get bounded time below as well.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.run import fuzz
from fuzz.targets import TARGETS, oparl_json, text

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

PIECES = ["Stadt Kamen", "Kreis Unna", "Rat der Stadt Kamen", "Beratungsfolge:", "Beratungsfolge", "Betreff:",
          "Vorlage", "Beschlussvorlage", "Mitteilungsvorlage", "Beschlussvorschlag:", "Sachverhalt:", "Datum",
          "19.03.2012", "30.02.2025", "2026-11-23", "Jugendhilfeausschuss", "Haupt- und Finanzausschuss", "Rat",
          "Vorberatung", "Entscheidung", "Kenntnisnahme", "Ö", "N", "TOP 5", "Präven-", "tionsketten", "Auf-",
          "und", "|", "\t", "  ", "-", "Der Rat beschließt:", "Anlage", "Seite 1 von 2", "Drucksache Nr. 026/2012",
          "einstimmig beschlossen", "vertagt", "fiir", "MalRnahmen", "\u00ad", "\ufeff", "\u202e"]
lines = st.lists(st.sampled_from(PIECES) | st.text(max_size=20), max_size=5).map(" ".join)
documents = st.lists(lines, max_size=40).map("\n".join)


@SETTINGS
@given(documents, st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_is_read_or_refused_cleanly(document: str, encoding: str, newline: str) -> None:
    text(document.replace("\n", newline).encode(encoding, errors="replace"))


T = "https://schema.oparl.org/1.1/"
BASE = "https://ris.beispiel.invalid/oparl/"
junk = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False), st.text(max_size=8),
                 st.sampled_from(["", " ", "N/A", "2026-02-30", "2026-03-01T17:00:00+01:00", "9999-12-31",
                                  BASE + "m/1", BASE + "org/1", BASE + "papers/1", T + "Meeting"]))
json_values = st.recursive(junk, lambda inner: st.lists(inner, max_size=3) |
                           st.dictionaries(st.sampled_from(["id", "type", "name", "start", "meeting", "organization",
                                                            "role", "result", "date"]), inner, max_size=4),
                           max_leaves=8)


@st.composite
def papers(draw: st.DrawFn) -> dict[str, Any]:
    """A Paper whose fields, and those of its Consultations and Meetings, may hold anything."""
    def field(good: Any) -> Any:
        return draw(st.one_of(st.just(good), json_values))

    meeting = {"id": field(BASE + "m/1"), "type": field(T + "Meeting"), "start": field("2026-03-01T17:00:00+01:00"),
               "organization": field([BASE + "org/1"]), "cancelled": field(False)}
    consultation = {"id": field(BASE + "c/1"), "type": field(T + "Consultation"), "role": field("Vorberatung"),
                    "organization": field([{"id": BASE + "org/1", "type": T + "Organization", "name": "Rat"}]),
                    "meeting": field(meeting), "agendaItem": field(None), "authoritative": field(True)}
    paper = {"id": field(BASE + "papers/1"), "type": field(T + "Paper"), "name": field("Neubau Kita"),
             "reference": field("1/2026"), "paperType": field("Beschlussvorlage"), "date": field("2026-02-01"),
             "body": field(BASE + "bodies/1"), "consultation": field([consultation]), "deleted": field(False)}
    return {k: v for k, v in paper.items() if not draw(st.booleans()) or k in ("id", "type")}


@SETTINGS
@given(st.one_of(papers(), st.lists(papers(), max_size=3).map(lambda d: {"data": d, "links": {}}), json_values))
def test_any_oparl_json_is_read_or_refused_cleanly(value: Any) -> None:
    oparl_json(json.dumps(value, ensure_ascii=False).encode("utf-8"))


def test_each_fuzz_target_runs_for_a_bounded_time_without_a_crash() -> None:
    for name in TARGETS:
        assert fuzz(name, seconds=3.0, rounds_of=25) > 20
