"""Writes features/land_<xx>.feature and features/register/laender.yaml: per Land, real municipalities
and the same three questions (issue 14): does § 71 SGB VIII fire where the Vertretung decides a
youth-welfare matter without the JHA, does a Satzung decided by a Fachausschuss cite that Land's own
code, and does a correct chain stay silent. Run after changing the table below; review the diff."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

# Land, id, name, typ, Vertretung, Fachausschuss, expected KV001 citation (None: no catalogue norm yet),
# expected KV002 citation (None: none) — real municipalities, committee names as their RIS shows them
# (where not verified, an ordinary name for such a committee).
LAENDER = [
    ("BY", "Bayern", "stadt-ingolstadt", "Stadt Ingolstadt", "kreisfreie_stadt", "Stadtrat",
     "Ausschuss für Stadtentwicklung, Ökologie und Wirtschaftsförderung"),
    ("NI", "Niedersachsen", "stadt-osnabrueck", "Stadt Osnabrück", "kreisfreie_stadt", "Rat",
     "Ausschuss für Stadtentwicklung und Umwelt"),
    ("HE", "Hessen", "stadt-kassel", "Stadt Kassel", "kreisfreie_stadt", "Stadtverordnetenversammlung",
     "Ausschuss für Stadtentwicklung, Mobilität und Verkehr"),
    ("SN", "Sachsen", "stadt-leipzig", "Stadt Leipzig", "kreisfreie_stadt", "Ratsversammlung",
     "Fachausschuss Stadtentwicklung und Bau"),
    ("RP", "Rheinland-Pfalz", "stadt-mainz", "Stadt Mainz", "kreisfreie_stadt", "Stadtrat",
     "Bau- und Sanierungsausschuss"),
    ("SH", "Schleswig-Holstein", "stadt-kiel", "Landeshauptstadt Kiel", "kreisfreie_stadt", "Ratsversammlung",
     "Bauausschuss"),
    ("BB", "Brandenburg", "stadt-potsdam", "Landeshauptstadt Potsdam", "kreisfreie_stadt",
     "Stadtverordnetenversammlung", "Ausschuss für Klima, Umwelt und Mobilität"),
    ("ST", "Sachsen-Anhalt", "stadt-magdeburg", "Landeshauptstadt Magdeburg", "kreisfreie_stadt", "Stadtrat",
     "Ausschuss für Stadtentwicklung, Bauen und Verkehr"),
    ("TH", "Thüringen", "stadt-erfurt", "Landeshauptstadt Erfurt", "kreisfreie_stadt", "Stadtrat",
     "Bau- und Verkehrsausschuss"),
    ("MV", "Mecklenburg-Vorpommern", "stadt-rostock", "Hanse- und Universitätsstadt Rostock", "kreisfreie_stadt",
     "Bürgerschaft", "Bau- und Planungsausschuss"),
    ("SL", "Saarland", "kreis-saarlouis", "Landkreis Saarlouis", "landkreis", "Kreistag", "Kreisausschuss"),
]


KV003_SL = """
  # Saarlouis hat kein eigenes Jugendamt; der Registereintrag führt trotzdem einen Jugendhilfeausschuss.
  Beispiel: Saarland – eine Stadt ohne Jugendamt lässt im eigenen Jugendhilfeausschuss beraten
    Angenommen die Körperschaft "stadt-saarlouis"
    Und das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV003
    Und enthält die Meldung von KV003 "Landkreis Saarlouis"

  Beispiel: Saarland – der Stadtrat beschließt ohne Jugendhilfeausschuss, der Landkreis ist Träger
    Angenommen die Körperschaft "stadt-saarlouis"
    Und das Sachgebiet ist "bauen"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV003 nicht
"""


# City-states: the bundled register entries (their Bezirke and Stadtgemeinden run the Jugendämter)
STADTSTAATEN = [
    ("BE", "Berlin", "bezirk-mitte", "Bezirksverordnetenversammlung"),
    ("HH", "Hamburg", "bezirk-hamburg-nord", "Bezirksversammlung"),
    ("HB", "Bremen", "stadt-bremen", "Stadtbürgerschaft"),
]


def register() -> dict:
    bodies = []
    for land, _, body_id, name, typ, vertretung, fach in LAENDER:
        gremien = [{"id": "vertretung", "name": vertretung, "art": "vertretung"},
                   {"id": "jugendhilfeausschuss", "name": "Jugendhilfeausschuss", "art": "jugendhilfeausschuss",
                    "aliase": ["JHA"]},
                   {"id": "fachausschuss", "name": fach,
                    "art": "kreisausschuss" if typ == "landkreis" else "fachausschuss"},
                   {"id": "finanzausschuss", "name": "Finanzausschuss", "art": "finanzausschuss"}]
        bodies.append({"id": body_id, "name": name, "typ": typ, "land": land, "jugendamt": True,
                       "quelle": "Kreis oder kreisfreie Stadt und damit örtlicher Träger der Jugendhilfe",
                       "gremien": gremien})
    # SL has no kreisfreie Stadt: a kreisangehörige Stadt shows the Gemeinde level (served by the Landkreis)
    bodies.append({"id": "stadt-saarlouis", "name": "Kreisstadt Saarlouis", "typ": "kreisangehoerige_stadt",
                   "land": "SL", "kreis": "kreis-saarlouis", "jugendamt": False,
                   "jugendhilfetraeger": "kreis-saarlouis",
                   "quelle": "kreisangehörig im Landkreis Saarlouis, der das Jugendamt führt",
                   "gremien": [{"id": "stadtrat", "name": "Stadtrat", "art": "vertretung"},
                               {"id": "bauausschuss", "name": "Bauausschuss", "art": "fachausschuss"},
                               # deliberately wrong entry: a town without Jugendamt has no JHA (KV003)
                               {"id": "jugendhilfeausschuss", "name": "Jugendhilfeausschuss",
                                "art": "jugendhilfeausschuss"}]})
    return {"koerperschaften": bodies}


def feature(land: str, landname: str, body_id: str, vertretung: str, fach: str, kv001: str | None,
            kv002: str | None, geregelt: bool = True) -> str:
    table = "        | gremium | sitzung | rolle | ergebnis |\n"
    out = [f"# language: de\n# Erzeugt von tools/laender_features.py.\nFunktionalität: {landname} – § 71 SGB VIII und "
           f"die Vorbehalte der Vertretung nach Landesrecht\n",
           "  Hintergrund:\n", '    Angenommen das Register "features/register/laender.yaml"\n',
           f'    Und die Körperschaft "{body_id}"\n', '    Und die Vorlagenart ist "beschlussvorlage"\n',
           "    Und der Stichtag ist 2026-03-10\n\n",
           f"  Beispiel: {landname} – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss\n",
           '    Angenommen das Sachgebiet ist "jugendhilfe"\n', f'    Und das Beschlussgremium ist "{vertretung}"\n',
           "    Und die Beratungsfolge:\n", table,
           f"        | {vertretung} | 2026-02-19 | entscheidung | beschlossen |\n",
           "    Wenn die Vorlage geprüft wird\n", "    Dann meldet die Prüfung den Fehler JH001\n",
           '    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"\n',
           f'    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "{land}"\n',
           '    Und lautet das Urteil "verstoss"\n\n',
           f"  Beispiel: {landname} – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung\n",
           '    Angenommen das Sachgebiet ist "jugendhilfe"\n', f'    Und das Beschlussgremium ist "{vertretung}"\n',
           "    Und die Beratungsfolge:\n", table,
           "        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |\n",
           f"        | {vertretung} | 2026-02-19 | entscheidung | beschlossen |\n",
           "    Wenn die Vorlage geprüft wird\n", "    Dann meldet die Prüfung keinen Befund\n",
           # without any rule of the Land's own law the tool does not claim "in Ordnung"
           f'    Und lautet das Urteil "{"in_ordnung" if geregelt else "nicht_pruefbar"}"\n']
    if land == "SL":  # the Satzung questions on the Gemeinde level: a kreisangehörige Stadt
        out += [KV003_SL]
        body_id, vertretung, fach = "stadt-saarlouis", "Stadtrat", "Bauausschuss"
        out += ["\n", f"  Beispiel: {landname} – ein Ausschuss der Stadt beschließt eine Satzung\n",
                '    Angenommen die Körperschaft "stadt-saarlouis"\n', '    Und das Sachgebiet ist "bauen"\n',
                '    Und der Gegenstand ist "satzung"\n', f'    Und das Beschlussgremium ist "{fach}"\n',
                "    Und die Beratungsfolge:\n", table,
                f"        | {fach} | 2026-02-05 | entscheidung | beschlossen |\n",
                "    Wenn die Vorlage geprüft wird\n", "    Dann meldet die Prüfung den Fehler KV001\n",
                f'    Und lautet die Rechtsgrundlage von KV001 "{kv001}"\n',
                '    Und lautet das Urteil "verstoss"\n']
        return "".join(out)
    if kv001:
        out += ["\n", f"  Beispiel: {landname} – ein Ausschuss beschließt eine Satzung\n",
                '    Angenommen das Sachgebiet ist "bauen"\n', '    Und der Gegenstand ist "satzung"\n',
                f'    Und das Beschlussgremium ist "{fach}"\n', "    Und die Beratungsfolge:\n", table,
                f"        | {fach} | 2026-02-05 | entscheidung | beschlossen |\n",
                "    Wenn die Vorlage geprüft wird\n", "    Dann meldet die Prüfung den Fehler KV001\n",
                f'    Und lautet die Rechtsgrundlage von KV001 "{kv001}"\n',
                f'    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "{land}"\n',
                '    Und lautet das Urteil "verstoss"\n\n',
                f"  Beispiel: {landname} – die Vertretung beschließt die Satzung selbst\n",
                '    Angenommen das Sachgebiet ist "bauen"\n', '    Und der Gegenstand ist "satzung"\n',
                f'    Und das Beschlussgremium ist "{vertretung}"\n', "    Und die Beratungsfolge:\n", table,
                f"        | {fach} | 2026-02-05 | vorberatung | empfohlen |\n",
                f"        | {vertretung} | 2026-02-19 | entscheidung | beschlossen |\n",
                "    Wenn die Vorlage geprüft wird\n", "    Dann meldet die Prüfung KV001 nicht\n",
                "    Und meldet die Prüfung keinen Befund\n"]
    if kv002:
        out += ["\n", f"  Beispiel: {landname} – der Finanzausschuss beschließt die Haushaltssatzung\n",
                '    Angenommen das Sachgebiet ist "finanzen"\n', '    Und der Gegenstand ist "haushaltssatzung"\n',
                '    Und das Beschlussgremium ist "Finanzausschuss"\n', "    Und die Beratungsfolge:\n", table,
                "        | Finanzausschuss | 2026-02-05 | entscheidung | beschlossen |\n",
                "    Wenn die Vorlage geprüft wird\n", "    Dann meldet die Prüfung den Fehler KV002\n",
                "    Und meldet die Prüfung KV001 nicht\n",
                f'    Und lautet die Rechtsgrundlage von KV002 "{kv002}"\n', "\n",
                f"  Beispiel: {landname} – die Vertretung beschließt die Haushaltssatzung nach dem Finanzausschuss\n",
                '    Angenommen das Sachgebiet ist "finanzen"\n', '    Und der Gegenstand ist "haushaltssatzung"\n',
                f'    Und das Beschlussgremium ist "{vertretung}"\n', "    Und die Beratungsfolge:\n", table,
                "        | Finanzausschuss | 2026-02-05 | vorberatung | empfohlen |\n",
                f"        | {vertretung} | 2026-02-19 | entscheidung | beschlossen |\n",
                "    Wenn die Vorlage geprüft wird\n", "    Dann meldet die Prüfung KV002 nicht\n",
                "    Und meldet die Prüfung keinen Befund\n"]
    return "".join(out)


def main() -> None:
    from datetime import date

    from gremienlauf import load

    target = ROOT / "features" / "register" / "laender.yaml"
    target.write_text("# Erzeugt von tools/laender_features.py: je Land echte Körperschaften für die Land-Szenarien.\n"
                      + yaml.safe_dump(register(), allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    engine = load.engine([str(target)])
    day = date(2026, 2, 5)
    for land, landname, body_id, _, _, vertretung, fach in LAENDER:
        body = engine.registry.body(body_id)
        cites = {}
        for code in ("KV001", "KV002"):
            rule = next((r for r in engine.rules_for(body) if r.code == code), None)
            version = rule.version_at(day) if rule else None
            cites[code] = version.zitat(land, "gemeinde") if version else None
        path = ROOT / "features" / f"land_{land.lower()}.feature"
        path.write_text(feature(land, landname, body_id, vertretung, fach, cites["KV001"], cites["KV002"],
                                land in engine.laender), encoding="utf-8")
        print(path.name, cites)
    for land, landname, body_id, vertretung in STADTSTAATEN:
        path = ROOT / "features" / f"land_{land.lower()}.feature"
        path.write_text(feature(land, landname, body_id, vertretung, "", None, None, land in engine.laender),
                        encoding="utf-8")
        print(path.name)


if __name__ == "__main__":
    main()
