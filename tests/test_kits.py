"""The CI kits work as documented: the repository's pre-commit hooks through ``pre-commit try-repo``,
and the pre-commit, GitHub Actions and GitLab files that ``init`` writes, run step by step offline."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gremienlauf.load.files import read_yaml

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = ROOT / "tests" / ".cache" / "wheelhouse"
SARIF_SCHEMA = ROOT / "tests" / ".cache" / "sarif-schema-2.1.0.json"
BIN = Path(sys.executable).parent
BROKEN = """koerperschaft: stadt-musterstadt
vorlage:
  nummer: "017/2026"
  art: beschlussvorlage
  betreff: Haushaltssatzung 2027
  gegenstand: [haushaltssatzung]
  beschlussgremium: Haupt- und Finanzausschuss
  beratungsfolge:
    - {gremium: Haupt- und Finanzausschuss, sitzung: 2026-11-10, rolle: entscheidung, ergebnis: beschlossen}
"""


def sh(command: list[str] | str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, "NO_COLOR": "1", "GREMIENLAUF_STICHTAG": "2026-11-23",
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", **(env or {})}
    full.pop("GITHUB_ACTIONS", None)
    return subprocess.run(command, cwd=cwd, text=True, capture_output=True, env=full, timeout=300,
                          shell=isinstance(command, str))


def git_repo(path: Path) -> None:
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.email=test@gremienlauf.invalid", "-c", "user.name=test", "commit", "-qm", "x"]):
        subprocess.run(["git", *args], cwd=path, check=True, capture_output=True)


@pytest.fixture
def gemeinde(tmp_path: Path) -> Path:
    result = sh([sys.executable, "-m", "gremienlauf", "init", "gemeinde", "--koerperschaft", "Stadt Musterstadt",
                 "--typ", "kreisangehoerige_stadt", "--land", "NW", "--kreis", "kreis-unna"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    git_repo(tmp_path / "gemeinde")
    return tmp_path / "gemeinde"


def source_copy(target: Path) -> Path:
    """This working tree (tracked and new files, not ignored ones) as a committed repository: what
    ``try-repo`` would see after a commit."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            check=True, capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        if (ROOT / rel).is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, target / rel)
    git_repo(target)
    return target


def test_pre_commit_try_repo_installs_and_runs_the_hooks_offline(tmp_path: Path, gemeinde: Path) -> None:
    assert any(WHEELHOUSE.glob("hatchling-*.whl")), "Wheelhouse fehlt: erst python tests/fetch_schemas.py ausführen"
    source = source_copy(tmp_path / "gremienlauf-src")
    # Without this test environment on PATH, only the gremienlauf that pre-commit installed from the
    # wheelhouse into its own environment can answer.
    offline = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELHOUSE), "PRE_COMMIT_HOME": str(tmp_path / "pc"),
               "PIP_CONFIG_FILE": os.devnull, "PATH": "/usr/local/bin:/usr/bin:/bin"}
    passed = sh([sys.executable, "-m", "pre_commit", "try-repo", str(source), "--all-files"], gemeinde, offline)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    for hook in ("Vorlagen und Tagesordnungen prüfen", "örtliche Regeln prüfen", "Szenarien ausführen"):
        assert any(hook in line and line.endswith("Passed") for line in passed.stdout.splitlines()), hook

    (gemeinde / "vorlagen" / "haushalt.yaml").write_text(BROKEN, encoding="utf-8")
    failed = sh([sys.executable, "-m", "pre_commit", "try-repo", str(source), "gremienlauf-check",
                 "--files", "vorlagen/haushalt.yaml"], gemeinde, offline)
    assert failed.returncode == 1, failed.stdout
    assert "Failed" in failed.stdout and "7:3     Fehler   GO001" in failed.stdout


def test_the_generated_pre_commit_config_uses_the_installed_gremienlauf(gemeinde: Path, tmp_path: Path) -> None:
    env = {"PRE_COMMIT_HOME": str(tmp_path / "pc")}
    passed = sh([sys.executable, "-m", "pre_commit", "run", "--all-files"], gemeinde, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stdout.count("Passed") == 3
    (gemeinde / "vorlagen" / "haushalt.yaml").write_text(BROKEN, encoding="utf-8")
    failed = sh([sys.executable, "-m", "pre_commit", "run", "--files", "vorlagen/haushalt.yaml"], gemeinde, env)
    assert failed.returncode == 1 and "GO001" in failed.stdout


def run_steps(commands: list[str], cwd: Path) -> list[subprocess.CompletedProcess]:
    """Every command of a CI file except installing gremienlauf (already installed, and no network)."""
    return [sh(c, cwd) for c in commands if not c.startswith("pip install")]


def test_github_workflow_annotates_and_writes_valid_sarif(gemeinde: Path) -> None:
    import jsonschema

    workflow = read_yaml(gemeinde / ".github" / "workflows" / "gremienlauf.yml").value
    steps = workflow["jobs"]["pruefen"]["steps"]
    commands = [s["run"] for s in steps if "run" in s]
    assert commands[0] == 'pip install "$GREMIENLAUF_PAKET"' and workflow["on"] == ["push", "pull_request"]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "gremienlauf.sarif" and upload["if"] == "always()"
    assert workflow["permissions"]["security-events"] == "write"
    assert [r.returncode for r in run_steps(commands, gemeinde)] == [0, 0, 0, 0]

    (gemeinde / "vorlagen" / "haushalt.yaml").write_text(BROKEN, encoding="utf-8")
    lint, verify, annotate, sarif = run_steps(commands, gemeinde)
    assert (lint.returncode, verify.returncode, annotate.returncode, sarif.returncode) == (0, 0, 1, 0)
    assert annotate.stdout.startswith("::error file=vorlagen/haushalt.yaml,line=7,col=3,title=GO001 017/2026::")
    report = json.loads((gemeinde / "gremienlauf.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(report, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    results = report["runs"][0]["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in results] == [
        ("GO001", "vorlagen/haushalt.yaml")]


def test_gitlab_job_writes_a_junit_report_gitlab_reads(gemeinde: Path) -> None:
    from junitparser import Failure, JUnitXml

    job = read_yaml(gemeinde / ".gitlab-ci.yml").value["gremienlauf"]
    assert job["artifacts"] == {"when": "always", "reports": {"junit": "gremienlauf.xml"}}
    assert [r.returncode for r in run_steps(job["script"], gemeinde)] == [0, 0, 0, 0]

    (gemeinde / "vorlagen" / "haushalt.yaml").write_text(BROKEN, encoding="utf-8")
    codes = [r.returncode for r in run_steps(job["script"], gemeinde)]
    assert codes == [0, 0, 0, 1], "der JUnit-Schritt lässt den Job bei Fehlern scheitern"
    xml = JUnitXml.fromfile(str(gemeinde / "gremienlauf.xml"))
    failures = [(suite.name, case.name, result.type) for suite in xml for case in suite
                for result in case.result if isinstance(result, Failure)]
    assert len(failures) == 1 and failures[0][:2] == ("./vorlagen/haushalt.yaml", "017/2026"), failures
    assert failures[0][2] == "GO001"
