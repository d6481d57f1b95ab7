"""Command line: thin click commands that parse options, call one function, render, return a code.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input or usage,
3 internal error.
"""

from __future__ import annotations

import os
import sys

import click

from gremienlauf import __version__
from gremienlauf.cli import deutsch
from gremienlauf.errors import GremienlaufError

EXIT_INTERNAL = 3

deutsch.install()  # before the first decorator below: click fills in help texts when options are declared


class _LazyGroup(click.Group):
    """Imports command modules only when asked: ``gremienlauf check`` loads cli/check.py alone, not the
    OParl, PDF and replay modules (a cold one-file check is dominated by imports). A plain command
    found in the module of its own name is used directly; anything else (groups, which other modules
    may extend, help, unknown names) registers every module first, as before."""

    _complete = False

    def _register_all(self) -> None:
        if not self._complete:
            self._complete = True
            _register()

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register_all()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and not self._complete:
            command = _own_module_command(cmd_name)
            if command is None:
                self._register_all()
            else:
                self.add_command(command)
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _german_usage(command)
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


def _own_module_command(name: str) -> click.Command | None:
    from importlib import import_module
    from importlib.util import find_spec

    if not name.isidentifier() or find_spec(f"{__name__}.{name}") is None:
        return None
    commands = getattr(import_module(f"{__name__}.{name}"), "COMMANDS", ())
    return next((c for c in commands if c.name == name and not isinstance(c, click.Group)), None)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
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


def _register() -> None:
    """Every module in this package that defines ``COMMANDS`` contributes its commands."""
    import pkgutil
    from importlib import import_module

    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        for command in getattr(import_module(f"{__name__}.{module}"), "COMMANDS", ()):
            cli.add_command(command)



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
