"""Procedures on transitions: they load, they are checked, and they cannot reach Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from gremienlauf.engine.procedure import TRANSITION_CHECKS, procedure_for
from gremienlauf.errors import ConfigError
from gremienlauf.load import engine as load_engine
from gremienlauf.load.procedures import _procedure, load_procedures
from gremienlauf.load.yamlsafe import load

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


def test_bundled_procedures_cover_both_levels_and_all_kinds_in_every_land() -> None:
    procedures = load_procedures()
    for land in ("NW", "BW", "BY", "SN"):
        for art in ("beschlussvorlage", "mitteilungsvorlage", "dringlichkeitsentscheidung", "antrag", None):
            for ebene in ("gemeinde", "kreis"):
                assert procedure_for(procedures, art, ebene, land) is not None, (land, art, ebene)


@pytest.mark.parametrize("land, ebene, expected", [
    ("NW", "gemeinde", "dringlichkeitsentscheidung-gemeinde"),
    ("NW", "kreis", "dringlichkeitsentscheidung-kreis"),
    ("BW", "gemeinde", "dringlichkeitsentscheidung-gemeinde-bw"),
    ("BW", "kreis", "dringlichkeitsentscheidung-kreis-allgemein"),
    ("BY", "gemeinde", "dringlichkeitsentscheidung-gemeinde-allgemein"),
])
def test_a_land_gets_its_own_procedure_else_the_one_without_land(land: str, ebene: str, expected: str) -> None:
    proc = procedure_for(load_procedures(), "dringlichkeitsentscheidung", ebene, land)
    assert proc is not None and proc.id == expected
    # the approval at the next session (§ 60 GO NRW, § 50 Abs. 3 KrO NRW) exists only in NRW's models
    approves = any(t["trigger"] == "genehmigen" for t in proc.definition["transitions"])
    assert approves == (land == "NW")
    assert ("dringlich_entschieden" in proc.final) == (land != "NW")


def test_nrw_only_objections_are_not_in_the_models_of_other_laender() -> None:
    """§ 7 AG-KJHG NRW (Widerspruch, Beanstandung gegen den JHA) and § 57 Abs. 4 GO NRW (Einspruch)."""
    procedures = load_procedures()
    for land in ("BW", "BY"):
        for ebene in ("gemeinde", "kreis"):
            proc = procedure_for(procedures, "beschlussvorlage", ebene, land)
            assert proc is not None
            triggers = {t["trigger"] for t in proc.definition["transitions"]}
            assert not triggers & {"beanstanden", "einspruch_erheben"}, proc.id
            # § 43 Abs. 2 GemO BW: the Bürgermeister's Widerspruch is BW's own model
            assert ("widersprechen" in triggers) == ((land, ebene) == ("BW", "gemeinde")), proc.id


def test_unknown_condition_is_refused_at_load_with_position() -> None:
    with pytest.raises(ConfigError) as info:
        procedure(condition="os.system")
    assert "unbekannte Bedingung 'os.system'" in info.value.meldung
    assert info.value.zeile == 9


def test_unreachable_state_is_refused() -> None:
    with pytest.raises(ConfigError, match="'vergessen' ist vom Anfangszustand aus nicht erreichbar"):
        procedure(extra_state=", vergessen")


def test_conditions_are_resolved_to_the_registered_checks_when_the_procedure_loads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What the YAML names is looked up once, at load; the machine is never handed a name to resolve."""
    proc = procedure()
    [guard] = [c.func for event in proc.machine[0].events.values() for ts in event.transitions.values()
               for t in ts for c in t.conditions]
    assert not isinstance(guard, str)
    monkeypatch.setitem(TRANSITION_CHECKS, "ist_beschlussgremium", lambda step, case: 1 / 0)
    assert proc.machine[0].events["beschliessen"].transitions["eingebracht"][0].conditions[0].func is guard


class _Dispatches:
    """Every event transitions dispatches, as (machine, event, state before): a wrapper around Event.trigger."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from transitions.core import Event

        self.seen: list[tuple[str, str, str]] = []
        original = Event.trigger

        def trigger(event: Event, model: object, *args: object, **kwargs: object) -> bool:
            self.seen.append((event.machine.name.rstrip(": "), event.name, model.state))
            return original(event, model, *args, **kwargs)

        monkeypatch.setattr(Event, "trigger", trigger)


def test_the_replay_fires_each_event_through_the_transitions_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    from gremienlauf.run.audit_report import build

    dispatches = _Dispatches(monkeypatch)
    report = build("examples/verlauf/kamen-widerspruch-2021.yaml", None, 10**6, (), ())
    [trace] = report.vorlagen
    whole = [("einbringen", "eingebracht"), ("beschliessen", "eingebracht"), ("widersprechen", "beschlossen"),
             ("beschliessen", "widersprochen"), ("beschliessen", "nach_widerspruch_bestaetigt")]
    assert [(s.ausloeser, s.vorher) for s in trace.schritte] == whole
    # the audit replays the Vorlage as a whole and as it stood after each step: the whole run is among them
    seen = [(event, state) for _, event, state in dispatches.seen]
    assert any(seen[i:i + len(whole)] == whole for i in range(len(seen)))
    assert {machine for machine, _, _ in dispatches.seen} == {"beschlussvorlage-gemeinde"}
    assert trace.endstand == "vertretung_entschieden"


def test_a_check_of_the_examples_fires_transitions_events(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from gremienlauf.run.pipeline import Options, run

    dispatches = _Dispatches(monkeypatch)
    report = run(load_engine(), ["examples"], Options(date(2026, 6, 30)))
    bundled = {p.id for p in load_procedures()}
    assert report.geprueft and len(dispatches.seen) >= len(report.geprueft)
    assert {machine for machine, _, _ in dispatches.seen} <= bundled
    assert {event for _, event, _ in dispatches.seen} >= {"einbringen", "beschliessen", "vorberaten"}


def test_mermaid_diagram_of_every_procedure(tmp_path: Path) -> None:
    from gremienlauf.formats.reference import mermaid

    for proc in load_procedures():
        text = mermaid(proc)
        assert text.startswith(f"---\ntitle: {proc.titel}\n---\nstateDiagram-v2\n")
        assert "Class " not in text
        for state in proc.definition["states"]:
            assert f'state "{state}" as {state}' in text
        for state in proc.final:
            assert f"{state} --> [*]" in text
