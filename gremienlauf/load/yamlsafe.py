"""A YAML loader that folds libyaml events iteratively and keeps a position for every path.

PyYAML's own loaders expand aliases lazily into shared references (alias bombs hang whoever walks
the result), keep the last of duplicate keys, turn ``17:30`` into 1050 and ``no`` into False, and
the C composer segfaults on deep nesting. Folding the event stream ourselves avoids all of that,
and is faster than ``yaml.load(CSafeLoader)`` because no node graph is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from gremienlauf.errors import InputError

try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # PyYAML without libyaml: the pure-Python parser, same events
    _CParser = None  # type: ignore[assignment,misc]  # None marks "no libyaml"; checked before each use

Path = tuple[Any, ...]
Pos = tuple[int, int]

MAX_TIEFE = 64
MAX_BYTES = 20 * 1024 * 1024

_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
_STR_TAGS = {"tag:yaml.org,2002:str", "!"}
_CONTAINER_TAGS = {None, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}

_PROBLEME = {
    "mapping values are not allowed here":
        "Doppelpunkt an dieser Stelle nicht erlaubt (Wert in Anführungszeichen setzen?)",
    "could not find expected ':'": "erwarteter Doppelpunkt fehlt",
    "did not find expected key": "Einrückung passt nicht: hier wird ein Schlüssel erwartet",
    "did not find expected '-' indicator": "Einrückung passt nicht: hier wird ein Listeneintrag (-) erwartet",
    "found character '\\t' that cannot start any token": "Tabulatorzeichen sind in YAML zur Einrückung nicht erlaubt",
    "found unexpected end of stream": "Datei endet mitten in einem Wert (Anführungszeichen nicht geschlossen?)",
    "did not find expected node content": "hier fehlt ein Wert",
    "found undefined alias": "Verweis (*name) ohne Anker",
    "found unknown escape character": "unbekannte Escape-Sequenz in Anführungszeichen",
    "did not find expected ',' or ']'": "Liste in eckigen Klammern nicht geschlossen",
    "did not find expected ',' or '}'": "Zuordnung in geschweiften Klammern nicht geschlossen",
    "found character that cannot start any token":
        "Zeichen kann hier nicht stehen (Tabulator oder Sonderzeichen am Wertanfang?)",
    "found a tab character that violates indentation": "Tabulatorzeichen in der Einrückung",
    "found a tab character where an indentation space is expected": "Tabulatorzeichen in der Einrückung",
    "mapping values are not allowed in this context":
        "Doppelpunkt an dieser Stelle nicht erlaubt (Wert in Anführungszeichen setzen?)",
    "did not find expected <document start>":
        "Einrückung oder Zeilenanfang passt nicht: hier beginnt unerwartet ein neuer Wert",
    "found invalid Unicode character escape code": "ungültige \\u-Escape-Sequenz in Anführungszeichen",
    "found unexpected ':'": "Doppelpunkt an dieser Stelle nicht erlaubt (Wert in Anführungszeichen setzen?)",
    "found unexpected end of stream while scanning a quoted scalar":
        "Datei endet mitten in einem Wert (Anführungszeichen nicht geschlossen?)",
    "did not find expected comment or line break":
        "nach dem Wert folgt noch etwas (Kommentar mit Leerzeichen vor '#' beginnen?)",
    "did not find expected alphabetic or numeric character": "nach '&' oder '*' fehlt ein Name",
    "block sequence entries are not allowed in this context":
        "Listeneintrag (-) an dieser Stelle nicht erlaubt (Einrückung?)",
    "mapping keys are not allowed in this context": "Schlüssel (?) an dieser Stelle nicht erlaubt (Einrückung?)",
    "found unexpected document indicator": "Dokumentgrenze (--- oder ...) mitten in einem Wert",
    "did not find expected whitespace": "hier fehlt ein Leerzeichen",
    "did not find expected whitespace or line break": "hier fehlt ein Leerzeichen oder Zeilenende",
    "did not find expected hexdecimal number": "ungültige \\x-Escape-Sequenz in Anführungszeichen",
    "found an indentation indicator equal to 0": "Einrückungsangabe 0 nach '|' oder '>' ist nicht erlaubt",
    "found undefined tag handle": "unbekanntes Tag-Kürzel (Tags sind ohnehin nicht erlaubt)",
    "did not find the expected '>'": "Tag in spitzen Klammern nicht geschlossen (Tags sind ohnehin nicht erlaubt)",
    "did not find expected tag URI": "Tag ohne Namen (Tags sind ohnehin nicht erlaubt)",
    "did not find URI escaped octet": "ungültige %-Sequenz in einem Tag (Tags sind ohnehin nicht erlaubt)",
    "did not find expected '!'": "unvollständiges Tag-Kürzel in einer %TAG-Direktive",
    "found duplicate %YAML directive": "doppelte %YAML-Direktive",
    "found duplicate %TAG directive": "doppelte %TAG-Direktive",
    "found unknown directive name": "unbekannte Direktive (Zeilen mit % am Anfang)",
    "could not find expected directive name": "Direktive (%) ohne Namen",
    "found incompatible YAML document": "YAML-Version in %YAML wird nicht unterstützt",
    "did not find expected version number": "%YAML-Direktive ohne Versionsnummer",
    "found extremely long version number": "Versionsnummer der %YAML-Direktive ist zu lang",
    "did not find expected digit or '.' character": "Versionsnummer der %YAML-Direktive ist fehlerhaft",
    "found unexpected non-alphabetical character": "unerwartetes Zeichen in einer Direktive",
    "found duplicate anchor; first occurrence": "Anker (&name) sind nicht erlaubt",
    "expected a single document in the stream": "nur ein YAML-Dokument pro Datei erlaubt",
}


@dataclass(frozen=True, slots=True)
class Loaded:
    """A loaded document: plain values plus the (line, column) of every path, both 1-based."""

    value: Any
    positions: Mapping[Path, Pos]
    datei: str
    geprueft: str = ""  # schema kind the value is known to satisfy (bundled data, load/cache.py)
    sha256: str = ""  # of the canonical value, where already known (bundled data, load/cache.py)

    def pos(self, path: Path) -> Pos:
        """Position of ``path``, or of its nearest ancestor that has one."""
        p = tuple(path)
        while p:
            if p in self.positions:
                return self.positions[p]
            p = p[:-1]
        return self.positions.get((), (1, 1))

    def error(self, path: Path, meldung: str) -> InputError:
        zeile, spalte = self.pos(path)
        return InputError(meldung, self.datei, zeile, spalte)


def decode(data: bytes, datei: str, max_bytes: int = MAX_BYTES) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an error."""
    if len(data) > max_bytes:
        raise InputError(f"Datei ist mit {len(data):,} Bytes größer als die Grenze von "
                         f"{max_bytes:,} Bytes (--max-bytes)".replace(",", "."), datei)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"UTF-16-Datei ist fehlerhaft kodiert (Byte {exc.start})", datei) from None
    if b"\x00" in data:
        raise InputError("Datei enthält NUL-Bytes: keine Textdatei", datei,
                         *line_col(data, data.index(b"\x00")))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        zeile, spalte = line_col(data, exc.start)
        raise InputError(f"Datei ist nicht UTF-8-kodiert (Byte 0x{data[exc.start]:02x}); "
                         "bitte als UTF-8 speichern", datei, zeile, spalte) from None


def line_col(data: bytes | str, offset: int) -> Pos:
    """Line and column (from 1) of an offset into bytes or text, for messages about a position."""
    newline: Any = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, offset) + 1, offset - (data.rfind(newline, 0, offset) + 1) + 1


def load(text: str, datei: str, max_tiefe: int = MAX_TIEFE) -> Loaded:
    """Parse one YAML document into plain values, rejecting what no gremienlauf file needs."""
    positions: dict[Path, Pos] = {}
    try:
        value = _fold(_events(text), datei, positions, max_tiefe)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "").strip()
        if problem == "exceeded maximum nesting depth":  # libyaml >= 0.2.6 stops at 1000 levels itself
            meldung = _zu_tief(max_tiefe)
        else:  # a wording this table lacks (a libyaml release we have not seen) must not reach users in English
            meldung = _PROBLEME.get(problem, "YAML-Syntaxfehler an dieser Stelle")
        raise InputError(meldung, datei, mark.line + 1 if mark else None,
                         mark.column + 1 if mark else None) from None
    except yaml.reader.ReaderError as exc:  # a control character: libyaml names only its offset
        at = exc.position  # libyaml counts UTF-8 bytes, the pure-Python reader characters
        if _CParser is not None:
            at = len(text.encode("utf-8")[:at].decode("utf-8", "ignore"))
        zeile, spalte = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        raise InputError(f"Steuerzeichen U+{exc.character:04X} ist in YAML nicht erlaubt", datei, zeile, spalte) \
            from None
    except yaml.YAMLError:
        raise InputError("YAML-Fehler: Datei kann nicht als YAML gelesen werden", datei) from None
    return Loaded(value, positions, datei)


def _events(text: str) -> Iterator[Any]:
    # libyaml's parser alone: a CSafeLoader would also set up a constructor and resolver per file, and
    # yaml.parse adds a Python generator step per event (together ~40 % of folding a Vorlage).
    if _CParser is not None:
        return iter(_CParser(text).get_event, None)
    return yaml.parse(text, Loader=yaml.SafeLoader)


_SCALAR, _MAP, _SEQ = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
_MAP_END, _SEQ_END, _DOC, _ALIAS = yaml.MappingEndEvent, yaml.SequenceEndEvent, yaml.DocumentStartEvent, yaml.AliasEvent


def _fold(events: Iterable[Any], datei: str, positions: dict[Path, Pos], max_tiefe: int) -> Any:
    # A frame is [container, path, pending_key, is_list]; a key's first position is in ``positions``.
    stack: list[list[Any]] = []
    root: Any = None
    documents = 0

    def fail(event: Any, meldung: str) -> InputError:
        m = event.start_mark
        return InputError(meldung, datei, m.line + 1, m.column + 1)

    for event in events:
        kind = type(event)
        if kind is _SCALAR:
            if event.anchor is not None:
                raise fail(event, "Anker (&name) sind nicht erlaubt")
            value = _scalar(event, fail)
        elif kind is _MAP or kind is _SEQ:
            if event.anchor is not None:
                raise fail(event, "Anker (&name) sind nicht erlaubt")
            if event.tag not in _CONTAINER_TAGS:
                raise fail(event, f"Tags wie {event.tag!r} sind nicht erlaubt")
            if len(stack) >= max_tiefe:
                raise fail(event, _zu_tief(max_tiefe))
            value = {} if kind is _MAP else []
        elif kind is _MAP_END or kind is _SEQ_END:
            done = stack.pop()[0]
            if not stack:
                root = done
            continue
        elif kind is _DOC:
            documents += 1
            if documents > 1:
                raise fail(event, "nur ein YAML-Dokument pro Datei erlaubt")
            continue
        elif kind is _ALIAS:
            raise fail(event, "Verweise (*name) sind nicht erlaubt")
        else:
            continue
        mark = event.start_mark
        pos = (mark.line + 1, mark.column + 1)
        if not stack:
            positions[()] = pos
            if kind is _SCALAR:
                root = value
            else:
                stack.append([value, (), None, kind is _SEQ])
            continue
        frame = stack[-1]
        parent, path = frame[0], frame[1]
        if frame[3]:
            child = path + (len(parent),)
            parent.append(value)
            positions[child] = pos
        elif frame[2] is None:
            if kind is not _SCALAR or value is None or isinstance(value, bool):
                raise fail(event, "Schlüssel muss ein einfacher Text sein")
            key = str(value)
            if key == "<<" and event.implicit[0]:
                raise fail(event, "Merge-Schlüssel '<<' ist nicht erlaubt")
            child = path + (key,)
            if key in parent:
                raise fail(event, f"doppelter Schlüssel '{key}' (zuerst in Zeile {positions[child][0]})")
            frame[2] = (key,)
            positions[child] = pos
            continue
        else:
            key = frame[2][0]
            frame[2] = None
            parent[key] = value
            child = path + (key,)
        if kind is not _SCALAR:
            stack.append([value, child, None, kind is _SEQ])
    return root


def _zu_tief(max_tiefe: int) -> str:
    return f"Verschachtelung tiefer als {max_tiefe} {'Ebene' if max_tiefe == 1 else 'Ebenen'}"


def _scalar(event: Any, fail: Any) -> Any:
    text = event.value
    if event.tag is not None and event.tag not in _STR_TAGS:
        raise fail(event, f"Tags wie {event.tag!r} sind nicht erlaubt")
    if event.tag is not None or not event.implicit[0]:
        return text
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text) and len(text) <= 4000:  # longer digit strings stay text (int() refuses > 4300 digits)
        return int(text)
    return text
