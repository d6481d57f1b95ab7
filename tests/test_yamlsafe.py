"""The YAML loader: positions, narrowed types, and everything hostile rejected at its spot."""

from __future__ import annotations

import re

import pytest
import yaml

from gremienlauf.errors import InputError
from gremienlauf.load import yamlsafe
from gremienlauf.load.yamlsafe import decode, load


def error(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        load(text, "t.yaml")
    return info.value


@pytest.mark.parametrize("text, zeile, spalte, teil", [
    ("a: &x [1, 2]\nb: *x\n", 1, 4, "Anker"),
    ("a: 1\nb: *x\n", 2, 4, "Verweis"),
    ("vorlage: a\nvorlage: b\n", 2, 1, "doppelter Schlüssel 'vorlage' (zuerst in Zeile 1)"),
    ("a: 1\n<<: {b: 2}\n", 2, 1, "Merge-Schlüssel"),
    ("a: !!python/object/apply:os.system [ls]\n", 1, 4, "Tags wie"),
    ("? [1, 2]\n: x\n", 1, 3, "einfacher Text"),
    ("a: 1\n---\nb: 2\n", 2, 1, "nur ein YAML-Dokument"),
    ("a: 'offen\n", 2, 1, "Anführungszeichen"),
    ("a:\n\tb: 1\n", 2, 1, "Tabulator"),
])
def test_rejects_with_position(text: str, zeile: int, spalte: int, teil: str) -> None:
    exc = error(text)
    assert (exc.datei, exc.zeile, exc.spalte) == ("t.yaml", zeile, spalte)
    assert teil in exc.meldung


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "{a: " * 5_000 + "1" + "}" * 5_000,
                                  "".join(f"{'  ' * i}k:\n" for i in range(200)) + "  " * 200 + "x: 1\n"])
@pytest.mark.parametrize("parser", ["libyaml", "python"])
def test_deep_nesting_is_a_german_error_whichever_parser_stops_it(
        text: str, parser: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # libyaml 0.2.6 refuses 1000 flow levels itself ("exceeded maximum nesting depth"), older releases
    # hand the events through and our fold stops at 64: the user must read the same German either way
    if parser == "python":
        monkeypatch.setattr(yamlsafe, "_CParser", None)
    exc = error(text)
    assert "Verschachtelung tiefer als 64 Ebenen" in exc.meldung
    assert exc.zeile is not None and exc.spalte is not None


def test_a_libyaml_wording_we_do_not_know_stays_german(monkeypatch: pytest.MonkeyPatch) -> None:
    class Parser:
        def __init__(self, text: str) -> None:
            pass

        def get_event(self) -> None:
            raise yaml.scanner.ScannerError("while scanning", None, "some new libyaml complaint",
                                            yaml.Mark("t.yaml", 0, 2, 4, None, None))
    monkeypatch.setattr(yamlsafe, "_CParser", Parser)
    exc = error("a: 1\n")
    assert (exc.zeile, exc.spalte) == (3, 5)
    assert "complaint" not in exc.meldung and exc.meldung.startswith("YAML-Syntaxfehler")


def test_alias_bomb_is_refused_before_anything_expands() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(9))}]" for i in range(1, 9)]
    exc = error("\n".join(lines))
    assert "Anker" in exc.meldung and exc.zeile == 1


def test_types_are_narrowed_to_what_gremienlauf_files_need() -> None:
    doc = load("x: [no, on, 17:30, 010, 2025-10-21, true, 42, '7', ~, 1.5, !!str 5, False]", "t.yaml")
    assert doc.value == {"x": ["no", "on", "17:30", "010", "2025-10-21", True, 42, "7", None, "1.5", "5", False]}


def test_positions_are_one_based_and_point_at_keys_and_items() -> None:
    doc = load("vorlage:\n  beratungsfolge:\n    - gremium: JHA\n      rolle: vorberatung\n", "t.yaml")
    assert doc.positions[("vorlage",)] == (1, 1)
    assert doc.positions[("vorlage", "beratungsfolge", 0)] == (3, 7)
    assert doc.positions[("vorlage", "beratungsfolge", 0, "rolle")] == (4, 7)
    assert doc.pos(("vorlage", "beratungsfolge", 0, "gibt-es-nicht")) == (3, 7)


@pytest.mark.parametrize("data, expected", [
    ("a: ä\n".encode("utf-8-sig"), {"a": "ä"}),
    ("a: ä\n".encode("utf-16"), {"a": "ä"}),
    (b"a: 1\r\nb: 2\r\n", {"a": 1, "b": 2}),
])
def test_decodes_utf8_bom_utf16_and_crlf(data: bytes, expected: dict) -> None:
    assert load(decode(data, "t.yaml"), "t.yaml").value == expected


def test_cp1252_and_nul_bytes_are_named() -> None:
    with pytest.raises(InputError) as info:
        decode("betreff: Präventionskette\n".encode("cp1252"), "t.yaml")
    assert "nicht UTF-8" in info.value.meldung and info.value.zeile == 1 and info.value.spalte == 12
    with pytest.raises(InputError) as info:
        decode(b"a: 1\n\x00\x01", "t.yaml")
    assert "NUL" in info.value.meldung and info.value.zeile == 2


def test_size_limit() -> None:
    with pytest.raises(InputError, match="größer als die Grenze"):
        decode(b"a: 1\n" * 100, "t.yaml", max_bytes=50)


# One input per syntax error libyaml can report on a Vorlage: the message is German, never the
# "YAML-Syntaxfehler: <libyaml's English>" fallback.
SYNTAX = ["a: b: c\n", "a: 'x\n", "a:\n  - 1\n  b: 2\n", "a: [1, 2\n", "a: {b: 1\n", "a:\n\t- 1\n", "\ta: 1\n",
          "a: \"\\q\"\n", "a: \"\\xZZ\"\n", "a: \"\\uZZZZ\"\n", "a: \"x\n---\ny\"\n", "a: |0\n  x\n", "a: &\n",
          "a: !!str\"x\"\n", "a: !x!y 1\n", "a: !<tag:x 1\n", "a: !<> 1\n", "a: !<%zz> 1\n",
          "%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "%TAG ! tag:a,2000:\n%TAG ! tag:b,2000:\n---\na: 1\n",
          "%FOO bar\n---\na: 1\n", "%YAML 2.0\n---\na: 1\n", "%YAML 1.1111111111\n---\na: 1\n",
          "%YAML x\n---\na: 1\n", "% \n---\na: 1\n", "%YAML 1.1\n%TAG !a b\n---\nx: 1\n", "a: 1\n b: 2\n",
          "- a\nb: 1\n", "[? a : b, ? c]\n? d\n: e\n", "a: 1 # x\n  - b\n", "a: *x\n", "? [a]\n: 1\n"]


@pytest.mark.parametrize("text", SYNTAX)
def test_every_syntax_error_is_german(text: str) -> None:
    with pytest.raises(InputError) as caught:
        load(text, "x.yaml")
    meldung = caught.value.meldung
    assert not meldung.startswith(("YAML-Syntaxfehler", "YAML-Fehler")), meldung
    assert caught.value.zeile is not None
    assert not re.search(r"\b(found|expected|while|not allowed|could not)\b", meldung), meldung
