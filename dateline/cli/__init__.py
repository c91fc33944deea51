"""The ``dateline`` command line: thin wrappers over the library.

Each command group lives in its own module with a ``register(app)`` function.
Exit codes: 0 ok, 1 some inputs rejected (reasons on stderr and in the output), 2 usage error.
"""

from __future__ import annotations

import importlib
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


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
    actors: list[str] = typer.Option(None, "--actors", metavar="PATH",
                                     help="Extra actor registry file(s) (JSON/CSV), on top of the built-in registry "
                                          "and $DATELINE_ACTORS. Repeatable."),
) -> None:
    if actors:
        from ..nlp.registry import set_extra_paths

        set_extra_paths(actors)
    if version:
        from .. import __version__

        typer.echo(__version__)
        raise typer.Exit(0)


_register_all()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)
