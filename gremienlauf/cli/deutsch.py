"""click's own texts in German: usage errors, help headings, the help and version options.

click marks every text it shows for gettext, but ships no German catalogue, and gettext would choose
the language from the environment (CI runners usually run with LANG=C). gremienlauf speaks German
whatever the locale, so ``install`` gives click's modules this table as their ``_`` and ``ngettext``
before any command is declared. A text a later click adds stays English until it is added here;
tests/test_cli.py runs every kind of usage error and fails on English.
"""

from __future__ import annotations

from typing import Any

_TEXTE = {
    "Usage:": "Aufruf:",
    "Options": "Optionen",
    "Positional arguments": "Argumente",
    "Commands": "Befehle",
    "Error: {message}": "Fehler: {message}",
    "Try '{command} {option}' for help.": "Hilfe: '{command} {option}'.",
    "Show this message and exit.": "Diese Hilfe zeigen.",
    "Show the version and exit.": "Die Version zeigen.",
    "default: {default}": "Standard: {default}",
    "env var: {var}": "Umgebungsvariable: {var}",
    "required": "Pflicht",
    "(dynamic)": "(berechnet)",
    "deprecated": "veraltet",
    "Aborted!": "Abgebrochen.",
    "Missing command.": "Es fehlt der Befehl.",
    "Missing argument": "Es fehlt das Argument",
    "Missing option": "Es fehlt die Option",
    "Missing parameter": "Es fehlt die Angabe",
    "Missing {param_type}": "Es fehlt: {param_type}",
    "Missing parameter: {param_name}": "Es fehlt die Angabe {param_name}",
    "No such option {name!r}.": "Unbekannte Option {name!r}.",
    "No such option: {name}": "Unbekannte Option {name}.",
    "No such command {name!r}.": "Unbekannter Befehl {name!r}.",
    "Invalid value: {message}": "Ungültiger Wert: {message}",
    "Invalid value for {param_hint}: {message}": "Ungültiger Wert für {param_hint}: {message}",
    "Value must be an iterable.": "Der Wert muss eine Liste sein.",
    "Invalid start character for option ({option})": "Ungültiges erstes Zeichen einer Option ({option})",
    "Argument {name!r} takes {nargs} values.": "Das Argument {name!r} braucht {nargs} Werte.",
    "Option {name!r} does not take a value.": "Die Option {name!r} nimmt keinen Wert.",
    "Choose from:\n\t{choices}": "Zur Wahl:\n\t{choices}",
    "{value!r} is not a valid {number_type}.": "{value!r} ist keine gültige Zahl.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} ist kein Wahrheitswert (erlaubt: {states})",
    "{value} is not in the range {range}.": "{value} liegt nicht im Bereich {range}.",
    "unknown error": "unbekannter Fehler",
    "Could not open file {filename!r}: {message}": "Die Datei {filename!r} kann nicht geöffnet werden: {message}",
    "file": "Datei",
    "directory": "Verzeichnis",
    "path": "Pfad",
    "{name} {filename!r} does not exist.": "{name} {filename!r} gibt es nicht.",
    "{name} {filename!r} is a file.": "{name} {filename!r} ist eine Datei.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} ist ein Verzeichnis.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} ist nicht lesbar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} ist nicht beschreibbar.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} ist nicht ausführbar.",
}

# singular msgid → (German singular, German plural)
_PLURAL = {
    "Got unexpected extra argument ({args})": ("Überzähliges Argument ({args})", "Überzählige Argumente ({args})"),
    "Did you mean {possibility}?": ("Gemeint ist wohl {possibility}.",
                                    "(Gemeint ist wohl eines von: {possibilities}.)"),
    "Option {name!r} requires an argument.": ("Die Option {name!r} braucht einen Wert.",
                                              "Die Option {name!r} braucht {nargs} Werte."),
    "{value!r} is not {choice}.": ("{value!r} ist nicht {choice}.", "{value!r} ist keiner der Werte {choices}."),
    "{value!r} does not match the format {format}.": ("{value!r} passt nicht zum Format {format}.",
                                                      "{value!r} passt zu keinem der Formate {formats}."),
    "Takes {nargs} values but 1 was given.": ("Braucht {nargs} Werte, angegeben ist einer.",
                                              "Braucht {nargs} Werte, angegeben sind {len}."),
}


def gettext(message: str) -> str:
    return _TEXTE.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    german = _PLURAL.get(singular)
    if german is None:
        return singular if n == 1 else plural
    return german[0] if n == 1 else german[1]


def install() -> None:
    """Give click's modules the German texts (each imported gettext's functions under these names)."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types

    modules: tuple[Any, ...] = (click.core, click.decorators, click.exceptions, click.formatting, click.parser,
                                click.termui, click.types)
    for module in modules:
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
