"""Build event mentions by hand so the actor tests do not depend on the events stage."""

from __future__ import annotations

from dateline.nlp.types import EventMention


def mention(doc, word: str, nth: int = 0, sub: str | None = "Attack", plover: str | None = "ASSAULT",
            event_type: str | None = None) -> EventMention:
    """An EventMention on the ``nth`` token spelled ``word``."""
    from dateline.taxonomy import ACLED_SUB_EVENT_TYPES

    hits = [t for t in doc if t.text == word]
    t = hits[nth]
    sents = list(doc.sents)
    si = next(k for k, s in enumerate(sents) if s.start <= t.i < s.end)
    et = event_type or (ACLED_SUB_EVENT_TYPES.get(sub) if sub else None)
    return EventMention(start=t.idx, end=t.idx + len(t.text), text=t.text, sent=si, head=t.i, lemma=t.lemma_,
                        event_type=et, sub_event_type=sub, plover_type=plover)


def attach(doc, ev: EventMention):
    """Replace the report's event mentions by ``ev`` and attach its actors."""
    from dateline.nlp.actors import attach_actors

    doc._.dl_events = [ev]
    return attach_actors(doc, 0)


def roles(mentions) -> dict[str, list[str]]:
    """Canonical names by role (arguments the registry does not know are left out)."""
    out: dict[str, list[str]] = {}
    for m in mentions:
        if m.canonical:
            out.setdefault(m.role, []).append(m.canonical)
    return out
