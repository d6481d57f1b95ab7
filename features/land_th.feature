# language: de
# Erzeugt von tools/laender_features.py.
Funktionalität: Thüringen – § 71 SGB VIII und die Vorbehalte der Vertretung nach Landesrecht
  Hintergrund:
    Angenommen das Register "features/register/laender.yaml"
    Und die Körperschaft "stadt-erfurt"
    Und die Vorlagenart ist "beschlussvorlage"
    Und der Stichtag ist 2026-03-10

  Beispiel: Thüringen – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler JH001
    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "TH"
    Und lautet das Urteil "verstoss"

  Beispiel: Thüringen – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung keinen Befund
    Und lautet das Urteil "in_ordnung"

  Beispiel: Thüringen – ein Ausschuss beschließt eine Satzung
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Bau- und Verkehrsausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Bau- und Verkehrsausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV001
    Und lautet die Rechtsgrundlage von KV001 "§ 26 Abs. 2 Nr. 2 ThürKO"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "TH"
    Und lautet das Urteil "verstoss"

  Beispiel: Thüringen – die Vertretung beschließt die Satzung selbst
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Stadtrat"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Bau- und Verkehrsausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV001 nicht
    Und meldet die Prüfung keinen Befund

  Beispiel: Thüringen – der Finanzausschuss beschließt die Haushaltssatzung
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Finanzausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV002
    Und meldet die Prüfung KV001 nicht
    Und lautet die Rechtsgrundlage von KV002 "§ 26 Abs. 2 Nr. 7 ThürKO"

  Beispiel: Thüringen – die Vertretung beschließt die Haushaltssatzung nach dem Finanzausschuss
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
