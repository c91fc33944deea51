"""Dataset commands: ingest, events, event, stats, days-since, export, rejections, unmerge, merge,
review, correct. ``--db`` takes a DuckDB path, ``duckdb:///path`` or ``postgresql://...``
(default ``$DATELINE_DB`` or ``dateline.duckdb``)."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

import typer

from ..errors import DatelineError

DB_HELP = "Store: a DuckDB file, duckdb:///path or postgresql://user@host/db (default $DATELINE_DB or dateline.duckdb)."


def _db_default() -> str:
    return os.environ.get("DATELINE_DB") or "dateline.duckdb"


@contextmanager
def _open(db: str | None, read_only: bool = False) -> Iterator[Any]:
    from ..store import open_store

    try:
        s = open_store(db or _db_default(), read_only=read_only)
    except DatelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    try:
        yield s
    finally:
        s.close()


def _with_progress(prog, run, task):
    """``run(on_report)`` with the progress bar (when there is one) advanced per report and stopped
    at the end; a DatelineError is one error line and exit code."""
    if prog:
        prog.start()
    try:
        return run((lambda _: prog.advance(task)) if prog else None)
    except DatelineError as exc:
        _fail(exc)
    finally:
        if prog:
            prog.stop()


def _fail(exc: DatelineError, code: int = 2) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(code)


def _filter(country, admin1, admin2, since, until, event_type, sub_event_type, actor, status="occurred",
            include_rejected=False, acled_only=True):
    from ..store import EventFilter

    return EventFilter(country=country, admin1=admin1, admin2=admin2, since=since, until=until,
                       event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                       status=None if status in (None, "any") else status, include_rejected=include_rejected,
                       acled_only=acled_only)


def _usage(detail: str) -> None:
    """A usage error: one E003 line naming what is allowed, exit 2."""
    from ..errors import ErrorCode

    _fail(DatelineError(ErrorCode.E003, detail=detail))


def _choice(value: str, allowed: tuple[str, ...] | list[str], option: str) -> None:
    if value not in allowed:
        _usage(f"{option} must be one of {', '.join(allowed)} (got {value!r})")


def _sub_event_type(value: str) -> str:
    """ACLED's spelling of a sub-event type given in any case; a usage error for an unknown one."""
    from ..taxonomy import ACLED_SUB_EVENT_TYPES

    by_lower = {k.lower(): k for k in ACLED_SUB_EVENT_TYPES}
    got = by_lower.get(value.strip().lower())
    if got is None:
        _usage(f"unknown ACLED sub-event type {value!r}; one of: {', '.join(ACLED_SUB_EVENT_TYPES)}")
    return got  # type: ignore[return-value]


def _types(event_type: str | None, sub_event_type: str | None) -> tuple[str | None, str | None]:
    """--type / --sub-type checked against ACLED's vocabularies (any case): a usage error for a value
    that would silently match nothing."""
    from ..taxonomy import ACLED_EVENT_TYPES

    if event_type is not None:
        by_lower = {k.lower(): k for k in ACLED_EVENT_TYPES}
        got = by_lower.get(event_type.strip().lower())
        if got is None:
            _usage(f"unknown ACLED event type {event_type!r}; one of: {', '.join(ACLED_EVENT_TYPES)}")
        event_type = got
    if sub_event_type is not None:
        sub_event_type = _sub_event_type(sub_event_type)
    return event_type, sub_event_type


ALL_TYPES_HELP = ("Also count records with no ACLED event type (PLOVER-only: a statement, a planned meeting); "
                  "by default only ACLED events are listed and counted.")
STATS_FORMATS = ("table", "csv", "json")
REJECTIONS_FORMATS = ("table", "csv", "json")


def _progress():
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), TextColumn("{task.completed} inputs"),
                    TimeElapsedColumn(), transient=True, console=Console(stderr=True))


_TABLE_COLUMNS = ("event_date", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "fatalities",
                  "n_reports", "event_id")


def _table(rows: list[dict[str, Any]], columns: tuple[str, ...] | list[str], title: str | None = None, fh=None) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
    Console(file=fh or sys.stdout, width=200).print(t)


def _write(fmt: str, events, output: Optional[Path], title: str = "") -> int:
    from ..export import BINARY_FORMATS, export

    if fmt in BINARY_FORMATS:
        if output is None:
            if sys.stdout.isatty():
                raise typer.BadParameter(f"{fmt} is binary: give --output FILE")
            n = export(events, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return n
        return export(events, fmt, str(output))
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "table":
            rows = list(events)
            _table(rows, _TABLE_COLUMNS, title=title or f"{len(rows)} events", fh=fh)
            return len(rows)
        return export(events, fmt, fh)
    finally:
        if output:
            fh.close()


def register(app: typer.Typer) -> None:  # noqa: C901 - one function per command, registered here
    @app.command("ingest")
    def ingest_cmd(
        sources: list[str] = typer.Argument(..., help="Files, folders (.txt .html .json .jsonl .xml/.rss/.atom), "
                                                     "RSS/Atom feed URLs or web page URLs."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        follow: bool = typer.Option(True, "--follow/--no-follow",
                                    help="Fetch the linked page of feed items that only carry a teaser."),
        source: Optional[str] = typer.Option(None, help="Publisher name for inputs that carry none (.txt files)."),
        published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for .txt inputs."),
        batch_size: int = typer.Option(32, help="Reports per NLP batch."),
        json_summary: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
        server: Optional[str] = typer.Option(None, "--server", envvar="DATELINE_SERVER",
                                             help="Store through a running `dateline serve` at this URL instead of "
                                                  "opening --db (a DuckDB file has one writer: the server's)."),
        api_key: Optional[str] = typer.Option(None, "--api-key", envvar="DATELINE_API_KEY",
                                              help="The server's API key (with --server)."),
    ) -> None:
        """Read reports, extract their events, deduplicate across reports, and store them."""
        from ..article import parse_date
        from ..ingest import ingest
        from ..ingest.sources import is_url

        missing = [s for s in sources if not is_url(s) and not Path(s).exists()]
        if missing:
            raise typer.BadParameter(f"no such file or folder: {', '.join(missing)}")
        special = [s for s in sources if not is_url(s) and not Path(s).is_file() and not Path(s).is_dir()]
        if special:  # /dev/zero, a pipe, a socket: read forever or not at all
            raise typer.BadParameter(f"not a regular file or folder: {', '.join(special)} (give report files, "
                                     "folders, feed or page URLs; pipe JSON Lines into `dateline extract --input -`)")
        try:
            pub = parse_date(published)
        except DatelineError as exc:
            raise typer.BadParameter(str(exc)) from exc
        prog = _progress()
        task = prog.add_task("ingest", total=None) if prog else None
        if server:
            if db:
                raise typer.BadParameter("give --db or --server, not both")
            from ..ingest.remote import ingest_via_server

            summary = _with_progress(prog, lambda tick: ingest_via_server(
                sources, server, api_key, follow_links=follow, source=source, published=pub,
                batch_size=batch_size, on_report=tick), task)
            if json_summary:
                typer.echo(json.dumps(summary.to_dict()))
            typer.echo(summary.line() + f" (stored by {server})", err=True)
            raise typer.Exit(1 if summary.n_rejected else 0)
        with _open(db) as store:
            summary = _with_progress(prog, lambda tick: ingest(
                sources, store, follow_links=follow, batch_size=batch_size, source=source, published=pub,
                on_report=tick), task)
        if json_summary:
            typer.echo(json.dumps(summary.to_dict()))
        typer.echo(summary.line(), err=True)
        if summary.n_rejected:
            typer.echo("see the reasons with: dateline rejections" + (f" --db {db}" if db else ""), err=True)
        raise typer.Exit(1 if summary.n_rejected else 0)

    @app.command("events")
    def events_cmd(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        country: Optional[str] = typer.Option(None, help="Country name or ISO alpha-2 code."),
        admin1: Optional[str] = typer.Option(None, help="Province/state."),
        admin2: Optional[str] = typer.Option(None, help="District."),
        since: Optional[str] = typer.Option(None, help="From this date (YYYY-MM-DD, inclusive)."),
        until: Optional[str] = typer.Option(None, help="Until this date (YYYY-MM-DD, inclusive)."),
        type: Optional[str] = typer.Option(None, "--type", help="ACLED event type, e.g. Battles."),
        sub_type: Optional[str] = typer.Option(None, "--sub-type", help="ACLED sub-event type, e.g. 'Air/drone strike'."),
        actor: Optional[str] = typer.Option(None, help="Actor name (substring, any actor column)."),
        status: str = typer.Option("occurred", help="occurred | planned | negated | hypothetical | any."),
        include_rejected: bool = typer.Option(False, help="Include events a reviewer rejected."),
        format: str = typer.Option("table", "--format", "-f", help="table | csv | json | jsonl | geojson | parquet."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
        limit: Optional[int] = typer.Option(None, help="At most this many events (newest first)."),
        all_types: bool = typer.Option(False, "--all-types", help=ALL_TYPES_HELP),
    ) -> None:
        """List stored events (ACLED events unless --all-types), newest first."""
        from itertools import islice

        from ..export import EVENTS_FORMATS
        from ..taxonomy import STATUSES

        _choice(format, EVENTS_FORMATS, "--format")
        _choice(status, (*STATUSES, "any"), "--status")
        if limit is not None and limit < 0:
            _usage(f"--limit must be 0 or more (got {limit})")
        type, sub_type = _types(type, sub_type)
        flt = _filter(country, admin1, admin2, since, until, type, sub_type, actor, status, include_rejected,
                      acled_only=not all_types)
        with _open(db, read_only=True) as store:
            try:
                total = store.count_events(flt)
                evs = store.iter_events(flt)
                if limit is not None:
                    evs = islice(evs, limit)
                n = _write(format, evs, output,
                           title=f"{total} events" + (f" (showing {min(limit, total)})" if limit is not None else ""))
            except DatelineError as exc:
                _fail(exc)
        if output:
            typer.echo(f"{n} events written to {output}", err=True)

    @app.command("event")
    def event_cmd(event_id: str = typer.Argument(..., help="Event id."),
                  db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
        """One event with its sources, mentions (with evidence), reviews, corrections and audit trail (JSON)."""
        with _open(db, read_only=True) as store:
            ev = store.event(event_id)
        if ev is None:
            typer.echo(f"error: event {event_id!r} not found", err=True)
            raise typer.Exit(1)
        typer.echo(json.dumps(ev, ensure_ascii=False, indent=2, default=str))

    @app.command("stats")
    def stats_cmd(
        by: str = typer.Option("admin1", "--by", help="Comma-separated: country, admin1, admin2, day, week, month, "
                                                     "actor, type, sub_type."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        country: Optional[str] = typer.Option(None), admin1: Optional[str] = typer.Option(None),
        since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
        type: Optional[str] = typer.Option(None, "--type"), sub_type: Optional[str] = typer.Option(None, "--sub-type"),
        actor: Optional[str] = typer.Option(None),
        format: str = typer.Option("table", "--format", "-f", help="table | csv | json."),
        all_types: bool = typer.Option(False, "--all-types", help=ALL_TYPES_HELP),
    ) -> None:
        """Event counts and fatalities (ACLED events unless --all-types) grouped by place, time, actor or type."""
        import csv

        _choice(format, STATS_FORMATS, "--format")
        dims = [b.strip() for b in by.split(",") if b.strip()]
        type, sub_type = _types(type, sub_type)
        flt = _filter(country, admin1, None, since, until, type, sub_type, actor, acled_only=not all_types)
        with _open(db, read_only=True) as store:
            try:
                rows = store.stats(dims, flt)
            except DatelineError as exc:
                _fail(exc)
        cols = dims + ["events", "fatalities"]
        if format == "json":
            typer.echo(json.dumps(rows, ensure_ascii=False, default=str))
        elif format == "csv":
            w = csv.DictWriter(sys.stdout, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        else:
            _table(rows, cols, title=f"events and fatalities by {', '.join(dims)}")

    @app.command("days-since")
    def days_since_cmd(
        sub_event: str = typer.Argument(..., help="ACLED sub-event type, e.g. 'Air/drone strike'."),
        place: Optional[str] = typer.Option(None, "--place", help="Country, admin1, admin2 or location name."),
        as_of: Optional[str] = typer.Option(None, "--as-of", help="Count up to this date (default today)."),
        country: Optional[str] = typer.Option(None),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """Days since the last <sub-event> in <place> ("the first airstrike in 11 days")."""
        sub_event = _sub_event_type(sub_event)
        with _open(db, read_only=True) as store:
            try:
                out = store.days_since(sub_event, place, as_of=as_of, country=country)
            except DatelineError as exc:
                _fail(exc)
        where = f" in {place}" if place else ""
        if out is None:
            typer.echo(f"no stored {sub_event} event{where} before {as_of or 'today'}")
            raise typer.Exit(1)
        if json_out:
            typer.echo(json.dumps(out, ensure_ascii=False, default=str))
        else:
            ev = out["event"]
            typer.echo(f"{out['days']} days since the last {sub_event}{where} "
                       f"({out['last_date']}, {ev.get('admin1') or ev.get('country')}; event {ev['event_id']}; "
                       f"as of {out['as_of']})")

    @app.command("export")
    def export_cmd(
        format: str = typer.Option(..., "--format", "-f", help="acled-csv | geojson | parquet | jsonl."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="File (required for parquet on a terminal)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        country: Optional[str] = typer.Option(None), admin1: Optional[str] = typer.Option(None),
        since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
        type: Optional[str] = typer.Option(None, "--type"), sub_type: Optional[str] = typer.Option(None, "--sub-type"),
        actor: Optional[str] = typer.Option(None),
    ) -> None:
        """Export the dataset (corrections included) for other tools."""
        from ..errors import ErrorCode
        from ..export import EXPORT_FORMATS

        if format not in EXPORT_FORMATS:
            _fail(DatelineError(ErrorCode.E010, value=format, choices=", ".join(EXPORT_FORMATS)))
        type, sub_type = _types(type, sub_type)
        # an ACLED CSV holds ACLED events only; the other formats keep PLOVER-only records too
        flt = _filter(country, admin1, None, since, until, type, sub_type, actor, acled_only=format == "acled-csv")
        with _open(db, read_only=True) as store:
            try:
                n = _write(format, store.iter_events(flt), output)
            except DatelineError as exc:
                _fail(exc)
        typer.echo(f"{n} events exported" + (f" to {output}" if output else ""), err=True)

    @app.command("rejections")
    def rejections_cmd(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        reason: Optional[str] = typer.Option(None, help="Only this reason (e.g. not_english)."),
        limit: int = typer.Option(100),
        format: str = typer.Option("table", "--format", "-f", help="table | csv | json."),
    ) -> None:
        """Inputs that were refused, with their typed reason (counts first)."""
        import csv

        from ..errors import RejectReason

        _choice(format, REJECTIONS_FORMATS, "--format")
        if reason is not None:
            _choice(reason, tuple(r.value for r in RejectReason), "--reason")
        if limit < 0:
            _usage(f"--limit must be 0 or more (got {limit})")
        with _open(db, read_only=True) as store:
            counts = store.rejection_counts()
            rows = store.rejections(reason=reason, limit=limit)
        if format == "json":
            typer.echo(json.dumps({"counts": counts, "rejections": rows}, ensure_ascii=False, default=str))
            return
        if format == "csv":  # one row per stored rejection (the counts are a GROUP BY of it)
            w = csv.DictWriter(sys.stdout, fieldnames=["reason", "detail", "origin", "article_id", "times_seen",
                                                       "first_seen", "last_seen", "id"],
                               lineterminator="\n", extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
            return
        typer.echo("rejected by reason: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "none"))
        if rows:
            _table(rows, ("reason", "detail", "origin", "article_id", "times_seen", "last_seen"))

    @app.command("unmerge")
    def unmerge_cmd(
        event_id: str = typer.Argument(..., help="The event to split."),
        report: Optional[str] = typer.Option(None, "--report", help="Split out every mention of this report: its "
                                                                    "article id (as `dateline event` shows it) "
                                                                    "or the stored report id."),
        mention: Optional[list[str]] = typer.Option(None, "--mention", help="Split out this mention id (repeatable)."),
        who: str = typer.Option(os.environ.get("USER") or "cli", help="Who decides (audit trail)."),
        why: str = typer.Option("", help="Why (audit trail)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Undo a merge: move a report's (or given) mentions out of an event into a new event."""
        if not report and not mention:
            raise typer.BadParameter("give --report REPORT_ID or --mention MENTION_ID")
        with _open(db) as store:
            try:
                new_id = store.unmerge(event_id, mention_ids=mention or None, report_id=report, who=who, why=why)
            except DatelineError as exc:
                _fail(exc, 1)
        typer.echo(new_id)

    @app.command("merge")
    def merge_cmd(
        event_id: str = typer.Argument(..., help="The event that stays."),
        other: str = typer.Argument(..., help="The event merged into it (removed)."),
        who: str = typer.Option(os.environ.get("USER") or "cli"), why: str = typer.Option(""),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Merge two events by hand (audited; undo with unmerge)."""
        with _open(db) as store:
            try:
                store.merge(event_id, other, who=who, why=why)
            except DatelineError as exc:
                _fail(exc, 1)
        typer.echo(event_id)

    @app.command("review")
    def review_cmd(
        event_id: str = typer.Argument(...), verdict: str = typer.Argument(..., help="confirmed | rejected"),
        who: str = typer.Option(..., help="Reviewer name."), why: str = typer.Option(""),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Confirm or reject an event (rejected events leave queries and exports)."""
        with _open(db) as store:
            try:
                row = store.review(event_id, verdict, who, why)
            except DatelineError as exc:
                _fail(exc, 1)
        typer.echo(json.dumps(row, default=str))

    @app.command("correct")
    def correct_cmd(
        event_id: str = typer.Argument(...), field: str = typer.Argument(..., help="Record field, e.g. fatalities."),
        value: str = typer.Argument(..., help="New value (JSON: 12, null, \"text\"; bare text is a string)."),
        who: str = typer.Option(..., help="Reviewer name."), why: str = typer.Option(""),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Correct one field of an event; the correction wins over any later re-extraction."""
        try:
            val = json.loads(value)
        except json.JSONDecodeError:
            val = value
        with _open(db) as store:
            try:
                row = store.correct(event_id, field, val, who, why)
            except DatelineError as exc:
                _fail(exc, 1)
        typer.echo(json.dumps(row, default=str))
