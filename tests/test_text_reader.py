"""Text and PDF Vorlagen through `gremienlauf parse` and `check`: encodings, bad input, PDFs, identity."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdfs import image_only_pdf, text_pdf
from test_cli import ROOT, run

from gremienlauf.load import schemas
from gremienlauf.load.yamlsafe import load
from gremienlauf.readers.text import parse_file, parse_text

KAMEN = """Stadt Kamen
Der Bürgermeister
Vorlage
Nr. 123/2031
Fachbereich Jugend, Schule und Sport vom: 02.02.2031
Beschlussvorlage öffentlich Rat
TOP-Nr. Beratungsfolge
 Jugendhilfeausschuss
 Haupt- und Finanzausschuss
 Rat der Stadt Kamen
Bezeichnung des TOP
Zuschuss für die Jugendförderung
Beschlussvorschlag:
Der Rat der Stadt Kamen beschließt den Zuschuss für die Jugendförderung.
"""


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _both_refuse(path: Path, message: str) -> None:
    for command in ("check", "parse"):
        result = run(command, str(path))
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert message in result.stdout + result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b"")])
def test_unicode_files_read_alike(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = _write(tmp_path, "v.txt", bom + KAMEN.encode(encoding))
    parsed = parse_file(str(path), "v.txt")
    assert (parsed.value("nummer"), parsed.value("federfuehrung"), parsed.value("koerperschaft")) == \
        ("123/2031", "Fachbereich Jugend, Schule und Sport", "Stadt Kamen")
    assert parsed.hinweise == []


@pytest.mark.parametrize("codec, name", [("cp1252", "Windows-1252"), ("latin-1", "Latin-1")])
def test_legacy_encodings_are_converted_and_said_so(tmp_path: Path, codec: str, name: str) -> None:
    text = KAMEN.replace("Bürgermeister", "Bürgermeister – Büro") if codec == "cp1252" else KAMEN
    path = _write(tmp_path, "alt.txt", text.encode(codec))
    parsed = parse_file(str(path), "alt.txt")
    assert parsed.value("federfuehrung") == "Fachbereich Jugend, Schule und Sport"
    assert any(name in h and "Zeile 2" in h for h in parsed.hinweise)
    result = run("check", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "EINGABE" in result.stdout and "Hinweis" in result.stdout and name in result.stdout


@pytest.mark.parametrize("data, message", [
    (b"", "leer"), (b"  \n\n \t\n", "leer"), (b"\x00\x01\x02binary\x00" * 50, "keine Textdatei"),
    (b"%PDF-1.7\n...", "PDF-Datei"), (b"\xff\xfeA\x00\x00\xd8", "fehlerhaft kodiert"),
])
def test_bad_text_files_give_a_german_message_and_exit_2(tmp_path: Path, data: bytes, message: str) -> None:
    path = _write(tmp_path, "kaputt.txt", data)
    _both_refuse(path, message)


def test_text_without_a_koerperschaft_is_an_input_finding(tmp_path: Path) -> None:
    path = _write(tmp_path, "ohne.txt", b"Beschlussvorschlag:\nDer Ausschuss beschliesst.\n")
    result = run("check", str(path))
    assert result.returncode == 2 and "Körperschaft nicht erkannt" in result.stdout


def test_a_50_mb_text_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "riesig.txt"
    with open(path, "wb") as fh:
        line = ("Beratungsfolge: " + "Ausschuss " * 20 + "- " * 30 + "\n").encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    started = time.monotonic()
    result = run("check", str(path))
    assert result.returncode == 2 and "größer als die Grenze" in result.stdout
    assert time.monotonic() - started < 20


def test_parsing_stays_linear_on_hostile_text() -> None:
    """Long runs of what the patterns look for (dates, hyphens, labels, spaces) must not backtrack."""
    hostile = "\n".join([
        "Beratungsfolge: " + "Ausschuss 01.01.2030 " * 2000,
        "Betreff:" + "Status:" * 5000,
        "a-" * 20000,
        "§ 1 der Satzung " + "x " * 20000,
        "Der Rat" + " der Stadt Kamen" * 3000 + " beschließt",
        " " * 100000 + "Zur Teilnahme ist ein Beschluss des Rates" + " sehr" * 5000 + " erforderlich.",
    ] * 5)
    started = time.monotonic()
    parse_text(hostile, "feind.txt")
    assert time.monotonic() - started < 10


def test_pdf_text_layer_reads_like_the_text(tmp_path: Path) -> None:
    lines = KAMEN.splitlines()
    pdf = _write(tmp_path, "kamen.pdf", text_pdf(["\n".join(lines[:9]), "\n".join(lines[9:])]))
    from_pdf = parse_file(str(pdf), "kamen.pdf")
    from_text = parse_text(KAMEN, "kamen.txt")
    for name in ("nummer", "art", "datum", "federfuehrung", "oeffentlich", "beschlussgremium", "koerperschaft"):
        assert from_pdf.value(name) == from_text.value(name), name
    assert [c.gremium for c in from_pdf.consultations] == [c.gremium for c in from_text.consultations]
    result = run("check", str(pdf), env={"GREMIENLAUF_STICHTAG": "2031-01-01"})
    assert result.returncode == 0, result.stdout


def test_pdf_with_an_empty_user_password_opens(tmp_path: Path) -> None:
    pdf = _write(tmp_path, "offen.pdf", text_pdf([KAMEN], password=""))
    assert parse_file(str(pdf), "offen.pdf").value("nummer") == "123/2031"


@pytest.mark.parametrize("data, message", [
    (text_pdf(["Vertraulich"], password="geheim"), "verschlüsselt"),
    (image_only_pdf(), "OCR"),
    (text_pdf([KAMEN])[:400], "beschädigt oder kein PDF: ein Datenstrom darin bricht ab"),
    (b"%PDF-1.4\n%\xe2\xe3\n1 0 obj << /Type /Catalog >>\nendobj\ntrailer <<>>\n%%EOF", "beschädigt"),
])
def test_unreadable_pdfs_say_why_and_exit_2(tmp_path: Path, data: bytes, message: str) -> None:
    path = _write(tmp_path, "x.pdf", data)
    _both_refuse(path, message)


def test_pdf_reader_errors_are_told_in_german_not_by_class_name() -> None:
    from gremienlauf.errors import InputError
    from gremienlauf.readers.text.pdf import pdf_text

    for data in (text_pdf([KAMEN])[:400], b"", b"%PDF-1.4\n1 0 obj<</Length 99>>stream\nabc"):
        with pytest.raises(InputError) as caught:
            pdf_text(data, "x.pdf")
        assert not re.search(r"[A-Z][a-z]+[A-Z]\w*", caught.value.meldung), caught.value.meldung  # no PdfStreamError


def test_yaml_check_does_not_import_pypdf() -> None:
    code = ("import sys; from gremienlauf.cli import cli; "
            "cli.main(['check', 'examples/vorlagen/kamen-026-2012.yaml', '--stichtag', '2026-11-23'], "
            "standalone_mode=False); print('pypdf' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().endswith("False"), out.stdout + out.stderr


def test_parse_of_several_inputs_into_one_file_is_refused_and_names_d(tmp_path: Path) -> None:
    # one file per Vorlage is what check reads; a multi-document file would only be refused later
    a = _write(tmp_path, "a.txt", KAMEN.encode())
    b = _write(tmp_path, "b.txt", KAMEN.replace("123/2031", "124/2031").encode())
    refused = run("parse", str(a), str(b), "-o", str(tmp_path / "out.yaml"))
    assert refused.returncode == 2 and "-d VERZEICHNIS" in refused.stderr and "2 Eingaben" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "out.yaml").exists()
    each = run("parse", str(a), str(b), "-d", str(tmp_path / "vorlagen"))
    assert each.returncode == 0, each.stderr
    checked = run("check", str(tmp_path / "vorlagen"), "--format", "json")
    assert checked.returncode in (0,
                                  1) and json.loads(checked.stdout)["zusammenfassung"]["vorlagen"] == 2, checked.stdout


def test_parse_says_what_an_empty_beratungsfolge_is(tmp_path: Path) -> None:
    # "(leer)" read as an empty file; it is a Beratungsfolge heading without entries in a text that has content
    source = _write(tmp_path, "k.txt",
                    b"Stadt Kamen\nVorlage Nr. 5/2031\nBetreff: Test\nBeratungsfolge:\nSachverhalt:\nText\n")
    head = run("parse", str(source)).stdout.splitlines()[0]
    assert head == (f"# Gelesen aus {source} von 'gremienlauf parse'; Aufbau des Textes: nicht erkannt – unter der "
                    "Überschrift „Beratungsfolge“ steht keine Beratung.")


def test_parse_yaml_is_a_valid_vorlage_file_that_checks_like_the_text(tmp_path: Path) -> None:
    # without the Jugendhilfeausschuss, so that both readings have something to find
    source = _write(tmp_path, "kamen.txt", KAMEN.replace(" Jugendhilfeausschuss\n", "").encode())
    result = run("parse", str(source), "-o", str(tmp_path / "kamen.yaml"))
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "kamen.yaml").read_text(encoding="utf-8")
    doc = load(text, "kamen.yaml")
    schemas.validate(doc, "vorlage")
    assert doc.value["koerperschaft"] == "stadt-kamen"
    assert doc.value["vorlage"]["beratungsfolge"][1] == {"gremium": "Rat der Stadt Kamen"}
    assert "# datum: Zeile 5: Fachbereich Jugend" in text and "# rechtsgrundlagen: nicht erkannt" in text
    as_text = run("check", str(source), "--format", "json", env={"GREMIENLAUF_STICHTAG": "2031-03-01"})
    as_yaml = run("check", str(tmp_path / "kamen.yaml"), "--format", "json", env={"GREMIENLAUF_STICHTAG": "2031-03-01"})
    codes = [sorted(f["code"] for f in json.loads(r.stdout)["befunde"]) for r in (as_text, as_yaml)]
    assert codes[0] == codes[1] and "JH001" in codes[0], codes


def test_parse_into_a_directory_never_replaces_a_file_the_run_read(tmp_path: Path) -> None:
    source = _write(tmp_path, "kamen.txt", KAMEN.encode())
    (tmp_path / "aus").mkdir()
    register = tmp_path / "aus" / "kamen.yaml"  # where parse -d would put kamen.txt's Vorlage
    register.write_text("koerperschaften: []\n", encoding="utf-8")
    result = run("parse", str(source), "--koerperschaften", str(register), "-d", str(tmp_path / "aus"))
    assert result.returncode == 2 and "ist zugleich Eingabe" in result.stderr
    assert register.read_text("utf-8") == "koerperschaften: []\n"


def test_parse_json_lists_lines_inferred_and_missing_fields(tmp_path: Path) -> None:
    source = _write(tmp_path, "kamen.txt", KAMEN.encode())
    unknown = _write(tmp_path, "irgendwo.txt", KAMEN.replace("Kamen", "Irgendwo").encode())
    result = run("parse", "--format", "json", str(source), str(unknown))
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [i["dokument"]["koerperschaft"] for i in items] == ["stadt-kamen", "stadt-irgendwo"]
    assert items[0]["zeilen"]["nummer"] == 4 and "rechtsgrundlagen" in items[0]["nicht_erkannt"]
    assert items[0]["zustaendig_genannt"][0]["gremium"] == "Rat"


def test_parse_writes_one_file_per_input_and_never_over_an_input(tmp_path: Path) -> None:
    source = _write(tmp_path, "kamen.txt", KAMEN.encode())
    out = tmp_path / "vorlagen"
    assert run("parse", str(source), "-d", str(out)).returncode == 0
    assert (out / "kamen.yaml").read_text(encoding="utf-8").startswith("# Gelesen aus")
    refused = run("parse", str(source), "-o", str(source))
    assert refused.returncode == 2 and source.read_bytes() == KAMEN.encode()


def test_same_input_same_bytes(tmp_path: Path) -> None:
    source = _write(tmp_path, "kamen.txt", KAMEN.encode())
    assert run("parse", str(source)).stdout == run("parse", str(source)).stdout


def test_one_vorlage_from_two_sources_is_reported_once_naming_both(tmp_path: Path) -> None:
    text = _write(tmp_path, "a-text.txt", KAMEN.replace("TOP-Nr. Beratungsfolge", "").replace(
        " Jugendhilfeausschuss\n Haupt- und Finanzausschuss\n Rat der Stadt Kamen\n", "").encode())
    yaml_file = tmp_path / "b-ris.yaml"
    yaml_file.write_text('koerperschaft: stadt-kamen\nvorlage:\n  nummer: "123/2031"\n  art: beschlussvorlage\n'
                         '  beschlussgremium: Rat\n', encoding="utf-8")
    result = run("check", "--format", "json", str(text), str(yaml_file))
    report = json.loads(result.stdout)
    vf004 = [f for f in report["befunde"] if f["code"] == "VF004"]
    assert len(vf004) == 1 and vf004[0]["datei"] == str(text)
    assert f"ebenso in {yaml_file}" in vf004[0]["meldung"]
    # a Vorlage without a Nummer has no identity: never merged on a guess
    nameless = tmp_path / "c-ohne-nummer.yaml"
    nameless.write_text("koerperschaft: stadt-kamen\nvorlage:\n  art: beschlussvorlage\n  beschlussgremium: Rat\n",
                        encoding="utf-8")
    again = json.loads(run("check", "--format", "json", str(text), str(nameless)).stdout)
    assert len([f for f in again["befunde"] if f["code"] == "VF004"]) == 2
