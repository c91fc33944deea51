"""``dateline extract``: reports in, event records out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import Rejection
from ..output import FORMATS, render_table, write_csv, write_jsonl


def _progress(total: int | None):
    """A progress bar on a terminal, nothing otherwise."""
    if not sys.stderr.isatty():
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    transient=True)


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_cmd(
        files: list[Path] = typer.Argument(None, help="Report text files (UTF-8)."),
        input: Optional[Path] = typer.Option(None, "--input", "-i",
                                             help="JSONL of reports: {id, text, published, source?, url?, title?}; '-' for stdin."),
        published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for FILE inputs."),
        source: Optional[str] = typer.Option(None, help="Publisher/agency name for FILE inputs."),
        format: Optional[str] = typer.Option(None, "--format", "-f",
                                             help="table | json | jsonl | csv (default: table for files, jsonl for --input)."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
        batch_size: int = typer.Option(32, help="Reports per spaCy batch."),
    ) -> None:
        """Extract event records from news reports."""
        from ..nlp.pipeline import process
        from .common import read_inputs

        fmt = format or ("jsonl" if input is not None else "table")
        if fmt not in FORMATS:
            raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
        if output is not None and (output.is_dir() or not output.parent.is_dir()):
            # checked before minutes of NLP, not after
            raise typer.BadParameter(f"--output {output}: " + ("is a folder" if output.is_dir() else "its folder does not exist"))
        articles, rejections = read_inputs(files, input, published, source)
        records = []
        n_refused = 0  # reports read but refused by the pipeline (empty, not English, too large...)
        out_lines: list[dict] = []
        prog = _progress(len(articles))
        task = prog.add_task("extract", total=len(articles)) if prog else None
        if prog:
            prog.start()
        try:
            for res in process(articles, batch_size=batch_size):
                if prog:
                    prog.advance(task)
                if res.rejection is not None:
                    if res.rejection.origin is None:  # refused by the pipeline: say which input it was
                        res.rejection.origin = (res.article.meta or {}).get("origin") or res.article.url
                    rejections.append(res.rejection)
                    n_refused += 1
                    continue
                for w in res.warnings:
                    typer.echo(f"warning: {res.article.id}: {w}", err=True)
                records.extend(res.records)
        finally:
            if prog:
                prog.stop()

        for rej in rejections:
            typer.echo(f"rejected: {rej.origin or rej.article_id}: {rej.reason.value}: {rej.detail}", err=True)
            out_lines.append(rej.to_dict())

        try:
            fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        except OSError as exc:
            raise typer.BadParameter(f"--output {output}: {exc.strerror or exc}") from exc
        try:
            if fmt == "jsonl":
                write_jsonl([r.to_dict() for r in records] + out_lines, fh)
            elif fmt == "json":
                json.dump({"events": [r.to_dict() for r in records], "rejections": out_lines}, fh,
                          ensure_ascii=False, indent=2, default=str)
                fh.write("\n")
            elif fmt == "csv":
                write_csv(records, fh)
            else:
                render_table(records, title=f"{len(records)} events from {len(articles)} reports", fh=fh)
        finally:
            if output:
                fh.close()
        typer.echo(f"{len(articles) - n_refused} reports read, {len(records)} events, {len(rejections)} rejected",
                   err=True)
        raise typer.Exit(1 if rejections else 0)
