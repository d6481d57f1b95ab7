# language: de
# Erzeugt von tools/laender_features.py.
Funktionalität: Bayern – § 71 SGB VIII und die Vorbehalte der Vertretung nach Landesrecht
  Hintergrund:
    Angenommen das Register "features/register/laender.yaml"
    Und die Körperschaft "stadt-ingolstadt"
    Und die Vorlagenart ist "beschlussvorlage"
    Und der Stichtag ist 2026-03-10

  Beispiel: Bayern – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler JH001
    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "BY"
    Und lautet das Urteil "verstoss"

  Beispiel: Bayern – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung keinen Befund
    Und lautet das Urteil "in_ordnung"

  Beispiel: Bayern – ein Ausschuss beschließt eine Satzung
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Ausschuss für Stadtentwicklung, Ökologie und Wirtschaftsförderung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Ausschuss für Stadtentwicklung, Ökologie und Wirtschaftsförderung | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV001
    Und lautet die Rechtsgrundlage von KV001 "Art. 32 Abs. 2 Satz 2 Nr. 2 BayGO [Fundstelle nicht verifiziert]"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "BY"
    Und lautet das Urteil "verstoss"

  Beispiel: Bayern – die Vertretung beschließt die Satzung selbst
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Ausschuss für Stadtentwicklung, Ökologie und Wirtschaftsförderung | 2026-02-05 | vorberatung | empfohlen |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV001 nicht
    Und meldet die Prüfung keinen Befund

  Beispiel: Bayern – der Finanzausschuss beschließt die Haushaltssatzung
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Finanzausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV002
    Und meldet die Prüfung KV001 nicht
    Und lautet die Rechtsgrundlage von KV002 "Art. 32 Abs. 2 Satz 2 Nr. 4 BayGO [Fundstelle nicht verifiziert]"

  Beispiel: Bayern – die Vertretung beschließt die Haushaltssatzung nach dem Finanzausschuss
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV002 nicht
    Und meldet die Prüfung keinen Befund
