"""Where OParl JSON comes from: local files (object, list page, bare array, JSON Lines, directory)
and HTTP servers (stdlib urllib), each turned into parsed JSON or a German InputError.

HTTP is polite and defensive: ``Accept: application/json``, a timeout, retries with back-off on
5xx/429 and dropped connections, a response size cap, no credentials, no cookies, and no redirect
to another server. ``Settings.umleitungen`` maps id prefixes to the URL to fetch them from (real
servers publish ids they do not answer under; tests serve a corpus from 127.0.0.1).
"""

from __future__ import annotations

import http.client
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from gremienlauf import __version__
from gremienlauf.errors import InputError, grund
from gremienlauf.load.files import read_bytes
from gremienlauf.load.yamlsafe import MAX_BYTES, line_col
from gremienlauf.readers.oparl.responses import Cache

SUFFIXES = (".json", ".jsonl")
_JSON_MESSAGES = (
    ("Invalid control character", "unzulässiges Steuerzeichen in einer Zeichenkette"),
    ("Expecting value", "hier fehlt ein Wert"),
    ("Expecting property name enclosed in double quotes", "Schlüssel in doppelten Anführungszeichen erwartet"),
    ("Expecting ',' delimiter", "Komma erwartet"),
    ("Expecting ':' delimiter", "Doppelpunkt erwartet"),
    ("Unterminated string", "Zeichenkette nicht abgeschlossen"),
    ("Invalid \\escape", "ungültige Escape-Sequenz"),
    ("Invalid \\uXXXX escape", "ungültige \\u-Escape-Sequenz"),
    ("Extra data", "nach dem JSON-Wert folgen weitere Daten"),
)


@dataclass(frozen=True)
class Settings:
    """How to fetch: limits and politeness. Defaults suit a live council information system."""

    max_bytes: int = MAX_BYTES
    timeout: float = 30.0
    versuche: int = 4
    wartezeit: float = 0.5
    jobs: int = 1
    max_seiten: int = 5000
    cache: str | None = None
    umleitungen: tuple[tuple[str, str], ...] = ()
    pause: Callable[[float], None] = field(default=time.sleep, compare=False)


def parse_json(data: bytes, where: str) -> Any:
    """Strict JSON in UTF-8 (a BOM is tolerated); errors name line, column and byte offset."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        zeile, spalte = line_col(data, exc.start)
        raise InputError(f"kein gültiges UTF-8 (Byte {exc.start}: 0x{data[exc.start]:02x}); JSON muss UTF-8 sein",
                         where, zeile, spalte) from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        meldung = next((de for en, de in _JSON_MESSAGES if exc.msg.startswith(en)), f"ungültiges JSON ({exc.msg})")
        if exc.msg.startswith("Invalid control character") and exc.pos < len(text):
            meldung += f" (U+{ord(text[exc.pos]):04X})"
        byte = len(text[:exc.pos].encode("utf-8"))
        raise InputError(f"{meldung} an Byte {byte}", where, exc.lineno, exc.colno) from None
    except RecursionError:
        raise InputError("JSON ist zu tief verschachtelt", where) from None
    except ValueError as exc:
        raise InputError(str(exc), where) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"'{name}' ist in JSON nicht erlaubt")


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


# --- local files -----------------------------------------------------------------------------
def local_files(path: str) -> list[tuple[str, bool]]:
    """The files under ``path``: a file the user named (explicit) or a sorted walk of a directory."""
    if not os.path.isdir(path):
        return [(path, True)]
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(root, f) for f in files if f.endswith(SUFFIXES) and not f.startswith(".")]
    return [(f, False) for f in sorted(found)]


def local_values(path: str, max_bytes: int) -> Iterator[Any]:
    """The JSON values in one local file (one per line for JSON Lines)."""
    data = read_bytes(path, max_bytes)
    if not path.endswith(".jsonl"):
        yield parse_json(data, path)
        return
    for number, line in enumerate(data.splitlines(), 1):
        if line.strip():
            try:
                yield parse_json(line, path)
            except InputError as exc:
                raise InputError(exc.meldung, path, number, exc.spalte) from None


# --- HTTP ------------------------------------------------------------------------------------
class _Refused(Exception):
    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target


class _SameServerRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects on the same server (http → https allowed), refuse any other."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        old, new = urlsplit(req.full_url), urlsplit(newurl)
        same_port = (old.port or _port(old.scheme)) == (new.port or _port(new.scheme))
        upgrade = (old.scheme, new.scheme) == ("http", "https") and new.port in (None, 443)
        if old.hostname != new.hostname or not (same_port or upgrade) or new.scheme not in ("http", "https") \
                or (old.scheme, new.scheme) == ("https", "http"):
            raise _Refused(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def _port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


class Http:
    """Fetches one URL at a time per call; safe to call from several threads (``--jobs``)."""

    def __init__(self, settings: Settings, erlaubt: set[str] | None = None) -> None:
        self.settings = settings
        self.cache = Cache(settings.cache) if settings.cache else None
        # No auth handlers, no cookies: a server gets the URL and our two headers, nothing else. Proxies
        # from the environment are honoured, except for this machine (tests serve from 127.0.0.1).
        self.opener = urllib.request.build_opener(_SameServerRedirects())
        self.direct = urllib.request.build_opener(_SameServerRedirects(), urllib.request.ProxyHandler({}))
        self.erlaubt = erlaubt if erlaubt is not None else set()
        self.abrufe = 0

    def target(self, url: str) -> str:
        for alt, neu in self.settings.umleitungen:
            if url.startswith(alt):
                return neu + url[len(alt):]
        return url

    def fetch(self, url: str) -> Any:
        """Parsed JSON for ``url`` (an OParl id or list URL); InputError names the URL."""
        where = url
        target = self.target(url)
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError("keine http(s)-Adresse", where)
        if parts.username or parts.password:
            raise InputError("Adressen mit Zugangsdaten werden nicht abgerufen", where)
        if self.erlaubt and parts.hostname not in self.erlaubt:
            raise InputError(f"liegt auf einem anderen Server ({parts.hostname}); abgerufen werden nur "
                             f"{', '.join(sorted(self.erlaubt))}", where)
        if self.cache is not None:
            cached = self.cache.get(target)
            if cached is not None:
                return parse_json(cached, where)
        data = self._download(target, where)
        value = parse_json(data, where)
        if self.cache is not None:
            self.cache.put(target, data)
        return value

    def _download(self, target: str, where: str) -> bytes:
        s = self.settings
        for attempt in range(s.versuche):
            last = attempt == s.versuche - 1
            try:
                return self._once(target, where)
            except urllib.error.HTTPError as exc:
                if exc.code in (429, 500, 502, 503, 504) and not last:
                    s.pause(_retry_after(exc, s.wartezeit * 2 ** attempt))
                    continue
                raise InputError(_http_message(exc), where) from None
            except _Refused as exc:
                raise InputError(f"Weiterleitung auf einen anderen Server ({exc.target}) verweigert", where) from None
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError) as exc:
                if last:
                    raise InputError(f"nicht erreichbar nach {s.versuche} Versuchen ({grund(exc)})", where) from None
                s.pause(s.wartezeit * 2 ** attempt)
        raise AssertionError("unreachable")

    def _once(self, target: str, where: str) -> bytes:
        limit = self.settings.max_bytes
        request = urllib.request.Request(target, headers={
            "Accept": "application/json", "User-Agent": f"gremienlauf/{__version__} (OParl-Prüfung)"})
        self.abrufe += 1
        opener = self.direct if urlsplit(target).hostname in _LOOPBACK else self.opener
        with opener.open(request, timeout=self.settings.timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise InputError(f"Antwort ist größer als die Grenze von {limit} Bytes (--max-bytes)", where)
            data = response.read(limit + 1)
            kind = response.headers.get_content_type()
        if len(data) > limit:
            raise InputError(f"Antwort ist größer als die Grenze von {limit} Bytes (--max-bytes)", where)
        if "json" not in kind and data.lstrip()[:1] == b"<":
            anfang = data.lstrip()[:40].decode("utf-8", "replace")
            raise InputError(f"keine JSON-Antwort, sondern {kind} (beginnt mit {anfang!r})", where)
        return data


def _retry_after(exc: urllib.error.HTTPError, default: float) -> float:
    value = exc.headers.get("Retry-After") if exc.headers else None
    return min(float(value), 30.0) if value and value.isdigit() else default


def _http_message(exc: urllib.error.HTTPError) -> str:
    names = {401: "nicht öffentlich (HTTP 401)", 403: "Zugriff verweigert (HTTP 403)",
             404: "nicht gefunden (HTTP 404)", 410: "gelöscht (HTTP 410)"}
    text = names.get(exc.code, f"HTTP-Fehler {exc.code}")
    try:
        detail = json.loads(exc.read(4096).decode("utf-8"))
    except (ValueError, OSError, UnicodeDecodeError):
        return text
    said = detail.get("message") or detail.get("error") if isinstance(detail, dict) else None
    return f"{text}; Server meldet: {str(said)[:200]}" if said else text
