"""Binds the package's German step library to pytest-bdd and provides shared fixtures."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any, Callable

import pytest
from pytest_bdd import parsers, step

from gremienlauf.spec.steps import STEPS, TYPES
from gremienlauf.spec.world import Unavailable, World

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def world() -> World:
    return World(base=ROOT)


def _skipping(func: Callable[..., None]) -> Callable[..., None]:
    """A step that finds its input absent (the shared seeds) skips the scenario, as `verify` does."""
    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            func(*args, **kwargs)
        except Unavailable as exc:
            pytest.skip(str(exc))
    return run


for _i, _definition in enumerate(STEPS):
    globals()[f"_gremienlauf_step_{_i}"] = step(parsers.parse(_definition.pattern, TYPES))(_skipping(_definition.func))


@pytest.fixture
def shared() -> Path:
    """The shared seeds and OParl corpus next to the repository (CI always has them)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} fehlt: Seeds und OParl-Korpus liegen nur neben dem Repository")
    return SHARED


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    os.environ.pop("FORCE_COLOR", None)
