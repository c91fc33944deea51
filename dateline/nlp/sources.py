"""Stage `dateline_sources` (stub: replaced by the real stage)."""

from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (registers doc._.dl_*)


@Language.component("dateline_sources", requires=["doc.sents"], assigns=["doc._.dl_sources"])
def dateline_sources(doc):
    doc._.dl_sources = []
    return doc
