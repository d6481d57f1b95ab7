# language: de
Funktionalität: Zuständigkeiten im Kreis (KrO NRW)
  Der Kreistag entscheidet die ihm vorbehaltenen Angelegenheiten, der Kreisausschuss bereitet seine
  Beschlüsse vor, und Jugendhilfe-Vorlagen des Kreises beschließen nur Kreisgremien.

  Hintergrund:
    Angenommen die Körperschaft "kreis-unna"
    Und die Vorlagenart ist "beschlussvorlage"

  Regel: KR001 – Vorbehaltsaufgaben des Kreistags

    Szenariogrundriss: Der Kreisausschuss beschließt, was dem Kreistag vorbehalten ist
      Angenommen der Gegenstand ist "<gegenstand>"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung KR001

      Beispiele:
        | gegenstand       |
        | haushaltssatzung |
        | kreisumlage      |
        | satzung          |

    Beispiel: Der Kreistag beschließt die Kreisumlage
      Angenommen der Gegenstand ist "kreisumlage"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | vorberatung  |
        | Kreistag       | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR001 nicht
      Und meldet die Prüfung keinen Befund

    # In der Stadt gilt die Gemeindeordnung: den Vorbehalt des Rates meldet GO001, nicht die KrO.
    Beispiel: Der Haupt- und Finanzausschuss der Stadt Kamen soll eine Satzung beschließen
      Angenommen die Körperschaft "stadt-kamen"
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Haupt- und Finanzausschuss"
      Und die Beratungsfolge:
        | gremium                    | rolle        |
        | Haupt- und Finanzausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR001 nicht
      Und meldet die Prüfung genau GO001

    Beispiel: Ein Tippfehler im Beschlussgremium einer Satzungsvorlage des Kreises
      Angenommen der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Kreisauschuss"
      Und die Beratungsfolge:
        | gremium       | rolle        |
        | Kreisauschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR001 nicht
      Und meldet die Prüfung genau VF002, VF006

    # Die Eilentscheidung des Kreisausschusses prüft KR003 (Genehmigung durch den Kreistag).
    Beispiel: Eilentscheidung des Kreisausschusses über eine Satzung, der Kreistag genehmigt
      Angenommen die Vorlagenart ist "dringlichkeitsentscheidung"
      Und der Stichtag ist 2026-03-01
      Und der Gegenstand ist "satzung"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium        | sitzung    | rolle        | ergebnis    |
        | Kreisausschuss | 2026-01-12 | entscheidung | beschlossen |
        | Kreistag       | 2026-02-17 | genehmigung  | genehmigt   |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR001 nicht

  Regel: KR002 – der Kreisausschuss bereitet Kreistagsbeschlüsse vor

    Beispiel: Beschlussvorlage direkt in den Kreistag
      Angenommen das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium  | rolle        |
        | Kreistag | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung KR002

    Beispiel: Der Kreisausschuss nach dem Kreistag bereitet nichts vor
      Angenommen das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreistag       | entscheidung |
        | Kreisausschuss | vorberatung  |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung KR002

    Beispiel: Kreisausschuss, dann Kreistag
      Angenommen das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | vorberatung  |
        | Kreistag       | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR002 nicht

    # KR002 betrifft Beschlüsse des eigenen Kreistags; nennt die Kreisvorlage einen Rat, meldet das KR004.
    Beispiel: Eine Kreisvorlage zur Jugendhilfe soll ohne Kreisausschuss der Rat der Gemeinde Bönen beschließen
      Angenommen das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Rat der Gemeinde Bönen"
      Und die Beratungsfolge:
        | gremium                | rolle        |
        | Jugendhilfeausschuss   | vorberatung  |
        | Rat der Gemeinde Bönen | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR002 nicht
      Und meldet die Prüfung genau KR004

  Regel: KR003 – eine Eilentscheidung braucht die Genehmigung, ein übertragener Beschluss nicht

    # Der Kreisausschuss beschließt über alles, was nicht dem Kreistag vorbehalten ist (§ 50 Abs. 1 KrO);
    # das ist keine Eilentscheidung und braucht keine Genehmigung des Kreistags.
    Beispiel: Der Kreisausschuss beschließt in eigener Zuständigkeit über eine Verkehrsmaßnahme
      Angenommen das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Kreisausschuss"
      Und die Beratungsfolge:
        | gremium        | rolle        |
        | Kreisausschuss | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR003 nicht
      Und meldet die Prüfung keinen Befund

  Regel: KR004 – Jugendhilfe-Vorlagen des Kreises beschließt kein Rat

    Beispiel: Eine Kreisvorlage zur Jugendhilfe nennt den Rat der Gemeinde Bönen
      Angenommen das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Rat der Gemeinde Bönen"
      Und die Beratungsfolge:
        | gremium              | rolle       |
        | Jugendhilfeausschuss | vorberatung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung KR004
      Und meldet die Prüfung TR004 nicht

    Beispiel: Eine Kreisvorlage nennt nur „Rat“
      Angenommen das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium              | rolle       |
        | Jugendhilfeausschuss | vorberatung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung die Warnung KR004

    Beispiel: Der Kreistag beschließt nach dem Jugendhilfeausschuss
      Angenommen das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Kreistag"
      Und die Beratungsfolge:
        | gremium              | rolle        |
        | Jugendhilfeausschuss | vorberatung  |
        | Kreisausschuss       | vorberatung  |
        | Kreistag             | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR004 nicht
      Und meldet die Prüfung keinen Befund

    # Außerhalb der Jugendhilfe ist ein fremdes Beschlussgremium der allgemeine Fall TR004.
    Beispiel: Eine Kreisvorlage zum Straßenbau nennt den Rat der Stadt Kamen
      Angenommen das Sachgebiet ist "verkehr"
      Und das Beschlussgremium ist "Rat der Stadt Kamen"
      Und die Beratungsfolge:
        | gremium             | rolle        |
        | Kreisausschuss      | vorberatung  |
        | Rat der Stadt Kamen | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR004 nicht
      Und meldet die Prüfung genau TR004

    # KR004 meint die Vertretung einer Gemeinde; einen fremden Ausschuss meldet TR004.
    Beispiel: Eine Kreisvorlage zur Jugendhilfe nennt den Jugendhilfeausschuss der Stadt Bergkamen
      Angenommen das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Jugendhilfeausschuss der Stadt Bergkamen"
      Und die Beratungsfolge:
        | gremium                                  | rolle        |
        | Jugendhilfeausschuss der Stadt Bergkamen | entscheidung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung KR004 nicht
      Und meldet die Prüfung genau TR004
