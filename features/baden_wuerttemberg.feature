# language: de
Funktionalität: Baden-Württemberg – Gemeindeordnung (GemO BW) und Kinder- und Jugendhilfegesetz (LKJHG)
  In Baden-Württemberg gelten die GemO BW und das LKJHG statt GO NRW und AG-KJHG NRW; § 71 SGB VIII
  gilt auch hier. Die Stadt Karlsruhe ist Stadtkreis mit eigenem Jugendamt. Landkreis Beispiel (mit
  beratendem Jugendhilfeausschuss) und Gemeinde Beispiel (ohne Jugendamt) sind erfunden und stehen in
  features/register/beispiel-bw.yaml.

  Regel: BW001 – Satzungen und Haushaltssatzung entscheidet der Gemeinderat

    Beispiel: Der Haupt- und Finanzausschuss soll eine Satzung beschließen
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "allgemeine_verwaltung"
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung BW001
      Und lautet die Rechtsgrundlage von BW001 "§ 39 Abs. 2 Nr. 3, 14 GemO BW"

    Beispiel: Der Gemeinderat beschließt die Satzung nach Vorberatung im Ausschuss
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "allgemeine_verwaltung"
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Gemeinderat"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | vorberatung  |
        | Gemeinderat                | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW001 nicht
      Und meldet die Prüfung keinen Befund

    Beispiel: Ein beschließender Ausschuss entscheidet eine Angelegenheit außerhalb des Katalogs
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "gemeinde-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "bauen"
      Und das Beschlussgremium ist "Verwaltungsausschuss"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Verwaltungsausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW001 nicht
      Und meldet die Prüfung BW005 nicht

    Beispiel: Ein Tippfehler im Beschlussgremium einer Satzungsvorlage in Karlsruhe
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "allgemeine_verwaltung"
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Haupt- und Finanzauschuss"
      Und die Beratungsfolge:
        | gremium                   | rolle        |
        | Haupt- und Finanzauschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW001 nicht
      Und meldet die Prüfung genau VF002, VF006

  Regel: BW002 – ein beratender Jugendhilfeausschuss entscheidet nicht

    Beispiel: Der beratende Jugendhilfeausschuss des Landkreises soll entscheiden
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "landkreis-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung BW002
      Und lautet die Rechtsgrundlage von BW002 "§ 2 Abs. 1 LKJHG BW"

    Beispiel: Der beratende Jugendhilfeausschuss berät vor, der Kreistag entscheidet
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "landkreis-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW002 nicht

    Beispiel: Ohne eingetragene Wahl nach § 2 LKJHG schweigt die Regel (Karlsruhe)
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW002 nicht

  Regel: BW003 – einen Jugendhilfeausschuss hat nur der örtliche Träger

    Beispiel: Gemeinde Beispiel lässt im Jugendhilfeausschuss beraten
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "gemeinde-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Gemeinderat"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Gemeinderat          | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung BW003
      Und enthält die Meldung von BW003 "Landkreis Beispiel"

    Beispiel: Der Stadtkreis Karlsruhe ist selbst Träger
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Gemeinderat"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Gemeinderat          | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW003 nicht
      Und meldet die Prüfung keinen Befund

  Regel: BW004 – beim beratenden Jugendhilfeausschuss liegt das Beschlussrecht beim Kreistag

    Beispiel: Der Kreistag beschließt Förderrichtlinien, der beratende Ausschuss berät vor
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "landkreis-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und der Gegenstand ist "foerderrichtlinien"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Hinweis BW004
      Und meldet die Prüfung JH005 nicht

    Beispiel: In Karlsruhe ist die Wahl nicht eingetragen; es bleibt beim Hinweis nach § 71 SGB VIII
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und der Gegenstand ist "foerderrichtlinien"
      Und das Beschlussgremium ist "Gemeinderat"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Gemeinderat          | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW004 nicht
      Und meldet die Prüfung den Hinweis JH005

    # Ohne Gegenstand aus dem Beschlussrecht des Ausschusses gibt es nichts zu ersetzen.
    Beispiel: Der Kreistag beschließt einen Zuschuss für eine Jugendherberge
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "landkreis-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW004 nicht
      Und meldet die Prüfung keinen Befund

    Beispiel: Ein Tippfehler im Beschlussgremium der Förderrichtlinien
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "landkreis-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und der Gegenstand ist "foerderrichtlinien"
      Und das Beschlussgremium ist "Kreistg"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreistg              | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW004 nicht
      Und meldet die Prüfung genau VF002, VF006

    # Soll der beratende Ausschuss selbst beschließen, ist das der Fehler BW002, kein Hinweis.
    Beispiel: Der beratende Jugendhilfeausschuss soll die Förderrichtlinien selbst beschließen
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "landkreis-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "jugendhilfe"
      Und der Gegenstand ist "foerderrichtlinien"
      Und das Beschlussgremium ist "Jugendhilfeausschuss"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung BW002
      Und meldet die Prüfung BW004 nicht

  Regel: BW005 – beratende Ausschüsse entscheiden nicht

    Beispiel: Der beratende Technische Ausschuss soll entscheiden
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "gemeinde-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "bauen"
      Und das Beschlussgremium ist "Technischer Ausschuss"
      Und die Beratungsfolge:
        | gremium               | rolle        |
        | Technischer Ausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung BW005
      Und lautet die Rechtsgrundlage von BW005 "§ 41 GemO BW"

    Beispiel: Der beratende Ausschuss berät vor, der Gemeinderat entscheidet
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "gemeinde-beispiel"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "bauen"
      Und das Beschlussgremium ist "Gemeinderat"
      Und die Beratungsfolge:
        | gremium               | rolle        |
        | Technischer Ausschuss | vorberatung  |
        | Gemeinderat           | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung BW005 nicht
      Und meldet die Prüfung keinen Befund

  Regel: Datenprüfungen zitieren kein Recht – in keinem Land, also nie NRW-Recht für Baden-Württemberg

    Szenariogrundriss: Fehlendes Beschlussgremium in <koerperschaft>
      Angenommen das Register "features/register/beispiel-bw.yaml"
      Und die Körperschaft "<koerperschaft>"
      Und die Vorlagenart ist "beschlussvorlage"
      Und das Sachgebiet ist "bauen"
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung VF001
      Und nennt VF001 keine Rechtsgrundlage

      Beispiele:
        | koerperschaft      |
        | stadt-karlsruhe    |
        | landkreis-beispiel |
        | stadt-kamen        |

  Regel: § 71 SGB VIII gilt auch in Baden-Württemberg

    Beispiel: Karlsruhe – der Jugendhilfeausschuss nimmt erst nach dem Gemeinderatsbeschluss Kenntnis
      Angenommen die Körperschaft "stadt-karlsruhe"
      Und die Vorlagenart ist "Beschlussvorlage"
      Und der Betreff lautet "Neukonzeption der Schulkindbetreuung zum Schuljahr 2026/27"
      Und der Stichtag ist 2026-11-23
      Und die Beratungsfolge im Ratsinformationssystem:
        | gremium              | sitzung    | role          | authoritative | result                   |
        | Gemeinderat          | 2025-07-29 | Entscheidung  | true          | mehrheitlich beschlossen |
        | Jugendhilfeausschuss | 2025-10-15 | Kenntnisnahme | true          | Kenntnisnahme            |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler JH002
      Und lautet die Rechtsgrundlage von JH002 "§ 71 Abs. 4 Satz 2 SGB VIII"
      Und enthält die Meldung von JH002 "abgeleitet aus „Beratung im Gremium Jugendhilfeausschuss“"
