"""Import contracts and module size: data flows one way, and modules stay readable."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "gremienlauf"

# The three contracts of DESIGN.md: the engine judges values it is given; formats render finished results;
# nothing imports in a circle. Around them, each layer's direction: read → model → judge → render.
ONLY = {
    "engine": ("gremienlauf.engine", "gremienlauf.model", "gremienlauf.errors", "gremienlauf.names"),
    "model": ("gremienlauf.model",),
    "errors.py": (),
    "names.py": (),
}
FORBIDDEN = {
    "formats": ("gremienlauf.load", "gremienlauf.readers", "gremienlauf.engine", "gremienlauf.run",
                "gremienlauf.cli", "gremienlauf.spec"),
    "readers": ("gremienlauf.engine", "gremienlauf.formats", "gremienlauf.run", "gremienlauf.cli", "gremienlauf.spec"),
    "load": ("gremienlauf.readers", "gremienlauf.formats", "gremienlauf.run", "gremienlauf.cli", "gremienlauf.spec"),
    "run": ("gremienlauf.cli",),
    "spec": ("gremienlauf.cli",),
}


def imports(path: Path) -> set[str]:
    """What a module imports when it runs; imports under ``if TYPE_CHECKING:`` only name types for mypy."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "gremienlauf":
            found.update(f"gremienlauf.{alias.name}" for alias in node.names)  # from gremienlauf.load import schemas
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def files_of(layer: str) -> list[Path]:
    target = PACKAGE / layer
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    assert files
    return files


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_do_not_reach_upwards(layer: str) -> None:
    for path in files_of(layer):
        bad = sorted(i for i in imports(path) if i.startswith(FORBIDDEN[layer]))
        assert not bad, f"{path.relative_to(PACKAGE)} importiert {bad}"


@pytest.mark.parametrize("layer", sorted(ONLY))
def test_layers_import_only_what_they_may(layer: str) -> None:
    for path in files_of(layer):
        bad = sorted(i for i in imports(path) if i.startswith("gremienlauf.") and not i.startswith(ONLY[layer]))
        assert not bad, f"{path.relative_to(PACKAGE)} importiert {bad}"


def package_cycles() -> set[frozenset[str]]:
    """Strongly connected groups of gremienlauf's subpackages, by which package imports which."""
    packages = sorted(d.name for d in PACKAGE.iterdir() if (d / "__init__.py").is_file())
    edges: dict[str, set[str]] = {p: set() for p in packages}
    for package in packages:
        for path in (PACKAGE / package).rglob("*.py"):
            for name in imports(path):
                target = name.split(".")[1] if name.startswith("gremienlauf.") else ""
                if target in edges and target != package:
                    edges[package].add(target)

    def reachable(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in edges[todo.pop()] - seen:
                seen.add(nxt)
                todo.append(nxt)
        return seen

    reach = {p: reachable(p) for p in packages}
    return {frozenset(q for q in packages if q == p or (q in reach[p] and p in reach[q]))
            for p in packages if p in reach[p]}


def test_no_package_cycles() -> None:
    assert package_cycles() == set()


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


def test_every_renderer_takes_report_out_and_options() -> None:
    """One interface for every format: a command hands over the options and never asks which renderer it holds."""
    import inspect

    from gremienlauf.formats import FORMATS as REPORT_FORMATS
    from gremienlauf.formats import renderer
    from gremienlauf.formats.audit import FORMATS as AUDIT_FORMATS
    from gremienlauf.formats.audit import renderer as audit_renderer

    renderers = [renderer(name) for name in REPORT_FORMATS] + [audit_renderer(name) for name in AUDIT_FORMATS]
    for render in renderers:
        assert list(inspect.signature(render).parameters) == ["report", "out", "options"], render.__module__
    assert not any("__module__" in p.read_text(encoding="utf-8") for p in (PACKAGE / "cli").glob("*.py"))


def _readme_tree() -> dict[str, str]:
    """The tree in the README's section "Aufbau": first-level name → its description (all lines)."""
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Aufbau", 1)[1].split("```", 2)[1]
    tree: dict[str, str] = {}
    names: list[str] = []
    for line in block.splitlines():
        if line.startswith("  ") and not line.startswith("   "):
            head, _, text = line.strip().partition("  ")
            names = head.split()
            for name in names:
                tree[name] = text
        elif line.startswith("   ") and names:
            for name in names:
                tree[name] += " " + line.strip()
    return tree


def test_readme_tree_matches_the_package() -> None:
    """The README names every package and top-level module, and in each layer every module it holds."""
    tree = _readme_tree()
    present = {p.name + ("/" if p.is_dir() else "") for p in PACKAGE.iterdir()
               if not p.name.startswith("__") and p.name != "py.typed" and p.suffix != ".pyc"}
    assert set(tree) == present
    for layer in ("model", "load", "readers", "engine", "run", "formats", "spec"):
        words = set(re.findall(r"[a-z_]+", tree[layer + "/"]))
        stems = {p.stem for p in (PACKAGE / layer).iterdir() if p.suffix == ".py" and p.stem != "__init__"}
        stems |= {p.name for p in (PACKAGE / layer).iterdir() if (p / "__init__.py").is_file()}
        assert stems <= words, f"{layer}/: im README fehlt {sorted(stems - words)}"
