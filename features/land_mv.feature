# language: de
# Erzeugt von tools/laender_features.py.
Funktionalität: Mecklenburg-Vorpommern – § 71 SGB VIII und die Vorbehalte der Vertretung nach Landesrecht
  Hintergrund:
    Angenommen das Register "features/register/laender.yaml"
    Und die Körperschaft "stadt-rostock"
    Und die Vorlagenart ist "beschlussvorlage"
    Und der Stichtag ist 2026-03-10

  Beispiel: Mecklenburg-Vorpommern – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Bürgerschaft"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Bürgerschaft | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler JH001
    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "MV"
    Und lautet das Urteil "verstoss"

  Beispiel: Mecklenburg-Vorpommern – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Bürgerschaft"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Bürgerschaft | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung keinen Befund
    Und lautet das Urteil "in_ordnung"

  Beispiel: Mecklenburg-Vorpommern – ein Ausschuss beschließt eine Satzung
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Bau- und Planungsausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Bau- und Planungsausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV001
    Und lautet die Rechtsgrundlage von KV001 "§ 22 KV M-V [Fundstelle nicht verifiziert]"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "MV"
    Und lautet das Urteil "verstoss"

  Beispiel: Mecklenburg-Vorpommern – die Vertretung beschließt die Satzung selbst
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Bürgerschaft"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Bau- und Planungsausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Bürgerschaft | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV001 nicht
    Und meldet die Prüfung keinen Befund

  Beispiel: Mecklenburg-Vorpommern – der Finanzausschuss beschließt die Haushaltssatzung
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Finanzausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV002
    Und meldet die Prüfung KV001 nicht
    Und lautet die Rechtsgrundlage von KV002 "§ 22 KV M-V [Fundstelle nicht verifiziert]"

  Beispiel: Mecklenburg-Vorpommern – die Vertretung beschließt die Haushaltssatzung nach dem Finanzausschuss
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Bürgerschaft"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Bürgerschaft | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV002 nicht
    Und meldet die Prüfung keinen Befund
