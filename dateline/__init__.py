"""Dateline: conflict news to event data, offline, with evidence for every field."""

from __future__ import annotations

__version__ = "0.1.0"

from .article import Article  # noqa: E402
from .errors import DatelineError, Rejected, RejectReason  # noqa: E402
from .record import EventRecord, Evidence  # noqa: E402


def extract(text, published=None, source=None, **kw):
    """Extract the event records of one report (see :func:`dateline.nlp.pipeline.extract`)."""
    from .nlp.pipeline import extract as _extract

    return _extract(text, published=published, source=source, **kw)


def process(articles, **kw):
    """Run many articles through the pipeline in batches (see :func:`dateline.nlp.pipeline.process`)."""
    from .nlp.pipeline import process as _process

    return _process(articles, **kw)


__all__ = ["Article", "DatelineError", "EventRecord", "Evidence", "Rejected", "RejectReason",
           "extract", "process", "__version__"]
