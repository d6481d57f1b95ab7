"""The audit report as one self-contained HTML file: no scripts, no external resources. The diagram is
given as the path through the procedure's states (Mermaid needs a script; the Markdown report has it)."""

from __future__ import annotations

from html import escape
from typing import TextIO

from gremienlauf.formats import PLAIN, RenderOptions
from gremienlauf.formats.audit import ERGEBNIS, day, objection, outcome_word, step_rules
from gremienlauf.model.trace import VERLETZT, AuditReport, Trace

STYLE = ("body{font-family:sans-serif;max-width:70em;margin:2em auto;line-height:1.4}"
         "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top}"
         ".fehler{color:#a94442;font-weight:bold}.weg span{display:inline-block;border:2px solid #3c763d;"
         "background:#dff0d8;padding:.2em .5em;margin:.2em}.weg span.end{background:#3c763d;color:#fff}"
         ".fehlt{border:2px dashed #a94442;color:#a94442;padding:.2em .5em;display:inline-block;margin:.2em}")


def e(value: object) -> str:
    return escape(str(value)) if value not in (None, "") else "—"


def render(report: AuditReport, out: TextIO, options: RenderOptions = PLAIN) -> None:
    out.write(f'<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Prüfbericht</title>\n'
              f"<style>{STYLE}</style>\n</head>\n<body>\n")
    for f in report.eingabefehler:
        out.write(f'<p class="fehler">Eingabefehler {e(f.datei)}:{f.zeile}:{f.spalte}: {e(f.meldung)}</p>\n')
    for trace in report.vorlagen:
        _trace(trace, out)
    h = report.herkunft
    out.write(f"<h2>Herkunft</h2>\n<p>gremienlauf {e(h.werkzeug)}; Eingabe <code>{e(h.eingabe)}</code>, SHA-256 "
              f"<code>{e(h.eingabe_sha256)}</code>"
              + (f"; erstellt {e(h.zeitstempel)}" if h.zeitstempel else "") + "</p>\n")
    out.write("<table>\n<tr><th>Regelpaket</th><th>Version</th><th>SHA-256</th></tr>\n")
    out.writelines(f"<tr><td>{e(i)}</td><td>{e(v)}</td><td><code>{e(s)}</code></td></tr>\n" for i, v, s in h.pakete)
    out.write("</table>\n</body>\n</html>\n")


def _trace(t: Trace, out: TextIO) -> None:
    out.write(f"<h1>Prüfbericht: Vorlage {e(t.vorlage)} – {e(t.koerperschaft)}</h1>\n")
    out.write(f"<p>Datei <code>{e(t.datei)}</code>, Verfahren {e(t.verfahren_titel)}, Stichtag "
              f"{day(t.stichtag) if t.stichtag else 'keiner'}; Ergebnis: <b>{ERGEBNIS[t.ergebnis]}</b></p>\n")
    out.write(f"<p><b>Urteil:</b> {e(t.urteil)}</p>\n<h2>Schritte</h2>\n<table>\n<tr><th>Nr.</th><th>Datum</th>"
              "<th>Ereignis</th><th>Gremium</th><th>Zustand</th><th>Regeln (Fassung am Ereignistag)</th></tr>\n")
    for s, shown in zip(t.schritte, step_rules(t.schritte), strict=False):
        lines = [(f'<span class="{r.schwere}">{e(r.code)} verletzt: {e(r.meldung)} ({e(r.zitat)})</span>'
                  if r.ergebnis == VERLETZT else f"{e(r.code)} {e(note) + ', ' if note else ''}{outcome_word(r)} "
                  f"({e(r.zitat)})") for r, note in shown.shown]
        rules = "<br>".join(lines + ([e(shown.rest())] if shown.rest() else []))
        state = f"{e(s.vorher)} → {e(s.nachher)}" + ("" if s.angenommen else f" <b>abgewiesen</b>: {e(s.grund)}")
        event = e(s.ereignis) + (f"<br>{e(objection(s))}" if objection(s) else "")
        out.write(f"<tr><td>{s.nr}</td><td>{day(s.datum)}</td><td>{event}</td><td>{e(s.gremium)}</td>"
                  f"<td>{state}</td><td>{rules or '—'}</td></tr>\n")
    out.write("</table>\n<h2>Befunde zum Stichtag</h2>\n<table>\n<tr><th>Zeile</th><th>Code</th><th>Befund</th>"
              "<th>Rechtsgrundlage</th></tr>\n")
    out.writelines(f'<tr><td>{f.zeile}:{f.spalte}</td><td class="{f.schwere}">{e(f.code)}</td><td>{e(f.meldung)}</td>'
                   f"<td>{e(f.rechtsgrundlage)}</td></tr>\n" for f in t.befunde)
    out.write("</table>\n")
    d = t.diagramm
    if d is not None:
        path = "".join(f'<span class="{"end" if s == d.endstand else ""}">{e(s)}</span> ' for s in d.besucht)
        missing = "".join(f'<span class="fehlt">fehlt: {e(m.text)} ({e(m.code)})</span> ' for m in d.fehlend)
        out.write(f'<h2>Weg durch das Verfahren</h2>\n<p class="weg">{path.strip()}</p>\n')
        if missing:
            out.write(f"<p>{missing.strip()}</p>\n")
