"""A procedure as a Mermaid state diagram with the path a Vorlage took highlighted.

Written here rather than by transitions' backend: the highlighting needs ``classDef``/``class`` lines in
lower case (transitions writes ``Class``, which Mermaid rejects) and the output must be byte-stable.
"""

from __future__ import annotations

from gremienlauf.model.trace import Diagram

STYLES = (
    "  classDef besucht fill:#dff0d8,stroke:#3c763d,stroke-width:2px",
    "  classDef endstand fill:#3c763d,color:#ffffff,stroke:#1d3b1d,stroke-width:3px",
    "  classDef fehlt fill:#f2dede,color:#a94442,stroke:#a94442,stroke-width:2px,stroke-dasharray:5 5",
)


def _text(value: str) -> str:
    """Label text Mermaid accepts: no quotes, colons, semicolons or brackets that end a statement."""
    for bad, good in (('"', "'"), (":", " "), (";", ","), ("{", "("), ("}", ")"), ("#", "Nr. ")):
        value = value.replace(bad, good)
    return " ".join(value.split())


def mermaid(d: Diagram) -> str:
    """The part of the procedure the Vorlage went through: the transitions taken, and from the state it
    ended in, the transitions still open. (The whole procedure: ``gremienlauf graph ID``.)"""
    kanten = [e for e in d.kanten if e.schritte or e.quelle == d.endstand]
    shown = {d.anfang, d.endstand, *d.besucht, *(e.ziel for e in kanten), *(m.zustand for m in d.fehlend)}
    lines = ["stateDiagram-v2", "  direction LR"]
    lines += [f'  state "{_text(s)}" as {s}' for s in d.zustaende if s in shown]
    lines.append(f"  [*] --> {d.anfang}")
    grouped: dict[tuple[str, str], list[str]] = {}
    for e in kanten:
        label = e.ausloeser + (f" [{' & '.join(e.bedingungen)}]" if e.bedingungen else "")
        if e.schritte:
            label += f" ✔ Schritt {', '.join(str(n) for n in e.schritte)}"
        grouped.setdefault((e.quelle, e.ziel), []).append(label)
    lines += [f"  {q} --> {z}: {_text(' | '.join(labels))}" for (q, z), labels in grouped.items()]
    lines += [f"  {s} --> [*]" for s in d.endzustaende if s in shown]
    missing = []
    for i, m in enumerate(d.fehlend, 1):
        sid = f"fehlt_{i}"
        missing.append(sid)
        lines.append(f'  state "fehlt ({m.code}) – {_text(m.text)}" as {sid}')
        lines.append(f"  {sid} --> {m.zustand}: fehlt" if m.richtung == "vor" else f"  {m.zustand} --> {sid}: fehlt")
    for nr, state, trigger in d.abgewiesen:
        lines.append(f"  note right of {state} : Schritt {nr} abgewiesen ({_text(trigger)})")
    lines += STYLES
    visited = [s for s in d.besucht if s != d.endstand]
    if visited:
        lines.append(f"  class {','.join(visited)} besucht")
    lines.append(f"  class {d.endstand} endstand")
    if missing:
        lines.append(f"  class {','.join(missing)} fehlt")
    return "\n".join(lines) + "\n"
