# language: de
# Erzeugt von tools/laender_features.py.
Funktionalität: Hessen – § 71 SGB VIII und die Vorbehalte der Vertretung nach Landesrecht
  Hintergrund:
    Angenommen das Register "features/register/laender.yaml"
    Und die Körperschaft "stadt-kassel"
    Und die Vorlagenart ist "beschlussvorlage"
    Und der Stichtag ist 2026-03-10

  Beispiel: Hessen – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Stadtverordnetenversammlung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Stadtverordnetenversammlung | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler JH001
    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "HE"
    Und lautet das Urteil "verstoss"

  Beispiel: Hessen – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Stadtverordnetenversammlung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Stadtverordnetenversammlung | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung keinen Befund
    Und lautet das Urteil "in_ordnung"

  Beispiel: Hessen – ein Ausschuss beschließt eine Satzung
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Ausschuss für Stadtentwicklung, Mobilität und Verkehr"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Ausschuss für Stadtentwicklung, Mobilität und Verkehr | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV001
    Und lautet die Rechtsgrundlage von KV001 "§ 51 Nr. 6 HGO [Fundstelle nicht verifiziert]"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "HE"
    Und lautet das Urteil "verstoss"

  Beispiel: Hessen – die Vertretung beschließt die Satzung selbst
    Angenommen das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Stadtverordnetenversammlung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Ausschuss für Stadtentwicklung, Mobilität und Verkehr | 2026-02-05 | vorberatung | empfohlen |
        | Stadtverordnetenversammlung | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV001 nicht
    Und meldet die Prüfung keinen Befund

  Beispiel: Hessen – der Finanzausschuss beschließt die Haushaltssatzung
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Finanzausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV002
    Und meldet die Prüfung KV001 nicht
    Und lautet die Rechtsgrundlage von KV002 "§ 51 Nr. 7 HGO [Fundstelle nicht verifiziert]"

  Beispiel: Hessen – die Vertretung beschließt die Haushaltssatzung nach dem Finanzausschuss
    Angenommen das Sachgebiet ist "finanzen"
    Und der Gegenstand ist "haushaltssatzung"
    Und das Beschlussgremium ist "Stadtverordnetenversammlung"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Finanzausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Stadtverordnetenversammlung | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung KV002 nicht
    Und meldet die Prüfung keinen Befund
