"""Every field of every text fixture: the value the text states, or "nicht erkannt" where it is silent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from text_accuracy import FIXTURES, expected, score

CASES = [(group, name, want) for group, files in expected().items() for name, want in files.items()]


@pytest.mark.parametrize("group, name, want", CASES, ids=[f"{g}/{n}" for g, n, _ in CASES])
def test_fields_as_the_text_states_them(group: str, name: str, want: dict[str, Any],
                                        request: pytest.FixtureRequest) -> None:
    if group == "seeds":
        request.getfixturevalue("shared")
    result = score(group, name, want)
    wrong = {field: got for field, (ok, got) in result.items() if not ok}
    assert not wrong, f"{name}: falsch gelesen {wrong}"
    assert set(result) == set(expected()["seeds"]["000_2362a77134e809c8.txt"])  # every field is judged


def test_fixture_folders_exist() -> None:
    assert FIXTURES["ris"].is_dir() and len(list(Path(FIXTURES["ris"]).glob("*.txt"))) == len(expected()["ris"])
