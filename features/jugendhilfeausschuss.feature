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
      Dann meldet die Prüfung die Warnung JH001
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

    # § 71 SGB VIII bindet den Träger mit eigenem Jugendamt. Holzwickede wird vom Kreisjugendamt Unna
    # betreut; ihr Rat muss keinen Jugendhilfeausschuss hören, sondern sich mit dem Kreis abstimmen (TR003).
    Beispiel: Holzwickede hat kein eigenes Jugendamt – der Rat beschließt ohne Jugendhilfeausschuss
      Angenommen die Körperschaft "gemeinde-holzwickede"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und meldet die Prüfung genau TR003

    # Die Anhörung gilt vor der eigenen Vertretung. Nennt die Stadt den Kreistag, ist das ein Fehler der
    # Körperschaft (TR004), keine versäumte Anhörung – und auch kein Beschlussrecht-Hinweis (JH005).
    Beispiel: Die Stadt Kamen nennt für ihre Förderrichtlinien den Kreistag als Beschlussgremium
      Angenommen der Gegenstand ist "foerderrichtlinien"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Kreistag                   | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung TR004
      Und meldet die Prüfung JH001 nicht
      Und meldet die Prüfung JH005 nicht
      Und meldet die Prüfung genau TR004

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
        | 2012-03-29 | § 71 Abs. 3 Satz 2 SGB VIII [Fundstelle nicht verifiziert] |
        | 2021-06-09 | § 71 Abs. 3 Satz 2 SGB VIII [Fundstelle nicht verifiziert] |
        | 2021-06-10 | § 71 Abs. 4 Satz 2 SGB VIII [Fundstelle nicht verifiziert] |
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

    # Ohne eigenes Jugendamt gibt es keinen Ausschuss, dessen Anhörung versäumt sein könnte; dass
    # Holzwickede überhaupt einen „Jugendhilfeausschuss“ nennt, meldet TR001.
    Beispiel: Holzwickede stellt den Ratsbeschluss nachträglich im Jugendhilfeausschuss vor
      Angenommen die Körperschaft "gemeinde-holzwickede"
      Und der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle         | ergebnis              |
        | Rat                  | 2025-07-29 | entscheidung  | beschlossen           |
        | Jugendhilfeausschuss | 2025-10-15 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH002 nicht
      Und meldet die Prüfung genau TR001, TR003

    # § 71 Abs. 4 Satz 2 SGB VIII verlangt die Anhörung vor Beschlüssen der Vertretung, nicht vor der
    # Entscheidung eines Ausschusses in übertragener Zuständigkeit.
    Beispiel: Der Haupt- und Finanzausschuss entscheidet, der Jugendhilfeausschuss nimmt danach Kenntnis
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle         | ergebnis              |
        | Haupt- und Finanzausschuss | 2025-07-29 | entscheidung  | beschlossen           |
        | Jugendhilfeausschuss       | 2025-10-15 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH002 nicht
      # nicht still: das Beschlussrecht des Ausschusses (Satz 1) kann berührt sein – eine Warnung (JH007)
      Und meldet die Prüfung genau JH007

    # Beschließt statt des Rates der Kreistag, fehlt schon das richtige Beschlussgremium (TR004).
    Beispiel: Eine Vorlage der Stadt Kamen beschließt der Kreistag, der Jugendhilfeausschuss nimmt danach Kenntnis
      Angenommen das Beschlussgremium ist "Kreistag"
      Und der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle         | ergebnis              |
        | Kreistag             | 2025-07-29 | entscheidung  | beschlossen           |
        | Jugendhilfeausschuss | 2025-10-15 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH002 nicht
      Und meldet die Prüfung genau TR004

    # Eine Vorberatung nach dem Beschluss ist auch ein Verfahrensfehler (VF007); JH002 nennt den
    # rechtlichen Kern und verdrängt die Verfahrenswarnung.
    Beispiel: Der Jugendhilfeausschuss „berät vor“, als der Rat schon beschlossen hat
      Angenommen der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis    |
        | Rat                  | 2025-07-29 | entscheidung | beschlossen |
        | Jugendhilfeausschuss | 2025-09-10 | vorberatung  | empfohlen   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH002
      Und meldet die Prüfung VF007 nicht
      Und meldet die Prüfung genau JH002

  Regel: JH003 – vor der Berufung der Jugendamtsleitung wird der Ausschuss gehört

    Beispiel: Der Hauptausschuss beruft die Leitung ohne Anhörung
      Angenommen der Gegenstand ist "leitung_jugendamt"
      Und das Sachgebiet ist "personal"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH003

    Beispiel: Der Jugendhilfeausschuss wird vorher gehört
      Angenommen der Gegenstand ist "leitung_jugendamt"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Jugendhilfeausschuss       | anhoerung    |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH003 nicht

    # JH003 ist die besondere Anhörungsregel für die Personalie und verdrängt JH001, auch wenn die
    # Vorlage als Jugendhilfe eingeordnet ist und der Rat entscheidet.
    Beispiel: Der Rat beruft die Leitung des Jugendamts ohne Anhörung
      Angenommen der Gegenstand ist "leitung_jugendamt"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Rat                        | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH003
      Und meldet die Prüfung JH001 nicht
      Und meldet die Prüfung genau JH003

    # Eine Gemeinde ohne eigenes Jugendamt hat keine Jugendamtsleitung und keinen Ausschuss zu hören.
    Beispiel: Holzwickede besetzt eine Stelle, die als Leitung des Jugendamts eingeordnet ist
      Angenommen die Körperschaft "gemeinde-holzwickede"
      Und der Gegenstand ist "leitung_jugendamt"
      Und das Sachgebiet ist "personal"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH003 nicht
      Und meldet die Prüfung keinen Befund

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

    # Bönen hat kein Jugendamt: die Anerkennung als Träger der freien Jugendhilfe ist Sache des Kreises
    # (TR002), ein Beschlussrecht eines eigenen Jugendhilfeausschusses gibt es nicht.
    Beispiel: Der Haupt- und Finanzausschuss von Bönen will einen Verein als freien Träger anerkennen
      Angenommen die Körperschaft "gemeinde-boenen"
      Und der Gegenstand ist "anerkennung_freier_traeger"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH004 nicht
      Und meldet die Prüfung genau TR002

    Beispiel: Der Rat von Bönen will einen Verein als freien Träger anerkennen
      Angenommen die Körperschaft "gemeinde-boenen"
      Und der Gegenstand ist "anerkennung_freier_traeger"
      Und die Beratungsfolge:
        | gremium | rolle        |
        | Rat     | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH005 nicht
      Und meldet die Prüfung genau TR002

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

    # Der Hinweis gilt nach seiner Beschreibung der Beschlussvorlage der Verwaltung; einen Antrag aus
    # dem Rat prüft nur JH001 (angehört ist der Ausschuss auch mit Kenntnisnahme).
    Beispiel: Ein Fraktionsantrag, den der Ausschuss nur zur Kenntnis nimmt
      Angenommen die Vorlagenart ist "antrag"
      Und der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis              |
        | Jugendhilfeausschuss | 2025-10-01 | vorberatung  | zur_kenntnis_genommen |
        | Rat                  | 2025-10-21 | entscheidung | beschlossen           |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH006 nicht
      Und meldet die Prüfung keinen Befund

    # Entscheidet ein Ausschuss in übertragener Zuständigkeit, besteht kein Anhörungsrecht nach § 71.
    Beispiel: Der Ausschuss nimmt Kenntnis, der Haupt- und Finanzausschuss entscheidet
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis              |
        | Jugendhilfeausschuss       | 2025-10-01 | vorberatung  | zur_kenntnis_genommen |
        | Haupt- und Finanzausschuss | 2025-10-21 | entscheidung | beschlossen           |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH006 nicht
      Und meldet die Prüfung keinen Befund

    # Erste Lesung zur Kenntnis, in der nächsten Sitzung eine Empfehlung: die Stellungnahme liegt vor.
    Beispiel: Der Ausschuss nimmt erst Kenntnis und empfiehlt in der nächsten Sitzung
      Angenommen der Stichtag ist 2025-12-01
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis              |
        | Jugendhilfeausschuss | 2025-09-10 | vorberatung  | zur_kenntnis_genommen |
        | Jugendhilfeausschuss | 2025-10-01 | vorberatung  | empfohlen             |
        | Rat                  | 2025-10-21 | entscheidung | beschlossen           |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH006 nicht
      Und meldet die Prüfung keinen Befund
