"""Command line: thin click commands that parse options, call one function, render, return a code.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input or usage,
3 internal error.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from gremienlauf import __version__
from gremienlauf.cli import deutsch
from gremienlauf.errors import GremienlaufError

EXIT_INTERNAL = 3

deutsch.install()  # before the first decorator below: click fills in help texts when options are declared

Target = str | click.Command  # "module:attribute" in this package, or a command built here


class _TableGroup(click.Group):
    """A group whose commands come from an explicit table and whose modules are imported only when asked
    for: ``gremienlauf check`` loads cli/check.py alone, not the OParl, PDF and replay modules (a cold
    one-file check is dominated by imports). Listing them all (--help) imports them all."""

    def __init__(self, *args: Any, table: dict[str, Target] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.table = table or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.table)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = self.commands.get(cmd_name)
        if command is None and cmd_name in self.table:
            command = _resolve(self.table[cmd_name])
            _german_usage(command)
            self.add_command(command, cmd_name)
        return command


def _resolve(target: Target) -> click.Command:
    if isinstance(target, click.Command):
        return target
    from importlib import import_module

    module, _, attribute = target.partition(":")
    command = getattr(import_module(f"{__name__}.{module}"), attribute)
    assert isinstance(command, click.Command), target
    return command


def _german_usage(command: click.Command) -> None:
    """click's placeholders in usage lines are no gettext texts (deutsch.py): set them per command."""
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = "[OPTIONEN]"
    for param in command.params:  # click names values by their English type (INTEGER RANGE, %Y-%m-%d)
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
            if isinstance(param.type, (click.types.IntParamType, click.types.FloatParamType)):
                param.metavar = "ZAHL"
    if isinstance(command, click.Group):
        command.subcommand_metavar = "BEFEHL [ARGUMENTE]..."
        for sub in command.commands.values():
            _german_usage(sub)


rules = _TableGroup("rules", help="Regelpakete anzeigen.", table={
    "diff": "info:rules_diff",
    "lint": "lint:rules_lint",
    "list": "info:rules_list",
    "show": "info:rules_show",
})

# Every command of gremienlauf, in one place. Nothing registers itself by being imported.
COMMANDS: dict[str, Target] = {
    "check": "check:check",
    "explain": "info:explain",
    "graph": "info:graph",
    "init": "init:init",
    "koerperschaften": "info:koerperschaften_cmd",
    "oparl": "oparl:oparl",
    "parse": "parse:parse",
    "replay": "replay:replay",
    "rules": rules,
    "schema": "info:schema",
    "sitzung": "sitzung:sitzung",
    "verify": "verify:verify",
}


@click.group(cls=_TableGroup, table=COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             options_metavar="[OPTIONEN]", subcommand_metavar="BEFEHL [ARGUMENTE]...")
@click.version_option(__version__, "--version", message="gremienlauf %(version)s")
@click.option("--debug", is_flag=True, envvar="GREMIENLAUF_DEBUG", help="Bei Fehlern den Python-Traceback zeigen.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Prüft Vorlagen kommunaler Gremien: Beratungsfolge, Beschlussgremium und Anhörungen
    (§ 71 SGB VIII, GO NRW, KrO NRW).

    \b
    Exit-Codes: 0 ohne Befund ab --fail-on, 1 mit Befunden, 2 fehlerhafte Eingabe oder Aufruf,
    3 interner Fehler.
    """
    ctx.obj = {"debug": debug}


def main() -> None:
    sys.exit(run())


def run(argv: list[str] | None = None) -> int:
    """The command line without leaving the process: the exit code; errors as German messages on stderr.
    ``main`` is this plus ``sys.exit``; tests call it in-process on many inputs."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or bool(os.environ.get("GREMIENLAUF_DEBUG"))
    try:
        code = cli.main(args, prog_name=None if argv is None else "gremienlauf", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Abgebrochen.", err=True)
        code = 130
    except click.ClickException as exc:
        exc.show()
        code = 2
    except GremienlaufError as exc:
        if debug:
            raise
        click.echo(f"gremienlauf: {exc}", err=True)
        code = exc.exit_code
    except BrokenPipeError:
        code = 0
    except Exception as exc:  # the last line of defence: never a traceback for the user
        if debug:
            raise
        click.echo(f"gremienlauf: interner Fehler ({type(exc).__name__}: {exc}). Bitte mit --debug "
                   "wiederholen und den Traceback melden.", err=True)
        code = EXIT_INTERNAL
    return code if isinstance(code, int) else 0
