"""JUnit XML for Jenkins and GitLab: a testsuite per file, a testcase per Vorlage.

A testcase fails (one <failure>, listing every finding at or above --fail-on) or errs (unreadable input),
so that tests, failures and errors count Vorlagen, as a CI dashboard expects. The verdict and the
findings below the threshold go into the testcase's system-out.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from gremienlauf.formats import PLAIN, RenderOptions
from gremienlauf.model import INPUT_CODE, RANG, URTEIL_WORT, Checked, Report


def render(report: Report, out: TextIO, options: RenderOptions = PLAIN) -> None:
    threshold = RANG[report.fail_on] if report.fail_on in RANG else 99
    by_case: dict[tuple[str, str], list] = {}
    for f in report.befunde:
        by_case.setdefault((f.datei, f.vorlage), []).append(f)
    verdicts: dict[tuple[str, str, int], Checked] = {(c.datei, c.vorlage, c.zeile): c for c in report.geprueft}
    suites = []
    for datei, group in groupby(sorted(verdicts), key=lambda c: c[0]):
        suite_cases = list(group)
        body, failures, errors = [], 0, 0
        for key in suite_cases:
            _, vorlage, zeile = key
            checked = verdicts[key]
            found = by_case.get((datei, vorlage), [])
            attrs = (f'classname={quoteattr(datei)} name={quoteattr(vorlage or datei)} file={quoteattr(datei)} '
                     f'line="{zeile}"')
            lines = [f"{f.datei}:{f.zeile}:{f.spalte} {f.code} {f.meldung}"
                     + (f" [{f.rechtsgrundlage}]" if f.rechtsgrundlage else "") for f in found]
            broken = [f for f in found if f.code == INPUT_CODE and f.schwere == "fehler"]
            failing = [f for f in found if f.code != INPUT_CODE and RANG[f.schwere] >= threshold]
            inner = []
            if broken:
                errors += 1
                inner.append(f'      <error type="{INPUT_CODE}" message={quoteattr(broken[0].meldung)}>'
                             f'{escape(chr(10).join(lines))}</error>\n')
            elif failing:
                failures += 1
                codes = ", ".join(sorted({f.code for f in failing}))
                befunde = "Befund" if len(failing) == 1 else "Befunde"
                message = f"{len(failing)} {befunde} ({codes}): {failing[0].meldung}"
                inner.append(f'      <failure type={quoteattr(codes)} message={quoteattr(message)}>'
                             f'{escape(chr(10).join(lines))}</failure>\n')
            verdict = f"Urteil: {URTEIL_WORT.get(checked.urteil, checked.urteil)} – {checked.urteil_grund}"
            inner.append(f"      <system-out>{escape(chr(10).join([verdict, *lines]))}</system-out>\n")
            body.append(f"    <testcase {attrs}>\n" + "".join(inner) + "    </testcase>\n")
        suites.append((datei, len(suite_cases), failures, errors, body))
    total = sum(s[1] for s in suites)
    fails = sum(s[2] for s in suites)
    errs = sum(s[3] for s in suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="gremienlauf" tests="{total}" failures="{fails}" errors="{errs}" skipped="0">\n')
    for datei, tests, failures, errors, body in suites:
        out.write(f'  <testsuite name={quoteattr(datei)} tests="{tests}" failures="{failures}" errors="{errors}" '
                  'skipped="0">\n')
        out.writelines(body)
        out.write("  </testsuite>\n")
    out.write("</testsuites>\n")
