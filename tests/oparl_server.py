"""A small OParl server on 127.0.0.1 for the tests: serves the shared corpus and broken cases.

Each corpus is served under its own path prefix; the reader is pointed there with an ``umleitung``
(id prefix → server URL), so ids stay the original ones and findings can be compared byte for byte
with reading the same corpus from disk. Every request is recorded (path and headers).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Reply = tuple[int, dict[str, str], bytes]
Route = Reply | Callable[[], Reply]

KARLSRUHE = "https://web1.karlsruhe.de/oparl/"
HUERTGENWALD = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/"
BONN = "https://www.bonn.sitzung-online.de/public/oparl/"
JSON = {"Content-Type": "application/json; charset=utf-8"}


def ok(value: Any) -> Reply:
    return 200, JSON, json.dumps(value, ensure_ascii=False).encode("utf-8")


@dataclass
class Server:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def add(self, prefix: str, original: str, objects: dict[str, Route]) -> str:
        """Serve ``objects`` (keyed by their original URL) under ``/prefix/``; returns the umleitung."""
        for url, reply in objects.items():
            self.routes[f"/{prefix}/" + url[len(original):]] = reply
        return f"{original}={self.base}/{prefix}/"

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def serve(host: str = "127.0.0.1") -> Iterator[Server]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            state.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = state.routes.get(self.path)
            status, headers, body = (404, JSON, b'{"error": "nicht gefunden"}') if route is None else \
                route() if callable(route) else route
            self.send_response(status)
            for key, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    class Threads(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 64  # --jobs opens several connections at once; the default backlog (5) drops some

    httpd = Threads((host, 0), Handler)
    state.base = f"http://{host}:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


# --- the corpus as a server would publish it -------------------------------------------------
def _index(objects: dict[str, Route], value: Any) -> None:
    """Every object with an id, also embedded ones, reachable under its id (as OParl requires)."""
    if isinstance(value, dict):
        if isinstance(value.get("id"), str) and value.get("type"):
            objects.setdefault(value["id"], ok(value))
        for child in value.values():
            _index(objects, child)
    elif isinstance(value, list):
        for child in value:
            _index(objects, child)


def _pages(list_url: str, items: list[Any], size: int) -> dict[str, Route]:
    out: dict[str, Route] = {}
    chunks = [items[i:i + size] for i in range(0, len(items), size)] or [[]]
    for n, chunk in enumerate(chunks, 1):
        page: dict[str, Any] = {"data": chunk, "links": {}}
        if n < len(chunks):
            page["links"]["next"] = f"{list_url}?page={n + 1}"
        out[list_url if n == 1 else f"{list_url}?page={n}"] = ok(page)
    return out


def karlsruhe(corpus: Path) -> dict[str, Route]:
    root = corpus / "karlsruhe-oparl-1.1"
    objects: dict[str, Route] = {}
    papers = []
    for path in sorted((root / "papers").glob("*.json")):
        value = json.loads(path.read_bytes())
        papers.append(value)
        objects[value["id"]] = (200, JSON, path.read_bytes())  # the original bytes
    for path in sorted((root / "meetings").glob("*.json")):
        value = json.loads(path.read_bytes())
        objects[value["id"]] = (200, JSON, path.read_bytes())
        _index(objects, value)
    organizations = json.loads((root / "organizations.json").read_bytes())
    for name in ("organizations.json", "consultations.json"):
        _index(objects, json.loads((root / name).read_bytes()))
    for value in papers:
        _index(objects, value)
    body = KARLSRUHE + "bodies/0001"
    objects[KARLSRUHE + "system"] = ok({"id": KARLSRUHE + "system", "type": "https://schema.oparl.org/1.1/System",
                                        "oparlVersion": "https://schema.oparl.org/1.1/", "body": KARLSRUHE + "bodies"})
    objects[KARLSRUHE + "bodies"] = ok({"data": [{"id": body, "type": "https://schema.oparl.org/1.1/Body",
                                                  "name": "Stadt Karlsruhe", "paper": body + "/papers",
                                                  "organization": body + "/organizations"}], "links": {}})
    objects.update(_pages(body + "/papers", papers, 20))
    objects.update(_pages(body + "/organizations", organizations, 50))
    return objects


def huertgenwald(corpus: Path) -> dict[str, Route]:
    root = corpus / "huertgenwald-sternberg-oparl-1.0"
    objects: dict[str, Route] = {}
    for name in ("system.json", "body.json", "body/1/organization.json"):
        value = json.loads((root / name).read_bytes())
        objects[HUERTGENWALD + name[:-5]] = (200, JSON, (root / name).read_bytes())
        _index(objects, value)
    for name in ("meeting_page-11.json", "meeting_page-12.json"):
        _index(objects, json.loads((root / "body/1" / name).read_bytes()))
    # The corpus holds pages 64, 66, 68 and 85 of the paper list; served as one chain of 'next' links.
    chain = [64, 66, 68, 85]
    for i, n in enumerate(chain):
        page = json.loads((root / f"body/1/paper_page-{n}.json").read_bytes())
        _index(objects, page["data"])
        url = HUERTGENWALD + "body/1/paper" + ("" if i == 0 else f"?page={n}")
        if i + 1 < len(chain):
            page["links"]["next"] = HUERTGENWALD + f"body/1/paper?page={chain[i + 1]}"
        objects[url] = ok(page)
    return objects


def bonn(corpus: Path) -> dict[str, Route]:
    root = corpus / "bonn-allris-oparl-1.1"
    objects: dict[str, Route] = {}
    for path in sorted(root.glob("*.json")):
        value = json.loads(path.read_bytes())
        if "id" in value:
            objects[value["id"]] = (200, JSON, path.read_bytes())
        _index(objects, value)
    third = json.loads((root / "papers_all_third_page.json").read_bytes())["data"]
    singles = [json.loads((root / f"paper_{n}.json").read_bytes()) for n in (2021241, 2022382)]
    body = BONN + "bodies?id=1"
    objects[BONN + "system"] = ok({"id": BONN + "system", "type": "https://schema.oparl.org/1.1/System",
                                   "oparlVersion": "https://schema.oparl.org/1.1/", "body": BONN + "bodies"})
    objects[BONN + "bodies"] = ok({"data": [{"id": body, "type": "https://schema.oparl.org/1.1/Body",
                                             "name": "Stadt Bonn", "paper": BONN + "papers"}], "links": {}})
    objects.update(_pages(BONN + "papers", third + singles, 20))
    return objects
