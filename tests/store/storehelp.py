"""Build pipeline Results directly (no NLP) for store tests: reports in our own words."""

from __future__ import annotations

from dateline.article import Article
from dateline.nlp.pipeline import Result
from dateline.record import EventRecord


def rec(**kw) -> EventRecord:
    base = dict(event_date="2024-05-02", time_precision=1, status="occurred", event_type="Battles",
                sub_event_type="Armed clash", actor1="Taliban", actor2="Military Forces of Afghanistan",
                country="Afghanistan", country_code="AF", admin1="Helmand", admin2="Sangin", location="Sangin",
                geo_precision=2, fatalities=5, killed_best=5, confidence=0.8,
                notes="Taliban fighters attacked an army checkpoint in Sangin district, killing five soldiers.")
    base.update(kw)
    return EventRecord(**base)


def result(text: str, records: list[EventRecord], id: str = "", source: str = "Outlet", published="2024-05-03",
           url: str | None = None) -> Result:
    art = Article(text=text, id=id, source=source, published=published, url=url)
    for r in records:
        r.article_id = art.id
        r.source = r.source or source
    return Result(art, records)
