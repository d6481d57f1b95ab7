# language: de
Funktionalität: Vorbehaltsaufgaben des Rates und Vorberatung des Haushalts (GO NRW)

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"

  Regel: GO001 – was der Rat nicht übertragen kann, entscheidet der Rat

    Szenariogrundriss: Ein Ausschuss beschließt eine Vorbehaltsaufgabe
      Angenommen der Gegenstand ist "<gegenstand>"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO001
      Und enthält die Meldung von GO001 "<gegenstand>"

      Beispiele:
        | gegenstand                 |
        | satzung                    |
        | stellenplan                |
        | haushaltssicherungskonzept |
        | elternbeitraege            |

    Beispiel: Der Rat beschließt die Satzung selbst
      Angenommen der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO001 nicht
      Und meldet die Prüfung keinen Befund

  Regel: GO002 – eine neue freiwillige Aufgabe übernimmt der Rat (Fundstelle nicht verifiziert)

    Beispiel: Der Hauptausschuss beschließt die Teilnahme an einem Modellprojekt
      Angenommen der Gegenstand ist "freiwillige_aufgabe"
      Und das Beschlussgremium ist "Hauptausschuss"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Hauptausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO002
      Und lautet die Rechtsgrundlage von GO002 "§ 41 Abs. 1 Satz 2 GO NRW (Übernahme neuer freiwilliger Aufgaben) [Fundstelle nicht verifiziert]"

    Beispiel: Der Rat beschließt die Teilnahme
      Angenommen der Gegenstand ist "freiwillige_aufgabe"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO002 nicht

  Regel: GO003 – die Satzung für das Jugendamt beschließt der Rat nach Anhörung des Ausschusses

    Beispiel: Änderung der Jugendamtssatzung ohne den Jugendhilfeausschuss
      Angenommen der Betreff lautet "3. Änderung der Satzung für das Jugendamt der Stadt Kamen"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO003
      Und meldet die Prüfung JH001 nicht
      Und enthält die Meldung von GO003 "Gegenstand „jugendamtssatzung“ abgeleitet"

    Beispiel: Jugendhilfeausschuss, dann Rat
      Angenommen der Betreff lautet "3. Änderung der Satzung für das Jugendamt der Stadt Kamen"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Jugendhilfeausschuss       | vorberatung  |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO003 nicht
      Und meldet die Prüfung keinen Befund

  Regel: GO004 – den Haushalt bereitet der Finanzausschuss vor

    Beispiel: Haushaltssatzung direkt im Rat
      Angenommen der Gegenstand ist "haushaltssatzung"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO004

    Beispiel: Der Haupt- und Finanzausschuss berät die Haushaltssatzung vor
      Angenommen der Gegenstand ist "haushaltssatzung"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | HFA     | vorberatung  |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO004 nicht
