# language: de
# Erzeugt von tools/laender_features.py.
Funktionalität: Sachsen – § 71 SGB VIII und die Vorbehalte der Vertretung nach Landesrecht
  Hintergrund:
    Angenommen das Register "features/register/laender.yaml"
    Und die Körperschaft "stadt-leipzig"
    Und die Vorlagenart ist "beschlussvorlage"
    Und der Stichtag ist 2026-03-10

  Beispiel: Sachsen – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Ratsversammlung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Ratsversammlung | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler JH001
    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "SN"
    Und lautet das Urteil "verstoss"

  Beispiel: Sachsen – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Ratsversammlung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Ratsversammlung | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung keinen Befund
    Und lautet das Urteil "in_ordnung"

  Beispiel: Sachsen – ein Ausschuss beschließt eine Satzung
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Fachausschuss Stadtentwicklung und Bau"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Fachausschuss Stadtentwicklung und Bau | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV001
    Und lautet die Rechtsgrundlage von KV001 "§ 41 Abs. 2 Nr. 3 SächsGemO [Fundstelle nicht verifiziert]"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "SN"
    Und lautet das Urteil "verstoss"

  Beispiel: Sachsen – die Vertretung beschließt die Satzung selbst
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Ratsversammlung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Fachausschuss Stadtentwicklung und Bau | 2026-02-05 | vorberatung | empfohlen |
        | Ratsversammlung | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV001 nicht
    Und meldet die Prüfung keinen Befund
