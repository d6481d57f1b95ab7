# language: de
Funktionalität: Ein Urteil je Vorlage – entschieden, geplant, offen oder unbekannt
  Ein Verstoß ist nur, was entschieden wurde (oder eine abgeschlossene Beratungsfolge, der ein
  Schritt fehlt). Was nur geplant, vertagt oder zurückgestellt ist, ist offen; ein Mangel der Planung
  ist eine Warnung. Fehlen Daten, ist die Vorlage unvollständig – nie ein Verstoß und nie still in
  Ordnung. Für ein Land ohne hinterlegtes Landesrecht ist sie nicht prüfbar.

  Hintergrund:
    Angenommen die Körperschaft "stadt-kamen"
    Und die Vorlagenart ist "beschlussvorlage"
    Und das Sachgebiet ist "jugendhilfe"
    Und das Beschlussgremium ist "Rat"
    Und der Stichtag ist 2026-03-10

  Regel: entschieden ohne Anhörung ist ein Verstoß, geplant ohne Anhörung ein Mangel der Planung

    Beispiel: Der Rat hat ohne Jugendhilfeausschuss beschlossen
      Angenommen die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-02-03 | vorberatung  | empfohlen   |
        | Rat                        | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH001
      Und lautet das Urteil "verstoss"
      Und nennt die Begründung des Urteils "JH001"

    Beispiel: Der Rat tagt erst noch – die Planung ist mangelhaft, beschlossen ist nichts
      Angenommen die Beratungsfolge:
        | gremium                    | sitzung    | rolle        |
        | Haupt- und Finanzausschuss | 2026-03-03 | vorberatung  |
        | Rat                        | 2026-03-19 | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH001
      Und enthält die Meldung von JH001 "geplanten Beratungsfolge"
      Und lautet das Urteil "offen"

    Beispiel: Der Rat hat vertagt – kein Beschluss, also kein rechtswidriger Beschluss
      Angenommen die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis |
        | Rat     | 2026-02-19 | entscheidung | vertagt  |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH001
      Und lautet das Urteil "offen"
      Und nennt die Begründung des Urteils "vertagt"

    Beispiel: Der Rat hat zurückgestellt
      Angenommen die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis        |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung  | empfohlen       |
        | Rat                  | 2026-02-19 | entscheidung | zurueckgestellt |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und lautet das Urteil "offen"

    Beispiel: Jugendhilfeausschuss, dann Rat – beschlossen und in Ordnung
      Angenommen die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis    |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung  | empfohlen   |
        | Rat                  | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung keinen Befund
      Und lautet das Urteil "in_ordnung"

  Regel: fehlende Daten machen eine Vorlage unvollständig, nicht rechtswidrig

    Beispiel: Leere Beratungsfolge – eine Datenprüfung statt abgeleiteter Rechtsbefunde
      Angenommen die Beratungsfolge ist leer
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung genau VF004
      Und lautet das Urteil "unvollstaendig"
      Und nennt die Begründung des Urteils "Beratungsfolge leer"

    Beispiel: Die Seite zeigt keine Ergebnisse – die Sitzungen haben stattgefunden
      Angenommen die Beratungsfolge:
        | gremium              | sitzung    | rolle        |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung  |
        | Rat                  | 2026-02-19 | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung keinen Befund
      Und lautet das Urteil "in_ordnung"
      Und nennt die Begründung des Urteils "Ergebnis nicht angegeben"

    Beispiel: Ein Ergebnis, das es gibt, aber nicht angezeigt wird
      Angenommen die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis        |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung  | empfohlen       |
        | Rat                  | 2026-02-19 | entscheidung | nicht_angegeben |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung keinen Befund
      Und lautet das Urteil "in_ordnung"

    Beispiel: Die Entscheidung hat kein Ergebnis, die Vorberatung schon
      Angenommen die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis  |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung  | empfohlen |
        | Rat                  | 2026-02-19 | entscheidung |           |
      Wenn die Vorlage geprüft wird
      Dann lautet das Urteil "unvollstaendig"
      Und nennt die Begründung des Urteils "kein Ergebnis"

    Beispiel: Ein unbekanntes Gremium könnte der Jugendhilfeausschuss sein
      Angenommen die Beratungsfolge:
        | gremium                          | sitzung    | rolle        | ergebnis    |
        | Ausschuss für Kinder und Familie | 2026-02-05 | vorberatung  | empfohlen   |
        | Rat                              | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und meldet die Prüfung VF006
      Und lautet das Urteil "unvollstaendig"

  Regel: eine unfertige Beratungsfolge ist offen und sagt das

    Beispiel: Die Beratungsfolge endet nach einem Ausschuss
      Angenommen das Beschlussgremium ist "Jugendhilfeausschuss"
      Und der Gegenstand ist "jha_beschlussrecht"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis  |
        | Haupt- und Finanzausschuss | 2026-02-03 | vorberatung  | empfohlen |
      Wenn die Vorlage geprüft wird
      Dann lautet das Urteil "offen"

    Beispiel: Geplante Entscheidung ohne Termin
      Angenommen die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Rat                  | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann lautet das Urteil "offen"
      Und nennt die Begründung des Urteils "ohne Termin"

  Regel: die Wahl der Ausschussmitglieder ist keine Angelegenheit, zu der der Ausschuss gehört wird

    Beispiel: Der Rat wählt die Mitglieder des Jugendhilfeausschusses (§ 71 Abs. 1 SGB VIII)
      Angenommen der Gegenstand ist "ausschusswahl"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und lautet das Urteil "in_ordnung"

    Beispiel: Die Wahl wird am Betreff erkannt
      Angenommen der Betreff lautet "Neubesetzung des Jugendhilfeausschusses: Wahl der stimmberechtigten Mitglieder"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und lautet das Urteil "in_ordnung"

  Regel: Bundesrecht gilt überall, fremdes Landesrecht nie

    Beispiel: Ingolstadt – der Stadtrat entscheidet ohne Jugendhilfeausschuss
      Angenommen das Register "features/register/beispiel-by.yaml"
      Und die Körperschaft "stadt-ingolstadt"
      Und das Beschlussgremium ist "Stadtrat"
      Und die Beratungsfolge:
        | gremium  | sitzung    | rolle        | ergebnis    |
        | Stadtrat | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH001
      Und lautet die Rechtsgrundlage von JH001 "§ 71 Abs. 4 Satz 2 SGB VIII"
      Und lautet das Urteil "verstoss"

    Beispiel: Ingolstadt – Jugendhilfeausschuss, dann Stadtrat: in Ordnung
      Angenommen das Register "features/register/beispiel-by.yaml"
      Und die Körperschaft "stadt-ingolstadt"
      Und das Beschlussgremium ist "Stadtrat"
      Und die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis    |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung  | empfohlen   |
        | Stadtrat             | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung keinen Befund
      Und lautet das Urteil "in_ordnung"

    Beispiel: Ingolstadt – der Finanzausschuss beschließt eine Satzung: bayerisches Recht, nicht NRW
      Angenommen das Register "features/register/beispiel-by.yaml"
      Und die Körperschaft "stadt-ingolstadt"
      Und das Sachgebiet ist "finanzen"
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Finanz- und Personalausschuss"
      Und die Beratungsfolge:
        | gremium                       | sitzung    | rolle        | ergebnis    |
        | Finanz- und Personalausschuss | 2026-02-05 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler KV001
      Und lautet die Rechtsgrundlage von KV001 "Art. 32 Abs. 2 Satz 2 Nr. 2 BayGO [Fundstelle nicht verifiziert]"
      Und lautet das Urteil "verstoss"

  Regel: JH007 – ein Ausschuss entscheidet eine Angelegenheit der Jugendhilfe (Beschlussrecht, § 71 Abs. 4 Satz 1)

    # Die Anhörungspflicht gilt nach ihrem Wortlaut nur vor Beschlüssen der Vertretung; das Beschlussrecht
    # des Jugendhilfeausschusses kann trotzdem berührt sein. Eine Warnung, kein Verstoß.
    Beispiel: Der Haupt- und Finanzausschuss beschließt über Jugendhilfe ohne den Jugendhilfeausschuss
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Haupt- und Finanzausschuss | 2026-02-03 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH007
      Und meldet die Prüfung JH001 nicht
      Und lautet die Rechtsgrundlage von JH007 "§ 71 Abs. 4 Satz 1 SGB VIII"
      Und lautet das Urteil "in_ordnung"
      Und nennt die Begründung des Urteils "JH007"

    Beispiel: Der Jugendhilfeausschuss berät vor, der Haupt- und Finanzausschuss entscheidet
      Angenommen das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | sitzung    | rolle        | ergebnis    |
        | Jugendhilfeausschuss       | 2026-01-20 | vorberatung  | empfohlen   |
        | Haupt- und Finanzausschuss | 2026-02-03 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH007 nicht
      Und meldet die Prüfung keinen Befund

  Regel: JH008 – ein Änderungsantrag bezieht sich auf eine Vorlage, die der Ausschuss beraten hat

    Beispiel: Ein Änderungsantrag zur Vorlage 112/2026 kommt erst in den Rat
      Angenommen die Vorlagenart ist "aenderungsantrag"
      Und das Feld "bezug" ist "112/2026"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Hinweis JH008
      Und meldet die Prüfung JH001 nicht
      Und enthält die Meldung von JH008 "112/2026"
      Und lautet das Urteil "in_ordnung"

    Beispiel: Ein Antrag ohne Bezug auf eine Vorlage braucht die Anhörung selbst
      Angenommen die Vorlagenart ist "antrag"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH008 nicht
      Und meldet die Prüfung den Fehler JH001
      Und lautet das Urteil "verstoss"

  Regel: DQ004 – ein Ausschuss mit „Jugend“ im Namen gilt beim Träger als sein Jugendhilfeausschuss, und das wird gesagt

    Beispiel: Der Kinder- und Jugendausschuss berät vor dem Rat (so heißt der JHA etwa in Dortmund)
      Angenommen die Beratungsfolge:
        | gremium                      | sitzung    | rolle        | ergebnis    |
        | Kinder- und Jugendausschuss  | 2026-02-05 | vorberatung  | empfohlen   |
        | Rat                          | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung genau DQ004
      Und meldet die Prüfung JH001 nicht
      Und lautet das Urteil "in_ordnung"

    Beispiel: Der eingetragene Jugendhilfeausschuss braucht keine Annahme
      Angenommen die Beratungsfolge:
        | gremium              | sitzung    | rolle        | ergebnis    |
        | Jugendhilfeausschuss | 2026-02-05 | vorberatung  | empfohlen   |
        | Rat                  | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung DQ004 nicht

  Regel: ein Sachgebiet, das nur im Text steht, begründet eine Frage, keinen Vorwurf

    Beispiel: Eine Straßenbauvorlage erwähnt die Kita nebenan
      Angenommen das Feld "sachgebiete" fehlt
      Und der Betreff lautet "Ausbau der Bahnhofstraße zwischen Markt und Friedhof"
      Und der Text lautet "Während der Bauzeit bleibt die Zufahrt zur Kindertagesstätte Regenbogen frei."
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung JH001
      Und enthält die Meldung von JH001 "nur im Text"
      Und lautet das Urteil "in_ordnung"

    Beispiel: Steht die Jugendhilfe im Betreff, ist es ein Fehler
      Angenommen das Feld "sachgebiete" fehlt
      Und der Betreff lautet "Neubau der Kindertagesstätte Regenbogen"
      Und der Text lautet "Die Kindertagesstätte erhält vier Gruppen."
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle        | ergebnis    |
        | Rat     | 2026-02-19 | entscheidung | beschlossen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH001
      Und lautet das Urteil "verstoss"

  Regel: was nichts entscheidet, braucht keine Anhörung

    Beispiel: Ein Bericht zur Kindertagesbetreuung geht dem Rat zur Kenntnis
      Angenommen die Vorlagenart ist "mitteilungsvorlage"
      Und die Beratungsfolge:
        | gremium | sitzung    | rolle         | ergebnis              |
        | Rat     | 2026-02-19 | kenntnisnahme | zur_kenntnis_genommen |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung JH001 nicht
      Und lautet das Urteil "in_ordnung"
