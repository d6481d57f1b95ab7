"""Errors that stop a run. "Your document is wrong" is a Finding; these say the tool cannot go on."""

from __future__ import annotations


class GremienlaufError(Exception):
    """Bad input or usage: reported in German with its location, exit code 2."""

    exit_code = 2

    def __init__(self, meldung: str, datei: str | None = None,
                 zeile: int | None = None, spalte: int | None = None) -> None:
        super().__init__(meldung)
        self.meldung = meldung
        self.datei = datei
        self.zeile = zeile
        self.spalte = spalte

    def ort(self) -> str:
        parts = [p for p in (self.datei, self.zeile, self.spalte) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        ort = self.ort()
        return f"{ort}: {self.meldung}" if ort else self.meldung


class InputError(GremienlaufError):
    """A file the user gave us cannot be read as what it claims to be."""


class ConfigError(GremienlaufError):
    """A rule pack, procedure or registry is broken: the run stops before any check."""
