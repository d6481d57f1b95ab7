# language: de
Funktionalität: Widerspruch, Beanstandung und Einspruch im Verlauf (§ 7 AG-KJHG NRW, § 57 Abs. 4 GO NRW)
  Ein Beschluss des Jugendhilfeausschusses kann durch Widerspruch oder Beanstandung, der Beschluss eines
  Ausschusses mit Entscheidungsbefugnis durch Einspruch angehalten werden; dann entscheidet am Ende die
  Vertretung. Fristen und Reihenfolge werden im dokumentierten Verlauf geprüft.

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "jugendhilfe"
    Und der Stichtag ist 2026-06-01

  Regel: AG001 – widersprochen wird spätestens am fünften Tag nach dem Beschluss

    Beispiel: Widerspruch am siebten Tag
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch              | begruendung              |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |                    |                          |
        | widerspruch | 2026-03-10 |                      | vorsitz_vertretung | gefährdet den Haushalt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler AG001
      Und lautet die Rechtsgrundlage von AG001 "§ 7 Abs. 1 AG-KJHG NRW"

    Beispiel: Widerspruch, neue Sitzung, der Rat entscheidet – alles in der Frist
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch              | begruendung            |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |                    |                        |
        | widerspruch | 2026-03-06 |                      | vorsitz_vertretung | gefährdet den Haushalt |
        | beschlossen | 2026-03-12 | Jugendhilfeausschuss |                    |                        |
        | beschlossen | 2026-03-26 | Rat                  |                    |                        |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung AG001 nicht
      Und meldet die Prüfung AG002 nicht
      Und meldet die Prüfung AG003 nicht
      Und meldet die Prüfung AG004 nicht
      Und meldet die Prüfung keinen Befund

    Beispiel: Ein Widerspruch vor dem Stand der gelesenen Fassung wird als nicht verifiziert zitiert
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Stichtag ist 2012-06-01
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch              | begruendung            |
        | beschlossen | 2012-03-06 | Jugendhilfeausschuss |                    |                        |
        | widerspruch | 2012-03-20 |                      | vorsitz_vertretung | gefährdet den Haushalt |
      Wenn die Vorlage geprüft wird
      Dann lautet die Rechtsgrundlage von AG001 "§ 7 Abs. 1 AG-KJHG NRW [Fundstelle nicht verifiziert]"

  Regel: AG002 – die neue Sitzung liegt zwischen dem dritten und dem vierzehnten Tag

    Szenariogrundriss: Der Jugendhilfeausschuss tagt zu früh oder zu spät
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch                        | begruendung |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |                              |             |
        | widerspruch | 2026-03-05 |                      | vorsitz_jugendhilfeausschuss | Wohl der Stadt |
        | beschlossen | <neu>      | Jugendhilfeausschuss |                              |             |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler AG002
      Und steht AG002 in Zeile <zeile>

      Beispiele:
        | neu        | zeile |
        | 2026-03-06 | 15    |
        | 2026-03-20 | 15    |

    Beispiel: Nach zwei Wochen hat der Jugendhilfeausschuss nicht wieder getagt
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch              | begruendung    |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |                    |                |
        | widerspruch | 2026-03-05 |                      | vorsitz_vertretung | Wohl der Stadt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler AG002

    Beispiel: Am dritten und am vierzehnten Tag ist es rechtzeitig
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch              | begruendung    |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |                    |                |
        | widerspruch | 2026-03-05 |                      | vorsitz_vertretung | Wohl der Stadt |
        | beschlossen | 2026-03-19 | Jugendhilfeausschuss |                    |                |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung AG002 nicht

  Regel: AG003 – widersprechen kann nur der Vorsitz, schriftlich mit Begründung

    Beispiel: Urheber und Begründung fehlen
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |
        | widerspruch | 2026-03-05 | Jugendhilfeausschuss |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung AG003

  Regel: AG004 – nach dem Widerspruch beschließt erst der Jugendhilfeausschuss, dann die Vertretung

    Beispiel: Der Rat entscheidet, bevor der Jugendhilfeausschuss erneut beschlossen hat
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch              | begruendung    |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |                    |                |
        | widerspruch | 2026-03-05 |                      | vorsitz_vertretung | Wohl der Stadt |
        | beschlossen | 2026-03-10 | Rat                  |                    |                |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler AG004
      Und meldet die Prüfung VF007 nicht

    Beispiel: Widerspruch gegen einen Beschluss des Rates
      Angenommen das Beschlussgremium ist "Rat"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch              | begruendung    |
        | empfohlen   | 2026-03-03 | Jugendhilfeausschuss |                    |                |
        | beschlossen | 2026-03-10 | Rat                  |                    |                |
        | widerspruch | 2026-03-12 |                      | vorsitz_vertretung | Wohl der Stadt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler AG004
      Und meldet die Prüfung VF013 nicht

  Regel: AG005 – beanstanden muss der Hauptverwaltungsbeamte, mit Begründung

    Beispiel: Der Ausschussvorsitz beanstandet
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis     | datum      | gremium              | durch                        | begruendung     |
        | beschlossen  | 2026-03-03 | Jugendhilfeausschuss |                              |                 |
        | beanstandung | 2026-03-04 |                      | vorsitz_jugendhilfeausschuss | verletzt § 36a  |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung AG005

    Beispiel: Der Bürgermeister beanstandet, der Jugendhilfeausschuss hebt auf
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis     | datum      | gremium              | durch                   | begruendung    |
        | beschlossen  | 2026-03-03 | Jugendhilfeausschuss |                         |                |
        | beanstandung | 2026-03-04 |                      | hauptverwaltungsbeamter | verletzt § 36a |
        | aufgehoben   | 2026-03-17 | Jugendhilfeausschuss |                         |                |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung AG005 nicht
      Und meldet die Prüfung AG006 nicht
      Und meldet die Prüfung keinen Befund

  Regel: AG006 – nach der Beanstandung beschließt erst der Jugendhilfeausschuss, dann die Vertretung

    Beispiel: Der Hauptausschuss entscheidet über die Beanstandung
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis     | datum      | gremium                    | durch                   | begruendung    |
        | beschlossen  | 2026-03-03 | Jugendhilfeausschuss       |                         |                |
        | beanstandung | 2026-03-04 |                            | hauptverwaltungsbeamter | verletzt § 36a |
        | beschlossen  | 2026-03-17 | Jugendhilfeausschuss       |                         |                |
        | beschlossen  | 2026-03-24 | Haupt- und Finanzausschuss |                         |                |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler AG006
      Und enthält die Meldung von AG006 "Haupt- und Finanzausschuss"

    # Nach der Beanstandung entscheidet zuerst der Jugendhilfeausschuss erneut; der Rat erst, wenn er
    # bei seinem Beschluss bleibt. AG006 verdrängt die allgemeine Verfahrenswarnung VF007.
    Beispiel: Nach der Beanstandung entscheidet sofort der Rat
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis     | datum      | gremium              | durch                   | begruendung    |
        | beschlossen  | 2026-03-03 | Jugendhilfeausschuss |                         |                |
        | beanstandung | 2026-03-04 |                      | hauptverwaltungsbeamter | verletzt § 36a |
        | beschlossen  | 2026-03-24 | Rat                  |                         |                |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler AG006
      Und meldet die Prüfung VF007 nicht
      Und meldet die Prüfung genau AG006

  Regel: GO010 – Einspruch gegen einen Ausschussbeschluss, dann entscheidet der Rat

    Beispiel: Der Ausschuss entscheidet nach dem Einspruch selbst noch einmal
      Angenommen das Sachgebiet ist "kultur"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium                    | durch                   |
        | beschlossen | 2026-03-03 | Haupt- und Finanzausschuss |                         |
        | einspruch   | 2026-03-05 |                            | hauptverwaltungsbeamter |
        | beschlossen | 2026-03-17 | Haupt- und Finanzausschuss |                         |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO010
      Und lautet die Rechtsgrundlage von GO010 "§ 57 Abs. 4 GO NRW [Fundstelle nicht verifiziert]"

    Beispiel: Einspruch gegen einen Beschluss des Jugendhilfeausschusses
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium              | durch                       |
        | beschlossen | 2026-03-03 | Jugendhilfeausschuss |                             |
        | einspruch   | 2026-03-05 |                      | ein_fuenftel_der_mitglieder |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO010
      Und enthält die Meldung von GO010 "Bedingung nicht erfüllt: ist_ausschuss_mit_entscheidungsbefugnis"

    # Einspruch nach § 57 Abs. 4 GO NRW gibt es nur gegen Beschlüsse von Ausschüssen; gegen den Rat
    # selbst nicht. GO010 verdrängt VF013.
    Beispiel: Einspruch gegen einen Beschluss des Rates
      Angenommen das Sachgebiet ist "kultur"
      Und das Beschlussgremium ist "Rat"
      Und der Verlauf:
        | ereignis    | datum      | gremium | durch                   |
        | beschlossen | 2026-03-03 | Rat     |                         |
        | einspruch   | 2026-03-05 |         | hauptverwaltungsbeamter |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO010
      Und meldet die Prüfung VF013 nicht
      Und meldet die Prüfung genau GO010

  Regel: GO011 – Einspruch legen der Bürgermeister oder ein Fünftel der Ausschussmitglieder ein

    Beispiel: Der Ratsvorsitz legt Einspruch ein
      Angenommen das Sachgebiet ist "kultur"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium                    | durch              |
        | beschlossen | 2026-03-03 | Haupt- und Finanzausschuss |                    |
        | einspruch   | 2026-03-05 |                            | vorsitz_vertretung |
        | beschlossen | 2026-03-19 | Rat                        |                    |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung genau GO011

    Beispiel: Ein Fünftel der Mitglieder legt Einspruch ein, der Rat entscheidet
      Angenommen das Sachgebiet ist "kultur"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium                    | durch                       |
        | beschlossen | 2026-03-03 | Haupt- und Finanzausschuss |                             |
        | einspruch   | 2026-03-05 |                            | ein_fuenftel_der_mitglieder |
        | abgelehnt   | 2026-03-19 | Rat                        |                             |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung GO010 nicht
      Und meldet die Prüfung GO011 nicht
      Und meldet die Prüfung keinen Befund

    # Die Form des Einspruchs ist nur belegt, nicht gewiss (§ 57 Abs. 4 GO NRW aus zweiter Hand): Warnung.
    Beispiel: Der Einspruch nennt nicht, wer ihn erhoben hat
      Angenommen das Sachgebiet ist "kultur"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und der Verlauf:
        | ereignis    | datum      | gremium                    |
        | beschlossen | 2026-03-03 | Haupt- und Finanzausschuss |
        | einspruch   | 2026-03-05 |                            |
        | beschlossen | 2026-03-19 | Rat                        |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung GO011
