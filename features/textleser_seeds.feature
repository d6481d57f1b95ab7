# language: de
Funktionalität: Vorlagen als Text lesen – die fünf echten Vorlagen aus ../shared/seeds
  Der Textleser liest aus dem Text einer Vorlage, was dort steht, mit Zeilennummer; was der Text nicht
  sagt, bleibt „nicht erkannt“. Die Prüfung des Textes ergibt dieselben Befunde wie die Prüfung der
  Übertragung in examples/vorlagen/.

  Hintergrund:
    Angenommen der Stichtag ist 2026-11-23

  Beispiel: Kamen 026/2012 (Text aus dem PDF) – Kopf, Beratungsfolge und Beschlussgremium
    Angenommen die Textdatei "seeds/000_2362a77134e809c8.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "026/2012"
    Und ist das Feld "art" "beschlussvorlage"
    Und ist das Feld "datum" "2012-03-19"
    Und ist das Feld "federfuehrung" "Fachbereich Jugend, Schule und Sport"
    Und ist das Feld "oeffentlich" "ja"
    Und ist das Feld "beschlussgremium" "Rat"
    Und ist das Feld "koerperschaft" "Stadt Kamen"
    Und beginnt das Feld "betreff" mit "Beteiligung am Modellvorhaben der Landesregierung NRW"
    Und steht das Feld "nummer" in Zeile 6
    Und lautet die Beratungsfolge:
      | gremium                    | zeile |
      | Jugendhilfeausschuss       | 20    |
      | Haupt- und Finanzausschuss | 21    |
      | Rat der Stadt Kamen        | 22    |

  Beispiel: Kamen 026/2012 – die Prüfung des Textes ist ohne Befund wie die der Übertragung
    Angenommen die Textdatei "seeds/000_2362a77134e809c8.txt"
    Wenn die Textdatei geprüft wird
    Dann meldet die Prüfung keinen Befund

  Beispiel: Bergkamen – Auszug ohne Kopf: Körperschaft und Beschlussgremium aus dem Text
    Angenommen die Textdatei "seeds/001_066f9b14e3561313.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "koerperschaft" "Stadt Bergkamen"
    Und ist das Feld "beschlussgremium" "Rat"
    Und steht das Feld "beschlussgremium" in Zeile 75
    Und ist das Feld "nummer" nicht erkannt
    Und ist das Feld "betreff" nicht erkannt
    Und ist keine Beratungsfolge erkannt
    Und ist das Feld "art" abgeleitet

  Beispiel: Bergkamen – der Rat soll ohne Jugendhilfeausschuss beschließen
    Angenommen die Textdatei "seeds/001_066f9b14e3561313.txt"
    Wenn die Textdatei geprüft wird
    Dann meldet die Prüfung genau VF004

  Szenariogrundriss: Kamen 026/2017 als PDF-Text und als RIS-Seite – dieselben Felder, dieselben Befunde
    Angenommen die Textdatei "seeds/<datei>"
    Wenn der Text gelesen wird
    Dann ist das Feld "betreff" "Kommunales Präventionskonzept in der Stadt Kamen"
    Und ist das Feld "koerperschaft" "Stadt Kamen"
    Und ist das Feld "art" "beschlussvorlage"
    Und ist das Feld "beschlussvorschlag" "Die Verwaltung wir beauftragt, ein kommunales Präventionskonzept aufzustellen."
    Und ist das Feld "beschlussgremium" nicht erkannt
    Und ist keine Beratungsfolge erkannt
    Wenn die Textdatei geprüft wird
    Dann meldet die Prüfung genau VF001, VF004

    Beispiele:
      | datei                        |
      | 002_f6369718f72d752c.txt     |
      | 003_3609adefc1f6ca74.txt     |

  Beispiel: Kamen 026/2017 – nur die RIS-Seite nennt Nummer und Art
    Angenommen die Textdatei "seeds/003_3609adefc1f6ca74.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "026/2017"
    Und ist das Feld "art" "beschlussvorlage"
    Und steht das Feld "art" in Zeile 6

  Beispiel: Kamen 026/2017 als PDF-Text – ohne Nummer, die Art nur abgeleitet
    Angenommen die Textdatei "seeds/002_f6369718f72d752c.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" nicht erkannt
    Und ist das Feld "art" abgeleitet

  Beispiel: Kreis Coesfeld SV-9-1217 (OCR) – Zuständigkeit, Zitate und Beschlussgremium trotz Lesefehlern
    Angenommen die Textdatei "seeds/004_913ea547a9c01a34.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "koerperschaft" "Kreis Coesfeld"
    Und ist das Feld "rechtsgrundlagen" "§ 71 SGB VIII; § 5 der Satzung für das Jugendamt des Kreises Coesfeld"
    Und nennt der Text "Jugendhilfeausschuss" als zuständig
    Und nennt der Text "Kreistag" als zuständig
    Und ist das Feld "beschlussgremium" "Kreistag"
    Und beginnt das Feld "zustaendigkeit_begruendung" mit "Zur strukturellen Absicherung"
    Und ist das Feld "betreff" "Kommunales Präventionsketten: Leitbild und strategische Ziele"
    Und ist das Feld "nummer" "SV-9-1217"
    Und ist das Feld "nummer" abgeleitet
    Und ist keine Beratungsfolge erkannt

  Beispiel: Kreis Coesfeld SV-9-1217 – dieselben Befunde wie die berichtigte Übertragung
    Angenommen die Textdatei "seeds/004_913ea547a9c01a34.txt"
    Wenn die Textdatei geprüft wird
    Dann meldet die Prüfung genau VF004
    Und meldet die Prüfung KC001 nicht
