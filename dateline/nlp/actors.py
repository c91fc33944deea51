"""Stage `dateline_actors` (stub: replaced by the real stage)."""

from __future__ import annotations

from spacy.language import Language

from . import extensions  # noqa: F401  (registers doc._.dl_*)


@Language.component("dateline_actors", requires=["doc.sents"], assigns=["doc._.dl_actors"])
def dateline_actors(doc):
    doc._.dl_actors = []
    return doc
