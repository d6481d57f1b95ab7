# language: de
Funktionalität: Vorlagen als Text lesen – die Layouts der Ratsinformationssysteme (ris-layouts.md)
  Je Layout eine eigene, schematische Textfassung unter tests/fixtures/ris/ (Werte frei erfunden).
  Gelesen wird nur, was die Seite zeigt; wo das Layout die Beratungsfolge nicht zeigt, sagt der
  Leser das, statt eine leere Liste als vollständig auszugeben.

  Beispiel: ALLRIS classic, Vorlage (vo020) – geklebte Kopffelder und Gruppen der Beratungsfolge
    Angenommen die Textdatei "tests/fixtures/ris/allris-vo020.txt"
    Wenn der Text gelesen wird
    Dann ist das Layout "ALLRIS (Vorlage)"
    Und ist das Feld "nummer" "VO/2031/00457"
    Und ist das Feld "art" "beschlussvorlage"
    Und ist das Feld "oeffentlich" "ja"
    Und ist das Feld "federfuehrung" "Fachbereich 51 Jugend und Familie"
    Und ist das Feld "betreff" "Fortschreibung der Jugendhilfeplanung für den Bereich Offene Kinder- und Jugendarbeit"
    Und ist das Feld "koerperschaft" "Stadt Kamen"
    Und lautet die Beratungsfolge:
      | gremium                              | sitzung    | rolle        | ergebnis    | zeile |
      | Verwaltungskonferenz - Vorabstimmung |            |              |             | 12    |
      | Jugendhilfeausschuss                 | 03.03.2031 | vorberatung  | vertagt     | 14    |
      | Jugendhilfeausschuss                 | 17.03.2031 | vorberatung  | beschlossen | 16    |
      | Haupt- und Finanzausschuss           | 24.03.2031 | vorberatung  |             | 19    |
      | Rat der Stadt Kamen                  | 07.04.2031 | entscheidung | offen       | 21    |

  Beispiel: ALLRIS classic, Auszug eines TOP (to020) – eine Beratung, Nummer und Betreff aus der Vorlagenzeile
    Angenommen die Textdatei "tests/fixtures/ris/allris-to020.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "VO/2031/00120"
    Und ist das Feld "betreff" "Spielplatzkonzept 2031"
    Und ist das Feld "oeffentlich" "ja"
    Und ist das Feld "koerperschaft" nicht erkannt
    Und enthalten die Hinweise "nur diese eine Beratung"
    Und lautet die Beratungsfolge:
      | gremium                          | sitzung    | ergebnis              |
      | Ausschuss für Kinder und Jugend  | 11.02.2031 | geaendert_beschlossen |

  Beispiel: ALLRIS 4 mit Panels – leere Beratungsfolge, Ergebnisse aus der Liste „Beschlüsse“
    Angenommen die Textdatei "tests/fixtures/ris/allris4-panels.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "2031/BV/0042"
    Und ist das Feld "art" "beschlussvorlage"
    Und ist das Feld "betreff" nicht erkannt
    Und ist das Feld "beschlussgremium" "Kreistag"
    Und lautet die Beratungsfolge:
      | gremium              | sitzung    | rolle | ergebnis    |
      | Jugendhilfeausschuss | 12.05.2031 |       | empfohlen   |
      | Kreistag             | 02.06.2031 |       | beschlossen |

  Beispiel: ALLRIS 4 „Grunddaten“ – Aufzählungszeilen und Pipe-Tabelle, Zellen nach Inhalt erkannt
    Angenommen die Textdatei "tests/fixtures/ris/allris4-grunddaten.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "DS/2031/077"
    Und ist das Feld "betreff" "Zuschuss für die Jugendkunstschule"
    Und ist das Feld "federfuehrung" "Amt für Jugend, Familie und Schule"
    Und ist das Feld "koerperschaft" "Kreis Unna"
    Und lautet die Beratungsfolge:
      | gremium                   | sitzung    | rolle        |
      | Jugendhilfeausschuss      | 14.01.2031 | vorberatung  |
      | Kreistag des Kreises Unna | 28.01.2031 | entscheidung |

  Beispiel: ALLRIS 4, TOP-Seite – eine Beratung mit Ergebnis
    Angenommen die Textdatei "tests/fixtures/ris/allris4-top.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "art" "beschlussvorlage"
    Und lautet die Beratungsfolge:
      | gremium              | sitzung    | ergebnis |
      | Jugendhilfeausschuss | 20.02.2031 | vertagt  |

  Beispiel: SessionNet vo0050 – vier Kopfpaare, Beschlussgremium aus dem Beschlussvorschlag
    Angenommen die Textdatei "tests/fixtures/ris/sessionnet-vo0050.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "0815/2031"
    Und ist das Feld "art" "beschlussvorlage"
    Und ist das Feld "betreff" "Neubau einer Kindertageseinrichtung am Beispielweg"
    Und ist das Feld "beschlussgremium" "Ausschuss für Jugend und Familie"
    Und ist keine Beratungsfolge erkannt

  Beispiel: SessionNet to0050 – „Sitzung: <Datum> <Gremium>“ nennt das Gremium
    Angenommen die Textdatei "tests/fixtures/ris/sessionnet-to0050.txt"
    Wenn der Text gelesen wird
    Dann lautet die Beratungsfolge:
      | gremium              | sitzung    | ergebnis    |
      | Jugendhilfeausschuss | 09.10.2031 | beschlossen |

  Beispiel: .mvc-Bürgerinfo, Agendaitem – Zeilen am Datum geteilt, Sitzungsbezeichnung abgetrennt
    Angenommen die Textdatei "tests/fixtures/ris/mvc-agendaitem.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "betreff" "Förderrichtlinie Ferienfreizeiten"
    Und lautet die Beratungsfolge:
      | gremium              | sitzung    | rolle        |
      | Jugendhilfeausschuss | 10.06.2031 | vorberatung  |
      | Stadtrat             | 25.06.2031 | entscheidung |

  Beispiel: .mvc-Bürgerinfo, Sitzungsseite – jede Zelle auf einer eigenen Zeile
    Angenommen die Textdatei "tests/fixtures/ris/mvc-meeting.txt"
    Wenn der Text gelesen wird
    Dann lautet die Beratungsfolge:
      | gremium              | sitzung    | rolle        |
      | Jugendhilfeausschuss | 04.02.2031 | entscheidung |

  Beispiel: Lotus-Notes-Deckblatt – Listen der Gremien, Termine und Zwecke nach Position verbunden
    Angenommen die Textdatei "tests/fixtures/ris/lotus.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "51/023/31"
    Und ist das Feld "datum" "2031-09-02"
    Und ist das Feld "koerperschaft" "Stadt Kamen"
    Und ist das Feld "federfuehrung" "51 Amt für Jugend und Soziales"
    Und ist das Feld "betreff" "Satzung über die Benutzung der Jugendzentren"
    Und lautet die Beratungsfolge:
      | gremium | sitzung    | rolle        |
      | JHA     | 09.09.2031 | vorberatung  |
      | HFA     | 16.09.2031 | vorberatung  |
      | Rat     | 30.09.2031 | entscheidung |

  Beispiel: Lotus-Notes-Deckblatt – geprüft wie eine Vorlage-Datei
    Angenommen der Stichtag ist 2031-09-03
    Und die Textdatei "tests/fixtures/ris/lotus.txt"
    Wenn die Textdatei geprüft wird
    Dann meldet die Prüfung keinen Befund

  Beispiel: PDF mit gestapelten Feldern – Werte unter ihren Beschriftungen
    Angenommen die Textdatei "tests/fixtures/ris/pdf-gestapelt.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "koerperschaft" "Stadt Bergkamen"
    Und ist das Feld "nummer" "M 2031/510/0009"
    Und ist das Feld "federfuehrung" "Jugendamt"
    Und ist das Feld "betreff" "Bericht über die Kinderschutzkonzepte der Kitas"
    Und lautet die Beratungsfolge:
      | gremium              | sitzung    | rolle         |
      | Jugendhilfeausschuss | 12.03.2031 | kenntnisnahme |

  Beispiel: PDF-Kopf als ein Absatz – Paare aus Gremium und Termin nach „Beratungsfolge:“
    Angenommen die Textdatei "tests/fixtures/ris/pdf-absatz.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "koerperschaft" "Kreis Coesfeld"
    Und ist das Feld "nummer" "SV-10-0123"
    Und ist das Feld "datum" "2031-02-04"
    Und ist das Feld "betreff" "Förderung der Familienzentren 2031"
    Und ist das Feld "oeffentlich" nicht erkannt
    Und lautet die Beratungsfolge:
      | gremium              | sitzung    |
      | Jugendhilfeausschuss | 12.02.2031 |
      | Kreisausschuss       | 19.02.2031 |
      | Kreistag             | 05.03.2031 |

  Beispiel: PDF-Kopf als ein Absatz – angehört ist richtig, aber der Kreistag entscheidet ohne Begründung
    Angenommen der Stichtag ist 2031-02-05
    Und die Textdatei "tests/fixtures/ris/pdf-absatz.txt"
    Wenn die Textdatei geprüft wird
    Dann meldet die Prüfung genau KC001
    Und steht KC001 in Zeile 6

  Beispiel: bv-hh.de – nur Termine, keine Gremien: Beratungsfolge nicht lesbar
    Angenommen die Textdatei "tests/fixtures/ris/bvhh.txt"
    Wenn der Text gelesen wird
    Dann ist das Feld "nummer" "21-0456"
    Und ist das Feld "art" "mitteilungsvorlage"
    Und ist das Feld "betreff" "Sanierung des Spielplatzes Beispielpark"
    Und ist keine Beratungsfolge erkannt
    Und enthalten die Hinweise "nicht lesbar"
