# language: de
Funktionalität: Eilentscheidungen nach dem Recht des Landes – Genehmigung in NRW, Unterrichtung in Baden-Württemberg
  In Nordrhein-Westfalen genehmigt das zuständige Gremium eine Dringlichkeitsentscheidung in seiner
  nächsten Sitzung (§ 60 GO NRW). In Baden-Württemberg entscheidet in dringenden Angelegenheiten der
  Bürgermeister an Stelle des Gemeinderats; Gründe und Art der Erledigung sind den Gemeinderäten
  unverzüglich mitzuteilen, eine Genehmigung gibt es nicht (§ 43 Abs. 4 GemO BW). Welches Verfahren
  gilt, richtet sich nach dem Land der Körperschaft. Gemeinde Beispiel (Baden-Württemberg) ist erfunden
  und steht in features/register/beispiel-bw.yaml.

  Hintergrund:
    Angenommen das Register "features/register/beispiel-bw.yaml"
    Und die Vorlagenart ist "dringlichkeitsentscheidung"
    Und der Stichtag ist 2026-03-01

  Regel: Die Vertretung nimmt in ihrer nächsten Sitzung nur Kenntnis, eine Genehmigung folgt nicht

    Beispiel: Baden-Württemberg – der Bürgermeister entscheidet, der Gemeinderat wird unterrichtet
      Angenommen die Körperschaft "gemeinde-beispiel"
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld         | wert                                    |
        | anstelle_von | Gemeinderat                             |
        | begruendung  | Einsturzgefahr an der Brücke Mühlweg    |
      Und die Beratungsfolge:
        | gremium       | sitzung    | rolle         | ergebnis              |
        | Bürgermeister | 2026-01-20 | entscheidung  | beschlossen           |
        | Gemeinderat   | 2026-02-10 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung keinen Befund
      Und lautet das Urteil "in_ordnung"

    Beispiel: Baden-Württemberg – mit der Entscheidung ist das Verfahren abgeschlossen
      Angenommen die Körperschaft "gemeinde-beispiel"
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld         | wert                                    |
        | anstelle_von | Gemeinderat                             |
        | begruendung  | Einsturzgefahr an der Brücke Mühlweg    |
      Und die Beratungsfolge:
        | gremium       | sitzung    | rolle         | ergebnis              |
        | Bürgermeister | 2026-01-20 | entscheidung  | beschlossen           |
        | Gemeinderat   | 2026-02-10 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage wiedergegeben wird
      Dann ist Schritt 1 das Ereignis "dringlich_entschieden" mit dem Zustand "eingebracht" → "dringlich_entschieden"
      Und ist Schritt 2 das Ereignis "zur_kenntnis_genommen" mit dem Zustand "dringlich_entschieden" → "dringlich_entschieden"
      Und hat die Wiedergabe keinen fehlerhaften Schritt
      Und lautet das Ergebnis der Wiedergabe "ohne_befund"

    Beispiel: Nordrhein-Westfalen – dieselbe Entscheidung, der Rat nimmt in der nächsten Sitzung nur Kenntnis
      Angenommen die Körperschaft "stadt-kamen"
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld             | wert                                 |
        | anstelle_von     | Rat                                  |
        | begruendung      | Einsturzgefahr an der Brücke Mühlweg |
        | mitunterzeichner | Ratsmitglied Erika Beispiel          |
      Und die Beratungsfolge:
        | gremium       | sitzung    | rolle         | ergebnis              |
        | Bürgermeister | 2026-01-20 | entscheidung  | beschlossen           |
        | Rat           | 2026-02-10 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler GO007
      Und enthält die Meldung von GO007 "der Rat genehmigt sie in seiner nächsten Sitzung"
      Und lautet das Urteil "verstoss"

  Regel: In Baden-Württemberg entscheidet nur der Bürgermeister dringlich, und niemand genehmigt

    Beispiel: Der Hauptausschuss entscheidet an Stelle des Gemeinderats
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-01-20 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF007
      Und enthält die Meldung von VF007 "ist_hauptverwaltungsbeamter"

    Beispiel: Eine Genehmigung im Gemeinderat sieht das Verfahren nicht vor
      Angenommen die Körperschaft "gemeinde-beispiel"
      Und das Beschlussgremium ist "Bürgermeister"
      Und die Dringlichkeit:
        | feld         | wert           |
        | anstelle_von | Gemeinderat    |
        | begruendung  | Einsturzgefahr |
      Und die Beratungsfolge:
        | gremium       | sitzung    | rolle        | ergebnis    |
        | Bürgermeister | 2026-01-20 | entscheidung | beschlossen |
        | Gemeinderat   | 2026-02-10 | genehmigung  | genehmigt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung VF007
      Und enthält die Meldung von VF007 "möglich wären: kenntnis_nehmen, vertagen"

  Regel: Widerspruch des Bürgermeisters (§ 43 Abs. 2 GemO BW) – danach beschließt der Gemeinderat neu

    Beispiel: Der Bürgermeister widerspricht, der Gemeinderat beschließt in einer neuen Sitzung
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "bauen"
      Und das Beschlussgremium ist "Gemeinderat"
      Und der Verlauf:
        | ereignis    | datum      | gremium     | durch                   | begruendung           |
        | beschlossen | 2026-01-20 | Gemeinderat |                         |                       |
        | widerspruch | 2026-01-23 |             | hauptverwaltungsbeamter | verstößt gegen § 39   |
        | beschlossen | 2026-02-05 | Gemeinderat |                         |                       |
      Wenn die Vorlage wiedergegeben wird
      Dann ist Schritt 2 das Ereignis "widerspruch" mit dem Zustand "beschlossen" → "widersprochen"
      Und ist Schritt 3 das Ereignis "beschlossen" mit dem Zustand "widersprochen" → "vertretung_entschieden"
      Und hat die Wiedergabe keinen fehlerhaften Schritt
