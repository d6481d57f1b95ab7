"""gremienlauf: checks the Beratungsfolge of council Vorlagen against competence rules."""

__version__ = "0.1.0"
