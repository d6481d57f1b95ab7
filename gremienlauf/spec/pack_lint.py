"""``gremienlauf rules lint``: what is wrong or weak in a municipality's own rule packs.

Problems come as plain values with file, line and column (as yamllint does), each ``fehler`` (the
pack would not load, or silently never apply) or ``warnung`` (it loads, but a reader or a court
would ask: where is the source, what holds in the gap, where is the example?).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from gremienlauf.engine.rules import Pack
from gremienlauf.errors import GremienlaufError, InputError
from gremienlauf.load.yamlsafe import Loaded

if TYPE_CHECKING:
    from gremienlauf.engine.registry import Registry
    from gremienlauf.spec.coverage import Coverage

FEHLER, WARNUNG = "fehler", "warnung"


@dataclass(frozen=True, order=True)
class Problem:
    datei: str
    zeile: int
    spalte: int
    schwere: str
    meldung: str


def lint(folder: str, koerperschaften: tuple[str, ...] = (), features: Iterable[Path] = ()) -> list[Problem]:
    from gremienlauf.load.bodies import load_registry
    from gremienlauf.load.files import read_yaml
    from gremienlauf.load.packs import load_pack_file, load_packs, pack_files
    from gremienlauf.spec.coverage import coverage

    problems: list[Problem] = []
    files = pack_files(folder)
    if not files:
        return [Problem(folder, 0, 0, FEHLER, "keine Regelpakete (*.yaml) gefunden")]
    bundled = {r.code: p.id for p in load_packs() for r in p.rules}
    registry = load_registry(koerperschaften)
    features = list(features)
    try:
        found = coverage(features)
    except InputError as exc:
        problems.append(_problem(exc, str(exc.datei)))
        found = None
    seen: dict[str, str] = {}
    for path in files:
        try:
            doc = read_yaml(path)
            pack = load_pack_file(doc)
        except GremienlaufError as exc:
            problems.append(_problem(exc, str(path)))
            continue
        problems += _codes(doc, pack, bundled, seen)
        problems += _versions(doc, pack)
        problems += _citations(doc, pack)
        problems += _scope(doc, pack, registry)
        if found is not None:
            problems += _scenarios(doc, pack, found, features)
    return sorted(set(problems))


def _problem(exc: GremienlaufError, datei: str, schwere: str = FEHLER) -> Problem:
    return Problem(exc.datei or datei, exc.zeile or 0, exc.spalte or 0, schwere, exc.meldung)


def _at(doc: Loaded, path: tuple[object, ...], schwere: str, meldung: str) -> Problem:
    zeile, spalte = doc.pos(path)
    return Problem(doc.datei, zeile, spalte, schwere, meldung)


def _codes(doc: Loaded, pack: Pack, bundled: dict[str, str], seen: dict[str, str]) -> list[Problem]:
    out = []
    for i, rule in enumerate(pack.rules):
        where = ("rules", i, "code")
        if rule.code in seen:
            out.append(_at(doc, where, FEHLER, f"Regelcode {rule.code} ist doppelt (zuerst: {seen[rule.code]})"))
        elif rule.code in bundled and rule.ersetzt != rule.code:
            out.append(_at(doc, where, FEHLER, f"Regelcode {rule.code} gehört zum mitgelieferten Paket "
                                               f"'{bundled[rule.code]}'; eine örtliche Regel, die ihn ablösen "
                                               f"soll, braucht 'ersetzt: {rule.code}', sonst einen eigenen Code"))
        zeile, spalte = doc.pos(where)
        seen.setdefault(rule.code, f"{doc.datei}:{zeile}")
        for key, refs in (("ersetzt", (rule.ersetzt,) if rule.ersetzt else ()), ("verdraengt", rule.verdraengt)):
            for ref in refs:
                if ref not in bundled and ref not in {r.code for r in pack.rules}:
                    out.append(_at(doc, ("rules", i, key), FEHLER, f"'{key}: {ref}' nennt eine unbekannte Regel"))
    return out


def _versions(doc: Loaded, pack: Pack) -> list[Problem]:
    """Overlaps stop the loader already; gaps load, but leave days on which no citation applies."""
    out = []
    for i, rule in enumerate(pack.rules):
        for j, (prev, nxt) in enumerate(zip(rule.versionen, rule.versionen[1:], strict=False)):
            if prev.gilt_bis is not None and nxt.gilt_ab > prev.gilt_bis + timedelta(days=1):
                out.append(_at(doc, ("rules", i, "versionen", j + 1, "gilt_ab"), WARNUNG,
                               f"Lücke im Geltungszeitraum von {rule.code}: "
                               f"vom {prev.gilt_bis + timedelta(days=1):%d.%m.%Y} "
                               f"bis {nxt.gilt_ab - timedelta(days=1):%d.%m.%Y} gilt keine Fassung"))
    return out


def _citations(doc: Loaded, pack: Pack) -> list[Problem]:
    out = []
    for i, rule in enumerate(pack.rules):
        raw = rule.raw
        versions = [(("rules", i, "versionen", j), v) for j, v in enumerate(raw["versionen"])] \
            if "versionen" in raw else [(("rules", i), raw)]
        for path, version in versions:
            for k, citation in enumerate(version["rechtsgrundlage"]):
                where = path + ("rechtsgrundlage", k)
                if not any(citation.get(key) for key in ("paragraph", "artikel", "url")):
                    out.append(_at(doc, where, WARNUNG, f"Fundstelle von {rule.code} nennt weder Paragraph "
                                                        "noch Artikel noch URL"))
                elif citation.get("belegt", True) and not citation.get("url"):
                    out.append(_at(doc, where, WARNUNG, f"Fundstelle von {rule.code} ohne url: Quelle angeben "
                                                        "oder 'belegt: false' setzen, bis sie im Text geprüft ist"))
    return out


def _scope(doc: Loaded, pack: Pack, registry: Registry) -> list[Problem]:
    """A pack bound to a Körperschaft nobody knows would silently never apply."""
    if pack.koerperschaft is None:
        return []
    if registry.body(pack.koerperschaft) is not None:
        return []
    hint = registry.suggest_body(pack.koerperschaft)
    return [_at(doc, ("pack", "koerperschaft"), FEHLER,
                f"Körperschaft '{pack.koerperschaft}' ist nicht eingetragen, das Paket gälte nie"
                + (f"; gemeint ist wohl '{hint}'" if hint else "") + " (koerperschaften.yaml prüfen)")]


def _scenarios(doc: Loaded, pack: Pack, found: Coverage, features: list[Path]) -> list[Problem]:
    where = ", ".join(sorted({p.parent.name + "/" for p in features})) or "features/ (fehlt)"
    out = []
    for i, rule in enumerate(pack.rules):
        if rule.code not in found.fires:
            out.append(_at(doc, ("rules", i, "code"), WARNUNG, f"kein Szenario in {where}, in dem {rule.code} greift "
                                                               f"(„Dann meldet die Prüfung {rule.code}“)"))
        if rule.code not in found.silent:
            out.append(_at(doc, ("rules", i, "code"), WARNUNG,
                           f"kein Szenario in {where}, in dem {rule.code} "
                           f"schweigt („Dann meldet die Prüfung {rule.code} nicht“)"))
    return out


def render_text(problems: list[Problem], files: int, out: TextIO) -> None:
    for p in problems:
        ort = ":".join(str(x) for x in (p.datei, p.zeile, p.spalte) if x)
        out.write(f"{ort}: {'Fehler' if p.schwere == FEHLER else 'Warnung'}: {p.meldung}\n")
    fehler = sum(1 for p in problems if p.schwere == FEHLER)
    warnungen = len(problems) - fehler
    out.write(f"{files} {'Regelpaket' if files == 1 else 'Regelpakete'} geprüft: {fehler} Fehler, "
              f"{warnungen} {'Warnung' if warnungen == 1 else 'Warnungen'}\n")


def exit_code(problems: list[Problem]) -> int:
    if any(p.schwere == FEHLER for p in problems):
        return 2
    return 1 if problems else 0
