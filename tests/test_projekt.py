"""A municipality's repository is found from the checked paths or the working directory, never beyond
its git root, and what the user names on the command line wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from gremienlauf.errors import ConfigError
from gremienlauf.load.projekt import find, find_from, sources


def project(root: Path, registry: bool = True, rules: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if registry:
        (root / "koerperschaften.yaml").write_text("koerperschaften: []\n", encoding="utf-8")
    if rules:
        (root / "regeln").mkdir()
    (root / "vorlagen" / "2026").mkdir(parents=True)
    return root


def test_found_upwards_from_a_file_deep_inside(tmp_path: Path) -> None:
    root = project(tmp_path / "gemeinde")
    vorlage = root / "vorlagen" / "2026" / "v.yaml"
    vorlage.write_text("", encoding="utf-8")
    assert find_from(vorlage) is not None and find_from(vorlage).root == root.resolve()


def test_either_marker_suffices(tmp_path: Path) -> None:
    assert find_from(project(tmp_path / "a", registry=False)).regeln is not None
    only_registry = find_from(project(tmp_path / "b", rules=False))
    assert only_registry.regeln is None and only_registry.koerperschaften is not None


def test_search_stops_at_the_git_root(tmp_path: Path) -> None:
    outer = project(tmp_path / "aussen")
    repo = outer / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "vorlagen").mkdir()
    assert find_from(repo / "vorlagen") is None


def test_paths_decide_before_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = project(tmp_path / "hier")
    there = project(tmp_path / "dort")
    monkeypatch.chdir(here)
    assert find([str(there / "vorlagen")]).root == there.resolve()
    assert find(["-"]).root == here.resolve()
    assert find([]).root == here.resolve()


def test_two_projects_in_one_run_are_refused(tmp_path: Path) -> None:
    a, b = project(tmp_path / "a"), project(tmp_path / "b")
    with pytest.raises(ConfigError, match="verschiedenen Projekten"):
        find([str(a / "vorlagen"), str(b / "vorlagen")])


def test_named_options_win_per_kind_and_ohne_projekt_switches_off(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    project(tmp_path / "g")
    monkeypatch.chdir(tmp_path / "g")
    assert sources((), ()) == (("koerperschaften.yaml",), ("regeln",))
    assert sources(("x.yaml",), ()) == (("x.yaml",), ("regeln",))
    assert sources((), ("r",)) == (("koerperschaften.yaml",), ("r",))
    assert sources((), (), ohne_projekt=True) == ((), ())
