"""Stage `dateline_dates` (stub: replaced by the real stage)."""

from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (registers doc._.dl_*)


@Language.component("dateline_dates", requires=["doc.sents"], assigns=["doc._.dl_times"])
def dateline_dates(doc):
    doc._.dl_times = []
    return doc
