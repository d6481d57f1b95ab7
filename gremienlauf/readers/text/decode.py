"""Bytes of a text file to str: UTF-8 (with or without BOM), UTF-16/32 with BOM, and Windows-1252 or
Latin-1, which are converted and said so. Empty and binary files are refused in German."""

from __future__ import annotations

import re

from gremienlauf.errors import InputError

_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CP1252_ONLY = re.compile(rb"[\x80-\x9f]")


def decode(data: bytes, datei: str) -> tuple[str, list[str]]:
    """The text and notes for the user (e.g. that the file was Windows-1252)."""
    if data.startswith(b"%PDF-"):
        raise InputError("ist eine PDF-Datei; bitte mit der Endung .pdf angeben", datei)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"Datei beginnt mit einer {codec.upper()}-Kennung, ist aber fehlerhaft kodiert "
                                 f"(Byte {exc.start})", datei) from None
            return _checked(text, datei), []
    _refuse_binary(data, datei)
    try:
        return _checked(data.decode("utf-8"), datei), []
    except UnicodeDecodeError as exc:
        bad = exc.start
    codec, name = ("cp1252", "Windows-1252") if _CP1252_ONLY.search(data) else ("latin-1", "ISO-8859-1 (Latin-1)")
    text = data.decode(codec, errors="replace")
    zeile = data[:bad].count(b"\n") + 1
    return _checked(text, datei), [f"Datei ist nicht UTF-8-kodiert (erstes fremdes Byte 0x{data[bad]:02x} in Zeile "
                                   f"{zeile}); als {name} gelesen – Umlaute bitte prüfen"]


def _refuse_binary(data: bytes, datei: str) -> None:
    sample = data[:65536]
    controls = len(_BINARY.findall(sample))
    if b"\x00" in sample or controls > max(8, len(sample) // 100):
        raise InputError("keine Textdatei (enthält Steuer- oder NUL-Bytes; Binärdatei?)", datei)


def _checked(text: str, datei: str) -> str:
    if not text.strip():
        raise InputError("Datei ist leer (kein Text)", datei)
    return text
