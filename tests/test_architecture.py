"""Import contracts and module size: data flows one way, and modules stay readable."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "gremienlauf"

# layer → packages it must never import
FORBIDDEN = {
    "engine": ("gremienlauf.cli", "gremienlauf.formats", "gremienlauf.pipeline", "gremienlauf.spec"),
    "readers": ("gremienlauf.engine", "gremienlauf.cli", "gremienlauf.formats"),
    "formats": ("gremienlauf.engine", "gremienlauf.readers", "gremienlauf.cli", "gremienlauf.pipeline"),
    "model.py": ("gremienlauf.",),
    "trace.py": ("gremienlauf.engine", "gremienlauf.readers", "gremienlauf.cli", "gremienlauf.formats",
                 "gremienlauf.pipeline"),
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_do_not_reach_upwards(layer: str) -> None:
    target = PACKAGE / layer
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    assert files
    for path in files:
        bad = sorted(i for i in imports(path) if i.startswith(FORBIDDEN[layer]))
        assert not bad, f"{path.relative_to(PACKAGE)} importiert {bad}"


def test_modules_stay_short() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 400, f"{path.relative_to(PACKAGE)} hat {lines} Zeilen"


def test_no_eval_exec_or_unsafe_yaml_anywhere() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("eval", "exec", "__import__"), path
            if isinstance(node, ast.Attribute) and node.attr in ("UnsafeLoader", "FullLoader", "unsafe_load"):
                raise AssertionError(f"{path}: {node.attr}")
            if isinstance(node, ast.Attribute) and node.attr == "load" and getattr(node.value, "id", "") == "yaml":
                raise AssertionError(f"{path}: yaml.load")
