"""The audit report as Markdown for an audit file: summary, table of steps, findings with citations,
the rules applied at each step, the procedure as a Mermaid diagram, and the provenance."""

from __future__ import annotations

from typing import TextIO

from gremienlauf.formats import PLAIN, RenderOptions
from gremienlauf.formats.audit import ERGEBNIS, day, objection, outcome_word, step_rules
from gremienlauf.formats.audit.mermaid import mermaid
from gremienlauf.model.trace import VERLETZT, AuditReport, Trace

SCHWERE = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}


def cell(value: object) -> str:
    """Text for a table cell or line: one line, pipes escaped, and no raw HTML (GitHub would render it)."""
    text = " ".join(str(value).split()) if value not in (None, "") else "—"
    for raw, safe in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|")):
        text = text.replace(raw, safe)
    return text


def render(report: AuditReport, out: TextIO, options: RenderOptions = PLAIN) -> None:
    for f in report.eingabefehler:
        out.write(f"> **Eingabefehler** `{f.datei}:{f.zeile}:{f.spalte}`: {cell(f.meldung)}\n\n")
    for trace in report.vorlagen:
        _trace(trace, out)
    _provenance(report, out)


def _trace(t: Trace, out: TextIO) -> None:
    out.write(f"# Prüfbericht: Vorlage {cell(t.vorlage)} – {cell(t.koerperschaft)}\n\n")
    quelle = "dokumentierter Verlauf" if t.verlauf_dokumentiert else "aus der Beratungsfolge abgeleitet"
    rows = [("Datei", f"`{t.datei}` (Zeile {t.zeile})"), ("Verfahren",
                                                          f"{t.verfahren_titel or '—'} (`{t.verfahren or '—'}`)"),
            ("Stichtag", day(t.stichtag) if t.stichtag else "keiner (die Vorlage nennt kein Datum)"),
            ("Ereignisse", quelle), ("Endstand",
                                     f"`{t.endstand}`" + (" (abgeschlossen)" if t.abgeschlossen else " (offen)")),
            ("Ergebnis", f"**{ERGEBNIS[t.ergebnis]}**"),
            ("Erster fehlerhafter Schritt", str(t.erster_fehler) if t.erster_fehler else "—")]
    out.write("| | |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in rows) + "\n")
    out.write(f"**Urteil:** {t.urteil}\n\n## Schritte\n\n")
    if t.schritte:
        out.write("| Nr. | Datum | Ereignis | Gremium | Zustand vorher → nachher | verletzte Regeln "
                  "| danach möglich |\n")
        out.write("|---|---|---|---|---|---|---|\n")
    else:
        out.write("Keine Ereignisse bis zum Stichtag.\n")
    for s in t.schritte:
        state = f"`{s.vorher}` → `{s.nachher}`" + ("" if s.angenommen else f" **abgewiesen** ({cell(s.grund)})")
        event = s.ereignis + (f" ({cell(objection(s))})" if objection(s) else "")
        broken = ", ".join(f"**{r.code}**" if r.schwere == "fehler" else r.code for r in s.verletzt) or "—"
        marker = " ⚠" if t.erster_fehler == s.nr else ""
        out.write(f"| {s.nr}{marker} | {day(s.datum)} | {event} | {cell(s.gremium)} | {state} | {broken} | "
                  f"{cell(', '.join(s.erlaubt))} |\n")
    out.write("\n## Befunde zum Stichtag\n\n")
    if t.befunde:
        out.write("| Zeile | Schwere | Code | Befund | Rechtsgrundlage |\n|---|---|---|---|---|\n")
    else:
        out.write("Keine.\n")
    for f in t.befunde:
        out.write(f"| {f.zeile}:{f.spalte} | {SCHWERE[f.schwere]} | {f.code} | {cell(f.meldung)} "
                  f"| {cell(f.rechtsgrundlage)} |\n")
    out.write("\n## Regeln je Schritt (Fassung am Tag des Ereignisses)\n\n")
    out.write("Gezeigt ist je Schritt, was einen Befund ergab, was erstmals geprüft wurde und was sich geändert hat. "
              "Eine Regel über den Beschluss ist bis zum Beschluss noch offen.\n\n")
    for s, shown in zip(t.schritte, step_rules(t.schritte), strict=False):
        out.write(f"**Schritt {s.nr}** ({day(s.datum)}, {s.ereignis}):\n\n")
        for r, note in shown.shown:
            # titles name a duty ("JHA anhören") or a defect ("Stichtag liegt vor der Vorlage"): say what was found
            verdict = f"**Befund** ({SCHWERE[r.schwere]})" if r.ergebnis == VERLETZT else outcome_word(r)
            verdict = f"{note}, {verdict}" if note else verdict
            text = f": {cell(r.meldung)}" if r.ergebnis == VERLETZT and r.meldung else ""
            out.write(f"- {r.code} {cell(r.titel)} – {verdict}{text}; {cell(r.zitat)} (gilt {r.fassung})\n")
        if shown.rest():
            out.write(f"- {shown.rest()}\n")
        out.write("\n" if s.regeln else "- keine einschlägige Regel\n\n")
    if t.diagramm is not None:
        out.write(f"## Verfahren: {cell(t.diagramm.titel)}\n\n```mermaid\n{mermaid(t.diagramm)}```\n\n")
        out.write("Gezeigt sind die genommenen Übergänge und die vom Endstand aus noch möglichen. Grün: durchlaufene "
                  "Zustände, dunkelgrün: Endstand, rot gestrichelt: fehlende Schritte; ✔ Schritt n: dieser Übergang "
                  "wurde in Schritt n genommen. Das ganze Verfahren zeigt "
                  f"`gremienlauf graph {t.diagramm.verfahren}`.\n\n")


def _provenance(report: AuditReport, out: TextIO) -> None:
    h = report.herkunft
    out.write("## Herkunft\n\n")
    out.write(f"- Werkzeug: gremienlauf {h.werkzeug}\n- Eingabe: `{h.eingabe}`, SHA-256 `{h.eingabe_sha256}`\n")
    out.write(f"- Register der Körperschaften: SHA-256 `{h.register_sha256}`\n")
    if h.zeitstempel:
        out.write(f"- erstellt: {h.zeitstempel}\n")
    out.write("\n| Regelpaket | Version | SHA-256 |\n|---|---|---|\n")
    out.writelines(f"| {i} | {v} | `{s}` |\n" for i, v, s in h.pakete)
    out.write("\n| Verfahren | SHA-256 |\n|---|---|\n")
    out.writelines(f"| {i} | `{s}` |\n" for i, s in h.verfahren)
