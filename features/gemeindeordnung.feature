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
      Dann meldet die Prüfung die Warnung GO001
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

    # Im Kreis gilt die Kreisordnung: den Vorbehalt des Kreistags meldet KR001, nicht § 41 GO NRW.
    Beispiel: Der Kreisausschuss des Kreises Unna soll eine Satzung beschließen
      Angenommen die Körperschaft "kreis-unna"
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO001 nicht
      Und meldet die Prüfung genau KR001

    # Ist das Beschlussgremium nicht eingetragen, lässt sich die Zuständigkeit nicht prüfen: nur VF002.
    Beispiel: Ein Tippfehler im Beschlussgremium einer Satzungsvorlage
      Angenommen der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Haupt- und Finanzauschuss"
      Und die Beratungsfolge:
        | gremium                   | rolle        |
        | Haupt- und Finanzauschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO001 nicht
      Und meldet die Prüfung den Fehler VF002
      Und meldet die Prüfung genau VF002, VF006

    # § 60 Abs. 1 GO NRW: in Eilfällen entscheidet der Hauptausschuss auch Angelegenheiten des Rates;
    # das prüfen GO005 bis GO009, nicht der Vorbehalt des § 41.
    Beispiel: Eilentscheidung des Hauptausschusses über eine Satzung, der Rat genehmigt
      Angenommen die Vorlagenart ist "dringlichkeitsentscheidung"
      Und der Stichtag ist 2026-03-01
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Dringlichkeit:
        | feld         | wert                                             |
        | anstelle_von | Rat                                              |
        | begruendung  | Satzung muss vor dem 1. Februar in Kraft treten  |
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-01-20 | entscheidung | beschlossen |
        | Rat                        | 2026-02-10 | genehmigung  | genehmigt   |
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
      Dann meldet die Prüfung die Warnung GO002
      Und lautet die Rechtsgrundlage von GO002 "§ 41 Abs. 1 Satz 2 GO NRW (Übernahme neuer freiwilliger Aufgaben) [Fundstelle nicht verifiziert]"

    Beispiel: Der Rat beschließt die Teilnahme
      Angenommen der Gegenstand ist "freiwillige_aufgabe"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO002 nicht

    # § 41 GO NRW gilt nur für Gemeinden.
    Beispiel: Der Kreisausschuss beschließt die Teilnahme des Kreises an einem Modellprojekt
      Angenommen die Körperschaft "kreis-unna"
      Und der Gegenstand ist "freiwillige_aufgabe"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO002 nicht

    Beispiel: Ein Tippfehler im Beschlussgremium einer neuen freiwilligen Aufgabe
      Angenommen der Gegenstand ist "freiwillige_aufgabe"
      Und das Beschlussgremium ist "Hauptauschuss"
      Und die Beratungsfolge:
        | gremium       | rolle        |
        | Hauptauschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO002 nicht
      Und meldet die Prüfung genau VF002, VF006

    Beispiel: Eilentscheidung des Hauptausschusses über die Teilnahme, der Rat genehmigt
      Angenommen die Vorlagenart ist "dringlichkeitsentscheidung"
      Und der Stichtag ist 2026-03-01
      Und der Gegenstand ist "freiwillige_aufgabe"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Dringlichkeit:
        | feld         | wert                                 |
        | anstelle_von | Rat                                  |
        | begruendung  | Antragsfrist des Landes am 31. Januar |
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-01-20 | entscheidung | beschlossen |
        | Rat                        | 2026-02-10 | genehmigung  | genehmigt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO002 nicht
      Und meldet die Prüfung keinen Befund

  Regel: GO003 – die Satzung für das Jugendamt beschließt der Rat nach Anhörung des Ausschusses

    Beispiel: Änderung der Jugendamtssatzung ohne den Jugendhilfeausschuss
      Angenommen der Betreff lautet "3. Änderung der Satzung für das Jugendamt der Stadt Kamen"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung GO003
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

    # Eine Gemeinde ohne eigenes Jugendamt nimmt zur Jugendamtssatzung des Kreises nur Stellung;
    # beschließen und den Jugendhilfeausschuss hören muss der Kreis.
    Beispiel: Holzwickede nimmt Stellung zur Änderung der Jugendamtssatzung des Kreises Unna
      Angenommen die Körperschaft "gemeinde-holzwickede"
      Und der Betreff lautet "Stellungnahme zur Änderung der Satzung für das Jugendamt des Kreises Unna"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO003 nicht

  Regel: GO004 – den Haushalt bereitet der Finanzausschuss vor

    Beispiel: Haushaltssatzung direkt im Rat
      Angenommen der Gegenstand ist "haushaltssatzung"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung GO004

    Beispiel: Der Haupt- und Finanzausschuss berät die Haushaltssatzung vor
      Angenommen der Gegenstand ist "haushaltssatzung"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | HFA     | vorberatung  |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO004 nicht

    # Die Vorberatung durch den Finanzausschuss verlangt § 59 Abs. 2 GO NRW; im Kreis bereitet der
    # Kreisausschuss vor (KR002).
    Beispiel: Die Haushaltssatzung des Kreises bereitet der Kreisausschuss vor
      Angenommen die Körperschaft "kreis-unna"
      Und der Gegenstand ist "haushaltssatzung"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | vorberatung  |
        | Kreistag       | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO004 nicht
      Und meldet die Prüfung keinen Befund

    # Beschließt der Ausschuss die Haushaltssatzung selbst, ist das der Vorbehalt des Rates (GO001),
    # keine fehlende Vorberatung.
    Beispiel: Der Haupt- und Finanzausschuss beschließt die Haushaltssatzung selbst
      Angenommen der Gegenstand ist "haushaltssatzung"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO004 nicht
      Und meldet die Prüfung genau GO001
