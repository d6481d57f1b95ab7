"""Steps for replays: the trace step by step, the verdict, and verifying a saved JSON report."""

from __future__ import annotations

import tempfile
from pathlib import Path

from gremienlauf.load.yamlsafe import load
from gremienlauf.model import Document
from gremienlauf.model.trace import Trace, TraceStep
from gremienlauf.readers.vorlage import read_documents
from gremienlauf.spec.steps import step
from gremienlauf.spec.world import World


def _document(world: World) -> Document:
    items = list(read_documents(load(world.document_text(), "szenario.yaml")))
    if not isinstance(items[0], Document):
        raise AssertionError(f"Die Szenario-Vorlage ist ungültig: {items[0]}")
    return items[0]


def _trace(world: World) -> Trace:
    if world.trace is None:
        raise AssertionError("Schritt fehlt: Wenn die Vorlage wiedergegeben wird")
    return world.trace


def _step(world: World, nr: int) -> TraceStep:
    steps = _trace(world).schritte
    if not 1 <= nr <= len(steps):
        raise AssertionError(f"Schritt {nr} gibt es nicht; die Wiedergabe hat {len(steps)} Schritte")
    return steps[nr - 1]


def _shown(world: World) -> str:
    return "; ".join(f"{s.nr} {s.ereignis} {s.vorher}→{s.nachher} [{', '.join(r.code for r in s.verletzt)}]"
                     for s in _trace(world).schritte) + f" | {_trace(world).urteil}"


@step("die Vorlage wiedergegeben wird")
def when_replayed(world: World) -> None:
    from gremienlauf.engine.audit import audit, default_stichtag

    document = _document(world)
    world.trace = audit(world.engine, document, world.stichtag or default_stichtag(document))


@step('ist Schritt {nr:d} das Ereignis "{ereignis}" mit dem Zustand "{vorher}" → "{nachher}"')
def then_step_state(world: World, nr: int, ereignis: str, vorher: str, nachher: str) -> None:
    s = _step(world, nr)
    assert (s.ereignis, s.vorher, s.nachher) == (ereignis, vorher, nachher), _shown(world)


@step('zitiert Schritt {nr:d} für {code} "{text}"')
def then_step_cites(world: World, nr: int, code: str, text: str) -> None:
    cited = [r.zitat for r in _step(world, nr).regeln if r.code == code]
    assert cited, f"{code} ist in Schritt {nr} nicht einschlägig: {_shown(world)}"
    assert text in cited, f"Schritt {nr} zitiert für {code} {cited}, erwartet '{text}'"


@step("verletzt Schritt {nr:d} die Regel {code}")
def then_step_violates(world: World, nr: int, code: str) -> None:
    assert code in [r.code for r in _step(world, nr).verletzt], _shown(world)


@step("verletzt Schritt {nr:d} keine Regel")
def then_step_clean(world: World, nr: int) -> None:
    assert not _step(world, nr).verletzt, _shown(world)


@step("ist Schritt {nr:d} der erste fehlerhafte Schritt")
def then_first_failure(world: World, nr: int) -> None:
    assert _trace(world).erster_fehler == nr, _shown(world)


@step('lautet das Ergebnis der Wiedergabe "{ergebnis}"')
def then_verdict(world: World, ergebnis: str) -> None:
    assert _trace(world).ergebnis == ergebnis, f"{_trace(world).ergebnis}: {_shown(world)}"


@step("hat die Wiedergabe keinen fehlerhaften Schritt")
def then_no_failure(world: World) -> None:
    assert _trace(world).erster_fehler is None and _trace(world).ergebnis != "fehlerhaft", _shown(world)


# --- Berichte speichern und prüfen ----------------------------------------------------------
LOCAL_PACK = """pack: {{id: lokal, titel: Örtliche Regeln, version: "1", koerperschaft: stadt-kamen}}
rules:
  - code: LK001
    name: lokal.betreff_angegeben
    titel: Betreff angeben
    schwere: {schwere}
    gilt_ab: 2000-01-01
    rechtsgrundlage: [{{norm: Geschäftsordnung des Rates der Stadt Kamen, paragraph: 3}}]
    wenn: {{pfad: koerperschaft.id, gleich: stadt-kamen}}
    dann: {{pfad: vorlage.nummer, vorhanden: true}}
    meldung: Die Vorlage hat keine Nummer.
    beschreibung: Jede Vorlage trägt eine Nummer.
"""


def _save_report(vorlage: Path, bericht: Path, regeln: Path) -> None:
    """What ``replay VORLAGE -f json -o BERICHT --regeln REGELN`` does, without the command line."""
    from gremienlauf.formats.audit.json_format import render
    from gremienlauf.load.yamlsafe import MAX_BYTES
    from gremienlauf.run.audit_report import build

    report = build(str(vorlage), None, MAX_BYTES, (), (str(regeln),))
    with bericht.open("w", encoding="utf-8") as out:
        render(report, out)


def _verify(bericht: Path) -> tuple[int, str]:
    """What ``replay --verify BERICHT`` answers: its exit code and its text."""
    from gremienlauf.formats.audit.verification import render
    from gremienlauf.load.yamlsafe import MAX_BYTES
    from gremienlauf.run.audit_report import verify

    result = verify(str(bericht), None, None, MAX_BYTES, (), ())
    return (0 if result.haelt else 1), render(result)


@step('ein örtliches Regelpaket, in dem LK001 die Schwere "{schwere}" hat')
def given_local_pack(world: World, schwere: str) -> None:
    folder = tempfile.TemporaryDirectory(prefix="gremienlauf-spec-")
    world.files["ordner"] = folder  # kept alive (and removed) with the world
    root = Path(folder.name)
    (root / "regeln").mkdir()
    (root / "regeln" / "lokal.yaml").write_text(LOCAL_PACK.format(schwere=schwere), encoding="utf-8")


@step("die Wiedergabe als JSON-Bericht gespeichert wird")
def when_report_saved(world: World) -> None:
    root = Path(world.files["ordner"].name)
    (root / "vorlage.yaml").write_text(world.document_text(), encoding="utf-8")
    _save_report(root / "vorlage.yaml", root / "bericht.json", root / "regeln")


@step('im örtlichen Regelpaket LK001 die Schwere "{schwere}" bekommt')
def when_pack_changed(world: World, schwere: str) -> None:
    root = Path(world.files["ordner"].name)
    (root / "regeln" / "lokal.yaml").write_text(LOCAL_PACK.format(schwere=schwere), encoding="utf-8")


@step("der Bericht geprüft wird")
def when_report_verified(world: World) -> None:
    root = Path(world.files["ordner"].name)
    world.files["pruefung"] = _verify(root / "bericht.json")


@step("bestätigt die Prüfung den Bericht")
def then_verified(world: World) -> None:
    code, output = world.files["pruefung"]
    assert code == 0 and "bestätigt" in output, output


@step('hält der Bericht nicht mehr, weil sich das Regelpaket "{pack}" geändert hat')
def then_not_verified(world: World, pack: str) -> None:
    code, output = world.files["pruefung"]
    assert code == 1 and "hält nicht" in output, output
    assert f"Regelpaket {pack}: geändert" in output, output
