"""Reasons from the operating system and the network reach the user in German (their strerror is English)."""

from __future__ import annotations

import errno
import http.client
import socket
import urllib.error

import pytest

from gremienlauf.errors import grund


@pytest.mark.parametrize("exc, text", [
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "nicht vorhanden"),
    (PermissionError(errno.EACCES, "Permission denied"), "keine Berechtigung"),
    (OSError(errno.ENOSPC, "No space left on device"), "kein Speicherplatz mehr"),
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "Verbindung abgelehnt"),
    (socket.gaierror(-2, "Name or service not known"), "Rechnername unbekannt (DNS)"),
    (socket.gaierror(-3, "Temporary failure in name resolution"),
     "Namensauflösung (DNS) gescheitert – ohne Netz oder vorübergehend gestört?"),
    (TimeoutError("timed out"), "Zeitüberschreitung"),
    (urllib.error.URLError(ConnectionRefusedError(errno.ECONNREFUSED, "x")), "Verbindung abgelehnt"),
    (urllib.error.URLError(socket.gaierror(-2, "x")), "Rechnername unbekannt (DNS)"),
    (http.client.RemoteDisconnected("Remote end closed"), "Server hat die Verbindung ohne Antwort geschlossen"),
    (OSError(errno.EPROTO, "Protocol error"), f"Systemfehler Nr. {errno.EPROTO}"),
])
def test_reasons_are_german(exc: BaseException, text: str) -> None:
    assert grund(exc) == text
