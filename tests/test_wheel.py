"""The built wheel carries the bundled data and works from any directory, without the source tree."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_into_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "--wheel-dir", str(wheels), str(ROOT)], check=True, capture_output=True)
    wheel = next(wheels.glob("gremienlauf-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for folder, suffix in (("rules", ".yaml"), ("procedures", ".yaml"), ("bodies", ".yaml"),
                           ("schemas", ".json"), ("vocabulary", ".yaml"), ("templates/gemeinde", ".tmpl"),
                           ("normen", ".yaml"), ("laender", ".yaml"), ("formats/templates", ".j2")):
        assert any(n.startswith(f"gremienlauf/{folder}/") and n.endswith(suffix) for n in names), folder

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                   check=True, capture_output=True)
    # The runtime dependencies come from this test environment (no network in tests); gremienlauf
    # itself must come from the wheel, so only plain directories are appended, no editable finders.
    venv_site = Path(subprocess.run([str(bin_dir / "python"), "-c",
                                     "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                    check=True, capture_output=True, text=True).stdout.strip())
    (venv_site / "deps-from-test-env.pth").write_text(
        "\n".join(sorted({sysconfig.get_paths()["purelib"], *site.getsitepackages()})) + "\n", encoding="utf-8")

    elsewhere = tmp_path / "anderswo"
    elsewhere.mkdir()
    where = subprocess.run([str(bin_dir / "python"), "-c", "import gremienlauf; print(gremienlauf.__file__)"],
                           cwd=elsewhere, capture_output=True, text=True, check=True).stdout
    assert str(venv) in where
    listing = subprocess.run([str(bin_dir / "gremienlauf"), "rules", "list"], cwd=elsewhere, capture_output=True,
                             text=True, env={**os.environ, "NO_COLOR": "1"})
    assert listing.returncode == 0, listing.stderr
    assert "JH001" in listing.stdout and "KC001" in listing.stdout
    (elsewhere / "v.yaml").write_text((ROOT / "examples" / "vorlagen" / "kamen-026-2012.yaml").read_text("utf-8"),
                                      encoding="utf-8")
    checked = subprocess.run([str(bin_dir / "gremienlauf"), "check", "v.yaml"], cwd=elsewhere, capture_output=True,
                             text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # init's templates come from the wheel; the municipality repository works at once.
    made = subprocess.run([str(bin_dir / "gremienlauf"), "init", "gemeinde", "--koerperschaft", "Stadt Kamen"],
                          cwd=elsewhere, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    verified = subprocess.run([str(bin_dir / "gremienlauf"), "verify"], cwd=elsewhere / "gemeinde",
                              capture_output=True, text=True)
    assert verified.returncode == 0 and "4 bestanden" in verified.stdout, verified.stdout + verified.stderr


def test_sdist_and_wheel_build_and_pass_twine_check(tmp_path: Path) -> None:
    # publishable as it stands: both archives build offline (hatchling from the test extras) and
    # their metadata, README included, renders on the package index
    built = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    archives = sorted(p.name for p in tmp_path.iterdir())
    assert any(a.endswith(".whl") for a in archives) and any(a.endswith(".tar.gz") for a in archives), archives
    checked = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, tmp_path.iterdir())],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2, checked.stdout
