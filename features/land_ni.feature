# language: de
# Erzeugt von tools/laender_features.py.
Funktionalität: Niedersachsen – § 71 SGB VIII und die Vorbehalte der Vertretung nach Landesrecht
  Hintergrund:
    Angenommen das Register "features/register/laender.yaml"
    Und die Körperschaft "stadt-osnabrueck"
    Und die Vorlagenart ist "beschlussvorlage"
    Und der Stichtag ist 2026-03-10

  Beispiel: Niedersachsen – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Rat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Rat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler JH001
    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "NI"
    Und lautet das Urteil "verstoss"

  Beispiel: Niedersachsen – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Rat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Rat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung keinen Befund
    Und lautet das Urteil "in_ordnung"

  Beispiel: Niedersachsen – ein Ausschuss beschließt eine Satzung
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Ausschuss für Stadtentwicklung und Umwelt"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Ausschuss für Stadtentwicklung und Umwelt | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV001
    Und lautet die Rechtsgrundlage von KV001 "§ 58 Abs. 1 Nr. 5 NKomVG [Fundstelle nicht verifiziert]"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "NI"
    Und lautet das Urteil "verstoss"

  Beispiel: Niedersachsen – die Vertretung beschließt die Satzung selbst
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Rat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Ausschuss für Stadtentwicklung und Umwelt | 2026-02-05 | vorberatung | empfohlen |
        | Rat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV001 nicht
    Und meldet die Prüfung keinen Befund

  Beispiel: Niedersachsen – der Finanzausschuss beschließt die Haushaltssatzung
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Finanzausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV002
    Und meldet die Prüfung KV001 nicht
    Und lautet die Rechtsgrundlage von KV002 "§ 58 Abs. 1 Nr. 9 NKomVG [Fundstelle nicht verifiziert]"

  Beispiel: Niedersachsen – die Vertretung beschließt die Haushaltssatzung nach dem Finanzausschuss
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Rat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Rat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV002 nicht
    Und meldet die Prüfung keinen Befund
