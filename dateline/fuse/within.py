"""Stage ``dateline_fuse`` (stub)."""

from __future__ import annotations

from spacy.language import Language

from ..nlp import extensions  # noqa: F401


@Language.component(
    "dateline_fuse",
    requires=["doc._.dl_header", "doc._.dl_places", "doc._.dl_times", "doc._.dl_counts",
              "doc._.dl_sources", "doc._.dl_events", "doc._.dl_actors"],
    assigns=["doc._.dl_records"],
)
def dateline_fuse(doc):
    doc._.dl_records = []
    return doc
