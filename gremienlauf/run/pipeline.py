"""read → model → check → collect: one Vorlage at a time, so memory stays flat on large trees."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from gremienlauf.engine.judge import Engine
from gremienlauf.errors import InputError
from gremienlauf.load.files import STDIN
from gremienlauf.load.yamlsafe import MAX_BYTES, MAX_TIEFE
from gremienlauf.model import INPUT_CODE, UNREADABLE, Checked, Document, Finding, Report, RuleInfo
from gremienlauf.readers import DEFAULT_STDIN, READERS, reader_for
from gremienlauf.run import dedupe


class Options(NamedTuple):
    stichtag: date
    max_bytes: int = MAX_BYTES
    stdin_name: str = "<stdin>"
    fail_on: str = "fehler"
    max_tiefe: int = MAX_TIEFE
    jobs: int = 1  # worker processes for files (check --jobs); the report is the same for any number
    beratungsfolge: bool = False  # each Checked carries its steps (the HTML page draws them)


def discover(paths: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Files to read, each with whether the user named it (named files must be Vorlagen or agendas).

    Directories are walked in sorted order without following symlinks (no loops), skipping hidden ones.
    """
    for raw in paths:
        if raw != STDIN and os.path.isdir(raw):
            found: list[str] = []
            for root, dirs, files in os.walk(raw):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files
                             if os.path.splitext(f)[1].lower() in READERS and not f.startswith("."))
            if not found:  # a wrong path must not pass as "0 Vorlagen, no findings" in CI
                yield raw, True
            yield from ((f, False) for f in sorted(found))
        else:
            yield raw, True


def documents(path: str, explicit: bool, options: Options) -> Iterator[Document | InputError]:
    name = options.stdin_name if path == STDIN else path
    suffix = os.path.splitext(name if path == STDIN else path)[1].lower()
    reader = reader_for(suffix) or (reader_for(DEFAULT_STDIN) if path == STDIN else None)
    if reader is None:
        if explicit and path != STDIN and not os.path.lexists(path):
            yield InputError("Pfad nicht gefunden: weder Datei noch Verzeichnis", name)
        elif explicit:
            yield InputError(f"unbekannte Dateiart '{suffix or '(ohne Endung)'}' (lesbar: "
                             f"{', '.join(sorted(READERS))})", name)
        return
    yield from reader(path, name, explicit, options.max_bytes, max_tiefe=options.max_tiefe)


def run(engine: Engine, paths: Iterable[str], options: Options) -> Report:
    paths = list(paths)
    if options.jobs > 1 and STDIN not in paths:
        from gremienlauf.run.parallel import run_parallel

        part = run_parallel(engine, discover(paths), options)
    else:
        part = check_files(engine, discover(paths), options)
    findings, checked = dedupe.merge(part.findings, part.checked, part.identities)
    return collect(engine, findings, checked, part.files, options)


class Identities(dict[tuple[str, str], dedupe.Identity]):
    """(datei, label) → identity, as dedupe.merge expects, holding only identities seen in more than one
    place: merge drops every group with a single place anyway, and grouping all 100,000 Vorlagen of a
    large run there cost a 30 MB peak. ``first`` remembers one place per identity until a second comes,
    as Körperschaft → Nummer → place, where a place is any tuple that starts (datei, label): the run's
    Checked entry serves without a copy, and the Nummer is mostly the label's own string (dedupe.identity),
    so a Vorlage seen once costs one dict slot (together ~150 bytes less per Vorlage on large runs)."""

    def __init__(self) -> None:
        super().__init__()
        self.first: dict[str, dict[str, tuple[Any, ...]]] = {}

    def __setitem__(self, place: tuple[Any, ...], ident: dedupe.Identity) -> None:
        body = self.first.get(ident[0])
        if body is None:
            body = self.first[ident[0]] = {}
        seen = body.setdefault(ident[1], place)
        if seen is not place and seen[:2] != place[:2]:
            super().__setitem__(tuple(seen[:2]), ident)
            super().__setitem__(tuple(place[:2]), ident)

    def __reduce__(self) -> tuple[Any, ...]:  # to and from worker processes (check --jobs)
        return _identities, (dict(self), self.first)

    def update_from(self, other: Identities) -> None:
        for body, places in other.first.items():
            for nummer, place in places.items():
                self[place] = (body, nummer)
        for place, ident in other.items():
            self[place] = ident


def _identities(multi: dict[tuple[str, str], dedupe.Identity],
                first: dict[str, dict[str, tuple[Any, ...]]]) -> Identities:
    out = Identities()
    out.first = first
    dict.update(out, multi)
    return out


@dataclass
class Partial:
    """What checking some files found, in file order; parts of consecutive files concatenate."""

    findings: list[Finding] = field(default_factory=list)
    checked: list[Checked] = field(default_factory=list)
    identities: Identities = field(default_factory=Identities)
    files: int = 0

    def extend(self, other: Partial) -> None:
        self.findings += other.findings
        self.checked += other.checked
        self.identities.update_from(other.identities)
        self.files += other.files


NOT_READ = "nicht prüfbar, weil die Eingabe nicht gelesen werden konnte"

def check_files(engine: Engine, files: Iterable[tuple[str, bool]], options: Options) -> Partial:
    out = Partial()
    for path, explicit in files:
        if explicit and path != STDIN and os.path.isdir(path):  # named, and nothing to read in it (discover)
            endungen = ", ".join(sorted(READERS))
            leer = InputError(f"keine Vorlage gefunden: das Verzeichnis enthält keine Datei mit der Endung {endungen}",
                              path)
            out.findings.append(input_finding(leer, "Pfad prüfen: gelesen werden Vorlagen und Tagesordnungen (YAML), "
                                                    "Text und PDF."))
            out.checked.append(Checked(path, UNREADABLE, 1, options.stichtag, urteil="unvollstaendig",
                                       urteil_grund=NOT_READ))  # a failing case in JUnit, like an unreadable file
            continue
        before = len(out.checked)
        check_all(engine, documents(path, explicit, options), options, out.findings, out.checked, path,
                  out.identities)
        # a registry or rule pack passed over in a directory holds no Vorlage: not one of the checked files
        out.files += len(out.checked) > before
    return out


def check_all(engine: Engine, items: Iterable[Document | InputError], options: Options, findings: list[Finding],
              checked: list[Checked], fallback: str = "<unbekannt>",
              identities: Identities | None = None) -> None:
    """Check each Document as it comes (any reader: files, OParl); unreadable items become findings.

    With ``identities``, each Vorlage's identity (Körperschaft + Nummer) is noted so that the same Vorlage
    read from two files (PDF and RIS page) is reported once.
    """
    for item in items:
        if isinstance(item, InputError):
            findings.append(input_finding(item))
            if getattr(item, "vorlage", None) is None:  # else it belongs to a Vorlage checked anyway
                checked.append(Checked(item.datei or fallback, UNREADABLE, item.zeile or 1, None,
                                       urteil="unvollstaendig", urteil_grund=NOT_READ))
            continue
        label = f"TOP {item.top}: {item.paper.bezeichnung}" if item.top else item.paper.bezeichnung
        judged = engine.judge(item.paper, options.stichtag, item.sitzung, label)
        entry = Checked(item.paper.datei, label, item.paper.ort("vorlage").zeile,
                        item.sitzung.datum if item.sitzung else options.stichtag, item.paper.koerperschaft,
                        judged.urteil, judged.urteil_grund, item.paper.nummer, item.paper.betreff, top=item.top,
                        verdraengt=judged.verdraengt)
        if options.beratungsfolge:
            from gremienlauf.run.schritte import schritte

            entry = entry._replace(beratungsfolge=schritte(engine, item.paper, options.stichtag, item.sitzung,
                                                           judged.findings))
        checked.append(entry)
        findings.extend(judged.findings)
        findings.extend(reader_notes(item, label))
        if identities is not None and not item.top:
            body = engine.registry.find_body(item.paper.koerperschaft)
            ident = dedupe.identity(item.paper, body.id if body else None)
            if ident is not None:
                identities[entry] = ident


def reader_notes(item: Document, label: str) -> list[Finding]:
    """What a reader noticed while reading (e.g. a converted encoding): a hint, not an input error."""
    ort = item.paper.ort("vorlage")
    return [Finding(INPUT_CODE, "hinweis", note, "", ort.datei, ort.zeile, ort.spalte, label,
                    "Datei prüfen; gelesen wurde sie trotzdem.", "eingabe") for note in item.hinweise]


def input_finding(exc: InputError, abhilfe: str = "") -> Finding:
    vorlage = getattr(exc, "vorlage", None)
    return Finding(INPUT_CODE, "fehler", exc.meldung, "", exc.datei or "<unbekannt>", exc.zeile or 1,
                   exc.spalte or 1, vorlage or UNREADABLE, abhilfe or _abhilfe(exc, vorlage), "eingabe")


def _abhilfe(exc: InputError, vorlage: str | None) -> str:
    if vorlage is not None:
        return "Quelle berichtigen oder später erneut abrufen; bis dahin ist die Prüfung dieser Vorlage " \
               "unvollständig."
    if "://" in (exc.datei or ""):
        return "Adresse und Server prüfen (--timeout, --umleitung) oder später erneut abrufen; bis dahin ist die " \
               "Vorlage ungeprüft."
    if exc.meldung.endswith("nicht gefunden") or exc.meldung.startswith("Pfad nicht gefunden"):
        return "Pfad prüfen (Schreibweise, relativ zum Arbeitsverzeichnis); bis dahin ist nichts geprüft."
    return "Datei berichtigen; bis dahin ist die Vorlage ungeprüft."


def collect(engine: Engine, findings: Iterable[Finding], checked: Iterable[Checked], files: int,
            options: Options) -> Report:
    unique = sorted(set(findings), key=_order)
    rules = {r.code: r for p in engine.packs for r in p.rules}
    infos = {code: RuleInfo(code, rules[code].name, rules[code].titel, rules[code].beschreibung,
                            rules[code].schwere, rules[code].pack)
             for code in sorted({f.code for f in unique}) if code in rules}
    packs = tuple((p.id, p.version, p.sha256) for p in engine.packs)
    return Report(tuple(unique), tuple(checked), infos, packs, files, options.stichtag, options.fail_on)


def _order(finding: Finding) -> tuple[object, ...]:
    """Finding.sort_key, then every other field: two findings at one place under one rule (a Vorlage and
    its TOP on an agenda) must not come out in set order, which changes from run to run."""
    f = finding
    return (*f.sort_key(), f.vorlage, f.schwere, f.rechtsgrundlage, f.abhilfe, f.regel)
