"""Sources -> :class:`~dateline.article.Article`.

Every reader yields either an Article or a :class:`~dateline.errors.Rejection` (never raises
for bad input, never drops it silently). :func:`ingest` runs them through the NLP pipeline into
a store; :class:`Fetcher` is the one hardened client for every outbound request.
"""

from __future__ import annotations

from .base import read_jsonl, read_text_file
from .fetch import Fetcher, address_refusal
from .run import IngestSummary, ingest, ingest_items
from .sources import iter_items

__all__ = ["Fetcher", "IngestSummary", "address_refusal", "ingest", "ingest_items", "iter_items", "read_jsonl",
           "read_text_file"]
