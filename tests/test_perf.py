"""What the performance work must not change: the fast paths agree with the slow reference."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from gremienlauf.engine import procedure as procedure_module
from gremienlauf.engine.procedure import TRANSITION_CHECKS, load_procedures


def _stub(outcomes: dict[str, Any], name: str) -> Any:
    return lambda step, case: outcomes[name]


@pytest.mark.parametrize("proc_id", [p.id for p in load_procedures()])
def test_replay_table_fires_exactly_as_the_transitions_machine(proc_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every state, every trigger, every combination of condition outcomes (also non-bool truthy values,
    which transitions compares with ``== True``): same acceptance and same target state."""
    outcomes: dict[str, Any] = {}
    for name in list(TRANSITION_CHECKS):
        monkeypatch.setitem(TRANSITION_CHECKS, name, _stub(outcomes, name))
    proc = next(p for p in load_procedures() if p.id == proc_id)
    machine, model = proc.machine
    used = sorted({c for t in proc.definition["transitions"] for k in ("conditions", "unless") for c in t.get(k, ())})
    compared = 0
    for values in itertools.product((True, False, "ja"), repeat=len(used)):
        outcomes.update(zip(used, values))
        for state in proc.definition["states"]:
            allowed = proc.allowed(state)
            assert allowed == tuple(t for t in machine.get_triggers(state) if t in procedure_module.TRIGGERS)
            for trigger in allowed:
                machine.set_state(state, model)
                fired = model.trigger(trigger, step=None, case=None)
                after, accepted, _ = proc._fire(state, trigger, None, None, allowed)  # type: ignore[arg-type]
                assert (accepted, after) == (fired, model.state), (state, trigger, values)
                compared += 1
    assert compared >= 10
