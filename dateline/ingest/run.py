"""``ingest()``: sources -> NLP (batched) -> store, idempotent and crash-safe.

Each NLP batch of reports is stored in one transaction together with their mentions and the
events they formed or joined, so a crash (even ``kill -9``) loses at most the batch being
processed, never a committed report; a rerun skips every stored report (by content hash or URL)
before spending NLP on it, and redoes the rest.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..article import Article
from ..errors import Rejection
from ..store.base import Store
from .fetch import Fetcher
from .sources import iter_items

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    reports_read: int = 0  # articles that reached the store check (new or known)
    reports_new: int = 0
    reports_known: int = 0  # already stored: skipped
    events_added: int = 0
    events_merged: int = 0
    rejected: Counter = field(default_factory=Counter)  # reason -> count

    @property
    def n_rejected(self) -> int:
        return sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {"reports_read": self.reports_read, "reports_new": self.reports_new,
                "reports_known": self.reports_known, "events_added": self.events_added,
                "events_merged": self.events_merged, "rejected": dict(self.rejected)}

    def line(self) -> str:
        rej = ", ".join(f"{k} {v}" for k, v in sorted(self.rejected.items()))
        return (f"{self.reports_read} reports read ({self.reports_new} new, {self.reports_known} already stored); "
                f"events: {self.events_added} added, {self.events_merged} merged; "
                f"{self.n_rejected} rejected" + (f" ({rej})" if rej else ""))


def ingest_items(items: Iterable[Article | Rejection], store: Store, *, batch_size: int = 32, nlp=None,
                 on_report: Callable[[Any], None] | None = None, process=None) -> IngestSummary:
    """Store a stream of Articles/Rejections, ``batch_size`` reports at a time: one query finds the
    stored ones (skipped before any NLP), the rest go through the pipeline together and are stored
    in one transaction. ``on_report(item)`` is called for each input once its batch is committed."""
    if process is None:
        from ..nlp.pipeline import process
    summary = IngestSummary()
    chunk: list[Article] = []

    def run_chunk() -> None:
        known = store.known_reports(chunk)
        summary.reports_read += len(chunk)
        summary.reports_known += len(known)
        new = [a for i, a in enumerate(chunk) if i not in known]
        results = list(process(new, batch_size=max(1, len(new)), nlp=nlp)) if new else []
        for res in results:
            if res.rejection is not None:
                if res.rejection.origin is None:
                    res.rejection.origin = (res.article.meta or {}).get("origin") or res.article.url
                summary.rejected[res.rejection.reason.value] += 1
        for out in store.add_results(results):  # rejections inside are stored as rejections
            if out.new_report:
                summary.reports_new += 1
                summary.events_added += out.events_added
                summary.events_merged += out.events_merged
            elif out.report_id:  # the same report twice in one batch
                summary.reports_known += 1
        if on_report:
            for a in chunk:
                on_report(a)
        chunk.clear()

    for it in items:
        if isinstance(it, Rejection):
            store.add_rejection(it)
            summary.rejected[it.reason.value] += 1
            if on_report:
                on_report(it)
            continue
        chunk.append(it)
        if len(chunk) >= batch_size:
            run_chunk()
    if chunk:
        run_chunk()
    return summary


def ingest(sources: list[str], store: Store, *, fetcher: Fetcher | None = None, follow_links: bool = True,
           batch_size: int = 32, source: str | None = None, published=None, nlp=None,
           on_report: Callable[[Any], None] | None = None) -> IngestSummary:
    """Ingest files, folders, feeds and URLs into ``store``; return the summary."""
    items = iter_items(sources, fetcher=fetcher or Fetcher(), follow_links=follow_links,
                       known_url=lambda u: store.has_report("", u), source=source, published=published)
    return ingest_items(items, store, batch_size=batch_size, nlp=nlp, on_report=on_report)
