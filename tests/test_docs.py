"""docs/regeln.md is generated from the packs and scenarios, and says what they say."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from gremienlauf.load.packs import load_packs

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "regeln.md"
COMMAND = "gremienlauf rules show --format markdown -o docs/regeln.md"


def generated() -> str:
    result = subprocess.run([sys.executable, "-m", "gremienlauf", "rules", "show", "--format", "markdown"],
                            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def sections() -> dict[str, str]:
    parts = re.split(r'^<a id="([a-z0-9]+)"></a>$', DOC.read_text(encoding="utf-8"), flags=re.M)
    return {code.upper(): text for code, text in zip(parts[1::2], parts[2::2], strict=False)}


def test_rule_reference_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == generated(), f"docs/regeln.md ist veraltet; neu erzeugen mit: {COMMAND}"


def test_every_rule_has_its_citations_with_urls_and_validity() -> None:
    found = sections()
    rules = [r for p in load_packs() for r in p.rules]
    assert sorted(found) == sorted({r.code for r in rules})  # a rule held in every Land is shown once
    for rule in rules:
        text = found[rule.code]
        assert text.splitlines()[2].startswith(f"### {rule.code} – {rule.titel}")
        if rule.daten:  # a data check says so and cites nothing
            assert "Datenprüfung: prüft die Angaben der Vorlage, kein Recht" in text and "| gilt |" not in text
            continue
        for version in rule.versionen:
            assert f"| {version.zeitraum()} |" in text, rule.code
            for citation in version.zitate:
                shown = f"[{citation.text()}]({citation.url})" if citation.url else citation.text()
                assert shown in text, (rule.code, shown)


def test_every_rule_shows_one_scenario_where_it_fires_and_one_where_it_is_silent() -> None:
    for code, text in sections().items():
        fires = re.search(r"\*\*Beispiel, in dem die Regel greift:\*\*.*?```gherkin\n(.*?)```", text, re.S)
        silent = re.search(r"\*\*Beispiel, in dem sie schweigt:\*\*.*?```gherkin\n(.*?)```", text, re.S)
        assert fires and silent, code
        assert any(code in line and not line.endswith(f"{code} nicht") and line.startswith(("Dann", "Und"))
                   for line in fires.group(1).splitlines()), code
        assert any(line.endswith(f"meldet die Prüfung {code} nicht") for line in silent.group(1).splitlines()), code


def test_jh001_reads_as_checked_by_hand() -> None:
    text = sections()["JH001"]
    assert "| 02.07.2012 – 16.10.2012 | [§ 71 Abs. 3 Satz 2 SGB VIII](https://github.com/bundestag/gesetze/" in text
    assert "| 28.01.2022 – heute | [§ 71 Abs. 4 Satz 2 SGB VIII](https://github.com/bundestag/gesetze/blob/" in text
    assert "**Abhilfe:** Der Beschluss ist verfahrensfehlerhaft und damit rechtswidrig; ob er dennoch wirksam ist, " \
        "ist nicht geklärt." in text
    assert "**Solange nicht beschlossen** (Mangel der Planung, Warnung): Angelegenheit der Jugendhilfe: In der " \
        "geplanten Beratungsfolge fehlt vor „‹beschlussgremium›“ der Jugendhilfeausschuss" in text
    assert "Abhilfe: Jugendhilfeausschuss vor „‹beschlussgremium›“ in die Beratungsfolge aufnehmen." in text
    assert "heilbar" not in text and "nicht nichtig" not in text
    assert "„Jugendhilfeausschuss, HFA, Rat – wie in Kamen 026/2012“ (`features/jugendhilfeausschuss.feature`" in text
