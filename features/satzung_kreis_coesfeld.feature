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

    # Die Satzung weist dem Ausschuss nur Angelegenheiten der Jugendhilfe zu.
    Beispiel: Der Kreistag beschließt den Ausbau einer Kreisstraße ohne Begründung der Zuständigkeit
      Angenommen das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | vorberatung  |
        | Kreistag       | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KC001 nicht
      Und meldet die Prüfung keinen Befund

    # Nennt die Kreisvorlage den Rat einer Stadt, fehlt das eigene Beschlussgremium (KR004); die Satzung
    # des Kreises sagt dazu nichts.
    Beispiel: Eine Jugendhilfe-Vorlage des Kreises nennt den Rat der Stadt Dülmen
      Angenommen das Beschlussgremium ist "Rat der Stadt Dülmen"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | vorberatung  |
        | Rat der Stadt Dülmen | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KC001 nicht
      Und meldet die Prüfung genau KR004

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

    # Belegt ist die Zuständigkeit des Ausschusses nur für die Kita-Bedarfsplanung.
    Beispiel: Der Kreisausschuss beschließt einen Zuschuss für eine Jugendbildungsstätte
      Angenommen das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KC002 nicht

    # Ist das Beschlussgremium nicht eingetragen, lässt sich die Zuständigkeit nicht prüfen: nur VF002.
    Beispiel: Ein Tippfehler im Beschlussgremium der Bedarfsplanung
      Angenommen der Gegenstand ist "kita_bedarfsplanung"
      Und das Beschlussgremium ist "Kreisauschuss"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisauschuss        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KC002 nicht
      Und meldet die Prüfung genau VF002, VF006
