# language: de
Funktionalität: Satzung für das Jugendamt des Kreises Coesfeld (Beispiel eines örtlichen Pakets)
  Nach § 5 der Satzung ist der Jugendhilfeausschuss in Angelegenheiten der Jugendhilfe grundsätzlich
  selbst zuständig; die Fundstelle ist nur durch die Vorlage SV-9-1217 belegt.

  Hintergrund:
    Angenommen die Körperschaft "kreis-coesfeld"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "jugendhilfe"

  Regel: KC001 – zieht der Kreistag eine Jugendhilfe-Angelegenheit an sich, nennt die Vorlage den Grund

    Beispiel: Der Kreistag entscheidet ohne Begründung
      Angenommen das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Hinweis KC001
      Und lautet die Rechtsgrundlage von KC001 "§ 5 Satzung für das Jugendamt des Kreises Coesfeld [Fundstelle nicht verifiziert]; § 71 Abs. 4 Satz 1 SGB VIII"

    Beispiel: Die Vorlage begründet die Entscheidung durch den Kreistag
      Angenommen das Beschlussgremium ist "Kreistag"
      Und das Feld "zustaendigkeit_begruendung" ist "Zur strukturellen Absicherung der Maßnahmen"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KC001 nicht
      Und meldet die Prüfung keinen Befund

    Beispiel: Das Paket gilt nur für den Kreis Coesfeld
      Angenommen die Körperschaft "kreis-unna"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KC001 nicht

  Regel: KC002 – die Kita-Bedarfsplanung beschließt der Jugendhilfeausschuss

    Beispiel: Der Kreisausschuss beschließt die Bedarfsplanung
      Angenommen der Gegenstand ist "kita_bedarfsplanung"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung KC002

    Beispiel: Der Jugendhilfeausschuss beschließt die Bedarfsplanung
      Angenommen der Gegenstand ist "kita_bedarfsplanung"
      Und das Beschlussgremium ist "Jugendhilfeausschuss"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KC002 nicht
      Und meldet die Prüfung keinen Befund
