# language: de
Funktionalität: Vorlagen aus dem Ratsinformationssystem (OParl) und die Qualität ihrer Daten
  gremienlauf liest Vorlagen über OParl so, wie Ratsinformationssysteme sie ausgeben: Rolle und
  Ergebnis in deren Wortlaut, die Beratungen in beliebiger Reihenfolge, das Kennzeichen
  „entscheidend“ (authoritative) gesetzt, nicht gesetzt oder widersprüchlich. Die Tabellen zeigen die
  Felder role, authoritative und result so, wie der Server sie liefert.

  Hintergrund:
    Angenommen die Körperschaft "stadt-karlsruhe"
    Und die Vorlagenart ist "Beschlussvorlage"
    Und das Sachgebiet ist "jugendhilfe"
    Und der Stichtag ist 2026-11-23

  Regel: Die Beratungsfolge wird nach dem Sitzungsdatum geordnet, nicht nach der Liste

    Beispiel: Der Server nennt den Gemeinderat vor dem Jugendhilfeausschuss, der früher tagte
      Angenommen die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role         | authoritative | result                     |
        | Gemeinderat          | 2026-06-23 | Entscheidung | true          | mehrheitlich beschlossen   |
        | Jugendhilfeausschuss | 2026-06-19 | Vorberatung  | true          | vorberaten ohne Änderungen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und meldet die Prüfung JH002 nicht
      Und meldet die Prüfung genau DQ001
      Und steht DQ001 in Zeile 2

    Beispiel: „Behandlung“ ist eine Vorberatung, „vertagt“ zählt nicht als Anhörung
      Angenommen die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role         | authoritative | result                   |
        | Jugendhilfeausschuss | 2025-10-15 | Behandlung   |               | vertagt                  |
        | Gemeinderat          | 2025-10-21 | Entscheidung | true          | mehrheitlich beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH001

  Regel: DQ001 – „entscheidend“ bei einer Beratung, die nicht entscheidet

    Beispiel: Karlsruhe kennzeichnet auch die Vorberatung als entscheidend
      Angenommen die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role         | authoritative | result                     |
        | Jugendhilfeausschuss | 2025-10-15 | Vorberatung  | true          | vorberaten ohne Änderungen |
        | Gemeinderat          | 2025-10-21 | Entscheidung | true          | mehrheitlich beschlossen   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung genau DQ001
      Und steht DQ001 in Zeile 2
      Und meldet die Prüfung den Hinweis DQ001

    Beispiel: Das Kennzeichen fehlt bei der Vorberatung oder ist falsch
      Angenommen die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role         | authoritative | result                     |
        | Jugendhilfeausschuss | 2025-10-15 | Vorberatung  |               | vorberaten ohne Änderungen |
        | Gemeinderat          | 2025-10-21 | Entscheidung | true          | mehrheitlich beschlossen   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung DQ001 nicht
      Und meldet die Prüfung keinen Befund

  Regel: DQ002 – eine Entscheidung, die als nicht entscheidend gekennzeichnet ist

    Beispiel: Rolle und Kennzeichen widersprechen sich
      Angenommen die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role         | authoritative | result                     |
        | Jugendhilfeausschuss | 2025-10-15 | Vorberatung  | false         | vorberaten ohne Änderungen |
        | Gemeinderat          | 2025-10-21 | Entscheidung | false         | mehrheitlich beschlossen   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Hinweis DQ002
      Und meldet die Prüfung DQ001 nicht
      Und meldet die Prüfung JH001 nicht

    Beispiel: Wie in Bonn – nur die Entscheidung ist entscheidend
      Angenommen die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role         | authoritative | result                 |
        | Jugendhilfeausschuss | 2025-10-15 | Empfehlung   | false         | ungeändert beschlossen |
        | Gemeinderat          | 2025-10-21 | Entscheidung | true          | ungeändert beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung DQ002 nicht
      Und meldet die Prüfung keinen Befund

  Regel: Fehlt die Rolle, entscheidet das Kennzeichen „entscheidend“

    Beispiel: Rolle „unbekannt“, aber als entscheidend gekennzeichnet
      Angenommen die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role      | authoritative | result                     |
        | Jugendhilfeausschuss | 2025-10-15 | Beratung  |               | vorberaten ohne Änderungen |
        | Gemeinderat          | 2025-10-21 | unbekannt | true          | mehrheitlich beschlossen   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF001 nicht
      Und meldet die Prüfung keinen Befund

  Regel: DQ003 – ohne jede Rolle gilt die Vertretung als Beschlussgremium, und das wird gesagt

    Beispiel: Sternberg-Export ohne Rollen: Ausschuss, dann Gemeinderat mit Abstimmungsergebnis
      Angenommen die Körperschaft "gemeinde-huertgenwald"
      Und das Sachgebiet ist "bauen"
      Und die Beratungsfolge im Ratsinformationssystem:
        | gremium                   | sitzung    | result                      |
        | Bau- und Umweltausschuss  | 2019-02-07 | einstimmig, 0 Enthaltungen  |
        | Gemeinderat               | 2019-02-14 | 12 Ja-Stimmen, 2 Nein-Stimmen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung genau DQ003
      Und enthält die Meldung von DQ003 "„Gemeinderat“"
      Und meldet die Prüfung den Hinweis DQ003

    Beispiel: Eine Mitteilungsvorlage ohne Rollen braucht kein Beschlussgremium
      Angenommen die Körperschaft "gemeinde-huertgenwald"
      Und die Vorlagenart ist "Mitteilungsvorlage"
      Und das Sachgebiet ist "bauen"
      Und die Beratungsfolge im Ratsinformationssystem:
        | gremium     | sitzung    | result |
        | Gemeinderat | 2019-02-14 | Ohne   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung DQ003 nicht

    Beispiel: Mit Rollen ist nichts abzuleiten
      Angenommen die Körperschaft "gemeinde-huertgenwald"
      Und das Sachgebiet ist "bauen"
      Und die Beratungsfolge im Ratsinformationssystem:
        | gremium                  | sitzung    | role         | result                     |
        | Bau- und Umweltausschuss | 2019-02-07 | Vorberatung  | einstimmig, 0 Enthaltungen |
        | Gemeinderat              | 2019-02-14 | Entscheidung | einstimmig                 |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung DQ003 nicht
      Und meldet die Prüfung keinen Befund
