"""Options several commands share, and writing output files safely."""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import Any

import click

from gremienlauf.errors import GremienlaufError, grund
from gremienlauf.load.yamlsafe import MAX_BYTES, MAX_TIEFE


def engine_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--koerperschaften/--regeln, filled from the municipality's repository when not given
    (gremienlauf/load/projekt.py); a command whose paths are named ``pfade`` searches from them."""
    @click.option("--koerperschaften", "koerperschaften", multiple=True, type=click.Path(dir_okay=False),
                  help="Weitere Körperschaften und Gremien (YAML); ersetzt Einträge gleicher Id. "
                       "Ohne Angabe: koerperschaften.yaml des Projekts, falls vorhanden.")
    @click.option("--regeln", "regeln", multiple=True, type=click.Path(),
                  help="Verzeichnis oder Datei mit weiteren Regelpaketen (z. B. örtliche Satzung). "
                       "Ohne Angabe: Verzeichnis regeln/ des Projekts, falls vorhanden.")
    @click.option("--ohne-projekt", is_flag=True,
                  help="koerperschaften.yaml und regeln/ des Projekts nicht automatisch laden.")
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from gremienlauf.load.projekt import sources

        pfade = kwargs.get("pfade") or ()
        kwargs["koerperschaften"], kwargs["regeln"] = sources(
            kwargs["koerperschaften"], kwargs["regeln"], (pfade,) if isinstance(pfade, str) else pfade,
            kwargs.pop("ohne_projekt"))
        return func(*args, **kwargs)
    return wrapper


FAIL_ON = ("fehler", "warnung", "hinweis", "nie")


class Tag(click.ParamType):
    """A day as JJJJ-MM-TT or TT.MM.JJJJ (as a datetime at midnight, like click.DateTime), with German
    messages that tell a wrong form from a day the calendar does not have."""

    name = "datum"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        for form in ("%Y-%m-%d", "%d.%m.%Y"):
            try:
                return datetime.strptime(text, form)
            except ValueError:
                pass
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}", text):
            self.fail(f"{text!r} gibt es im Kalender nicht", param, ctx)
        self.fail(f"{text!r} ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)", param, ctx)


TAG = Tag()


def report_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """-f/-o/--fail-on of the commands that report findings (check, oparl check)."""
    from gremienlauf.formats import FORMATS

    func = click.option("--fail-on", type=click.Choice(FAIL_ON), default="fehler", show_default=True,
                        help="Ab welcher Schwere der Exit-Code 1 ist.")(func)
    func = output_option(func)
    return click.option("-f", "--format", "fmt", type=click.Choice(["auto", *FORMATS]), default="auto",
                        show_default=True, help="Ausgabeformat; auto = github in GitHub Actions, sonst text.")(func)


def stichtag_option(func: Callable[..., Any] | None = None, *,
                    help: str = "Tag, bis zu dem Beratungen als geschehen gelten (Standard: heute; "
                                "Tagesordnungen: Sitzungstag).") -> Any:
    option = click.option("--stichtag", type=TAG, envvar="GREMIENLAUF_STICHTAG", help=help)
    return option(func) if func is not None else option


def stichtag_value(value: Any) -> date:
    return value.date() if value is not None else date.today()


def max_bytes_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True,
                        help="Größte Eingabedatei in Bytes; größere werden abgelehnt.")(func)


def max_tiefe_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--max-tiefe", type=click.IntRange(min=1, max=10_000), default=MAX_TIEFE, show_default=True,
                        help="Größte Verschachtelungstiefe in YAML-Eingaben; tiefere werden abgelehnt.")(func)


def output_option(func: Callable[..., Any] | None = None, *, dash: bool = True,
                  help: str = "In diese Datei schreiben (atomar) statt auf die Standardausgabe.") -> Any:
    """``-o``: an existing file named here is watched while the run reads, and never replaced by the
    output if the run read it (write_output)."""
    option = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=dash), callback=_watch,
                          metavar="DATEI", help=help)
    return option(func) if func is not None else option


def _watch(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from gremienlauf.load import files

    if value and value != "-":
        files.guard(value)
    return value


def write_output(target: str | None, render: Callable[[io.StringIO], object], inputs: Iterable[str] = (),
                 color: bool = False) -> None:
    """Render to stdout, or atomically to ``target`` (temp file + rename), never onto an input file."""
    buffer = io.StringIO()
    render(buffer)
    if target is None or target == "-":
        # colour was decided by the caller (--farbe immer also through a pipe): click must not strip it
        click.echo(buffer.getvalue(), nl=False, color=True if color else None)
        return
    from gremienlauf.load import files

    path = Path(target)
    resolved = path.resolve()
    if files.was_read(target) or any(_is_input(resolved, name) for name in inputs):
        raise GremienlaufError(f"Ausgabedatei '{target}' ist zugleich Eingabe; sie wird nicht überschrieben")
    if path.is_dir():
        raise GremienlaufError(f"Ausgabedatei '{target}' ist ein Verzeichnis")
    if resolved.exists() and not resolved.is_file():  # /dev/stdout, /dev/null, a pipe: written, never replaced
        try:
            with open(resolved, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(buffer.getvalue())
        except OSError as exc:
            raise GremienlaufError(f"Ausgabedatei '{target}' kann nicht geschrieben werden: {grund(exc)}") from None
        return
    import tempfile  # only when writing a file: the import is a cost on every start

    path = resolved  # through a symlink: the file it names is replaced, the link stays
    directory = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise GremienlaufError(f"Ausgabedatei '{target}' kann nicht angelegt werden: {grund(exc)}") from None
    try:
        os.chmod(tmp, _mode(path))  # mkstemp makes 0600; a report is as readable as any file the user writes
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(buffer.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(path: Path) -> int:
    """The mode the file keeps, or the one a new file gets under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _is_input(target: Path, name: str) -> bool:
    """Whether writing ``target`` would overwrite input ``name``: the file itself, or a file in the
    input directory that a reader reads (``check . -o v.yaml`` once replaced a Vorlage)."""
    from gremienlauf.readers import READERS

    if name == "-" or not Path(name).exists():
        return False
    source = Path(name).resolve()
    if source == target:
        return True
    return source.is_dir() and target.is_relative_to(source) and target.is_file() and \
        target.suffix.lower() in {*READERS, ".json", ".jsonl"}
