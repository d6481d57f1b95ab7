"""constraints.txt pins a tested version of every package the test command installs, inside pyproject's ranges."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def pins() -> dict[str, str]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: '{line}' ist kein festes '=='"
            out[canonicalize_name(name)] = version
    return out


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["test"]]]


def test_every_pin_lies_inside_the_declared_range() -> None:
    pinned = pins()
    for req in declared():
        name = canonicalize_name(req.name)
        if req.marker is not None and not req.marker.evaluate():
            continue
        assert name in pinned, f"{req.name} fehlt in constraints.txt"
        assert req.specifier.contains(pinned[name], prereleases=True), f"{req.name}=={pinned[name]} verletzt {req}"


def test_everything_the_test_extras_pull_in_is_pinned() -> None:
    pinned, seen = pins(), set()
    todo = [(req, "") for req in declared()]
    while todo:
        req, extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        seen.add(name)
        assert name in pinned, f"{req.name} wird installiert, ist aber nicht in constraints.txt festgelegt"
        for extra_name in req.extras or {""}:
            todo += [(Requirement(r), extra_name) for r in (metadata.requires(req.name) or ())]
    assert len(seen) > 20  # the walk really followed the dependency tree
