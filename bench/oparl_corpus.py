"""An OParl 1.1 corpus made from a Vorlage corpus, written to disk and served from 127.0.0.1.

The same Vorlagen become a System, its Bodies, list pages of Organizations, of Meetings with
embedded AgendaItems, and of Papers with embedded Consultations (role and result in RIS wording, as
real servers write them). File names mirror the URLs, so the directory can be read from disk and
served unchanged: ``/oparl/v1/bodies/kreis-unna/papers?page=2`` is
``bodies/kreis-unna/papers__page-2.json`` below the corpus root.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SCHEMA = "https://schema.oparl.org/1.1/"
PREFIX = "/oparl/v1"
PAGE_SIZE = 50
ROLES = {"anhoerung": "Anhörung", "vorberatung": "Vorberatung", "entscheidung": "Entscheidung",
         "kenntnisnahme": "Kenntnisnahme", "genehmigung": "Genehmigung"}
RESULTS = {"beschlossen": "ungeändert beschlossen", "empfohlen": "einstimmig empfohlen", "vertagt": "vertagt",
           "zur_kenntnis_genommen": "zur Kenntnis genommen"}


@dataclass(frozen=True)
class OParlCorpus:
    root: Path
    system_url: str
    papers: int
    meetings: int
    organizations: int
    pages: int
    bytes: int


def build(root: Path, base: str, vorlagen: Iterable[dict[str, Any]]) -> OParlCorpus:
    """Write the OParl objects for ``vorlagen`` (loaded Vorlage files) below ``root``; ids start with ``base``."""
    bodies: dict[str, dict[str, Any]] = {}
    for value in vorlagen:
        body = bodies.setdefault(value["koerperschaft"], {"papers": [], "orgs": {}, "meetings": {}})
        body["papers"].append(value["vorlage"])
    writer = _Writer(root, base)
    body_objects = []
    for body_id, content in sorted(bodies.items()):
        body_objects.append(_body(writer, body_id, content))
    writer.page("bodies", body_objects)
    writer.put("system", {"id": f"{base}/system", "type": SCHEMA + "System", "oparlVersion": SCHEMA,
                          "name": "gremienlauf-Benchmark", "body": f"{base}/bodies"})
    counts = [sum(len(c[k]) for c in bodies.values()) for k in ("papers", "meetings", "orgs")]
    return OParlCorpus(root, f"{base}/system", *counts, writer.files, writer.bytes)


def _body(writer: _Writer, body_id: str, content: dict[str, Any]) -> dict[str, Any]:
    url = f"{writer.base}/bodies/{body_id}"
    orgs, meetings = content["orgs"], content["meetings"]
    papers = []
    for n, v in enumerate(content["papers"], start=1):
        paper_url = f"{url}/papers/{n}"
        consultations = []
        for i, c in enumerate(v.get("beratungsfolge", ())):
            org = orgs.setdefault(c["gremium"], {"id": f"{url}/organizations/{len(orgs) + 1}",
                                                 "type": SCHEMA + "Organization", "body": url,
                                                 "name": c["gremium"], "organizationType": "Gremium"})
            consultation = {"id": f"{paper_url}/consultations/{i + 1}", "type": SCHEMA + "Consultation",
                            "paper": paper_url, "organization": [org["id"]], "role": ROLES[c["rolle"]],
                            "authoritative": c["rolle"] == "entscheidung"}
            if "sitzung" in c:
                meeting = _meeting(meetings, url, org, c["sitzung"])
                item = {"id": f"{meeting['id']}/agendaitems/{len(meeting['agendaItem']) + 1}",
                        "type": SCHEMA + "AgendaItem", "meeting": meeting["id"],
                        "number": str(c.get("top", len(meeting["agendaItem"]) + 1)),
                        "order": len(meeting["agendaItem"]) + 1,
                        "name": v["betreff"], "public": True, "consultation": consultation["id"]}
                if "ergebnis" in c:
                    item["result"] = RESULTS.get(c["ergebnis"], c["ergebnis"])
                meeting["agendaItem"].append(item)
                consultation.update(meeting=meeting["id"], agendaItem=item["id"])
            consultations.append(consultation)
        papers.append({"id": paper_url, "type": SCHEMA + "Paper", "body": url, "name": v["betreff"],
                       "reference": v["nummer"], "date": v.get("datum"),
                       "paperType": ("Mitteilungsvorlage" if v.get("art") == "mitteilungsvorlage"
                                     else "Beschlussvorlage"),
                       "consultation": consultations})
    writer.page(f"bodies/{body_id}/papers", papers)
    writer.page(f"bodies/{body_id}/meetings", sorted(meetings.values(), key=lambda m: m["id"]))
    writer.page(f"bodies/{body_id}/organizations", list(orgs.values()))
    # Consultations name their Meeting by URL; a server must answer it on its own (the HTTP reader
    # fetches it there), not only inside the list.
    for meeting in meetings.values():
        writer.put(meeting["id"][len(writer.base) + 1:], meeting)
    body = {"id": url, "type": SCHEMA + "Body", "system": f"{writer.base}/system", "name": body_id,
            "organization": f"{url}/organizations", "meeting": f"{url}/meetings", "paper": f"{url}/papers",
            "person": f"{url}/people", "legislativeTerm": []}
    writer.put(f"bodies/{body_id}", body)
    return body


def _meeting(meetings: dict[str, dict[str, Any]], url: str, org: dict[str, Any], day: str) -> dict[str, Any]:
    key = f"{org['id']}|{day}"
    if key not in meetings:
        meetings[key] = {"id": f"{url}/meetings/{len(meetings) + 1}", "type": SCHEMA + "Meeting",
                         "name": f"Sitzung {org['name']}", "start": f"{day}T17:00:00+01:00",
                         "organization": [org["id"]], "agendaItem": []}
    return meetings[key]


class _Writer:
    def __init__(self, root: Path, base: str) -> None:
        self.root, self.base, self.files, self.bytes = root, base, 0, 0

    def put(self, rel: str, value: Any) -> None:
        path = self.root / (rel + ".json")
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)

    def page(self, rel: str, items: list[Any]) -> None:
        """An OParl list: pages of PAGE_SIZE linked by ``links.next``; page 1 is the bare list URL."""
        pages = max(1, -(-len(items) // PAGE_SIZE))
        for n in range(1, pages + 1):
            url = f"{self.base}/{rel}"
            links = {"first": url, "last": f"{url}?page={pages}"}
            if n < pages:
                links["next"] = f"{url}?page={n + 1}"
            value = {"data": items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE],
                     "pagination": {"totalElements": len(items), "elementsPerPage": PAGE_SIZE,
                                    "currentPage": n, "totalPages": pages}, "links": links}
            self.put(rel if n == 1 else f"{rel}__page-{n}", value)


def file_for(root: Path, url_path: str, query: str) -> Path | None:
    """The file that answers ``url_path?query``; None for paths outside the corpus."""
    if not url_path.startswith(PREFIX + "/"):
        return None
    rel = url_path[len(PREFIX):].strip("/")
    if not rel or ".." in rel.split("/"):
        return None
    page = next((q.split("=", 1)[1] for q in query.split("&") if q.startswith("page=")), "1")
    name = rel if page == "1" else f"{rel}__page-{page}"
    path = root / (name + ".json")
    return path if path.is_file() else None


class _Handler(BaseHTTPRequestHandler):
    root: Path

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        parts = urlsplit(self.path)
        path = file_for(self.root, parts.path, parts.query)
        if path is None:
            self.send_error(404)
            return
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


def registry_file(path: Path, base: str, body_ids: Iterable[str]) -> Path:
    """The bundled entries of these Körperschaften with ``oparl_body`` set to their Body URL in the corpus,
    for ``--koerperschaften``: as ``oparl init-registry`` would link them, so the check finds them."""
    import yaml

    from gremienlauf.load.files import bundled_yaml

    wanted = set(body_ids)
    entries = [{**raw, "oparl_body": f"{base}/bodies/{raw['id']}"} for doc in bundled_yaml("bodies")
               for raw in doc.value["koerperschaften"] if raw["id"] in wanted]
    path.write_text(yaml.safe_dump({"koerperschaften": entries}, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``root`` on 127.0.0.1 (a free port) in a background thread; returns the server and the base
    URL that ``build`` should put into the ids."""
    handler = type("Handler", (_Handler,), {"root": root})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
