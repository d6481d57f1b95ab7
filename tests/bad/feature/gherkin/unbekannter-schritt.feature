# language: de
Funktionalität: x
  Szenario: y
    Angenommen der Mond ist aus Käse
