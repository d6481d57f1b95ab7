"""The audit report as German text: per step the event, the state before and after, what may follow,
and each applicable rule with the citation valid on that day; then the verdict and the provenance."""

from __future__ import annotations

import textwrap
from typing import TextIO

from gremienlauf.formats import PLAIN, RenderOptions
from gremienlauf.formats.audit import ERGEBNIS, StepRules, day, objection, step_rules
from gremienlauf.model.trace import ERFUELLT, VERLETZT, AuditReport, Trace, TraceStep

WIDTH = 100
SCHWERE = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}


def _wrap(text: str, indent: int, hanging: int = 2) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=" " * indent, subsequent_indent=" " * (indent + hanging)) or [""]


def render(report: AuditReport, out: TextIO, options: RenderOptions = PLAIN) -> None:
    for f in report.eingabefehler:
        out.write(f"{f.datei}:{f.zeile}:{f.spalte}: {f.meldung}\n")
    for trace in report.vorlagen:
        _trace(trace, out)
    h = report.herkunft
    out.write(f"Herkunft: gremienlauf {h.werkzeug}; Eingabe {h.eingabe} (SHA-256 {h.eingabe_sha256})\n")
    for pack_id, version, sha in h.pakete:
        out.write(f"  Regelpaket {pack_id} {version}: SHA-256 {sha}\n")
    if h.zeitstempel:
        out.write(f"  erstellt: {h.zeitstempel}\n")


def _trace(t: Trace, out: TextIO) -> None:
    out.write(f"Wiedergabe der Vorlage {t.vorlage} – {t.koerperschaft}\n")
    out.write(f"  Datei: {t.datei}, Zeile {t.zeile}\n")
    if t.verfahren_titel:
        out.write(f"  Verfahren: {t.verfahren_titel} ({t.verfahren})\n")
    quelle = "dokumentierter Verlauf" if t.verlauf_dokumentiert else "aus der Beratungsfolge abgeleitet"
    stichtag = day(t.stichtag) if t.stichtag else "keiner (die Vorlage nennt kein Datum)"
    out.write(f"  Stichtag: {stichtag}; Ereignisse: {quelle}\n")
    if t.nicht_wiedergegeben:
        n = t.nicht_wiedergegeben
        out.write(f"  {n} {'Ereignis' if n == 1 else 'Ereignisse'} am oder nach dem Stichtag nicht wiedergegeben\n")
    out.write("\n")
    if not t.schritte:
        out.write("  Keine Ereignisse bis zum Stichtag.\n\n")
    for step, shown in zip(t.schritte, step_rules(t.schritte), strict=False):
        _step(step, shown, out)
    out.write(f"Ergebnis: {ERGEBNIS[t.ergebnis]}\n")
    out.writelines(line + "\n" for line in _wrap(t.urteil, 2))
    if t.befunde:
        out.write("Befunde zum Stichtag:\n")
    for f in t.befunde:
        out.writelines(line + "\n" for line in _wrap(f"{f.zeile}:{f.spalte} {SCHWERE[f.schwere]} {f.code}: {f.meldung}",
                                                     2))
        if f.rechtsgrundlage:
            out.writelines(line + "\n" for line in _wrap(f"Rechtsgrundlage: {f.rechtsgrundlage}", 4))
    out.write("\n")


def _step(s: TraceStep, shown: StepRules, out: TextIO) -> None:
    where = f" – {s.gremium}" if s.gremium else ""
    origin = "" if s.dokumentiert else " (abgeleitet)"
    out.write(f"Schritt {s.nr}: {day(s.datum)}  {s.ereignis}{where}{origin}  [Zeile {s.zeile}]\n")
    status = "angenommen" if s.angenommen else f"abgewiesen: {s.grund}"
    out.write(f"  Zustand: {s.vorher} → {s.nachher} ({s.ausloeser}, {status})\n")
    if objection(s):
        out.writelines(line + "\n" for line in _wrap(objection(s).capitalize()[0] + objection(s)[1:], 2))
    erlaubt = ", ".join(s.erlaubt) or "nichts (Verfahren abgeschlossen)"
    out.writelines(line + "\n" for line in _wrap("danach möglich: " + erlaubt, 2))
    if s.regeln:
        out.write(f"  Regeln in der Fassung vom {day(s.datum)}:\n")
    for r, note in shown.shown:
        if r.ergebnis != VERLETZT:
            word = "erfüllt" if r.ergebnis == ERFUELLT else "offen"
            text = f"{word:<9} {r.code}  {r.zitat}" + (f" – {note}" if note else "")
            out.writelines(line + "\n" for line in _wrap(text, 4))
            continue
        mark = " (neu)" if r.neu else ""
        out.writelines(line + "\n" for line in _wrap(f"VERLETZT  {r.code}  {SCHWERE[r.schwere]}{mark}: {r.meldung}", 4,
                                                     10))
        out.writelines(line + "\n" for line in _wrap(f"{r.zitat} (Fassung {r.fassung})", 14))
    if shown.rest():
        out.write(f"    {shown.rest()}\n")
    out.write("\n")
