"""Helpers shared by the commands that read report files (``extract``, ``places``)."""

from __future__ import annotations

import re
import stat
import sys
from pathlib import Path

import typer

from ..article import Article, parse_date
from ..errors import DatelineError, Rejection


def read_inputs(files: list[Path] | None, input: Path | None, published: str | None = None,
                source: str | None = None) -> tuple[list[Article], list[Rejection]]:
    """Report FILEs and/or a JSONL ``--input`` ('-' for stdin) -> (articles, rejections).

    Usage errors (nothing given, a bad date, a missing file, a folder or a URL given as a FILE, a
    missing JSONL file) raise ``typer.BadParameter`` (exit code 2); unreadable or bad reports
    become typed rejections.
    """
    from ..ingest import read_jsonl, read_text_file

    if not files and input is None:
        raise typer.BadParameter("give report FILEs or --input reports.jsonl")
    for f in files or []:
        # named inputs that cannot be reports are usage errors (exit 2), as in `dateline ingest`
        if str(f).lower().startswith(("http:/", "https:/", "ftp:/", "file:/")):  # Path folds '//' to '/'
            url = re.sub(r"^(\w+):/(?!/)", r"\1://", str(f))
            raise typer.BadParameter(f"{url}: this command reads files; fetch web pages and feeds with "
                                     f"`dateline ingest {url}`")
        if f.is_dir():
            raise typer.BadParameter(f"{f} is a folder: give its files (e.g. {f}/*.txt) or use `dateline ingest {f}`")
        if not f.exists():
            raise typer.BadParameter(f"no such file: {f}")
        if not f.is_file() and not stat.S_ISFIFO(f.stat().st_mode):  # /dev/zero would be read forever
            raise typer.BadParameter(f"{f} is not a regular file")
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
