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
      Dann meldet die Prüfung den Fehler KR001

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

  Regel: KR004 – Jugendhilfe-Vorlagen des Kreises beschließt kein Rat

    Beispiel: Eine Kreisvorlage zur Jugendhilfe nennt den Rat der Gemeinde Bönen
      Angenommen das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Rat der Gemeinde Bönen"
      Und die Beratungsfolge:
        | gremium              | rolle       |
        | Jugendhilfeausschuss | vorberatung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler KR004
      Und meldet die Prüfung TR004 nicht

    Beispiel: Eine Kreisvorlage nennt nur „Rat“
      Angenommen das Sachgebiet ist "jugendhilfe"
      Und das Beschlussgremium ist "Rat"
      Und die Beratungsfolge:
        | gremium              | rolle       |
        | Jugendhilfeausschuss | vorberatung |
      Wenn die Vorlage geprüft wird
      Dann meldet die Prüfung den Fehler KR004

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
