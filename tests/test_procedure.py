"""Procedures on transitions: they load, they are checked, and they cannot reach Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from gremienlauf.engine.procedure import SafeMachine, _procedure, load_procedures, procedure_for
from gremienlauf.errors import ConfigError
from gremienlauf.readers.yamlsafe import load

BASE = """verfahren:
  id: test
  titel: Test
  gilt_fuer: {{art: [beschlussvorlage], ebene: [gemeinde]}}
initial: eingebracht
final: [beschlossen]
states: [eingebracht, beschlossen{extra_state}]
transitions:
  - {{trigger: beschliessen, source: eingebracht, dest: beschlossen, conditions: [{condition}]}}
"""


def procedure(condition: str = "ist_beschlussgremium", extra_state: str = "") -> object:
    return _procedure(load(BASE.format(condition=condition, extra_state=extra_state), "p.yaml"))


def test_bundled_procedures_cover_both_levels_and_all_kinds() -> None:
    procedures = load_procedures()
    for art in ("beschlussvorlage", "mitteilungsvorlage", "dringlichkeitsentscheidung", "antrag", None):
        for ebene in ("gemeinde", "kreis"):
            assert procedure_for(procedures, art, ebene) is not None, (art, ebene)


def test_unknown_condition_is_refused_at_load_with_position() -> None:
    with pytest.raises(ConfigError) as info:
        procedure(condition="os.system")
    assert "unbekannte Bedingung 'os.system'" in info.value.meldung
    assert info.value.zeile == 9


def test_unreachable_state_is_refused() -> None:
    with pytest.raises(ConfigError, match="'vergessen' ist vom Anfangszustand aus nicht erreichbar"):
        procedure(extra_state=", vergessen")


def test_string_callbacks_never_resolve_to_importable_names() -> None:
    with pytest.raises(KeyError):
        SafeMachine.resolve_callable("builtins.print", None)
    assert callable(SafeMachine.resolve_callable("ist_vertretung", None))


def test_mermaid_diagram_of_every_procedure(tmp_path: Path) -> None:
    from gremienlauf.docs import mermaid

    for proc in load_procedures():
        text = mermaid(proc)
        assert text.startswith(f"---\ntitle: {proc.titel}\n---\nstateDiagram-v2\n")
        assert "Class " not in text
        for state in proc.definition["states"]:
            assert f'state "{state}" as {state}' in text
        for state in proc.final:
            assert f"{state} --> [*]" in text
