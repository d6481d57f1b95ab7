# language: de
Funktionalität: Der dokumentierte Verlauf einer Vorlage
  Neben der Beratungsfolge (dem Plan) kann eine Vorlage ihren Verlauf festhalten: datierte Ereignisse
  von der Einbringung bis zur Entscheidung. Fehler im Verlauf sind Befunde an der Zeile des Ereignisses.

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "kultur"
    Und das Beschlussgremium ist "Rat"
    Und der Stichtag ist 2026-06-01

  Regel: Der Verlauf erfüllt die Beratungsfolge

    Beispiel: Die geplanten Beratungen finden statt, wie geplant
      Angenommen die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Und der Verlauf:
        | ereignis    | datum      | gremium                    |
        | eingebracht | 2026-02-20 |                            |
        | empfohlen   | 2026-03-03 | Haupt- und Finanzausschuss |
        | beschlossen | 2026-03-17 | Rat der Stadt Kamen        |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung keinen Befund

    Beispiel: Ein Verlauf ohne Beratungsfolge zählt als Beratungsfolge
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium                    |
        | empfohlen   | 2026-03-03 | Haupt- und Finanzausschuss |
        | beschlossen | 2026-03-17 | Rat                        |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF004 nicht
      Und meldet die Prüfung keinen Befund

  Regel: VF012 – der Verlauf steht in zeitlicher Reihenfolge

    Beispiel: Ein vertipptes Jahr
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium                    |
        | empfohlen   | 2026-03-03 | Haupt- und Finanzausschuss |
        | beschlossen | 2025-03-17 | Rat                        |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler VF012
      Und steht VF012 in Zeile 11

    Beispiel: In zeitlicher Reihenfolge, auch am selben Tag
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium                    |
        | empfohlen   | 2026-03-03 | Haupt- und Finanzausschuss |
        | vertagt     | 2026-03-03 | Rat                        |
        | beschlossen | 2026-03-17 | Rat                        |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF012 nicht

  Regel: VF013 – nach dem Abschluss geschieht nichts mehr, was das Verfahren nicht vorsieht

    Beispiel: Der Ausschuss berät nach dem Ratsbeschluss
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium                    |
        | beschlossen | 2026-03-17 | Rat                        |
        | empfohlen   | 2026-04-02 | Haupt- und Finanzausschuss |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler VF013
      Und meldet die Prüfung VF007 nicht
      Und steht VF013 in Zeile 11

    Beispiel: Kenntnisnahme nach dem Beschluss ist vorgesehen
      Angenommen der Verlauf:
        | ereignis              | datum      | gremium                    |
        | beschlossen           | 2026-03-17 | Rat                        |
        | zur_kenntnis_genommen | 2026-04-02 | Haupt- und Finanzausschuss |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF013 nicht

  Regel: VF014 – der Stichtag liegt nicht vor der Vorlage

    Beispiel: Stichtag vor dem Datum der Vorlage
      Angenommen die Vorlage ist vom 01.03.2026
      Und der Stichtag ist 2026-02-01
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF014
      Und enthält die Meldung von VF014 "01.03.2026"

    Beispiel: Stichtag vor der dokumentierten Einbringung
      Angenommen der Stichtag ist 2026-02-01
      Und der Verlauf:
        | ereignis    | datum      |
        | eingebracht | 2026-02-20 |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF014
      Und steht VF014 in Zeile 8

    Beispiel: Stichtag nach dem Datum der Vorlage
      Angenommen die Vorlage ist vom 01.03.2026
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF014 nicht

  Regel: VF015 – jedes Ereignis einer Sitzung nennt ein eingetragenes Gremium

    Beispiel: Ein Tippfehler im Gremium des Ereignisses
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium                   |
        | empfohlen   | 2026-03-03 | Haupt und Finanzauschuss  |
        | beschlossen | 2026-03-17 | Rat                       |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF015
      Und meldet die Prüfung VF006 nicht
      Und enthält die Meldung von VF015 "Haupt- und Finanzausschuss"

    Beispiel: Ein Ereignis einer Sitzung ohne Gremium
      Angenommen der Verlauf:
        | ereignis    | datum      |
        | beschlossen | 2026-03-17 |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF015

    Beispiel: Bekannte Gremien
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium |
        | empfohlen   | 2026-03-03 | HFA     |
        | beschlossen | 2026-03-17 | Rat     |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF015 nicht
