# language: de
Funktionalität: x
  Szenario: prüft nichts
    Angenommen die Körperschaft "stadt-kamen"
    Wenn die Vorlage geprüft wird
    Und das Sachgebiet ist "kultur"
