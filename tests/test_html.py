"""The HTML page (check -f html, sitzung) without a browser: contents, escaping, determinism, errors.
The browser tests (rows, filter, print) are in test_html_browser.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import absent

ROOT = Path(__file__).resolve().parent.parent
AGENDA = "tests/fixtures/sitzung/rat-kamen-2026-03-19.yaml"
KA = "karlsruhe-oparl-1.1"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "GREMIENLAUF_STICHTAG": "2026-11-23"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "gremienlauf", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


def rows(page: str) -> list[str]:
    return re.findall(r'<tbody class="top" data-urteil="[a-z_]+">.*?</tbody>', page, re.S)


def test_session_page_has_header_summary_and_one_row_per_top(tmp_path: Path) -> None:
    out = tmp_path / "sitzung.html"
    result = run("sitzung", AGENDA, "-o", str(out))
    assert result.returncode == 2, result.stderr  # TOP 9: a Körperschaft the registry does not know
    page = out.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="de">')
    assert "<h1>Sitzungsvorbereitung: Rat der Stadt Kamen am 19.03.2026</h1>" in page
    assert "<dt>Körperschaft</dt><dd>Stadt Kamen</dd>" in page and "<dt>Stichtag</dt><dd>19.03.2026</dd>" in page
    assert "6 von 7 Vorlagen brauchen Aufmerksamkeit" in page
    found = rows(page)
    assert [re.search(r'<th scope="row" class="top">(\w+)</th>', r).group(1) for r in found] == \
        ["3", "4", "5", "6", "7", "8", "9"]
    verdicts = [re.search(r'class="badge u-(\w+)">\S+ ([^<]+)</span>', r).groups() for r in found]
    # TOP 7's "Gemeinsamer Unterausschuss …" is read as a Fachausschuss from its name (vocabulary/gremien.yaml)
    assert verdicts == [("offen", "offen"), ("offen", "offen"), ("verstoss", "Verstoß"),
                        ("unvollstaendig", "unvollständig"), ("offen", "offen"),
                        ("in_ordnung", "in Ordnung"), ("nicht_pruefbar", "nicht prüfbar")]


def test_beratungsfolge_shows_held_planned_and_missing_steps_with_the_jha_marked(tmp_path: Path) -> None:
    page = run("sitzung", AGENDA).stdout
    top3, top4, top5 = rows(page)[:3]
    assert re.search(r'<li class="s-gehalten"><span class="stand">beraten:</span> Jugendhilfeausschuss '
                     r'<abbr class="jha" title="Jugendhilfeausschuss">JHA</abbr>, 24.02.2026, Vorberatung: '
                     r'empfohlen', top3)
    assert '<li class="s-diese_sitzung"><span class="stand">diese Sitzung:</span> Rat der Stadt Kamen' in top3
    # JH001 on a plan: the JHA is missing before the Rat, between the held HFA and this session
    steps = re.findall(r'<li class="s-(\w+)">', top4)
    assert steps == ["gehalten", "fehlt", "diese_sitzung"]
    assert "(verlangt von JH001)" in top4
    assert re.findall(r'<li class="s-(\w+)">', top5)[0] == "fehlt"  # the decision of 12.02. without the JHA
    assert "Rechtsgrundlage: § 71 Abs. 4 Satz 2 SGB VIII" in top5
    assert "Abhilfe: Der Beschluss ist verfahrensfehlerhaft" in top5


def test_hostile_betreff_is_text_and_long_names_stay_whole() -> None:
    page = run("sitzung", AGENDA).stdout
    assert "<script>alert" not in page and "<b>fett</b>" not in page
    assert ("Kita-Bedarfsplanung 2026/27 &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; "
            "&amp; &lt;b&gt;fett&lt;/b&gt;") in page
    assert page.count("<script>") == 1  # the page's own filter, nothing from the input
    assert "Ortsbildgestaltung der Stadtteile Heeren-Werve und Methler" in page
    assert "overflow-wrap: anywhere" in page


def test_page_is_self_contained_and_deterministic() -> None:
    first, second = run("sitzung", AGENDA).stdout, run("sitzung", AGENDA).stdout
    assert first == second
    assert not re.search(r'(src|href)="(https?:)?//', first.split("<main>")[0])  # head loads nothing
    assert "<link" not in first and "@import" not in first and "url(" not in first
    assert "break-inside: avoid" in first and "@page { size: A4" in first


def test_check_html_is_the_same_page_without_session_header(tmp_path: Path) -> None:
    result = run("check", "examples/", "-f", "html", "--stichtag", "2026-03-20")
    assert result.returncode == 1
    page = result.stdout
    assert "<h1>Prüfung der Vorlagen</h1>" in page and "Körperschaft</dt>" not in page
    as_json = json.loads(run("check", "examples/", "-f", "json", "--stichtag", "2026-03-20").stdout)
    attention = sum(1 for v in as_json["vorlagen"] if v["urteil"] != "in_ordnung")
    assert f"{attention} von {len(as_json['vorlagen'])} Vorlagen brauchen Aufmerksamkeit" in page
    assert len(rows(page)) == len(as_json["vorlagen"])
    assert '<th scope="col">Nr.</th>' in page


def test_other_formats_do_not_change_with_the_page() -> None:
    """The Beratungsfolge is gathered only for the page: JSON stays as it was (no new keys)."""
    data = json.loads(run("check", AGENDA, "-f", "json").stdout)
    assert set(data["vorlagen"][0]) == {"datei", "vorlage", "nummer", "betreff", "koerperschaft", "zeile", "urteil",
                                        "urteil_grund"}


def test_sitzung_refuses_a_vorlage_and_a_missing_file(tmp_path: Path) -> None:
    result = run("sitzung", "examples/vorlagen/kamen-026-2012.yaml")
    assert result.returncode == 2
    assert "ist eine Vorlage, keine Tagesordnung" in result.stderr and "check -f html" in result.stderr
    result = run("sitzung", str(tmp_path / "fehlt.yaml"))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_sitzung_writes_atomically_and_never_over_its_input(tmp_path: Path) -> None:
    agenda = tmp_path / "to.yaml"
    agenda.write_text((ROOT / AGENDA).read_text(encoding="utf-8").replace("vorlage: vorlagen/partnerschaft.yaml",
                                                                          "vorlage: {nummer: X, art: antrag}"),
                      encoding="utf-8")
    result = run("sitzung", str(agenda), "-o", str(agenda))
    assert result.returncode == 2 and "zugleich Eingabe" in result.stderr
    out = tmp_path / "s.html"
    out.write_text("alt", encoding="utf-8")
    out.chmod(0o640)
    assert run("sitzung", str(agenda), "-o", str(out)).returncode == 1
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>") and out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_oparl_meeting_from_disk_and_from_a_server_give_the_same_page(shared: Path) -> None:
    from tests import oparl_server
    from tests.oparl_server import KARLSRUHE

    corpus = shared / "corpus" / "oparl"
    if not (corpus / KA).is_dir():
        absent(f"{corpus / KA} fehlt")
    disk = run("sitzung", str(corpus / KA / "meetings" / "10111.json"), str(corpus / KA))
    assert "<h1>Sitzungsvorbereitung: Sozialausschuss am 10.12.2025</h1>" in disk.stdout
    assert "<dd>Stadt Karlsruhe</dd>" in disk.stdout
    assert 'href="https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/52338"' in disk.stdout
    assert len(rows(disk.stdout)) == 4  # TOP 1 read; TOPs 2–4: their Beratungen are not in the corpus
    server = oparl_server.serve()
    state = next(server)
    try:
        umleitung = state.add("karlsruhe", KARLSRUHE, oparl_server.karlsruhe(corpus))
        live = run("sitzung", KARLSRUHE + "bodies/0001/meetings/10111", "--umleitung", umleitung)
    finally:
        server.close()
    assert "<h1>Sitzungsvorbereitung: Sozialausschuss am 10.12.2025</h1>" in live.stdout
    assert 'href="https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/52338"' in live.stdout
