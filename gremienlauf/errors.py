"""Errors that stop a run. "Your document is wrong" is a Finding; these say the tool cannot go on."""

from __future__ import annotations

import errno
from typing import Any

# The operating system's reasons in German (its own strerror texts are English).
_NAMEN = dict((
    ("ENOENT", "nicht vorhanden"), ("EACCES", "keine Berechtigung"), ("EPERM", "nicht erlaubt"),
    ("EROFS", "Dateisystem ist schreibgeschützt"), ("ENOSPC", "kein Speicherplatz mehr"),
    ("EDQUOT", "Kontingent erschöpft"), ("EISDIR", "ist ein Verzeichnis"),
    ("ENOTDIR", "ein Teil des Pfads ist kein Verzeichnis"), ("ELOOP", "zu viele Ebenen symbolischer Links"),
    ("EIO", "Ein-/Ausgabefehler"), ("ENAMETOOLONG", "Name zu lang"), ("EEXIST", "existiert bereits"),
    ("EBUSY", "belegt"), ("EMFILE", "zu viele offene Dateien"), ("ENXIO", "Gerät nicht erreichbar"),
    ("EAGAIN", "vorübergehend nicht verfügbar"), ("ECONNREFUSED", "Verbindung abgelehnt"),
    ("ECONNRESET", "Verbindung vom Server abgebrochen"), ("ETIMEDOUT", "Zeitüberschreitung"),
    ("EHOSTUNREACH", "Rechner nicht erreichbar"), ("ENETUNREACH", "Netz nicht erreichbar"),
    ("EPIPE", "Verbindung unterbrochen"),
))
_GRUENDE = {code: _NAMEN[name] for code, name in errno.errorcode.items() if name in _NAMEN}

# Errors of socket, http.client and ssl without a usable errno, by class name: importing them here would
# cost every start (bench/PROFILE.md, „Kosten beim Start“)
_KLASSEN = {
    "gaierror": "Rechnername unbekannt (DNS)",
    "RemoteDisconnected": "Server hat die Verbindung ohne Antwort geschlossen",
    "IncompleteRead": "Antwort unvollständig", "BadStatusLine": "keine gültige HTTP-Antwort",
    "SSLCertVerificationError": "TLS-Zertifikat nicht gültig", "SSLError": "TLS-Fehler",
    "InvalidURL": "ungültige Adresse", "LineTooLong": "Kopfzeile der Antwort zu lang",
}


# getaddrinfo's codes for "no such name" (EAI_NONAME, EAI_NODATA) on Linux and BSD/macOS; others
# (EAI_AGAIN: no network, resolver down) are no verdict on the address
_NAME_UNBEKANNT = {-2, -5, 7, 8}


def grund(exc: Any) -> str:
    """Why an operating-system or network call failed, in German."""
    if isinstance(exc, TimeoutError):
        return "Zeitüberschreitung"
    if type(exc).__name__ == "gaierror" and getattr(exc, "errno", None) not in _NAME_UNBEKANNT:
        return "Namensauflösung (DNS) gescheitert – ohne Netz oder vorübergehend gestört?"
    for cls in type(exc).__mro__:
        if cls.__name__ in _KLASSEN:
            return _KLASSEN[cls.__name__]
    if isinstance(exc, OSError) and exc.errno in _GRUENDE:
        return _GRUENDE[exc.errno]
    if isinstance(getattr(exc, "reason", None), BaseException):
        return grund(exc.reason)  # urllib wraps the socket's error
    if isinstance(exc, OSError) and exc.errno:
        return f"Systemfehler Nr. {exc.errno}"
    return "Verbindungsfehler" if isinstance(exc, OSError) else f"Fehler ({type(exc).__name__})"


class GremienlaufError(Exception):
    """Bad input or usage: reported in German with its location, exit code 2."""

    exit_code = 2

    def __init__(self, meldung: str, datei: str | None = None,
                 zeile: int | None = None, spalte: int | None = None) -> None:
        super().__init__(meldung)
        self.meldung = meldung
        self.datei = datei
        self.zeile = zeile
        self.spalte = spalte

    def ort(self) -> str:
        parts = [p for p in (self.datei, self.zeile, self.spalte) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        ort = self.ort()
        return f"{ort}: {self.meldung}" if ort else self.meldung


class InputError(GremienlaufError):
    """A file the user gave us cannot be read as what it claims to be."""


class ConfigError(GremienlaufError):
    """A rule pack, procedure or registry is broken: the run stops before any check."""
