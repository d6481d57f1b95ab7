# language: de
Funktionalität: x
  Szenario: y
    | a | b
  Szenario
