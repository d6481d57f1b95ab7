"""Binds the package's German step library to pytest-bdd and provides shared fixtures."""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
            absent(str(exc))
    return run


for _i, _definition in enumerate(STEPS):
    globals()[f"_gremienlauf_step_{_i}"] = step(parsers.parse(_definition.pattern, TYPES))(_skipping(_definition.func))


@pytest.fixture
def shared() -> Path:
    """The shared seeds and OParl corpus next to the repository (CI always has them)."""
    if not SHARED.is_dir():
        absent(f"{SHARED} fehlt: Seeds und OParl-Korpus liegen nur neben dem Repository")
    return SHARED


def absent(reason: str) -> None:
    """Input beside the repository is missing: a fresh clone skips and says why (pytest -rs prints it);
    CI always lays ../shared out, so there a missing input is a failure, never a silent skip."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (in CI ist ../shared immer vorhanden)")
    pytest.skip(reason)


_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """The bundled-data cache of this test run lives in a temp dir, never in the user's home; set before
    collection (parametrised tests load procedures then), inherited by subprocesses. Cache tests set
    their own."""
    if "GREMIENLAUF_CACHE" not in os.environ:
        _CACHE.append(tempfile.mkdtemp(prefix="gremienlauf-test-cache-"))
        os.environ["GREMIENLAUF_CACHE"] = _CACHE[0]


def pytest_unconfigure(config: pytest.Config) -> None:
    for path in _CACHE:
        shutil.rmtree(path, ignore_errors=True)
        os.environ.pop("GREMIENLAUF_CACHE", None)


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    os.environ.pop("FORCE_COLOR", None)
