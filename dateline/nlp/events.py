"""Stage `dateline_events` (stub: replaced by the real stage)."""

from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (registers doc._.dl_*)


@Language.component("dateline_events", requires=["doc.sents"], assigns=["doc._.dl_events"])
def dateline_events(doc):
    doc._.dl_events = []
    return doc
