# language: de
Funktionalität: Die fünf echten Vorlagen aus examples/
  Die Seeds sind als Vorlage-Dateien übertragen, mit nur den Angaben, die ihr Text macht.

  Hintergrund:
    Angenommen der Stichtag ist 2026-11-23

  Beispiel: Kamen 026/2012 – Jugendhilfeausschuss, HFA, Rat: ohne Befund
    Wenn die Datei "examples/vorlagen/kamen-026-2012.yaml" geprüft wird
    Dann meldet die Prüfung keinen Befund

  # Die Beratungsfolge-Tabelle der Vorlage ist leer: ob der Jugendhilfeausschuss gehört wurde, zeigen
  # die Daten nicht. Ein aus dem Fehlen abgeleiteter Rechtsbefund (JH001) wäre eine falsche Anschuldigung.
  Beispiel: Bergkamen – die Beratungsfolge ist leer: nicht prüfbar statt abgeleiteter Befunde
    Wenn die Datei "examples/vorlagen/bergkamen-2012-praeventionsprojekt.yaml" geprüft wird
    Dann meldet die Prüfung genau VF004

  Szenariogrundriss: Kamen 026/2017 in beiden Fassungen – ohne Beschlussgremium und Beratungsfolge
    Wenn die Datei "examples/vorlagen/<datei>" geprüft wird
    Dann meldet die Prüfung genau VF001, VF004

    Beispiele:
      | datei                    |
      | kamen-026-2017-pdf.yaml  |
      | kamen-026-2017-ris.yaml  |

  Beispiel: Kreis Coesfeld SV-9-1217 – der Kreistag entscheidet, die Beratungsfolge ist leer
    Wenn die Datei "examples/vorlagen/kreis-coesfeld-sv-9-1217.yaml" geprüft wird
    Dann meldet die Prüfung genau VF004
    Und meldet die Prüfung KC001 nicht
