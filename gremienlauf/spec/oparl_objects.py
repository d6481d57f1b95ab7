"""A scenario's Beratungsfolge as an OParl server would publish it, read back by the real OParl reader.

The table columns carry OParl's own wording (``role``, ``authoritative``, ``result``), so a scenario
shows how gremienlauf reads a council information system, not how it reads its own YAML.
"""

from __future__ import annotations

from typing import Any

from gremienlauf.model import Paper
from gremienlauf.names import slug
from gremienlauf.readers.oparl import read_values

BASE = "https://ris.szenario.invalid/oparl"
TYPE = "https://schema.oparl.org/1.1/"


def objects(koerperschaft: str, vorlage: dict[str, Any], rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Paper (with embedded Consultations), Meetings (with embedded AgendaItems) and Organizations.

    The Paper's ``body`` is the registry id, which the registry accepts like an OParl Body id.
    """
    paper_id = f"{BASE}/papers/1"
    paper: dict[str, Any] = {"id": paper_id, "type": TYPE + "Paper", "body": koerperschaft,
                             "name": vorlage.get("betreff", "Szenario"), "reference": vorlage.get("nummer", "1/2026"),
                             "paperType": vorlage.get("art", "Beschlussvorlage"), "consultation": []}
    if "datum" in vorlage:
        paper["date"] = vorlage["datum"]
    out: list[dict[str, Any]] = [paper]
    for n, row in enumerate(rows, 1):
        org_id = f"{BASE}/organizations/{slug(row['gremium'])}"
        out.append({"id": org_id, "type": TYPE + "Organization", "name": row["gremium"]})
        consultation: dict[str, Any] = {"id": f"{BASE}/consultations/{n}", "type": TYPE + "Consultation",
                                        "organization": [org_id]}
        if row.get("role"):
            consultation["role"] = row["role"]
        if row.get("authoritative") in ("true", "false"):
            consultation["authoritative"] = row["authoritative"] == "true"
        if row.get("sitzung"):
            meeting_id, item_id = f"{BASE}/meetings/{n}", f"{BASE}/agendaitems/{n}"
            item: dict[str, Any] = {"id": item_id, "type": TYPE + "AgendaItem", "number": str(n),
                                    "consultation": consultation["id"]}
            if row.get("result"):
                item["result"] = row["result"]
            out.append({"id": meeting_id, "type": TYPE + "Meeting", "name": row["gremium"],
                        "start": f"{row['sitzung']}T17:00:00+01:00", "organization": [org_id], "agendaItem": [item]})
            consultation.update(meeting=meeting_id, agendaItem=item_id)
        paper["consultation"].append(consultation)
    return out


def paper(koerperschaft: str, vorlage: dict[str, Any], rows: list[dict[str, str]]) -> Paper:
    items = list(read_values(objects(koerperschaft, vorlage, rows), "szenario.json"))
    papers = [i.paper for i in items if hasattr(i, "paper")]
    if len(papers) != 1 or len(items) != 1:
        raise AssertionError(f"Die Szenario-Vorlage ist als OParl nicht lesbar: {items}")
    return papers[0]
