"""Every bundled rule is specified both ways: a scenario where it fires and one where it stays silent."""

from __future__ import annotations

from pathlib import Path

from gremienlauf.load.packs import load_packs
from gremienlauf.spec.coverage import coverage

FEATURES = sorted((Path(__file__).resolve().parent.parent / "features").glob("*.feature"))


def test_every_step_in_every_feature_is_defined() -> None:
    assert FEATURES
    assert coverage(FEATURES).undefined == []


def test_every_bundled_rule_fires_and_stays_silent_in_some_scenario() -> None:
    found = coverage(FEATURES)
    codes = sorted({r.code for p in load_packs() for r in p.rules})
    assert len(codes) >= 35
    missing = [(c, "feuert nie") for c in codes if c not in found.fires]
    missing += [(c, "schweigt nie") for c in codes if c not in found.silent]
    assert not missing, missing


def test_features_are_german() -> None:
    for path in FEATURES:
        assert path.read_text(encoding="utf-8").startswith("# language: de\n"), path
