"""JUnit XML for Jenkins and GitLab: a testsuite per file, a testcase per Vorlage."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO
from xml.sax.saxutils import quoteattr, escape

from gremienlauf.model import INPUT_CODE, RANG, Report


def render(report: Report, out: TextIO) -> None:
    threshold = RANG[report.fail_on] if report.fail_on in RANG else 99
    by_case: dict[tuple[str, str], list] = {}
    for f in report.findings:
        by_case.setdefault((f.datei, f.vorlage), []).append(f)
    cases = [(c.datei, c.vorlage, c.zeile) for c in report.checked]
    suites = []
    for datei, group in groupby(sorted(set(cases)), key=lambda c: c[0]):
        suite_cases = list(group)
        body, failures, errors = [], 0, 0
        for _, vorlage, zeile in suite_cases:
            found = by_case.get((datei, vorlage), [])
            attrs = f'classname={quoteattr(datei)} name={quoteattr(vorlage or datei)} file={quoteattr(datei)} line="{zeile}"'
            inner = []
            for f in found:
                text = escape(f"{f.datei}:{f.zeile}:{f.spalte} {f.meldung} [{f.rechtsgrundlage}]")
                if f.code == INPUT_CODE:
                    errors += 1
                    inner.append(f'      <error type="{f.code}" message={quoteattr(f.meldung)}>{text}</error>\n')
                elif RANG[f.schwere] >= threshold:
                    failures += 1
                    inner.append(f'      <failure type="{f.code}" message={quoteattr(f.meldung)}>{text}</failure>\n')
                else:
                    inner.append(f"      <system-out>{escape(f.schwere)} {f.code}: {text}</system-out>\n")
            body.append(f"    <testcase {attrs}" + (">\n" + "".join(inner) + "    </testcase>\n" if inner else "/>\n"))
        suites.append((datei, len(suite_cases), failures, errors, body))
    total = sum(s[1] for s in suites)
    fails = sum(s[2] for s in suites)
    errs = sum(s[3] for s in suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="gremienlauf" tests="{total}" failures="{fails}" errors="{errs}" skipped="0">\n')
    for datei, tests, failures, errors, body in suites:
        out.write(f'  <testsuite name={quoteattr(datei)} tests="{tests}" failures="{failures}" errors="{errors}" skipped="0">\n')
        out.writelines(body)
        out.write("  </testsuite>\n")
    out.write("</testsuites>\n")
