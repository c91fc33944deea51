"""Helpers shared by the commands that read report files (``extract``, ``places``)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..article import Article, parse_date
from ..errors import DatelineError, Rejection


def read_inputs(files: list[Path] | None, input: Path | None, published: str | None = None,
                source: str | None = None) -> tuple[list[Article], list[Rejection]]:
    """Report FILEs and/or a JSONL ``--input`` ('-' for stdin) -> (articles, rejections).

    Usage errors (nothing given, a bad date, a missing JSONL file) raise ``typer.BadParameter``
    (exit code 2); unreadable or bad reports become typed rejections.
    """
    from ..ingest import read_jsonl, read_text_file

    if not files and input is None:
        raise typer.BadParameter("give report FILEs or --input reports.jsonl")
    try:
        pub = parse_date(published)
    except DatelineError as exc:
        raise typer.BadParameter(str(exc)) from exc
    items: list = [read_text_file(f, published=pub, source=source) for f in files or []]
    if input is not None:
        if str(input) == "-":
            items.extend(read_jsonl(sys.stdin.buffer, "<stdin>"))
        elif not input.exists():
            raise typer.BadParameter(f"{input} does not exist")
        else:
            items.extend(read_jsonl(input))
    rejections = [x for x in items if isinstance(x, Rejection)]
    articles = [x for x in items if not isinstance(x, Rejection)]
    return articles, rejections
