"""Helpers shared by the wire-report QA tests (``test_wire_round_*.py``): a report written in our
own words run through the whole pipeline at a fixed publication date."""

from __future__ import annotations

from collections.abc import Callable

from dateline.article import Article
from dateline.nlp.pipeline import process


def helpers(published: str) -> tuple[Callable, Callable, Callable, Callable]:
    """(run, records, typed, only) with ``published`` as the default publication date:
    ``run`` gives the Result (its Doc kept), ``records`` the records as dicts, ``typed`` those
    with an ACLED type, ``only`` the one typed record (failing when there is not exactly one)."""

    def run(text: str, published: str = published):
        (res,) = list(process([Article(text=text, published=published)], keep_docs=True))
        return res

    def records(text: str, published: str = published) -> list[dict]:
        return [r.to_dict() for r in run(text, published).records]

    def typed(text: str, published: str = published) -> list[dict]:
        return [r for r in records(text, published) if r["event_type"]]

    def only(text: str, published: str = published) -> dict:
        recs = typed(text, published)
        assert len(recs) == 1, recs
        return recs[0]

    return run, records, typed, only
