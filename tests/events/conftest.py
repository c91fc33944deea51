"""Shared readers for the event-detection pass tests (MUC-4-style reports, dated 1989 by default)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

MUC_DATE = "1989-05-03"


@pytest.fixture
def muc(analyse):
    """``muc.events(text)``, ``muc.violent(text)``, ``muc.records(text)`` over one analysed report."""

    def events(text, published=MUC_DATE):
        return analyse(text, published=published)._.dl_events

    def violent(text):
        """(text, sub-event type) of the countable violent mentions: occurred, not generic, not background."""
        return [(e.text, e.sub_event_type) for e in events(text)
                if e.sub_event_type and e.status == "occurred" and not e.generic and not e.background
                and e.plover_type == "ASSAULT"]

    def records(text, published=MUC_DATE):
        return analyse(text, published=published)._.dl_records

    return SimpleNamespace(events=events, violent=violent, records=records)
