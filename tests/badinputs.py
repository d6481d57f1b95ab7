"""The bad-input corpus: small items committed under tests/bad/, large and special ones made here.

Each ``Case`` writes its input into a fresh directory and says which class of bad input it stands for,
which reader kind it feeds (the kind decides the CLI entry points), and what a correct run looks like:
``fehler`` (exit 2, German message with the file and a line), ``fehler-ganz`` (the same, the file as a
whole), ``gelesen`` (read anyway: exit 0/1), ``gleich`` (the same findings as the clean file it was
derived from) or ``beendet`` (finishes with 0, 1 or 2: directories whose content decides).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from gremienlauf.load.schemas import schema

ROOT = Path(__file__).resolve().parent.parent
BAD = Path(__file__).resolve().parent / "bad"
CLEAN = ROOT / "examples" / "vorlagen" / "kamen-026-2012.yaml"
CLEAN_TEXT = Path(__file__).resolve().parent / "fixtures" / "ris" / "sessionnet-vo0050.txt"
MB = 1024 * 1024
SUFFIX = {"vorlage": ".yaml", "text": ".txt", "pdf": ".pdf", "oparl": ".json", "regeln": ".yaml",
          "feature": ".feature"}

Make = Callable[[Path], Path]
DIRECTORY = (("replay", "fehler-ganz"), ("parse", "fehler-ganz"))  # these read one file, never a directory


@dataclass(frozen=True)
class Case:
    klasse: str
    name: str
    kind: str
    make: Make
    erwartet: str = "fehler"  # fehler | gelesen | gleich
    schwer: bool = False      # large or hostile to the OS: run in a subprocess, time and memory measured
    anders: tuple[tuple[str, str], ...] = ()  # (entry point, expectation) where it differs from ``erwartet``
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.klasse}:{self.name}"


def _file(name: str, data: bytes | str) -> Make:
    def make(where: Path) -> Path:
        path = where / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path
    return make


def _committed(path: Path) -> Make:
    return _file(path.name, path.read_bytes())


# --- committed items: tests/bad/<kind>/<klasse>/<name> ------------------------------------------
def committed() -> list[Case]:
    """Every file under tests/bad/<kind>/<klasse>/; ``.ganz`` before the suffix means the message names
    the file only (no line), ``.gelesen`` that the file is read anyway."""
    cases = []
    for path in sorted(BAD.glob("*/*/*")):
        kind, klasse = path.parent.parent.name, path.parent.name
        marks = path.name.split(".")[1:-1]
        erwartet = "gelesen" if "gelesen" in marks else "fehler-ganz" if "ganz" in marks else "fehler"
        # parse writes what it recognised, with "nicht erkannt" where the text says nothing
        anders = (("parse", "gelesen"),) if klasse == "inhalt" else ()
        cases.append(Case(klasse, path.name, kind, _committed(path), erwartet, anders=anders))
    return cases


# --- generated items ----------------------------------------------------------------------------
def _alias_bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def _deep(kind: str, depth: int) -> str:
    if kind == "flow":
        return "koerperschaft: x\nvorlage: " + "[" * depth + "]" * depth + "\n"
    if kind == "block":
        return "koerperschaft: x\nvorlage:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(depth))
    return '{"type": "https://schema.oparl.org/1.1/Paper", "x": ' + "[" * depth + "]" * depth + "}"


def _big(name: str, size: int, line: bytes) -> Make:
    def make(where: Path) -> Path:
        path = where / name
        with path.open("wb") as fh:
            block = line * (MB // len(line) + 1)
            written = 0
            while written < size:
                fh.write(block[:min(MB, size - written)])
                written += min(MB, size - written)
        return path
    return make


def _symlink_loop(name: str) -> Make:
    def make(where: Path) -> Path:
        (where / name).symlink_to(where / ("b" + name))
        (where / ("b" + name)).symlink_to(where / name)
        return where / name
    return make


def _dir_loop(name: str) -> Make:
    def make(where: Path) -> Path:
        (where / "baum").mkdir()
        (where / "baum" / "zurueck").symlink_to(where / "baum")
        (where / "baum" / name).write_bytes(b"")
        return where / "baum"
    return make


def _special(name: str, how: str) -> Make:
    def make(where: Path) -> Path:
        path = where / name
        if how == "verzeichnis":
            path.mkdir()
        elif how == "fifo":
            os.mkfifo(path)
        elif how == "haengend":
            path.symlink_to(where / "gibt-es-nicht")
        elif how == "lesefehler":
            path.symlink_to("/proc/self/mem")  # opens, but reading at offset 0 fails (EIO), even as root
        elif how == "unlesbar":
            path.write_bytes(b"koerperschaft: stadt-kamen\n")
            path.chmod(0)
        return path
    return make


def _empty_dir(where: Path) -> Path:
    (where / "leer").mkdir()
    return where / "leer"


def filesystem(kind: str) -> list[Case]:
    name = "x" + SUFFIX[kind]
    out = [Case("dateisystem", f"symlink-schleife{SUFFIX[kind]}", kind, _symlink_loop(name), "fehler-ganz",
                schwer=True),
           Case("dateisystem", "verzeichnis-schleife", kind, _dir_loop(name), "beendet", schwer=True, anders=DIRECTORY),
           Case("dateisystem", "verzeichnis-mit-endung", kind, _special(name, "verzeichnis"), "beendet",
                anders=DIRECTORY),
           Case("dateisystem", "haengender-link", kind, _special(name, "haengend"), "fehler-ganz"),
           Case("dateisystem", "fifo", kind, _special(name, "fifo"), "fehler-ganz", schwer=True),
           Case("dateisystem", "lesefehler", kind, _special(name, "lesefehler"), "fehler-ganz"),
           Case("dateisystem", "unlesbar", kind, _special(name, "unlesbar"), "fehler-ganz", schwer=True,
                extra={"unlesbar": True}),
           Case("leer", "leeres-verzeichnis", kind, _empty_dir, "beendet", anders=DIRECTORY)]
    return out


def sizes(kind: str) -> list[Case]:
    name = "gross" + SUFFIX[kind]
    line = {"vorlage": b"# Kommentar\n", "text": b"Der Rat beschliesst.\n", "pdf": b"%PDF-1.4\n",
            "oparl": b" " * 63 + b"\n", "regeln": b"# Kommentar\n", "feature": b"# Kommentar\n"}[kind]
    cases = [Case("gross", "100-mb", kind, _big(name, 100 * MB, line), "fehler-ganz", schwer=True)]
    if kind == "text":
        cases.append(Case("gross", "50-mb", kind, _big(name, 50 * MB, line), "fehler-ganz", schwer=True))
        lines = CLEAN_TEXT.read_bytes() + line * 25_000  # under the line limit: read, within the time limit
        cases.append(Case("gross", "25000-zeilen", kind, _file(name, lines), "beendet", schwer=True,
                          anders=(("parse", "gelesen"),)))
        cases.append(Case("gross", "35000-zeilen", kind, _file(name, lines + line * 10_000), "fehler-ganz",
                          schwer=True))
    return cases


def yaml_generated() -> list[Case]:
    clean = CLEAN.read_text(encoding="utf-8")
    cases = [
        Case("alias-bombe", "9-ebenen", "vorlage", _file("bombe.yaml", _alias_bomb()), schwer=True),
        Case("alias-bombe", "regeln", "regeln", _file("bombe.yaml", _alias_bomb())),
        Case("verschachtelung", "10000-flow", "vorlage", _file("tief.yaml", _deep("flow", 10000)), schwer=True),
        Case("verschachtelung", "2000-block", "vorlage", _file("tief.yaml", _deep("block", 2000)), schwer=True),
        Case("verschachtelung", "10000-regeln", "regeln", _file("tief.yaml", _deep("flow", 10000))),
        Case("verschachtelung", "10000-json", "oparl", _file("tief.json", _deep("json", 10000)), schwer=True),
        Case("verschachtelung", "100000-json", "oparl", _file("tief.json", _deep("json", 100000)), schwer=True),
        Case("kodierung", "utf-8-bom", "vorlage", _file("bom.yaml", b"\xef\xbb\xbf" + clean.encode()), "gleich"),
        Case("kodierung", "crlf", "vorlage", _file("crlf.yaml", clean.replace("\n", "\r\n").encode()), "gleich"),
        Case("kodierung", "utf-16-le-bom", "vorlage", _file("u16.yaml", clean.encode("utf-16")), "gleich"),
        Case("kodierung", "utf-16-be-bom", "vorlage", _file("u16.yaml", b"\xfe\xff" + clean.encode("utf-16-be")),
             "gleich"),
        Case("kodierung", "utf-16-ohne-bom", "vorlage", _file("u16.yaml", clean.encode("utf-16-le"))),
        Case("kodierung", "cp1252", "vorlage", _file("cp.yaml", clean.encode("cp1252"))),
        Case("kodierung", "tabs", "vorlage", _file("tabs.yaml", clean.replace("    - ", "\t- "))),
        Case("kodierung", "steuerzeichen", "vorlage", _file("st.yaml", clean.replace("Rat\n", "Rat\x01\n", 1))),
        Case("kodierung", "nul", "vorlage", _file("nul.yaml", clean.encode().replace(b"Rat\n", b"Rat\x00\n", 1))),
        Case("binaer", "zufall", "vorlage", _file("zufall.yaml", random.Random(5).randbytes(4096)), "fehler-ganz"),
    ]
    cases += _syntax_positions(clean)
    return cases


def _syntax_positions(clean: str) -> list[Case]:
    """Malformed YAML at many positions: each breakage put at the start of every tenth line."""
    breakages = {"doppelpunkt": "a: b: c", "klammer": "[offen", "anfuehrung": '"offen',
                 "einrueckung": "   x: 1", "tab": "\tx: 1", "anker": "x: &a 1"}
    lines = clean.splitlines(keepends=True)
    cases = []
    for label, text in breakages.items():
        for n in range(2, len(lines), 6):
            broken = "".join(lines[:n]) + text + "\n" + "".join(lines[n:])
            cases.append(Case("yaml-syntax", f"{label}-zeile-{n + 1}", "vorlage", _file("kaputt.yaml", broken),
                              "fehler" if label == "anker" or not _is_yaml(broken) else "gelesen"))
    return cases


def _is_yaml(text: str) -> bool:
    """Whether PyYAML reads it: an insertion inside a folded scalar is still valid YAML."""
    try:
        yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    return True


# --- wrong type at every key, from the JSON Schemas ---------------------------------------------
# A value of each JSON type; a key gets the first whose type its schema does not allow.
_SAMPLES = (("object", {"kein": "Text"}), ("array", ["keine", "Zuordnung"]), ("string", "Text statt Zahl"),
            ("integer", 17), ("boolean", True))


def _paths(node: dict[str, Any], defs: dict[str, Any], prefix: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], Any]]:
    """(path, wrong value) for every property the schema describes (arrays: their first item)."""
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[1]]
    out = []
    types = node.get("type")
    types = [types] if isinstance(types, str) else types or []
    allowed = set(types) | ({"integer"} if "number" in types else set())
    wrong = next((v for t, v in _SAMPLES if t not in allowed), None) if types else \
        {"kein": "Eintrag der Liste"} if "enum" in node else None
    if prefix and wrong is not None:
        out.append((prefix, wrong))
    for key, sub in node.get("properties", {}).items():
        out += _paths(sub, defs, prefix + (key,))
    if isinstance(node.get("items"), dict):
        out += _paths(node["items"], defs, prefix + (0,))
    return out


def _put(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    """``doc`` with ``value`` at ``path``, creating what is missing on the way (dicts, one-item lists)."""
    if not path:
        return value
    key, rest = path[0], path[1:]
    if isinstance(key, int):
        items = list(doc) if isinstance(doc, list) and doc else [{}]
        items[0] = _put(items[0], rest, value)
        return items
    base = dict(doc) if isinstance(doc, dict) else {}
    base[key] = _put(base.get(key, {} if rest and not isinstance(rest[0], int) else []), rest, value)
    return base


AGENDA = {"sitzung": {"koerperschaft": "stadt-kamen", "gremium": "Rat", "datum": "2012-04-26"},
          "tagesordnung": [{"top": "1", "vorlage": {"nummer": "1/2012", "art": "beschlussvorlage",
                                                   "betreff": "Probe", "beratungsfolge": [{"gremium": "Rat"}]}}]}


def wrong_types() -> list[Case]:
    clean = yaml.safe_load(CLEAN.read_text(encoding="utf-8"))
    cases = []
    for art, base in (("vorlage", clean), ("agenda", AGENDA)):
        s = schema(art)
        for path, wrong in _paths(s, s.get("$defs", {}), ()):
            doc = _put(base, path, wrong)
            text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
            name = ".".join(str(p) for p in path)
            cases.append(Case("falscher-typ", f"{art}:{name}", "vorlage", _file(f"{art}.yaml", text)))
    return cases


def dates() -> list[Case]:
    clean = CLEAN.read_text(encoding="utf-8")
    cases = []
    for label, day in (("30-februar", "2025-02-30"), ("monat-13", "2025-13-01"), ("tag-00", "2025-01-00"),
                       ("jahr-0", "0000-01-01"), ("jahr-10000", "10000-01-01"), ("punkte", "30.02.2025")):
        text = clean.replace("  datum: 2012-03-19", f"  datum: {day}")
        cases.append(Case("datum", f"unmoeglich-{label}", "vorlage", _file("datum.yaml", text)))
        text = clean.replace("- gremium: Rat der Stadt Kamen", f"- gremium: Rat der Stadt Kamen\n      sitzung: {day}")
        cases.append(Case("datum", f"unmoeglich-sitzung-{label}", "vorlage", _file("datum.yaml", text)))
    for label, day in (("2199", "2199-12-31"), ("1900", "1900-01-01"), ("9999", "9999-12-31")):
        text = clean.replace("- gremium: Rat der Stadt Kamen", f"- gremium: Rat der Stadt Kamen\n      sitzung: {day}")
        cases.append(Case("datum", f"fern-{label}", "vorlage", _file("fern.yaml", text),
                          "fehler" if day.startswith("9999") else "gelesen"))
    return cases


def pdfs() -> list[Case]:
    from tests.pdfs import image_only_pdf, text_pdf

    good = text_pdf([CLEAN_TEXT.read_text(encoding="utf-8")])
    return [Case("pdf", "verschluesselt", "pdf", _file("geheim.pdf", text_pdf(["Stadt Kamen"], password="geheim")),
                 "fehler-ganz"),
            Case("pdf", "abgeschnitten", "pdf", _file("halb.pdf", good[:len(good) // 2]), "fehler-ganz"),
            Case("pdf", "nur-kopf", "pdf", _file("kopf.pdf", b"%PDF-1.7\n"), "fehler-ganz"),
            Case("pdf", "muell-nach-kopf", "pdf", _file("muell.pdf", b"%PDF-1.4\n" + random.Random(3).randbytes(2048)),
                 "fehler-ganz"),
            Case("pdf", "nur-bild", "pdf", _file("bild.pdf", image_only_pdf()), "fehler-ganz"),
            Case("pdf", "pdf-als-txt", "text", _file("pdf.txt", good), "fehler-ganz")]


def all_cases() -> list[Case]:
    cases = committed() + yaml_generated() + wrong_types() + dates() + pdfs()
    for kind in ("vorlage", "text", "pdf", "oparl", "regeln", "feature"):
        cases += filesystem(kind) + sizes(kind)
    return cases
