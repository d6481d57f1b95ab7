"""Erzeugt gremienlauf/bodies/register-<land>.yaml aus docs/recherche/register/deutschland.tsv.

Einmal laufen lassen, wenn sich die Tabelle ändert; das Ergebnis wird eingecheckt (gremienlauf liest die
YAML-Dateien, nicht die Tabelle). Körperschaften mit ausführlichem Eintrag (die übrigen Dateien in
bodies/) übernimmt es nicht: deren Eintrag gilt. Aufruf: python tools/register_aus_tsv.py
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "docs" / "recherche" / "register" / "deutschland.tsv"
BODIES = ROOT / "gremienlauf" / "bodies"

# Ids, die die Recherche beim Adjektiv abgeschnitten hat („Märkischer Kreis“ → kreis-maerkischer)
ID_KORREKTUREN = {
    "kreis-maerkischer": "kreis-maerkischer-kreis",
    "kreis-oberbergischer": "kreis-oberbergischer-kreis",
    "kreis-rheinisch-bergischer": "kreis-rheinisch-bergischer-kreis",
}
# Die Tabelle nennt jeden Landkreis „kreis“ (Destatis); wo das Land Landkreise hat, steht es im Namen.
# Die Städteregion Aachen ist ein Gemeindeverband eigener Art (wie die Region Hannover).
TYP_KORREKTUREN = {"staedteregion-aachen": "region"}
KREISFREI = ("kreisfreie_stadt", "stadtkreis", "stadtgemeinde")
# Die Tabellen, aus denen die Recherche las, stehen in fast jeder Zeile; in den erzeugten Dateien einmal
# im Kopf und in der Quelle als Kürzel: jeder Start liest die Register-Dateien, und so sind sie halb so groß.
KUERZEL = {
    "[Q1]": "(github florian-baumann1k5/master-thesis-dissaggregator "
            "data/raw/regional/ags_lk_changes/landkreise_2023.csv)",
    "[Q2]": "(github corona-hub-germany/landkreise-deutschland data/districts.csv)",
    "[Q3]": "(github grundeinkommensbuero/backend utils/analyseData/recentMunicipalityData/data/AuszugGV4QAktuell.csv)",
}


def detailed_ids() -> set[str]:
    ids = set()
    for path in BODIES.glob("*.yaml"):
        if path.name.startswith("register-"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("  - id: "):
                ids.add(line.split(":", 1)[1].strip())
    return ids


def entry(row: dict[str, str]) -> dict[str, object]:
    body_id = ID_KORREKTUREN.get(row["id"], row["id"])
    typ = TYP_KORREKTUREN.get(row["id"], row["typ"])
    if typ == "kreis" and row["name"].startswith("Landkreis "):
        typ = "landkreis"
    out: dict[str, object] = {"id": body_id, "name": row["name"], "typ": typ, "land": row["land"]}
    ags = row["ags"]
    if len(ags) == 5 and typ in KREISFREI:
        ags += "000"  # eine kreisfreie Stadt ist zugleich Gemeinde: ihr Gemeindeschlüssel
    if ags:
        out["ags"] = ags
    if row["kreis"]:
        out["kreis"] = ID_KORREKTUREN.get(row["kreis"], row["kreis"])
    out["jugendamt"] = row["jugendamt"] == "true"
    quelle = row["quelle"]
    for short, long in KUERZEL.items():
        quelle = quelle.replace(long, short)
    out["quelle"] = quelle
    return out


def render(land: str, entries: list[dict[str, object]]) -> str:
    lines = [f"# Körperschaften in {land}: erzeugt von tools/register_aus_tsv.py aus",
             "# docs/recherche/register/deutschland.tsv – nicht von Hand ändern, sondern die Tabelle.",
             "# Gremien: die Vorlage des Landes (laender/*.yaml); ausführliche Einträge in den",
             "# übrigen Dateien dieses Ordners gelten vor diesen. Kürzel in `quelle`:",
             *(f"#   {short} {long}" for short, long in KUERZEL.items()),
             "koerperschaften:"]
    for e in entries:
        # JSON-Zeichenketten sind gültiges YAML: kein Name mit Doppelpunkt kann die Struktur ändern
        lines.append(f"  - id: {e['id']}")
        for key in ("name", "typ", "land", "ags", "kreis", "jugendamt", "quelle"):
            if key in e:
                value = e[key]
                text = ("true" if value else "false") if isinstance(value, bool) else _scalar(str(value))
                lines.append(f"    {key}: {text}")
    return "\n".join(lines) + "\n"


def _scalar(text: str) -> str:
    """Ids, Typen und Länder bleiben ohne Anführungszeichen; Ziffern (AGS) und Namen werden gequotet."""
    return text if re.fullmatch(r"[a-z][a-z0-9_-]*|[A-Z]{2}", text) else json.dumps(text, ensure_ascii=False)


def generate() -> dict[str, str]:
    """File name → text of every register file; tests compare it with the files in bodies/."""
    skip = detailed_ids()
    by_land: dict[str, list[dict[str, object]]] = {}
    with TSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            e = entry(row)
            if e["id"] not in skip:
                by_land.setdefault(row["land"], []).append(e)
    return {f"register-{land.lower()}.yaml": render(land, entries) for land, entries in sorted(by_land.items())}


def main() -> int:
    files = generate()
    for old in BODIES.glob("register-*.yaml"):
        old.unlink()
    for name, text in files.items():
        (BODIES / name).write_text(text, encoding="utf-8")
        print(f"{name}: {text.count(chr(10) + '  - id: ')} Körperschaften")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
