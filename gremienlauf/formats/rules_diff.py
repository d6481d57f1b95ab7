"""``rules diff`` as text: per day, each rule whose valid version changes, with its citation before and after."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the changes come finished from engine/changes.py
    from gremienlauf.engine.changes import Change
    from gremienlauf.engine.rules import Version


def _zitat(version: Version | None) -> str:
    return "; ".join(c.text() for c in version.zitate) if version else "—"


def render(found: list[Change], von: date, bis: date) -> str:
    head = f"Änderungen der Regeln nach dem {von:%d.%m.%Y} bis zum {bis:%d.%m.%Y}"
    if not found:
        return f"{head}: keine.\n"
    lines = [f"{head}:", ""]
    current = None
    for change in found:
        if change.tag != current:
            if current is not None:
                lines.append("")
            current = change.tag
            lines.append(f"{change.tag:%d.%m.%Y}")
        rule = change.rule
        lines.append(f"  {rule.code} {rule.name} ({change.art})")
        lines.append(f"      vorher:  {_zitat(change.vorher)}")
        lines.append(f"      nachher: {_zitat(change.nachher)}")
    return "\n".join(lines) + "\n"
