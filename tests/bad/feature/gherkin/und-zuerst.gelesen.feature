# language: de
Funktionalität: x
  Szenario: y
    Und die Körperschaft "stadt-kamen"
