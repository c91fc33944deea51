"""``dateline eval SET|all``: score the pipeline on the gold sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        set_name: str = typer.Argument(..., metavar="SET", help="A gold set (seed, gva, tempeval3, muc4, case2021, wikievents, indiapolice, plover, geoparsing) or 'all'."),
        data: Optional[Path] = typer.Option(None, "--data", help="Data directory (default: $DATELINE_DATA or ../shared/data)."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Score a fixed-seed sample of N items (default: each set's CI sample size)."),
        full: bool = typer.Option(False, "--full", help="Score every item (ignore the default sample size)."),
        as_json: bool = typer.Option(False, "--json", help="Print the results as JSON."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Also write the JSON results here."),
        markdown: Optional[Path] = typer.Option(None, "--markdown", help="Also write the table as Markdown here."),
        update_floors: bool = typer.Option(False, "--update-floors", help="Raise floors to the measured figures (never lowers)."),
        gate: bool = typer.Option(False, "--gate", help="Exit 1 when a figure is below its pinned floor."),
    ) -> None:
        """Score Dateline on the gold data sets and compare with the pinned floors."""
        from ..eval import runner
        from ..eval.base import default_data_dir
        from ..errors import DatelineError

        if data is not None and not data.is_dir():
            # an explicit --data that is wrong must not turn every set into a quiet "skipped" (exit 0)
            raise typer.BadParameter(f"--data {data}: no such folder")
        data_dir = data or default_data_dir()
        names = list(runner.SETS) if set_name == "all" else [set_name]
        lim = None if full else (limit if limit is not None else "default")
        results = []
        for name in names:
            try:
                res = runner.run_set(name, data_dir, lim)
            except DatelineError as exc:
                raise typer.BadParameter(str(exc)) from exc
            results.append(res)
            if not as_json:
                typer.echo(f"{name}: {'skipped (' + res.skipped + ')' if res.skipped else f'{res.seconds:.1f}s'}", err=True)
        if update_floors:
            runner.update_floors(results)
        rows = runner.table_rows(results)
        failures = runner.check(results)
        payload = {"data_dir": str(data_dir), "rows": rows, "failures": failures}
        if output:
            output.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
        if markdown:
            markdown.write_text(runner.markdown_report(results, rows), encoding="utf-8")
        if as_json:
            typer.echo(json.dumps(payload, indent=2, default=str))
        else:
            from rich.console import Console
            from rich.table import Table

            t = Table(title="Dateline quality")
            for c in ("set", "metric", "ours", "floor", "peer", "n", "note"):
                t.add_column(c)
            for r in rows:
                f = lambda v: "" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))  # noqa: E731
                t.add_row(r["set"], r["metric"], f(r["ours"]), f(r["floor"]), f(r.get("peer")), str(r["n"]), r.get("note") or "")
            Console(width=200).print(t)
            for fl in failures:
                typer.echo(f"BELOW FLOOR: {fl}", err=True)
        if gate and failures:
            raise typer.Exit(1)
