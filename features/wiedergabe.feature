# language: de
Funktionalität: Wiedergabe eines Verfahrens für die Prüfung (gremienlauf replay)
  Eine Prüferin will wissen, ob ein Beschluss vom zuständigen Gremium gefasst wurde, nachdem die
  anzuhörenden Gremien gehört waren – nach dem Recht, das damals galt. Die Wiedergabe spielt den Verlauf
  Schritt für Schritt durch und prüft nach jedem Schritt die Regeln in der an diesem Tag geltenden Fassung.

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Rat"
    Und die Beratungsfolge:
      | gremium              | rolle        |
      | Jugendhilfeausschuss | vorberatung  |
      | Rat                  | entscheidung |

  Regel: Jeder Schritt wird nach dem Recht seines Tages beurteilt

    Szenariogrundriss: Vor 2021 Abs. 3, danach Abs. 4 des § 71 SGB VIII
      Angenommen der Verlauf:
        | ereignis    | datum       | gremium              |
        | eingebracht | <jahr>-03-19 |                     |
        | empfohlen   | <jahr>-03-27 | Jugendhilfeausschuss |
        | beschlossen | <jahr>-03-29 | Rat                  |
      Wenn die Vorlage wiedergegeben wird
      Dann zitiert Schritt 3 für JH001 "<zitat>"
      Und ist Schritt 3 das Ereignis "beschlossen" mit dem Zustand "in_beratung" → "beschlossen"
      Und lautet das Ergebnis der Wiedergabe "ohne_befund"

      Beispiele:
        | jahr | zitat                       |
        | 2012 | § 71 Abs. 3 Satz 2 SGB VIII [Fundstelle nicht verifiziert] |
        | 2022 | § 71 Abs. 4 Satz 2 SGB VIII |

    Beispiel: Ein Verfahren über den 10.06.2021 hinweg zitiert beide Fassungen
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium              |
        | empfohlen   | 2021-05-18 | Jugendhilfeausschuss |
        | beschlossen | 2021-06-24 | Rat                  |
      Wenn die Vorlage wiedergegeben wird
      Dann zitiert Schritt 1 für JH001 "§ 71 Abs. 3 Satz 2 SGB VIII [Fundstelle nicht verifiziert]"
      Und zitiert Schritt 2 für JH001 "§ 71 Abs. 4 Satz 2 SGB VIII [Fundstelle nicht verifiziert]"

  Regel: Die Wiedergabe nennt den ersten Schritt, ab dem das Verfahren fehlerhaft ist

    Beispiel: Der Rat entscheidet, bevor der Jugendhilfeausschuss getagt hat
      Angenommen der Verlauf:
        | ereignis    | datum      | gremium              |
        | eingebracht | 2012-03-19 |                      |
        | beschlossen | 2012-03-29 | Rat                  |
        | empfohlen   | 2012-04-10 | Jugendhilfeausschuss |
      Wenn die Vorlage wiedergegeben wird
      Dann verletzt Schritt 1 keine Regel
      Und verletzt Schritt 2 die Regel JH001
      Und verletzt Schritt 3 die Regel JH002
      Und ist Schritt 2 der erste fehlerhafte Schritt
      Und lautet das Ergebnis der Wiedergabe "fehlerhaft"

    Beispiel: Ohne Verlauf wird er aus der Beratungsfolge abgeleitet, ihre Termine sind von Anfang an der Plan
      Angenommen die Vorlage ist vom 19.03.2012
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis    |
        | Rat                  | 2012-03-29 | entscheidung | beschlossen |
        | Jugendhilfeausschuss | 2012-04-10 | vorberatung  | empfohlen   |
      Wenn die Vorlage wiedergegeben wird
      Dann ist Schritt 1 das Ereignis "eingebracht" mit dem Zustand "eingebracht" → "eingebracht"
      Und verletzt Schritt 1 die Regel JH002
      Und ist Schritt 1 der erste fehlerhafte Schritt
      Und verletzt Schritt 3 die Regel JH002

    Beispiel: Eine Dringlichkeitsentscheidung, die der Rat später genehmigt, ist in Ordnung
      Angenommen die Vorlagenart ist "dringlichkeitsentscheidung"
      Und das Sachgebiet ist "kultur"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge ist leer
      Und die Dringlichkeit:
        | feld         | wert                                           |
        | anstelle_von | Rat                                            |
        | begruendung  | Förderfrist endet vor der nächsten Ratssitzung |
      Und der Verlauf:
        | ereignis              | datum      | gremium                    |
        | dringlich_entschieden | 2026-01-20 | Haupt- und Finanzausschuss |
        | genehmigt             | 2026-02-10 | Rat                        |
      Wenn die Vorlage wiedergegeben wird
      Dann ist Schritt 1 das Ereignis "dringlich_entschieden" mit dem Zustand "eingebracht" → "dringlich_entschieden"
      Und verletzt Schritt 1 keine Regel
      Und ist Schritt 2 das Ereignis "genehmigt" mit dem Zustand "dringlich_entschieden" → "genehmigt"
      Und hat die Wiedergabe keinen fehlerhaften Schritt
      Und lautet das Ergebnis der Wiedergabe "ohne_befund"

  Regel: Ein gespeicherter Bericht lässt sich nachprüfen

    Beispiel: Der Bericht hält, bis sich ein Regelpaket ändert
      Angenommen ein örtliches Regelpaket, in dem LK001 die Schwere "hinweis" hat
      Und der Verlauf:
        | ereignis    | datum      | gremium              |
        | empfohlen   | 2022-03-08 | Jugendhilfeausschuss |
        | beschlossen | 2022-03-24 | Rat                  |
      Wenn die Wiedergabe als JSON-Bericht gespeichert wird
      Und der Bericht geprüft wird
      Dann bestätigt die Prüfung den Bericht
      Wenn im örtlichen Regelpaket LK001 die Schwere "fehler" bekommt
      Und der Bericht geprüft wird
      Dann hält der Bericht nicht mehr, weil sich das Regelpaket "lokal" geändert hat
