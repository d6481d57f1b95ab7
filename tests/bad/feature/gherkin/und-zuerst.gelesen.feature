# language: de
Funktionalität: x
  Szenario: y
    Und die Körperschaft "stadt-kamen"
    Wenn die Vorlage geprüft wird
    Dann meldet die Prüfung JH001 nicht
