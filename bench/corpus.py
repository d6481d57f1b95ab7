"""Deterministic Vorlage corpora for the benchmark: realistic files, written once and cached.

A corpus is a tree ``<koerperschaft>/<jahr>/<nummer>.yaml`` of Vorlage files plus agenda files
``<koerperschaft>/tagesordnung-<datum>-<n>.yaml`` that reference some of them by relative path.
Bodies and Gremien come from the bundled registry, so every name resolves the way users write it
(full name, short alias or the bare "Rat"). About 5 % of the Vorlagen carry a deliberate defect;
the rest are meant to be clean (the benchmark reports the share that really has findings).
"""

from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# Bump when the generated files change, so cached corpora are rebuilt rather than compared across versions.
GENERATOR_VERSION = 5
STICHTAG = date(2026, 6, 30)
DEFECT_SHARE = 0.05
AGENDA_SHARE = 0.05  # about this share of Vorlagen is also reached through an agenda
AGENDA_TOPS = 8

JUGENDHILFE = (
    "Fortschreibung der Kita-Bedarfsplanung {jahr}/{folgejahr}",
    "Zuschuss an den Träger der offenen Jugendarbeit im Ortsteil {ort}",
    "Erweiterung der Öffnungszeiten des Jugendzentrums {ort}",
    "Ausbau der Schulsozialarbeit an der Grundschule {ort}",
    "Kommunale Präventionskette: Bericht und Fortschreibung {jahr}",
    "Neubau einer Kindertageseinrichtung an der {strasse}",
    "Frühe Hilfen: Fortsetzung des Familienbesuchsdienstes",
    "Jugendförderplan {jahr} bis {folgejahr}",
    "Einrichtung eines Familienzentrums in {ort}",
)
ANDERE = (
    "Sanierung der Sporthalle an der {strasse}",
    "Ausbau der {strasse} zwischen {ort} und der Ortsmitte",
    "Bebauungsplan Nr. {nr} \"{ort} Süd\": Aufstellungsbeschluss",
    "Beschaffung eines Löschfahrzeugs für den Löschzug {ort}",
    "Erneuerung der Straßenbeleuchtung im Ortsteil {ort}",
    "Radverkehrskonzept {jahr}: Umsetzung des ersten Bauabschnitts",
    "Vergabe der Grünpflege auf den Friedhöfen {jahr} bis {folgejahr}",
    "Umbau des Rathausfoyers zum Bürgerbüro",
    "Sachstand Breitbandausbau in den Außenbereichen",
    "Partnerschaft mit der Gemeinde {ort}: Austauschprogramm {jahr}",
)
ORTE = ("Heeren-Werve", "Methler", "Südkamen", "Overberge", "Weddinghofen", "Lette", "Hiddingsel",
        "Buldern", "Appelhülsen", "Darup", "Altlünen", "Brambauer", "Wethmar", "Herbern", "Seppenrade")
STRASSEN = ("Bahnhofstraße", "Lindenallee", "Schulstraße", "Kirchplatz", "Am Hallenbad", "Mühlenweg",
            "Westfalenstraße", "Hammer Straße", "Dülmener Straße", "Berliner Platz")
SAETZE = (
    "Die Verwaltung hat die Maßnahme mit den beteiligten Fachbereichen abgestimmt.",
    "Die Kosten sind im Haushaltsplan unter der genannten Produktgruppe veranschlagt.",
    "Die Ausschreibung erfolgt nach den Vorgaben des Vergaberechts.",
    "Eine Beteiligung der Öffentlichkeit hat im Vorfeld stattgefunden.",
    "Die Umsetzung soll im laufenden Haushaltsjahr beginnen.",
    "Die Folgekosten werden im nächsten Finanzbericht dargestellt.",
    "Der Sachstand wurde in der letzten Sitzung mündlich vorgestellt.",
    "Mit der Maßnahme wird ein Beschluss aus dem Vorjahr umgesetzt.",
)
AEMTER = ("Fachbereich Planung und Bauen", "Amt für Schule und Sport", "Zentrale Dienste", "Ordnungsamt",
          "Tiefbauamt", "Fachbereich Finanzen")
JH_AEMTER = ("Jugendamt", "Fachbereich Jugend und Familie")
RESULTS_ADVICE = ("empfohlen",)
# no registry entry and no name pattern (vocabulary/gremien.yaml) knows it: a "…ausschuss" would get its Art
UNKNOWN_GREMIUM = "Lenkungskreis Stadtentwicklung und Digitales"
DEFECTS = ("jha_fehlt", "ohne_ergebnis", "unbekanntes_gremium", "beschlussgremium_fehlt_in_folge")


@dataclass(frozen=True)
class Gremien:
    """The names one Körperschaft's Gremien are written under, by kind."""

    body_id: str
    body_name: str
    kreis: bool
    jugendamt: bool
    vertretung: tuple[str, ...]
    vorberatung: tuple[str, ...]
    jha: tuple[str, ...]


@dataclass
class Manifest:
    """What was generated: the numbers the benchmark divides by."""

    root: str
    size: int
    seed: int
    vorlage_files: int = 0
    agenda_files: int = 0
    agenda_refs: int = 0
    documents: int = 0
    defects: dict[str, int] = field(default_factory=dict)
    bytes: int = 0
    version: int = GENERATOR_VERSION

    @property
    def stichtag(self) -> str:
        return STICHTAG.isoformat()


def bodies_from_registry() -> list[Gremien]:
    """Every bundled Körperschaft with a list of its Gremien, and the names they may be written as.

    The register of all Körperschaften (bodies/register-*.yaml, Gremien from the Land's template) stays
    out: the corpus keeps the bodies it always had, so that numbers stay comparable across versions."""
    from gremienlauf.load.bodies import load_registry

    out = []
    def names(body: Any, *arten: str) -> tuple[str, ...]:
        found: list[str] = []
        for org in body.organizations:
            if org.art in arten:
                found += [org.name, *org.aliases[:2]]
        return tuple(found)

    for body in sorted(load_registry().bodies.listed(), key=lambda b: b.id):
        out.append(Gremien(body.id, body.name, body.typ == "kreis", body.jugendamt, names(body, "vertretung"),
                           names(body, "hauptausschuss", "kreisausschuss"), names(body, "jugendhilfeausschuss")))
    return out


def corpus_dir(cache: Path, size: int, seed: int) -> Path:
    return cache / f"vorlagen-{size}-s{seed}-v{GENERATOR_VERSION}"


def ensure(cache: Path, size: int, seed: int = 6) -> Manifest:
    """The cached corpus of ``size`` Vorlagen, generated first if absent or incomplete."""
    root = corpus_dir(cache, size, seed)
    manifest = root / "manifest.json"
    if manifest.is_file():
        return Manifest(**json.loads(manifest.read_text("utf-8")))
    if root.exists():
        shutil.rmtree(root)
    result = generate(root, size, seed)
    # The manifest is written last: its presence marks a complete corpus.
    (root / "manifest.json").write_text(json.dumps(result.__dict__, indent=1, sort_keys=True), "utf-8")
    return result


def generate(root: Path, size: int, seed: int) -> Manifest:
    rng = random.Random(seed)
    bodies = bodies_from_registry()
    weights = [3 if b.kreis else 1 for b in bodies]
    manifest = Manifest(str(root), size, seed)
    sessions: dict[tuple[str, str, str], list[str]] = {}
    counters: dict[tuple[str, int], int] = {}
    for _ in range(size):
        body = rng.choices(bodies, weights)[0]
        defect = rng.choice(DEFECTS) if rng.random() < DEFECT_SHARE else None
        value, year, defect = vorlage(rng, body, counters, defect)
        rel = f"{body.body_id}/{year}/{value['vorlage']['nummer'].replace('/', '-')}.yaml"
        header = f"# Benchmark: absichtlicher Mangel ({defect})\n" if defect else ""
        manifest.bytes += write(root / rel, header + dump(value))
        manifest.vorlage_files += 1
        if defect:
            manifest.defects[defect] = manifest.defects.get(defect, 0) + 1
        for c in value["vorlage"]["beratungsfolge"]:
            if "sitzung" in c and c["gremium"] not in ("Rat", "Kreistag", UNKNOWN_GREMIUM):
                sessions.setdefault((body.body_id, c["gremium"], c["sitzung"]), []).append(rel)
    manifest.bytes += agendas(root, sessions, round(size * AGENDA_SHARE), manifest)
    manifest.documents = manifest.vorlage_files + manifest.agenda_refs
    return manifest


def vorlage(rng: random.Random, body: Gremien, counters: dict[tuple[str, int], int],
            defect: str | None) -> tuple[dict[str, Any], int, str | None]:
    """One Vorlage of ``body`` (and the defect it really carries, which may differ from the one asked for)."""
    if defect == "jha_fehlt" and not body.jugendamt:
        defect = "ohne_ergebnis"
    # A defect must be able to show: a missing result needs a held Beratung, so a past year.
    year = rng.randint(2019, 2025 if defect == "ohne_ergebnis" else 2026)
    counters[(body.body_id, year)] = n = counters.get((body.body_id, year), 0) + 1
    jugendhilfe = body.jugendamt and (rng.random() < 0.3 or defect == "jha_fehlt")
    mitteilung = defect is None and rng.random() < 0.12
    fill = {"jahr": year, "folgejahr": year + 1, "ort": rng.choice(ORTE), "strasse": rng.choice(STRASSEN),
            "nr": rng.randint(10, 180)}
    betreff = rng.choice(JUGENDHILFE if jugendhilfe else ANDERE).format(**fill)
    # A Vorlage cannot be dated after the day it is checked on (that is VF014's defect, not planted here).
    last_day = 330 if year < STICHTAG.year else (STICHTAG - date(year, 1, 1)).days - 1
    datum = date(year, 1, 1) + timedelta(days=rng.randint(0, last_day))
    v: dict[str, Any] = {"nummer": f"{n:04d}/{year}",
                         "art": "mitteilungsvorlage" if mitteilung else "beschlussvorlage",
                         "betreff": betreff, "datum": datum.isoformat(),
                         "federfuehrung": rng.choice(JH_AEMTER if jugendhilfe else AEMTER)}
    if rng.random() < 0.5:
        v["sachgebiete"] = ["jugendhilfe"] if jugendhilfe else [rng.choice(("bauen", "verkehr", "sport",
                                                                            "allgemeine_verwaltung"))]
    folge = plan(rng, body, jugendhilfe and defect != "jha_fehlt", mitteilung)
    if not mitteilung and rng.random() < 0.7:
        v["beschlussgremium"] = rng.choice(body.vertretung)
    if jugendhilfe and body.kreis and not mitteilung:
        # Kreis Vorlagen say why the Kreistag and not the JHA decides (as SV-9-1217 does).
        v["zustaendigkeit_begruendung"] = "Wegen der finanziellen Tragweite entscheidet der Kreistag."
    if defect == "beschlussgremium_fehlt_in_folge" and not mitteilung:
        v["beschlussgremium"] = rng.choice(body.vertretung)
        folge = [c for c in folge if c["rolle"] != "entscheidung"] or folge[:1]
        if folge[-1]["rolle"] == "entscheidung":
            folge[-1] = {"gremium": rng.choice(body.vorberatung), "rolle": "vorberatung", "art": "vorberatung"}
    if defect == "unbekanntes_gremium":
        folge.insert(0, {"gremium": UNKNOWN_GREMIUM, "rolle": "vorberatung", "art": "unbekannt"})
    v["beratungsfolge"] = schedule(rng, folge, datum, defect == "ohne_ergebnis")
    v["beschlussvorschlag"] = ("Der Bericht wird zur Kenntnis genommen." if mitteilung else
                               f"Der Maßnahme „{betreff}“ wird zugestimmt; die Verwaltung wird mit der Umsetzung "
                               "beauftragt.")
    v["text"] = " ".join(rng.sample(SAETZE, rng.randint(2, 5)))
    return {"koerperschaft": body.body_id, "vorlage": v}, year, defect


def plan(rng: random.Random, body: Gremien, jha: bool, mitteilung: bool) -> list[dict[str, Any]]:
    """A Beratungsfolge of 1–6 entries: hearing, preliminary advice, decision, sometimes put off."""
    if mitteilung:
        chosen = [("jha", g) for g in body.jha[:1] if jha] + [("vorberatung", rng.choice(body.vorberatung)),
                                                           ("vertretung", rng.choice(body.vertretung))]
        return [{"gremium": g, "rolle": "kenntnisnahme", "art": art}
                for art, g in chosen[-rng.randint(1, len(chosen)):]]
    folge: list[dict[str, Any]] = []
    if jha:
        folge.append({"gremium": rng.choice(body.jha), "rolle": rng.choice(("anhoerung", "vorberatung")),
                      "art": "jha"})
    # The Kreisausschuss prepares every Kreistag decision (§ 50 KrO NRW); in towns the HFA often does.
    if body.kreis or jha or rng.random() < 0.75:
        folge.append({"gremium": rng.choice(body.vorberatung), "rolle": "vorberatung", "art": "vorberatung"})
    folge.append({"gremium": rng.choice(body.vertretung), "rolle": "entscheidung", "art": "vertretung"})
    # Some Beratungen are put off once and repeated; that gives Beratungsfolgen of up to six entries.
    out: list[dict[str, Any]] = []
    for c in folge:
        if len(folge) + len(out) < 6 and rng.random() < 0.15:
            out.append({**c, "vertagt": True})
        out.append(c)
    return out


MEETING_EVERY = 28
_FIRST_MEETING = {"jha": date(2019, 1, 8), "vorberatung": date(2019, 1, 15), "vertretung": date(2019, 1, 24),
                  "unbekannt": date(2019, 1, 10)}


def next_meeting(art: str, earliest: date) -> date:
    """Gremien meet on a fixed four-week cycle, so many Vorlagen share a Sitzung (and an agenda)."""
    first = _FIRST_MEETING[art]
    cycles = max(0, -(-(earliest - first).days // MEETING_EVERY))
    return first + timedelta(days=cycles * MEETING_EVERY)


def schedule(rng: random.Random, folge: list[dict[str, Any]], start: date, missing_result: bool) -> list[dict[str,
                                                                                                              Any]]:
    """Dates and results: held Beratungen before the Stichtag have a result, later ones none, and in
    some Vorlagen the last Beratungen are planned without a date yet."""
    undated_from = len(folge) - rng.randint(1, 2) if rng.random() < 0.2 and not missing_result else len(folge)
    day = start
    out = []
    for i, c in enumerate(folge):
        day = next_meeting(c["art"], day + timedelta(days=7))
        entry: dict[str, Any] = {"gremium": c["gremium"]}
        held = i < undated_from and day < STICHTAG
        if i < undated_from:
            entry["sitzung"] = day.isoformat()
        entry["rolle"] = c["rolle"]
        if held and not (missing_result and i == 0):
            entry["ergebnis"] = "vertagt" if c.get("vertagt") else result(c["rolle"])
            if rng.random() < 0.5:
                entry["top"] = str(rng.randint(1, 24))
        out.append(entry)
    return out


def result(rolle: str) -> str:
    return {"entscheidung": "beschlossen", "kenntnisnahme": "zur_kenntnis_genommen"}.get(rolle, "empfohlen")


def agendas(root: Path, sessions: dict[tuple[str, str, str], list[str]], refs_wanted: int,
            manifest: Manifest) -> int:
    """Agenda files for the busiest Sitzungen, each TOP a reference to a Vorlage file of that Sitzung,
    until about ``refs_wanted`` references exist (the same share whatever the corpus size)."""
    written = 0
    for n, ((body_id, gremium, datum), refs) in enumerate(sorted(sessions.items(), key=lambda kv: (-len(kv[1]), kv[0])),
                                                          start=1):
        if manifest.agenda_refs >= refs_wanted:
            break
        items = [{"top": i, "vorlage": rel.split("/", 1)[1]} for i, rel in enumerate(refs[:AGENDA_TOPS], start=1)]
        value = {"sitzung": {"gremium": gremium, "datum": datum, "koerperschaft": body_id},
                 "tagesordnung": items}
        written += write(root / body_id / f"tagesordnung-{datum}-{n}.yaml", dump(value))
        manifest.agenda_files += 1
        manifest.agenda_refs += len(items)
    return written


def write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


# --- a small YAML emitter: block style like hand-written files, one flow mapping per Beratung -------

_PLAIN = re.compile(r"[A-Za-zÄÖÜäöüß0-9][\w .,/()–„“äöüÄÖÜß-]*\Z")
_RESERVED = re.compile(r"(?i)(?:true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_:.]*)\Z")


def scalar(value: Any, flow: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text  # dates stay plain, as people write them (the loader keeps them as text)
    if (_PLAIN.match(text) and not _RESERVED.match(text) and ": " not in text and " #" not in text
            and not (flow and any(c in text for c in ",[]{}"))):
        return text
    return json.dumps(text, ensure_ascii=False)


def dump(value: dict[str, Any], indent: str = "") -> str:
    lines = []
    for key, item in value.items():
        if isinstance(item, dict):
            lines.append(f"{indent}{key}:\n{dump(item, indent + '  ')}")
        elif isinstance(item, list) and item and isinstance(item[0], dict):
            lines.append(f"{indent}{key}:")
            lines += [f"{indent}  - {{{', '.join(f'{k}: {scalar(v, True)}' for k, v in e.items())}}}" for e in item]
        elif isinstance(item, list):
            lines.append(f"{indent}{key}: [{', '.join(scalar(v, True) for v in item)}]")
        else:
            lines.append(f"{indent}{key}: {scalar(item)}")
    return "\n".join(lines) + ("\n" if not indent else "")
