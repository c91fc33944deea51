"""Bad input through the Python API: typed rejections, never a crash, never an invented date."""

from __future__ import annotations

import pytest

from dateline import Article, RejectReason, Rejected, extract, process


def test_no_publication_date_leaves_relative_dates_null(nlp):
    (r,) = extract("Gunmen attacked a police post in Kandahar on Monday, killing three officers, a spokesman said.")
    assert r.event_date is None and r.fatalities == 3
    assert any("publication date" in w for w in r.warnings)


def test_absolute_date_needs_no_publication_date(nlp):
    (r,) = extract("Gunmen attacked a police post in Kandahar on 3 March 2021, killing three officers, a spokesman said.")
    assert r.event_date == "2021-03-03" and r.time_precision == 1


def test_report_with_no_events_gives_no_records(nlp):
    assert extract("The central bank kept interest rates unchanged on Tuesday, and shares rose slightly in "
                   "afternoon trading, analysts said.", published="2024-02-07") == []


@pytest.mark.parametrize("text,reason", [
    ("", RejectReason.EMPTY),
    ("   \n\t ", RejectReason.EMPTY),
    ("\x00\x01\x02\x03 binary \x00", RejectReason.BINARY),
    ("Die Polizei hat am Montag in der Stadt zwei Verdächtige festgenommen, teilte ein Sprecher mit.", RejectReason.NOT_ENGLISH),
    ("word " * 300_000, RejectReason.TOO_LARGE),
])
def test_rejections_are_typed(nlp, text, reason):
    with pytest.raises(Rejected) as exc:
        extract(text, published="2024-02-07")
    assert exc.value.reason is reason


def test_batch_keeps_every_report_in_order(nlp):
    arts = [Article(text="", id="a"),
            Article(text="Troops killed four militants near Mosul on Sunday, the army said.", id="b", published="2024-02-07"),
            Article(text="\x00\x00", id="c")]
    results = list(process(arts))
    assert [r.article.id for r in results] == ["a", "b", "c"]
    assert [r.rejection.reason if r.rejection else None for r in results] == [RejectReason.EMPTY, None, RejectReason.BINARY]
    assert results[1].records and results[1].records[0].fatalities == 4
