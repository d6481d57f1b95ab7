# language: de
Funktionalität: Vollständigkeit und Verlauf der Beratungsfolge
  Ob das zuständige Gremium entscheidet, lässt sich nur prüfen, wenn die Vorlage ihr
  Beschlussgremium und ihre Beratungsfolge nennt und der Verlauf zum Verfahren passt.

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "kultur"

  Regel: VF001 bis VF004 – Beschlussgremium und Beratungsfolge sind angegeben

    Beispiel: Weder Beschlussgremium noch Beratungsfolge
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung genau VF001, VF004

    Beispiel: Das Beschlussgremium ergibt sich aus der Rolle „entscheidung“
      Angenommen die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF001 nicht
      Und meldet die Prüfung VF004 nicht
      Und meldet die Prüfung keinen Befund

    Beispiel: Ein Tippfehler im Beschlussgremium
      Angenommen das Beschlussgremium ist "Rathsversammlung"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler VF002

    Beispiel: Das Beschlussgremium ist eingetragen
      Angenommen das Beschlussgremium ist "Rat der Stadt Kamen"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF002 nicht
      Und meldet die Prüfung VF003 nicht

    Beispiel: Der Rat soll entscheiden, steht aber nicht in der Beratungsfolge
      Angenommen das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | rolle       |
        | Haupt- und Finanzausschuss | vorberatung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler VF003
      Und meldet die Prüfung VF004 nicht

    Beispiel: Ohne entscheidende Beratung ist das Beschlussgremium nicht bestimmbar – ein Fehler
      Angenommen die Beratungsfolge:
        | gremium                    | rolle       |
        | Haupt- und Finanzausschuss | vorberatung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler VF001

    Beispiel: Ohne Beratungsfolge ist die Vorlage nicht prüfbar – ein Fehler
      Angenommen das Beschlussgremium ist "Rat"
      Und die Beratungsfolge ist leer
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler VF004

    # Eine Anfrage beantwortet die Verwaltung; sie braucht weder Beschlussgremium noch Beratungsfolge.
    Beispiel: Eine Anfrage ohne Beratungsfolge
      Angenommen die Vorlagenart ist "anfrage"
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF004 nicht
      Und meldet die Prüfung keinen Befund

  Regel: VF005 – eine vergangene Beratung hat ein Ergebnis

    # Zeigt die Quelle bei keiner Beratung ein Ergebnis, zeigt sie Ergebnisse überhaupt nicht: keine Lücke.
    Beispiel: Keine Beratung nennt ein Ergebnis
      Angenommen der Stichtag ist 2026-03-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        |
        | Haupt- und Finanzausschuss | 2026-02-03 | vorberatung  |
        | Rat                        | 2026-03-17 | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF005 nicht

    Beispiel: Der Ausschuss hat getagt, das Ergebnis fehlt, andere Ergebnisse stehen da
      Angenommen der Stichtag ist 2026-03-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis  |
        | Bauausschuss               | 2026-01-20 | vorberatung  | empfohlen |
        | Haupt- und Finanzausschuss | 2026-02-03 | vorberatung  |           |
        | Rat                        | 2026-03-17 | entscheidung |           |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF005
      Und enthält die Meldung von VF005 "03.02.2026"

    Beispiel: Am Stichtag der Sitzung ist noch kein Ergebnis nötig
      Angenommen der Stichtag ist 2026-02-03
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        |
        | Haupt- und Finanzausschuss | 2026-02-03 | vorberatung  |
        | Rat                        | 2026-03-17 | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF005 nicht

  Regel: VF006 – unbekannte Gremien werden mit dem ähnlichsten Namen gemeldet

    Beispiel: „Jugendhilfeauschuss“ mit einem s zu wenig
      Angenommen das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium             | rolle        |
        | Jugendhilfeauschuss | vorberatung  |
        | Rat                 | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF006
      Und enthält die Meldung von VF006 "ähnlichster bekannter Name: „Jugendhilfeausschuss“"

    Beispiel: Aliase und Schreibweisen werden erkannt
      Angenommen das Beschlussgremium ist "rat der stadt kamen"
      Und die Beratungsfolge:
        | gremium                  | rolle        |
        | JHA                      | vorberatung  |
        | Haupt und Finanzausschuss | vorberatung  |
        | Stadtrat                 | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF006 nicht
      Und meldet die Prüfung keinen Befund

  Regel: VF007 und VF008 – der Verlauf passt zum Verfahren

    Beispiel: Der Rat entscheidet zweimal
      Angenommen der Stichtag ist 2026-06-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-03-17 | entscheidung | beschlossen |
        | Rat     | 2026-05-05 | entscheidung | abgelehnt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler VF008
      Und meldet die Prüfung VF007 nicht

    Beispiel: Ein Ausschuss berät nach dem Beschluss des Rates vor
      Angenommen der Stichtag ist 2026-06-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Rat                        | 2026-03-17 | entscheidung | beschlossen |
        | Haupt- und Finanzausschuss | 2026-04-02 | vorberatung  | empfohlen   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF007
      Und enthält die Meldung von VF007 "im Verfahrensstand „beschlossen“"
      Und meldet die Prüfung VF008 nicht

    Beispiel: Vertagt, dann beschlossen
      Angenommen der Stichtag ist 2026-06-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-03-17 | entscheidung | vertagt     |
        | Rat     | 2026-05-05 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF007 nicht
      Und meldet die Prüfung VF008 nicht
      Und meldet die Prüfung VF009 nicht
      Und meldet die Prüfung keinen Befund

  Regel: VF009 – nach einer Vertagung folgt eine weitere Beratung

    Beispiel: Vertagt, und nichts folgt
      Angenommen der Stichtag ist 2026-06-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis |
        | Rat     | 2026-03-17 | entscheidung | vertagt  |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF009
      Und enthält die Meldung von VF009 "Die Vorlage wurde am 17.03.2026 in „Rat“ vertagt"

    Beispiel: Vertagt in einer Sitzung ohne Datum – die Meldung sagt nicht „am ohne Datum“
      Angenommen der Stichtag ist 2026-06-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | sitzung | rolle        | ergebnis |
        | Rat     |         | entscheidung | vertagt  |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF009
      Und enthält die Meldung von VF009 "Die Vorlage wurde ohne Datum in „Rat“ vertagt"

    Beispiel: Vertagt, die nächste Sitzung ist vorgesehen
      Angenommen der Stichtag ist 2026-06-01
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis |
        | Rat     | 2026-03-17 | entscheidung | vertagt  |
        | Rat     | 2026-06-23 | entscheidung |          |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF009 nicht

  Regel: VF010 – eine Mitteilungsvorlage wird nicht entschieden

    Beispiel: Mitteilungsvorlage mit Entscheidung im Rat
      Angenommen die Vorlagenart ist "mitteilungsvorlage"
      Und der Stichtag ist 2026-06-01
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-03-17 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF010
      Und meldet die Prüfung VF007 nicht

    Beispiel: Mitteilungsvorlage zur Kenntnisnahme
      Angenommen die Vorlagenart ist "mitteilungsvorlage"
      Und der Stichtag ist 2026-06-01
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle         | ergebnis              |
        | Rat     | 2026-03-17 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF010 nicht
      Und meldet die Prüfung keinen Befund

  Regel: VF011 – auf der Tagesordnung nur, was die Beratungsfolge vorsieht

    Beispiel: Die Vorlage steht auf der Tagesordnung des Rates, ihr Weg endet im HFA
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        |
        | Haupt- und Finanzausschuss | 2026-04-02 | entscheidung |
      Wenn die Vorlage für die Sitzung von "Rat" am 2026-04-21 geprüft wird
      Dann meldet die Prüfung die Warnung VF011

    Beispiel: Die Vorlage steht auf der Tagesordnung des HFA am geplanten Tag
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        |
        | Haupt- und Finanzausschuss | 2026-04-02 | entscheidung |
      Wenn die Vorlage für die Sitzung von "HFA" am 2026-04-02 geprüft wird
      Dann meldet die Prüfung VF011 nicht
      Und meldet die Prüfung keinen Befund
