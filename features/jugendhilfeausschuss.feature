# language: de
Funktionalität: Anhörung und Beschlussrecht des Jugendhilfeausschusses (§ 71 SGB VIII)
  Vor jeder Beschlussfassung der Vertretungskörperschaft in Fragen der Jugendhilfe soll der
  Jugendhilfeausschuss gehört werden; in seinem Beschlussrecht entscheidet er selbst.

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Rat"

  Regel: JH001 – der Jugendhilfeausschuss berät vor dem Rat

    Beispiel: Rat entscheidet ohne Jugendhilfeausschuss
      Angenommen die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH001
      Und enthält die Meldung von JH001 "Rat der Stadt Kamen"

    Beispiel: Jugendhilfeausschuss, HFA, Rat – wie in Kamen 026/2012
      Angenommen die Beratungsfolge:
        | gremium                    | rolle        |
        | Jugendhilfeausschuss       | vorberatung  |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat der Stadt Kamen        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und meldet die Prüfung keinen Befund

    Beispiel: Der Rat hat beschlossen, der Jugendhilfeausschuss hatte vertagt
      Angenommen der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis    |
        | JHA                  | 2025-10-15 | vorberatung  | vertagt     |
        | Rat                  | 2025-10-21 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH001

    Beispiel: Eine begründete Abweichung mildert den Fehler zur Warnung
      Angenommen das Feld "abweichung_begruendet" ist "Der Ausschuss war wegen Beschlussunfähigkeit nicht einzuberufen."
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH001

    Beispiel: Eine Vorlage ohne Bezug zur Jugendhilfe braucht den Ausschuss nicht
      Angenommen das Sachgebiet ist "bauen"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht

  Regel: Die Fassung richtet sich nach dem Tag der entscheidenden Sitzung

    Szenariogrundriss: Zitat vor und nach der Neufassung durch das KJSG
      Angenommen der Stichtag ist 2026-11-23
      Und die Beratungsfolge:
        | gremium | sitzung  | rolle        | ergebnis    |
        | Rat     | <datum>  | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann lautet die Rechtsgrundlage von JH001 "<zitat>"

      Beispiele:
        | datum      | zitat                       |
        | 2012-03-29 | § 71 Abs. 3 Satz 2 SGB VIII |
        | 2021-06-09 | § 71 Abs. 3 Satz 2 SGB VIII |
        | 2021-06-10 | § 71 Abs. 4 Satz 2 SGB VIII |
        | 2022-02-15 | § 71 Abs. 4 Satz 2 SGB VIII |

  Regel: JH002 – eine Befassung nach dem Beschluss ersetzt die Anhörung nicht

    Beispiel: Der Jugendhilfeausschuss nimmt erst nach dem Ratsbeschluss Kenntnis
      Angenommen der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle         | ergebnis              |
        | Rat                  | 2025-07-29 | entscheidung  | beschlossen           |
        | Jugendhilfeausschuss | 2025-10-15 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH002
      Und meldet die Prüfung JH001 nicht
      Und steht JH002 in Zeile 12

    Beispiel: Der Jugendhilfeausschuss berät vorher und nimmt später noch einmal Kenntnis
      Angenommen der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle         | ergebnis              |
        | Jugendhilfeausschuss | 2025-07-01 | vorberatung   | empfohlen             |
        | Rat                  | 2025-07-29 | entscheidung  | beschlossen           |
        | Jugendhilfeausschuss | 2025-10-15 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH002 nicht
      Und meldet die Prüfung JH001 nicht

  Regel: JH003 – vor der Berufung der Jugendamtsleitung wird der Ausschuss gehört

    Beispiel: Der Hauptausschuss beruft die Leitung ohne Anhörung
      Angenommen der Gegenstand ist "leitung_jugendamt"
      Und das Sachgebiet ist "personal"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH003

    Beispiel: Der Jugendhilfeausschuss wird vorher gehört
      Angenommen der Gegenstand ist "leitung_jugendamt"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Jugendhilfeausschuss       | anhoerung    |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH003 nicht

  Regel: JH004 und JH005 – Entscheidungen im Beschlussrecht des Ausschusses

    Beispiel: Der Haupt- und Finanzausschuss beschließt Förderrichtlinien der Jugendhilfe
      Angenommen der Gegenstand ist "foerderrichtlinien"
      Und das Beschlussgremium ist "HFA"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | HFA                  | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH004
      Und meldet die Prüfung JH005 nicht

    Beispiel: Der Jugendhilfeausschuss beschließt selbst
      Angenommen der Gegenstand ist "foerderrichtlinien"
      Und das Beschlussgremium ist "Jugendhilfeausschuss"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH004 nicht
      Und meldet die Prüfung JH005 nicht
      Und meldet die Prüfung keinen Befund

    Beispiel: Der Rat zieht die Förderrichtlinien nach Anhörung an sich
      Angenommen der Gegenstand ist "foerderrichtlinien"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Rat                  | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Hinweis JH005
      Und meldet die Prüfung JH004 nicht
      Und meldet die Prüfung JH001 nicht

  Regel: JH006 – bloße Kenntnisnahme einer Beschlussvorlage

    Beispiel: Der Ausschuss nimmt die Beschlussvorlage nur zur Kenntnis
      Angenommen der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis              |
        | Jugendhilfeausschuss | 2025-10-01 | vorberatung  | zur_kenntnis_genommen |
        | Rat                  | 2025-10-21 | entscheidung | beschlossen           |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Hinweis JH006
      Und meldet die Prüfung JH001 nicht

    Beispiel: Der Ausschuss empfiehlt die Beschlussvorlage
      Angenommen der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis    |
        | Jugendhilfeausschuss | 2025-10-01 | vorberatung  | empfohlen   |
        | Rat                  | 2025-10-21 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH006 nicht
      Und meldet die Prüfung keinen Befund
