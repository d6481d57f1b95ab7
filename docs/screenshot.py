"""docs/sitzung.png for the README: the session page of the test agenda in Debian's chromium.

    python docs/screenshot.py [--out docs/sitzung.png]

The browser tests run this same script (into a temporary file), so the picture in the README is the
page the tests look at. Playwright drives the system chromium; it never downloads a browser.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AGENDA = ROOT / "tests" / "fixtures" / "sitzung" / "rat-kamen-2026-03-19.yaml"
CHROMIUM = "/usr/bin/chromium"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "sitzung.png"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "sitzung.html"
        done = subprocess.run([sys.executable, "-m", "gremienlauf", "sitzung", str(AGENDA.relative_to(ROOT)), "-o",
                               str(page_file)],
                              capture_output=True, text=True, cwd=ROOT)
        if done.returncode > 2 or not page_file.exists():
            sys.exit(f"gremienlauf sitzung: Exit-Code {done.returncode}\n{done.stderr}")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM)
            page = browser.new_page(viewport={"width": 960, "height": 880})
            page.goto(page_file.as_uri())
            # the first rows are enough for the README; a clip keeps the PNG small
            page.screenshot(path=args.out, clip={"x": 0, "y": 0, "width": 960, "height": 880})
            browser.close()
    print(args.out)


if __name__ == "__main__":
    main()
