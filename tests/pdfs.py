"""Small PDFs made at test time with pypdf: a text layer in a standard font, no text layer, encrypted."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")  # WinAnsiEncoding: umlauts and ß are single bytes
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(pages: list[str], password: str | None = None) -> bytes:
    """One page per string; each line of a string becomes one text line on the page."""
    writer = PdfWriter()
    for text in pages:
        page = writer.add_blank_page(595, 842)
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                 NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica"),
                                 NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
        ops = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
        ops += [b"(" + _escape(line) + b") Tj T*" for line in text.splitlines()]
        ops.append(b"ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_only_pdf() -> bytes:
    """A page that draws only a filled rectangle: what a scan without OCR looks like to a reader."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = DecodedStreamObject()
    stream.set_data(b"0 0 0 rg 40 40 200 200 re f")
    page[NameObject("/Contents")] = writer._add_object(stream)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/ProcSet"): ArrayObject([NameObject("/PDF")])})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
