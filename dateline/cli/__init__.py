"""The ``dateline`` command line: thin wrappers over the library.

Each command group lives in its own module with a ``register(app)`` function.
Exit codes: 0 ok, 1 some inputs rejected (reasons on stderr and in the output), 2 usage error,
3 internal error (a bug; ``DATELINE_DEBUG=1`` prints the traceback).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys

import typer

app = typer.Typer(
    name="dateline",
    help="Conflict news to event data: extract, ingest, query, export, evaluate, serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# command modules; each defines register(app)
COMMAND_MODULES = ("extract", "places", "eval", "store", "serve")


def _register_all() -> None:
    for name in COMMAND_MODULES:
        mod = importlib.import_module(f"{__name__}.{name}")
        mod.register(app)


def _print_version(value: bool) -> None:
    # eager: `dateline --version` works without a command (a plain callback option would not run)
    if value:
        from .. import __version__

        typer.echo(__version__)
        raise typer.Exit(0)


# commands that run the NLP pipeline, and so read the actor registry files
NLP_COMMANDS = ("extract", "places", "ingest", "serve")


class _OneLine(logging.Formatter):
    """Log records as one line each: the exception's type and message, not its traceback (a stage bug
    already becomes an `internal` rejection with the same detail; DATELINE_DEBUG=1 shows the traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        msg = f"{record.levelname.lower()}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            msg += f" ({type(exc).__name__}: {exc})"
        return msg


def _ours(record: logging.LogRecord) -> bool:
    """Dateline's own log records (and anything critical). Other libraries' complaints about an input
    (trafilatura's "lxml parsing failed: Document is empty" on a page with no text) are noise next to
    the typed rejection printed for it."""
    return record.name == "dateline" or record.name.startswith("dateline.") or record.levelno >= logging.CRITICAL


def _setup_logging(command: str | None) -> None:
    if command == "serve" or os.environ.get("DATELINE_DEBUG"):
        return  # the server's log keeps full tracebacks; so does debugging
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_OneLine())
        handler.addFilter(_ours)
        root.addHandler(handler)
        root.setLevel(logging.WARNING)


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                 callback=_print_version),
    actors: list[str] = typer.Option(None, "--actors", metavar="PATH",
                                     help="Extra actor registry file(s) (JSON/CSV), on top of the built-in registry "
                                          "and $DATELINE_ACTORS. Repeatable."),
) -> None:
    _setup_logging(ctx.invoked_subcommand)
    if actors:
        from ..nlp.registry import set_extra_paths

        set_extra_paths(actors)
    if (actors or os.environ.get("DATELINE_ACTORS")) and ctx.invoked_subcommand in NLP_COMMANDS:
        # a bad registry file is a usage error now, not an `internal` rejection of every report later
        from ..errors import DatelineError
        from ..nlp.registry import get_registry

        try:
            get_registry()
        except DatelineError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc


_register_all()


def main() -> None:
    """Entry point: a coded error or a file-system error nobody caught is one line (exit 2), a bug is
    one line (exit 3) with the traceback only when $DATELINE_DEBUG is set; never a bare traceback."""
    from ..errors import DatelineError, ErrorCode

    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)
    except DatelineError as exc:
        if os.environ.get("DATELINE_DEBUG"):
            raise
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except OSError as exc:  # a file or folder the user named (e.g. --output in a missing folder): not a bug
        if os.environ.get("DATELINE_DEBUG"):
            raise
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence of the command line
        if os.environ.get("DATELINE_DEBUG"):
            raise
        err = DatelineError(ErrorCode.E015, detail=f"{type(exc).__name__}: {exc}")
        print(f"error: {err} (a bug: please report it; DATELINE_DEBUG=1 prints the traceback)", file=sys.stderr)
        sys.exit(3)
