"""Safety: input never executes code, output never destroys input, the OParl client never leaks.

One test per promise of the README section "Grenzen und Sicherheit": YAML tags are refused; nothing in
the package can turn data into code (an AST scan plus packs and procedures that name Python); ``-o``
is atomic and never an input; OParl does not follow a redirect to another host and sends neither
Authorization nor Cookie headers.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

from gremienlauf.errors import ConfigError, InputError
from gremienlauf.load import engine as load_engine
from gremienlauf.load.yamlsafe import load
from tests import oparl_server
from tests.oparl_server import Server

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "gremienlauf"
EXAMPLE = ROOT / "examples" / "vorlagen" / "kamen-026-2012.yaml"


# --- YAML tags ------------------------------------------------------------------------------------
@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/name:os.system", "!!python/module:os",
                                 "!!python/object/new:subprocess.Popen", "!!binary", "!eigenes"])
def test_yaml_tags_are_rejected_before_anything_is_built(tag: str, tmp_path: Path) -> None:
    marker = tmp_path / "ausgefuehrt"
    text = f"koerperschaft: stadt-kamen\nvorlage:\n  betreff: {tag} [\"touch {marker}\"]\n"
    with pytest.raises(InputError) as exc:
        load(text, "v.yaml")
    assert (exc.value.zeile, exc.value.spalte) == (3, 12) and "Tags wie" in exc.value.meldung
    assert not marker.exists()


# --- nothing turns data into code -------------------------------------------------------------
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "breakpoint"}
FORBIDDEN_ATTRS = {"load", "unsafe_load", "full_load", "load_all", "unsafe_load_all", "UnsafeLoader", "FullLoader",
                   "Loader"}
# import_module with a computed name: allowed only where the names come from the package's own tables.
IMPORT_MODULE_OK = {"readers/__init__.py", "formats/__init__.py", "formats/audit/__init__.py", "cli/__init__.py"}
# getattr with a computed name: allowed where the name is not data from a user's file.
GETATTR_OK = {"engine/facts.py",            # attribute names from the Python table PATHS, never from a pack
              "readers/oparl/records.py",  # "_" + a member of KINDS (unknown types give None first)
              "formats/vorlage_file.py",      # a loop over three literal field names
              "cli/__init__.py"}             # a command's attribute from the Python table COMMANDS, not a user's


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def test_no_module_can_evaluate_import_or_look_up_names_from_data() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            func = call.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            if isinstance(func, ast.Name) and name in FORBIDDEN_CALLS:
                found.append(f"{rel}:{call.lineno}: {name}()")
            if owner in ("yaml", "pickle", "marshal", "shelve") and name in FORBIDDEN_ATTRS | {"loads"}:
                found.append(f"{rel}:{call.lineno}: {owner}.{name}()")
            if name == "import_module" and rel not in IMPORT_MODULE_OK:
                found.append(f"{rel}:{call.lineno}: import_module()")
            if name in ("getattr", "setattr", "delattr") and len(call.args) >= 2 \
                    and not isinstance(call.args[1], ast.Constant) and rel not in GETATTR_OK:
                found.append(f"{rel}:{call.lineno}: {name} mit berechnetem Namen")
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                if any(n and n.split(".")[0] in ("pickle", "marshal", "shelve", "dill") for n in names):
                    found.append(f"{rel}:{node.lineno}: import {names}")
    assert not found, found
    assert (PACKAGE / "engine" / "facts.py").read_text(encoding="utf-8").count("getattr(") == 1


PACK = """pack: {id: ortsrecht-probe, titel: Probe, version: "1", koerperschaft: stadt-kamen}
rules:
  - code: PR001
    name: ortsrecht.probe.python
    schwere: hinweis
    gilt_ab: 2020-01-01
    rechtsgrundlage: [{norm: Hauptsatzung, belegt: false}]
    wenn: %s
    meldung: Probe.
    beschreibung: Probe.
"""


@pytest.mark.parametrize("wenn", ["{funktion: os.system}", "{pfad: os.system, gleich: x}",
                                  "{pfad: vorlage.__class__, gleich: x}", "{pfad: builtins.eval, gleich: x}",
                                  "{eval: \"__import__('os').system('true')\"}"])
def test_a_pack_naming_python_is_refused_at_its_line(wenn: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:

    calls: list[Any] = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a) or 0)
    (tmp_path / "probe.yaml").write_text(PACK % wenn, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_engine((), (str(tmp_path),))
    assert exc.value.datei.endswith("probe.yaml") and exc.value.zeile == 8 and not calls


PROCEDURE = """verfahren:
  id: probe
  titel: Probe
  gilt_fuer: {art: [antrag], ebene: [gemeinde]}
states: [eingebracht, beraten, beschlossen, verwaist]
initial: eingebracht
final: [beschlossen]
transitions:
  - {trigger: vorberaten, source: eingebracht, dest: beraten}
  - {trigger: beschliessen, source: beraten, dest: beschlossen%s}
"""


@pytest.mark.parametrize("extra, zeile, schicht, teil", [
    ("", 5, "lader", "Zustand 'verwaist' ist vom Anfangszustand aus nicht erreichbar"),
    (", conditions: [os.system]", 10, "schema", "'os.system' hat nicht die erwartete Form"),
    (", unless: [__import__]", 10, "lader", "unbekannte Bedingung '__import__'"),
])
def test_procedures_with_unreachable_states_or_unknown_conditions_are_refused(extra: str, zeile: int, schicht: str,
                                                                              teil: str) -> None:
    """Procedures are bundled data (no option loads others); the loader is tested on bad ones directly.
    A dotted name is refused by the schema already, a Python-looking plain name by the loader."""
    from gremienlauf.load import schemas
    from gremienlauf.load.procedures import _procedure

    text = PROCEDURE % extra
    if not extra:
        text = text.replace("dest: beschlossen}", "dest: beschlossen}\n  - {trigger: aufheben, source: verwaist, "
                                                  "dest: eingebracht}")
    doc = load(text, "probe.yaml")
    if schicht == "schema":
        with pytest.raises(InputError) as refused:
            schemas.validate(doc, "verfahren")
        assert teil in refused.value.meldung and refused.value.zeile == zeile
        return
    schemas.validate(doc, "verfahren")
    with pytest.raises(ConfigError) as exc:
        _procedure(doc)
    assert teil in exc.value.meldung and exc.value.zeile == zeile


def test_a_procedure_machine_holds_only_registered_checks_never_names() -> None:
    """transitions would resolve a string callback lazily, and a dotted one by importing it; the machines
    are built from conditions already resolved to the registered checks, and carry no other callbacks."""
    from gremienlauf.load.procedures import load_procedures

    checked = 0
    for proc in load_procedures():
        machine, _ = proc.machine
        guards = [c.func for event in machine.events.values() for ts in event.transitions.values() for t in ts
                  for c in t.conditions]
        named = sum(len(d.get("conditions", ())) + len(d.get("unless", ())) for d in proc.definition["transitions"]
                    for _ in d["source"])
        assert len(guards) == named and all(callable(g) for g in guards), proc.id
        checked += named
        assert not any(t.prepare or t.before or t.after for event in machine.events.values()
                       for ts in event.transitions.values() for t in ts), proc.id
        assert not (machine.prepare_event or machine.before_state_change or machine.after_state_change
                    or machine.finalize_event or machine.on_exception), proc.id
    assert checked > 10


# --- -o: atomic, never an input ------------------------------------------------------------------
def _gremienlauf(*args: str, cwd: Path, code: str = "") -> subprocess.CompletedProcess:
    script = (f"import sys\n{code}\nfrom gremienlauf.cli import main\nsys.argv = ['gremienlauf', *{list(args)!r}]\n"
              "main()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


def test_output_onto_an_input_is_refused_and_the_input_stays(tmp_path: Path) -> None:
    vorlage = tmp_path / "v.yaml"
    vorlage.write_bytes(EXAMPLE.read_bytes())
    for args in (["check", "v.yaml", "-o", "v.yaml"], ["check", ".", "-o", "v.yaml"], ["replay", "v.yaml", "-o",
                                                                                       "v.yaml"]):
        result = _gremienlauf(*args, "--ohne-projekt", cwd=tmp_path)
        assert result.returncode == 2 and "zugleich Eingabe" in result.stderr, (args, result.stderr)
        assert vorlage.read_bytes() == EXAMPLE.read_bytes()


def test_a_run_killed_in_the_middle_of_writing_leaves_the_old_output(tmp_path: Path) -> None:
    (tmp_path / "v.yaml").write_bytes(EXAMPLE.read_bytes())
    old = "der alte Bericht\n" * 50
    (tmp_path / "bericht.txt").write_text(old, encoding="utf-8")
    # The process kills itself after writing half of the report to the file it writes into.
    killer = """import io, os, signal
real = os.fdopen
class Half(io.TextIOWrapper):
    pass
def fdopen(fd, *a, **k):
    fh = real(fd, *a, **k)
    write = fh.write
    def half(text):
        write(text[:len(text) // 2]); fh.flush(); os.fsync(fh.fileno())
        os.kill(os.getpid(), signal.SIGKILL)
    fh.write = half
    return fh
os.fdopen = fdopen"""
    result = _gremienlauf("check", "--ohne-projekt", "v.yaml", "-o", "bericht.txt", cwd=tmp_path, code=killer)
    assert result.returncode == -9
    assert (tmp_path / "bericht.txt").read_text(encoding="utf-8") == old
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".bericht.txt.")]
    assert leftovers, "the half-written report went to a temporary file beside the target"
    assert _gremienlauf("check", "--ohne-projekt", "v.yaml", "-o", "bericht.txt", cwd=tmp_path).returncode == 0
    assert "1 Vorlage in 1 Datei geprüft" in (tmp_path / "bericht.txt").read_text(encoding="utf-8")


# --- OParl: no redirect elsewhere, no credentials -------------------------------------------------
@pytest.fixture
def servers() -> Iterator[tuple[Server, Server, Server]]:
    """The RIS, another port on its host, and another host: the test server of the OParl tests on each."""
    with ExitStack() as stack:
        started = []
        try:
            for host in ("127.0.0.1", "127.0.0.1", "127.0.0.2"):
                started.append(stack.enter_context(contextmanager(oparl_server.serve)(host)))
        except OSError as exc:  # pragma: no cover - Linux routes all of 127/8 to lo; others may not
            pytest.skip(f"127.0.0.2 nicht verfügbar: {exc}")
        yield started[0], started[1], started[2]


def test_oparl_never_follows_a_redirect_elsewhere_nor_sends_credentials(
        servers: tuple[Server, Server, Server]) -> None:
    from gremienlauf.cli import run

    ris, other_port, other_host = servers
    t = "https://schema.oparl.org/1.1/"

    def paper(n: int) -> dict[str, Any]:
        return {"id": f"{ris.base}/papers/{n}", "type": t + "Paper", "name": f"Vorlage {n}", "reference": f"{n}/2026",
                "consultation": [{"id": f"{ris.base}/c/{n}", "type": t + "Consultation",
                                  "meeting": f"{ris.base}/meetings/{n}", "organization": [f"{ris.base}/org/1"]}]}
    page = {"data": [paper(1), paper(2), paper(3)], "links": {}}
    cookie = {"Content-Type": "application/json", "Set-Cookie": "sitzung=geheim; Path=/",
              "WWW-Authenticate": 'Basic realm="ris"'}
    ris.routes.update({
        "/papers": (200, cookie, json.dumps(page).encode()),
        "/meetings/1": (302, {"Location": f"{other_host.base}/meetings/1"}, b""),
        "/meetings/2": (307, {"Location": f"{other_port.base}/meetings/2"}, b""),
        "/meetings/3": (401, cookie, b"{}"),
        "/org/1": (302, {"Location": "http://127.0.0.2/org/1"}, b""),
    })
    for target in (other_host, other_port):
        target.routes["/meetings/1"] = target.routes["/meetings/2"] = (200, {}, b'{"type": "Meeting"}')
    url = ris.base.replace("http://", "http://benutzer:kennwort@") + "/papers"
    with_userinfo = run(["oparl", "check", "--ohne-projekt", "--timeout", "5", url])
    code = run(["oparl", "check", "--ohne-projekt", "--timeout", "5", f"{ris.base}/papers"])
    assert code == 2 and with_userinfo == 2
    assert not other_host.requests and not other_port.requests
    assert ris.requests, "the RIS itself was asked"
    for path, headers in ris.requests:
        assert "authorization" not in headers and "cookie" not in headers, (path, headers)


def test_oparl_objects_of_the_wrong_type_from_a_server_are_refused_by_url(
        servers: tuple[Server, Server, Server], capsys: pytest.CaptureFixture[str]) -> None:
    from gremienlauf.cli import run

    ris = servers[0]
    t = "https://schema.oparl.org/1.1/"
    good = {"id": f"{ris.base}/papers/1", "type": t + "Paper", "name": "Vorlage 1", "reference": "1/2026",
            "consultation": [{"id": f"{ris.base}/c/1", "type": t + "Consultation", "meeting": f"{ris.base}/m/1",
                              "organization": f"{ris.base}/org/1"}]}
    wrong = [42, None, "Paper", [1, 2], {"id": f"{ris.base}/m/9", "type": t + "Meeting"},
             {"id": f"{ris.base}/papers/2", "type": t + "Paper", "consultation": 5, "name": ["kein", "Text"]},
             {"id": f"{ris.base}/papers/3", "type": t + "Paper", "consultation": [{"id": 7, "meeting": {"x": []}}]}]
    ris.routes.update({
        "/papers": (200, {}, json.dumps({"data": [good, *wrong], "links": {"next": 17}}).encode()),
        "/m/1": (200, {}, json.dumps({"data": [], "links": {}}).encode()),    # a list where a Meeting belongs
        "/org/1": (200, {}, b"[1, 2, 3]"),                                    # an array where an Organization belongs
    })
    code = run(["oparl", "check", "--ohne-projekt", "--timeout", "5", f"{ris.base}/papers"])
    out, err = capsys.readouterr()
    assert code in (1, 2) and "Traceback" not in out + err and "interner Fehler" not in out + err
    assert (f"Sitzung {ris.base}/m/1 nicht lesbar: Antwort ist kein OParl-Objekt vom Typ Meeting"
            in " ".join(out.split()))
    assert f"Gremium {ris.base}/org/1 nicht lesbar" in " ".join(out.split())


# --- limits ---------------------------------------------------------------------------------------
def test_max_tiefe_limits_nesting_in_check_and_replay_and_referenced_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from gremienlauf.cli import run

    (tmp_path / "v.yaml").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "to.yaml").write_text("sitzung: {koerperschaft: stadt-kamen, gremium: Rat, datum: 2012-04-26}\n"
                                      "tagesordnung:\n  - {top: 1, vorlage: v.yaml}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["check", "--ohne-projekt", "v.yaml"]) == 0
    assert run(["check", "--ohne-projekt", "--max-tiefe", "3", "v.yaml"]) == 2
    assert "18:7    Fehler   EINGABE  Verschachtelung tiefer als 3 Ebenen" in capsys.readouterr().out
    assert run(["replay", "--ohne-projekt", "--max-tiefe", "2", "v.yaml"]) == 2
    assert "v.yaml:18:5: Verschachtelung tiefer als 2 Ebenen" in capsys.readouterr().out
    # the agenda itself is 3 deep; the Vorlage it names is 4 deep and read with the same limit
    assert run(["check", "--ohne-projekt", "--max-tiefe", "3", "to.yaml"]) == 2
    assert "Vorlage 'v.yaml' nicht lesbar: v.yaml:18:7: Verschachtelung tiefer als 3 Ebenen" in \
        " ".join(capsys.readouterr().out.split())
    assert run(["check", "--ohne-projekt", "--max-tiefe", "0", "v.yaml"]) == 2
