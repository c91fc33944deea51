"""Stage `dateline_counts` (stub: replaced by the real stage)."""

from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (registers doc._.dl_*)


@Language.component("dateline_counts", requires=["doc.sents"], assigns=["doc._.dl_counts"])
def dateline_counts(doc):
    doc._.dl_counts = []
    return doc
