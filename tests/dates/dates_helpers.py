"""Helpers shared by the dates tests (not a test module)."""

from __future__ import annotations


def trigger(doc, word: str):
    """An occurred event mention built on the first token ``word`` of ``doc``."""
    from dateline.nlp.types import EventMention

    t = next(t for t in doc if t.text == word)
    sents = list(doc.sents)
    si = next(i for i, s in enumerate(sents) if s.start <= t.i < s.end)
    return EventMention(start=t.idx, end=t.idx + len(t), text=t.text, sent=si, head=t.i, lemma=t.lemma_,
                        status="occurred")
