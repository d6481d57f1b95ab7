# language: de
Funktionalität: x
  Szenario: y
    Angenommen die Körperschaft "stadt-kamen"
    Und die Beratungsfolge:
      | gremium | falsch |
      | Rat | x |
    Wenn die Vorlage geprüft wird
