"""Fetch what the tests need from the registries, since tests never touch the network themselves
(run once after installing; the README's test command does).

1. The official SARIF 2.1.0 JSON Schema for the format tests. The schema is not ours to commit. It
   ships, MIT-licensed, in Microsoft's npm package @microsoft/jest-sarif; this script takes it from
   the npm registry, checks its SHA-256 and stores it in tests/.cache/.
2. A wheelhouse (tests/.cache/wheelhouse/) of gremienlauf's runtime dependencies and its build
   backend, so that the pre-commit test can install the hook from this repository with pip's index
   switched off.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@microsoft/jest-sarif@1.0.0-beta.0"
MEMBER = "package/lib/schemas/sarif-2.1.0-rtm.5.json"
SHA256 = "2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8"
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
    npm = shutil.which("npm")
    if npm is None:
        print("npm fehlt: das SARIF-Schema kann nicht geholt werden (Debian: apt install npm)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", PACKAGE, "--silent", "--pack-destination", tmp], check=True,
                       stdout=subprocess.DEVNULL)
        archive = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(archive) as tar:
            data = tar.extractfile(MEMBER).read()  # type: ignore[union-attr]
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
