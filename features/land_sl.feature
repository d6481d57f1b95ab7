# language: de
# Erzeugt von tools/laender_features.py.
Funktionalität: Saarland – § 71 SGB VIII und die Vorbehalte der Vertretung nach Landesrecht
  Hintergrund:
    Angenommen das Register "features/register/laender.yaml"
    Und die Körperschaft "kreis-saarlouis"
    Und die Vorlagenart ist "beschlussvorlage"
    Und der Stichtag ist 2026-03-10

  Beispiel: Saarland – die Vertretung beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Kreistag"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Kreistag | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler JH001
    Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
    Und zitiert die Prüfung nur Bundesrecht und Recht des Landes "SL"
    Und lautet das Urteil "verstoss"

  Beispiel: Saarland – Jugendhilfeausschuss, dann Vertretung: kein Fehler, keine Warnung
    Angenommen das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Kreistag"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung | empfohlen |
        | Kreistag | 2026-02-19 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung keinen Befund
    Und lautet das Urteil "in_ordnung"

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

  Beispiel: Saarland – ein Ausschuss der Stadt beschließt eine Satzung
    Angenommen die Körperschaft "stadt-saarlouis"
    Und das Sachgebiet ist "bauen"
    Und der Gegenstand ist "satzung"
    Und das Beschlussgremium ist "Bauausschuss"
    Und die Beratungsfolge:
        | gremium | sitzung | rolle | ergebnis |
        | Bauausschuss | 2026-02-05 | entscheidung | beschlossen |
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung den Fehler KV001
    Und lautet die Rechtsgrundlage von KV001 "§ 35 Nr. 12 KSVG (SL) [Fundstelle nicht verifiziert]"
    Und lautet das Urteil "verstoss"
