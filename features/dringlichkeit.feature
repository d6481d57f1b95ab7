# language: de
Funktionalität: Eil- und Dringlichkeitsentscheidungen (§ 60 GO NRW, § 50 Abs. 3 KrO NRW)
  Kann das zuständige Gremium nicht rechtzeitig zusammentreten, entscheidet der Hauptausschuss oder
  der Bürgermeister mit einem Ratsmitglied; das zuständige Gremium genehmigt in seiner nächsten Sitzung.

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "dringlichkeitsentscheidung"
    Und der Stichtag ist 2026-03-01

  Regel: GO005 – Eilentscheidung des Hauptausschusses braucht die Genehmigung des Rates

    Beispiel: Keine Genehmigung vorgesehen
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Dringlichkeit:
        | feld         | wert                                                  |
        | anstelle_von | Rat                                                   |
        | begruendung  | Förderfrist endet vor der nächsten Ratssitzung        |
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-01-20 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO005
      Und meldet die Prüfung GO006 nicht

    Beispiel: Der Rat genehmigt in der nächsten Sitzung
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Dringlichkeit:
        | feld         | wert                                           |
        | anstelle_von | Rat                                            |
        | begruendung  | Förderfrist endet vor der nächsten Ratssitzung |
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-01-20 | entscheidung | beschlossen |
        | Rat                        | 2026-02-10 | genehmigung  | genehmigt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO005 nicht
      Und meldet die Prüfung GO009 nicht
      Und meldet die Prüfung keinen Befund

  Regel: GO006 – die Dringlichkeit ist zu begründen

    Beispiel: Ohne Begründung
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-01-20 | entscheidung | beschlossen |
        | Rat                        | 2026-02-10 | genehmigung  | genehmigt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung GO006

    Beispiel: Mit Begründung
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Dringlichkeit:
        | feld        | wert                                        |
        | begruendung | Rat war vor Fristablauf nicht einzuberufen |
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-01-20 | entscheidung | beschlossen |
        | Rat                        | 2026-02-10 | genehmigung  | genehmigt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO006 nicht

  Regel: GO007 – Dringlichkeitsentscheidung des Bürgermeisters mit einem Ratsmitglied

    Beispiel: Der Bürgermeister entscheidet allein
      Angenommen das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld         | wert                                  |
        | anstelle_von | Rat                                   |
        | begruendung  | Hauptausschuss nicht beschlussfähig   |
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle       | ergebnis  |
        | Rat     | 2026-02-10 | genehmigung | genehmigt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO007
      Und meldet die Prüfung VF003 nicht

    # Issue 15.2: vom 15.04. bis 30.09.2020 standen zwei Sätze zur Epidemie vorn in § 60 Abs. 1; die Sätze
    # zur Dringlichkeitsentscheidung rückten um zwei nach hinten (abgeleitet, nicht gelesen).
    Szenariogrundriss: Die Satznummer des § 60 Abs. 1 richtet sich nach dem Tag der Entscheidung
      Angenommen das Beschlussgremium ist "Bürgermeister"
      Und die Vorlage ist vom <datum>
      Und die Dringlichkeit:
        | feld         | wert                                  |
        | anstelle_von | Rat                                   |
        | begruendung  | Hauptausschuss nicht beschlussfähig   |
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle       | ergebnis  |
        | Rat     | <rat>      | genehmigung | genehmigt |
      Wenn die Vorlage geprüft wird
      Dann lautet die Rechtsgrundlage von GO007 "<zitat>"

      Beispiele:
        | datum      | rat        | zitat                                                           |
        | 2020-03-02 | 2020-03-30 | § 60 Abs. 1 Satz 2 bis 4 GO NRW                                 |
        | 2020-06-02 | 2020-06-30 | § 60 Abs. 1 Satz 4 bis 6 GO NRW [Fundstelle nicht verifiziert]  |
        | 2021-06-02 | 2021-06-30 | § 60 Abs. 1 Satz 2 bis 4 GO NRW                                 |

    Beispiel: Bürgermeister und Ratsmitglied, der Rat genehmigt
      Angenommen das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld             | wert                                |
        | anstelle_von     | Rat                                 |
        | begruendung      | Hauptausschuss nicht beschlussfähig |
        | mitunterzeichner | Ratsmitglied Erika Beispiel         |
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle       | ergebnis  |
        | Rat     | 2026-02-10 | genehmigung | genehmigt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO007 nicht

    # Geschäfte der laufenden Verwaltung entscheidet der Bürgermeister allein (§ 41 Abs. 3 GO NRW);
    # ohne Dringlichkeitsentscheidung braucht es weder Mitunterzeichner noch Genehmigung.
    Beispiel: Der Bürgermeister entscheidet eine Beschlussvorlage der laufenden Verwaltung
      Angenommen die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "bauen"
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Beratungsfolge:
        | gremium       | rolle        |
        | Bürgermeister | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO007 nicht
      Und meldet die Prüfung keinen Befund

  Regel: GO008 – anstelle eines Ausschusses genehmigt der Ausschuss selbst

    Beispiel: Der Bürgermeister entscheidet anstelle des Schulausschusses, der Rat genehmigt
      Angenommen die Körperschaft hat den Ausschuss "Schulausschuss" der Art "fachausschuss"
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld             | wert                         |
        | anstelle_von     | Schulausschuss               |
        | begruendung      | Vergabefrist vor den Ferien  |
        | mitunterzeichner | Vorsitzende des Ausschusses  |
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle       | ergebnis  |
        | Rat     | 2026-02-10 | genehmigung | genehmigt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO008
      Und meldet die Prüfung GO007 nicht

    Beispiel: Der Schulausschuss genehmigt in seiner nächsten Sitzung
      Angenommen die Körperschaft hat den Ausschuss "Schulausschuss" der Art "fachausschuss"
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld             | wert                         |
        | anstelle_von     | Schulausschuss               |
        | begruendung      | Vergabefrist vor den Ferien  |
        | mitunterzeichner | Vorsitzende des Ausschusses  |
      Und die Beratungsfolge:
        | gremium        | sitzung    | rolle       | ergebnis  |
        | Schulausschuss | 2026-02-12 | genehmigung | genehmigt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO008 nicht
      Und meldet die Prüfung keinen Befund

    # Anstelle des Rates gilt § 60 Abs. 1 (GO007), nicht die Genehmigung durch einen Ausschuss (GO008).
    Beispiel: Bürgermeister und Ratsmitglied entscheiden anstelle des Rates, die Genehmigung fehlt
      Angenommen das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld             | wert                                |
        | anstelle_von     | Rat                                 |
        | begruendung      | Hauptausschuss nicht beschlussfähig |
        | mitunterzeichner | Ratsmitglied Erika Beispiel         |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO007
      Und meldet die Prüfung GO008 nicht
      Und meldet die Prüfung genau GO007

    Szenariogrundriss: Die Fassung des § 60 richtet sich nach dem Tag der Entscheidung
      Angenommen die Körperschaft hat den Ausschuss "Schulausschuss" der Art "fachausschuss"
      Und der Stichtag ist 2026-11-23
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld             | wert           |
        | anstelle_von     | Schulausschuss |
        | begruendung      | Vergabefrist   |
        | mitunterzeichner | Vorsitzende    |
      Und die Vorlage ist vom <datum>
      Wenn die Vorlage geprüft wird
      Dann lautet die Rechtsgrundlage von GO008 "<zitat>"

      Beispiele:
        | datum      | zitat                                                 |
        | 2019-05-02 | § 60 Abs. 2 GO NRW [Fundstelle nicht verifiziert]     |
        | 2020-06-02 | § 60 Abs. 2 GO NRW [Fundstelle nicht verifiziert]     |
        | 2021-05-02 | § 60 Abs. 3 GO NRW [Fundstelle nicht verifiziert]     |
        | 2023-05-02 | § 60 Abs. 2 GO NRW                                    |

  Regel: GO009 – die Genehmigung gehört in die nächste Sitzung

    # Issue 15.7: an Stelle eines Ausschusses genehmigt der Ausschuss (GO008), nicht der Rat.
    Beispiel: Dringlichkeitsentscheidung an Stelle des Schulausschusses, der Rat tagt danach ohne Genehmigung
      Angenommen die Körperschaft hat den Ausschuss "Schulausschuss" der Art "fachausschuss"
      Und der Stichtag ist 2026-03-20
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Vorlage ist vom 2026-02-02
      Und die Dringlichkeit:
        | feld             | wert           |
        | anstelle_von     | Schulausschuss |
        | begruendung      | Vergabefrist   |
        | mitunterzeichner | Vorsitzende    |
      Und die Beratungsfolge:
        | gremium        | sitzung    | rolle       | ergebnis  |
        | Rat            | 2026-02-19 | kenntnisnahme | zur_kenntnis_genommen |
        | Schulausschuss | 2026-03-05 | genehmigung | genehmigt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO009 nicht
      Und meldet die Prüfung GO008 nicht

    Beispiel: Der Rat tagt erst ohne Genehmigung und genehmigt später
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Dringlichkeit:
        | feld        | wert         |
        | begruendung | Förderfrist  |
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle         | ergebnis              |
        | Haupt- und Finanzausschuss | 2026-01-05 | entscheidung  | beschlossen           |
        | Rat                        | 2026-01-20 | kenntnisnahme | zur_kenntnis_genommen |
        | Rat                        | 2026-02-10 | genehmigung   | genehmigt             |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO009
      Und meldet die Prüfung GO005 nicht

  Regel: KR003 – Eilentscheidung des Kreisausschusses genehmigt der Kreistag

    Beispiel: Kreis Unna ohne Genehmigung im Kreistag
      Angenommen die Körperschaft "kreis-unna"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium        | sitzung    | rolle        | ergebnis    |
        | Kreisausschuss | 2026-01-12 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler KR003
      Und meldet die Prüfung GO005 nicht

    Beispiel: Der Kreistag genehmigt
      Angenommen die Körperschaft "kreis-unna"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium        | sitzung    | rolle        | ergebnis    |
        | Kreisausschuss | 2026-01-12 | entscheidung | beschlossen |
        | Kreistag       | 2026-02-17 | genehmigung  | genehmigt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR003 nicht
      Und meldet die Prüfung keinen Befund
