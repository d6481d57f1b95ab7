"""The text layer of a PDF, via pypdf (pure Python). Imported only when a PDF is read, so a YAML check
does not pay for it at start-up."""

from __future__ import annotations

import io
import logging

from gremienlauf.errors import InputError

MAX_PAGES = 2000


def pdf_text(data: bytes, datei: str) -> str:
    """All pages' text, one page after the other. Encrypted, broken and image-only PDFs are refused
    with a German message that says what to do."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency; this guards broken installs
        raise InputError("PDF lesen braucht das Paket pypdf (pip install pypdf)", datei) from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are not for our users
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _open(reader):
            raise InputError("PDF ist verschlüsselt und ohne Kennwort nicht lesbar; bitte eine unverschlüsselte "
                             "Fassung verwenden", datei)
        if len(reader.pages) > MAX_PAGES:
            raise InputError(f"PDF hat mehr als {MAX_PAGES} Seiten; das ist keine einzelne Vorlage", datei)
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files; none may reach the user raw
        raise InputError(f"PDF ist beschädigt oder kein PDF: {_reason(exc)}; bitte die Datei neu "
                         "herunterladen oder exportieren", datei) from None
    if not "".join(pages).strip():
        raise InputError("PDF hat keine Textebene (nur Bilder, etwa ein Scan): Texterkennung (OCR) nötig, "
                         "z. B. mit ocrmypdf; danach erneut prüfen", datei)
    return "\n".join(page.rstrip("\n") for page in pages)


# pypdf's exception classes (by name, most specific first in the class's MRO) in a clerk's words;
# the class name itself means nothing to the user.
REASONS = {
    "EmptyFileError": "die Datei ist leer",
    "PdfStreamError": "ein Datenstrom darin bricht ab oder ist verfälscht (etwa nach einem abgebrochenen Download)",
    "FileNotDecryptedError": "sie ist verschlüsselt und ließ sich nicht öffnen",
    "DependencyError": "sie braucht zum Entschlüsseln ein weiteres Paket (cryptography)",
    "LimitReachedError": "sie überschreitet eine Grenze des PDF-Lesers (zu viele oder zu große Objekte)",
    "ParseError": "ihr Inhalt lässt sich nicht zerlegen",
    "PdfReadError": "ihr Aufbau (Querverweistabelle, Objekte) ist nicht lesbar",
}


def _reason(exc: Exception) -> str:
    return next((REASONS[c.__name__] for c in type(exc).__mro__ if c.__name__ in REASONS),
                "ihr Inhalt ist nicht lesbar")


def _open(reader: object) -> bool:
    """Many council PDFs are 'encrypted' only against editing, with an empty user password."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:
        return False
