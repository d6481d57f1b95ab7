"""``replay --verify`` as text: what was compared, what changed around it, and whether the report holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the comparison is made in run/audit_report.py
    from gremienlauf.run.audit_report import Verification

SHOWN = 20  # differences listed; the rest are counted


def render(v: Verification) -> str:
    lines = [f"Prüfbericht {v.bericht} (Eingabe {v.quelle})",
             "  Eingabe: unverändert" if v.gleiche_eingabe else "  Eingabe: GEÄNDERT (anderer SHA-256)"]
    if v.anderer_pfad:
        lines.append(f"  gelesen aus {v.quelle}; der Bericht nennt sie {v.im_bericht}")
    if v.werkzeug:
        lines.append(f"  Werkzeug: heute {v.werkzeug[0]}, Bericht {v.werkzeug[1]}")
    lines += [f"  {a}" for a in v.aenderungen]
    diffs = v.abweichungen
    if v.haelt:
        lines.append("Ergebnis: bestätigt – die Wiedergabe ergibt heute denselben Bericht.")
    else:
        word = "Abweichung" if len(diffs) == 1 else "Abweichungen"
        lines.append(f"Ergebnis: hält nicht – {len(diffs)} {word}:" if diffs else
                     "Ergebnis: hält nicht – die Eingabe ist nicht mehr dieselbe.")
        lines += [f"  {d}" for d in diffs[:SHOWN]]
        if len(diffs) > SHOWN:
            lines.append(f"  … und {len(diffs) - SHOWN} weitere")
    return "\n".join(lines) + "\n"
