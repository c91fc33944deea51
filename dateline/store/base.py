"""The store interface. DuckDB and PostgreSQL implement it; the CLI and API use only this.

Contract (both back-ends pass the same tests):

- Reports are identified by ``content_hash`` (normalised text, see :func:`dateline.article.content_hash`)
  and, when present, URL. Adding a report twice adds nothing (idempotent upsert).
- Each report's events are stored as *mentions*; mentions are fused across reports into
  *events* (see :mod:`dateline.fuse.across`), each event keeping its sources and an audit trail.
- Rejections are stored with their typed reason and counted.
- Reviewer corrections are stored with who/when/why and are never overwritten by re-extraction.
- Event dicts returned have the :class:`~dateline.record.EventRecord` fields plus ``sources``
  (list of {report_id, article_id, source, url, published}) and ``n_reports``.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any, Iterable


@dataclass
class EventFilter:
    country: str | None = None  # name or ISO alpha-2
    admin1: str | None = None
    admin2: str | None = None
    since: str | None = None  # YYYY-MM-DD inclusive
    until: str | None = None  # YYYY-MM-DD inclusive
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # matches actor1/actor2/assoc actors (case-insensitive substring)
    status: str | None = "occurred"  # None = any status
    min_fatalities: int | None = None
    text: str | None = None  # substring of notes
    include_rejected: bool = False  # events a reviewer rejected
    # only events with an ACLED event type (PLOVER-only records, e.g. a statement or a planned meeting,
    # have none): what `dateline events/stats/export --format acled-csv` and the API count by default
    acled_only: bool = False


@dataclass
class IngestOutcome:
    report_id: str
    new_report: bool
    events_added: int = 0
    events_merged: int = 0
    event_ids: list[str] = field(default_factory=list)


class Store(abc.ABC):
    """Abstract store. Open one with :func:`dateline.store.open_store`."""

    schema_version: int

    # -- lifecycle ----------------------------------------------------------------------
    @abc.abstractmethod
    def migrate(self) -> int:
        """Create/upgrade the schema; return the schema version now in place."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------
    @abc.abstractmethod
    def has_report(self, content_hash: str, url: str | None = None) -> bool: ...

    @abc.abstractmethod
    def add_result(self, result: Any) -> IngestOutcome:
        """Store one pipeline :class:`~dateline.nlp.pipeline.Result` (report + its records) in one
        transaction, and fuse its records with the stored events. Idempotent."""

    @abc.abstractmethod
    def add_rejection(self, rejection: Any) -> None: ...

    @abc.abstractmethod
    def review(self, event_id: str, verdict: str, who: str, why: str = "") -> dict[str, Any]:
        """verdict: "confirmed" | "rejected". Stored with timestamp; returns the review row."""

    @abc.abstractmethod
    def correct(self, event_id: str, field: str, value: Any, who: str, why: str = "") -> dict[str, Any]:
        """Correct one field of an event; the correction wins over any re-extraction."""

    # -- reading ------------------------------------------------------------------------
    @abc.abstractmethod
    def events(self, flt: EventFilter | None = None, limit: int = 100, cursor: str | None = None,
               ) -> tuple[list[dict[str, Any]], str | None]:
        """Events matching the filter, newest first, with an opaque cursor for the next page."""

    @abc.abstractmethod
    def iter_events(self, flt: EventFilter | None = None) -> Iterable[dict[str, Any]]: ...

    @abc.abstractmethod
    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with ``sources``, ``mentions`` (each with its evidence and report id),
        ``reviews`` and ``corrections``."""

    @abc.abstractmethod
    def report(self, report_id: str) -> dict[str, Any] | None:
        """One report with its text, metadata and its mentions."""

    @abc.abstractmethod
    def stats(self, by: list[str], flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Counts and fatalities grouped by any of: country, admin1, admin2, day, week, month,
        actor, type, sub_type."""

    @abc.abstractmethod
    def rejections(self, reason: str | None = None, limit: int = 100) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    def rejection_counts(self) -> dict[str, int]: ...

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Row counts: reports, mentions, events, rejections."""

    # -- additions (implemented by both back-ends; not abstract so other stores stay valid) ----------
    def add_results(self, results: Iterable[Any]) -> list[IngestOutcome]:
        """Store several Results in one transaction (the ingest path: one commit per NLP batch)."""
        return [self.add_result(r) for r in results]

    def known_reports(self, articles: Iterable[Any]) -> set[int]:
        """Indexes of the articles already stored (by content hash or URL)."""
        return {i for i, a in enumerate(articles) if self.has_report(a.content_hash, a.url)}

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many events match the filter."""
        return sum(1 for _ in self.iter_events(flt))

    def audit(self, event_id: str) -> list[dict[str, Any]]:
        """The audit trail of an event: create / merge / unmerge / review / correct, oldest first."""
        raise NotImplementedError

    def unmerge(self, event_id: str, mention_ids: list[str] | None = None, report_id: str | None = None,
                who: str = "cli", why: str = "") -> str:
        """Split the given mentions (or all of one report's) out of an event into a new event; undoes
        a merge. Returns the new event id."""
        raise NotImplementedError

    def merge(self, into: str, other: str, who: str = "cli", why: str = "") -> str:
        """Move every mention of ``other`` into ``into`` (a manual merge); returns ``into``."""
        raise NotImplementedError

    def days_since(self, sub_event_type: str, place: str | None = None, as_of: Any = None,
                   country: str | None = None) -> dict[str, Any] | None:
        """The last event of a sub-event type before ``as_of`` in a place, and the days since."""
        raise NotImplementedError

    def event_detail(self, event_id: str) -> dict[str, Any] | None:
        """:meth:`event` plus ``report_texts`` ({report_id: text} of its source reports), for the
        API's event page. Back-ends override it to read everything in a few queries."""
        ev = self.event(event_id)
        if ev is None:
            return None
        texts: dict[str, str] = {}
        for m in ev.get("mentions") or []:
            rid = m.get("report_id")
            if rid and rid not in texts:
                texts[rid] = (self.report(rid) or {}).get("text") or ""
        ev["report_texts"] = texts
        return ev

    def reports(self, limit: int = 100) -> list[dict[str, Any]]:
        """The most recently ingested reports (metadata only)."""
        raise NotImplementedError
