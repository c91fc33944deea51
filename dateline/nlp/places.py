"""Stage `dateline_places` (stub: replaced by the real stage)."""

from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (registers doc._.dl_*)


@Language.component("dateline_places", requires=["doc.sents"], assigns=["doc._.dl_places"])
def dateline_places(doc):
    doc._.dl_places = []
    return doc
