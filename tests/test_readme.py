"""The README's two commands are what CI runs, and its example output is what the tool prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block and text.index(block.group(0)) < 40, "README muss mit den zwei Befehlen beginnen"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_begins_with_two_commands_and_ci_runs_the_second_verbatim() -> None:
    install_and_run, test = commands()
    assert "gremienlauf check examples/" in install_and_run
    assert "'.[test]'" in test and "pytest" in test
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_example_is_real_output(tmp_path: Path) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    vorlage = re.search(r"\(`vorlagen/jugendtreff.yaml`\):\n\n```yaml\n(.*?)```", text, re.S).group(1)
    shown = re.search(r"```console\n\$ (gremienlauf .*?)\n(.*?)```", text, re.S)
    (tmp_path / "vorlagen").mkdir()
    (tmp_path / "vorlagen" / "jugendtreff.yaml").write_text(vorlage, encoding="utf-8")
    args = shown.group(1).split()[1:]
    result = subprocess.run([sys.executable, "-m", "gremienlauf", *args], cwd=tmp_path, capture_output=True,
                            text=True, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
    assert result.stdout == shown.group(2)
