"""The session page in a real browser: Debian's chromium, driven by Playwright's Python API.

Playwright never downloads a browser here (.ci/run installs the system one). Without chromium or the
playwright package the tests skip and say why; under CI=true that is a failure (conftest.absent).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import absent

ROOT = Path(__file__).resolve().parent.parent
AGENDA = "tests/fixtures/sitzung/rat-kamen-2026-03-19.yaml"
CHROMIUM = "/usr/bin/chromium"
BADGE_WORDS = {"Verstoß", "offen", "unvollständig", "nicht prüfbar", "in Ordnung"}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        absent(f"{CHROMIUM} fehlt (Debian: apt-get install chromium); .ci/run installiert ihn")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        absent("das Python-Paket playwright fehlt (pip install -e '.[test]')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"))
        yield launched
        launched.close()


def page_file(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "sitzung.html"
    result = subprocess.run([sys.executable, "-m", "gremienlauf", *args, "-o", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1, 2) and out.exists(), result.stderr
    return out


@pytest.fixture
def sitzung(tmp_path: Path) -> Path:
    return page_file(tmp_path, "sitzung", AGENDA)


def open_page(browser: Any, path: Path, **options: Any) -> tuple[Any, Any, list[str]]:
    """A page on ``path`` that records every request for anything but the file itself, and any dialog."""
    context = browser.new_context(**options)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if r.url != path.as_uri() else None)
    page.on("dialog", lambda d: (outside.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(path.as_uri())
    return context, page, outside


def test_rows_badges_and_nothing_loaded_or_run_from_the_input(browser: Any, sitzung: Path) -> None:
    context, page, outside = open_page(browser, sitzung)
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.locator("h1").inner_text() == "Sitzungsvorbereitung: Rat der Stadt Kamen am 19.03.2026"
    assert page.locator("tbody.top").count() == 7
    assert page.locator("table.tops thead th[scope=col]").all_inner_texts() == ["TOP", "Vorlage", "Urteil",
                                                                                "Beratungsfolge"]
    badges = page.locator(".badge").all_inner_texts()
    assert len(badges) == 7 and all(b.split(" ", 1)[1] in BADGE_WORDS for b in badges)
    hostile = page.locator("tbody.top", has_text="090/2026").locator(".betreff").inner_text()
    assert hostile == 'Kita-Bedarfsplanung 2026/27 <script>alert("x")</script> & <b>fett</b>'
    assert page.locator("b").count() == 0 and outside == []
    context.close()


def test_badges_have_enough_contrast(browser: Any, sitzung: Path) -> None:
    context, page, _ = open_page(browser, sitzung)
    ratios = page.evaluate("""() => [...document.querySelectorAll('.badge, .s-fehlt, a, .quelle')].map(el => {
        const rgb = s => s.match(/\\d+/g).slice(0, 3).map(Number).map(c => c / 255)
            .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        const lum = s => { const [r, g, b] = rgb(s); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        let bg = 'rgb(255, 255, 255)';
        for (let e = el; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)') { bg = c; break; }
        }
        const [a, b] = [lum(getComputedStyle(el).color), lum(bg)].sort((x, y) => y - x);
        return (a + 0.05) / (b + 0.05);
    })""")
    assert ratios and min(ratios) >= 4.5  # WCAG AA for normal text
    context.close()


def test_long_names_wrap_inside_a_narrow_window(browser: Any, sitzung: Path) -> None:
    context, page, _ = open_page(browser, sitzung, viewport={"width": 700, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth") <= 700
    context.close()


def test_filter_by_verdict_and_page_readable_without_script(browser: Any, sitzung: Path) -> None:
    context, page, _ = open_page(browser, sitzung)
    page.get_by_label("in Ordnung (1)").uncheck()
    page.get_by_label("offen (3)").uncheck()
    shown = [t for t in page.locator("tbody.top").all() if t.is_visible()]
    assert len(shown) == 3
    context.close()
    context, page, _ = open_page(browser, sitzung, java_script_enabled=False)
    assert not page.locator("#filter").is_visible()
    assert sum(1 for t in page.locator("tbody.top").all() if t.is_visible()) == 7
    context.close()


def test_links_lead_to_the_vorlage_in_the_council_system(browser: Any, shared: Path, tmp_path: Path) -> None:
    corpus = shared / "corpus" / "oparl" / "karlsruhe-oparl-1.1"
    if not corpus.is_dir():
        absent(f"{corpus} fehlt")
    path = page_file(tmp_path, "sitzung", str(corpus / "meetings" / "10111.json"), str(corpus))
    context, page, outside = open_page(browser, path)
    links = page.locator("a.quelle")
    assert links.count() == 4
    assert links.first.get_attribute("href") == "https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/52338"
    assert links.first.inner_text() == "Quelle im Ratsinformationssystem"
    assert outside == []
    context.close()


def test_print_to_a4_keeps_each_top_on_one_page(browser: Any, sitzung: Path) -> None:
    from pypdf import PdfReader

    context, page, _ = open_page(browser, sitzung)
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    context.close()
    texts = [" ".join(p.extract_text().split()) for p in pdf.pages]
    assert 1 <= len(texts) <= 4, len(texts)
    assert texts[0].startswith("Sitzungsvorbereitung: Rat der Stadt Kamen am 19.03.2026")
    assert "Zeigen" not in " ".join(texts)  # the filter is for the screen only
    # break-inside: avoid — a TOP's number and its remedy land on the same page
    for nummer, abhilfe in (("112/2026", "Jugendhilfeausschuss vor „Rat der Stadt Kamen“ in die Beratungsfolge"),
                            ("090/2026", "Der Beschluss ist verfahrensfehlerhaft"),
                            ("120/2026", "Beratungsfolge um diese Sitzung ergänzen")):
        pages = {i for i, t in enumerate(texts) if nummer in t}
        assert len(pages) == 1 and abhilfe in texts[pages.pop()], nummer


def test_readme_screenshot_is_made_by_the_script(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "sitzung.png"
    done = subprocess.run([sys.executable, "docs/screenshot.py", "--out", str(out)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) < 300_000
    committed = (ROOT / "docs" / "sitzung.png").read_bytes()
    assert committed[:8] == b"\x89PNG\r\n\x1a\n" and committed[16:24] == data[16:24]  # same width and height
