# language: de
Funktionalität: Träger der Jugendhilfe und fremde Körperschaften (AG-KJHG NRW, GO NRW, KrO NRW)
  Einen Jugendhilfeausschuss hat nur der örtliche Träger der Jugendhilfe. In Kreis Unna werden
  Bönen, Fröndenberg/Ruhr und Holzwickede vom Kreisjugendamt betreut.

  Regel: TR001 – kein Jugendhilfeausschuss ohne eigenes Jugendamt

    Beispiel: Holzwickede lässt eine Vorlage im Jugendhilfeausschuss beraten
      Angenommen die Körperschaft "gemeinde-holzwickede"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Rat                  | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung TR001
      Und enthält die Meldung von TR001 "Kreis Unna"
      Und meldet die Prüfung TR005 nicht

    Beispiel: Kamen hat ein eigenes Jugendamt
      Angenommen die Körperschaft "stadt-kamen"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Rat                  | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung TR001 nicht

  Regel: TR002 – Pflichtaufgaben der Jugendhilfe bleiben beim Kreis

    Beispiel: Der Rat von Bönen beschließt eine Kita-Bedarfsplanung
      Angenommen die Körperschaft "gemeinde-boenen"
      Und die Vorlagenart ist "beschlussvorlage"
      Und der Gegenstand ist "kita_bedarfsplanung"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung TR002
      Und meldet die Prüfung TR003 nicht

    Beispiel: Der Kreistag beschließt die Kita-Bedarfsplanung für den Kreis
      Angenommen die Körperschaft "kreis-unna"
      Und die Vorlagenart ist "beschlussvorlage"
      Und der Gegenstand ist "kita_bedarfsplanung"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung TR002 nicht
      Und meldet die Prüfung keinen Befund

    # Die Pflichtaufgabe gehört dem Kreis; beschließen kann er sie aber nur mit eigener Vorlage (TR004).
    Beispiel: Holzwickede legt ihre Kita-Bedarfsplanung dem Kreistag zur Entscheidung vor
      Angenommen die Körperschaft "gemeinde-holzwickede"
      Und die Vorlagenart ist "beschlussvorlage"
      Und der Gegenstand ist "kita_bedarfsplanung"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium  | rolle        |
        | Kreistag | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung TR002 nicht
      Und meldet die Prüfung genau TR004

  Regel: TR003 – örtliche Maßnahmen nur in Abstimmung mit dem Kreisjugendamt

    Beispiel: Fröndenberg beschließt ein eigenes Jugendprojekt ohne Abstimmung
      Angenommen die Körperschaft "stadt-froendenberg"
      Und die Vorlagenart ist "beschlussvorlage"
      Und der Betreff lautet "Offene Jugendarbeit im Jugendtreff Ardey"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Hinweis TR003
      Und enthält die Meldung von TR003 "Kreis Unna"
      Und enthält die Meldung von TR003 "abgeleitet aus „Jugendarbeit“"

    Beispiel: Dieselbe Vorlage nennt die Abstimmung mit dem Kreis
      Angenommen die Körperschaft "stadt-froendenberg"
      Und die Vorlagenart ist "beschlussvorlage"
      Und der Betreff lautet "Offene Jugendarbeit im Jugendtreff Ardey"
      Und das Feld "abgestimmt_mit" ist "Jugendamt des Kreises Unna, Gespräch vom 04.03.2026"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung TR003 nicht

    Beispiel: Fröndenberg legt ihr Jugendprojekt dem Kreistag zur Entscheidung vor
      Angenommen die Körperschaft "stadt-froendenberg"
      Und die Vorlagenart ist "beschlussvorlage"
      Und der Betreff lautet "Offene Jugendarbeit im Jugendtreff Ardey"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium  | rolle        |
        | Kreistag | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung TR003 nicht
      Und meldet die Prüfung genau TR004

  Regel: TR004 und TR005 – jede Körperschaft berät und beschließt in ihren eigenen Gremien

    Beispiel: Eine Vorlage der Stadt Kamen soll der Kreistag beschließen
      Angenommen die Körperschaft "stadt-kamen"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Kreistag                   | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung TR004
      Und enthält die Meldung von TR004 "Kreistag (Kreis Unna)"
      Und meldet die Prüfung TR005 nicht

    Beispiel: Eine Kreisvorlage lässt den Rat der Stadt Kamen vorberaten
      Angenommen die Körperschaft "kreis-unna"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium             | rolle        |
        | Rat der Stadt Kamen | anhoerung    |
        | Kreisausschuss      | vorberatung  |
        | Kreistag            | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung TR005
      Und meldet die Prüfung TR004 nicht

    Beispiel: Eine Kreisvorlage in den eigenen Gremien
      Angenommen die Körperschaft "kreis-unna"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | vorberatung  |
        | Kreistag       | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung TR004 nicht
      Und meldet die Prüfung TR005 nicht
      Und meldet die Prüfung keinen Befund
