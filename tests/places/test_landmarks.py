"""A name ending in "Square" or "Plaza" is a landmark inside a town: whatever hamlet of that name the
gazetteer knows, it lends the report's other names no context. Sentences invented for the test."""

from __future__ import annotations


def test_a_square_does_not_pull_the_city_to_its_namesakes_state(analyse):
    doc = analyse("Police said two men were shot near Washington Square in Boston on Friday night. "
                  "Both were taken to a hospital.", published="2019-03-02")
    got = {p.text: p.admin1 for p in doc._.dl_places}
    assert got.get("Boston") == "Massachusetts", got


def test_which_names_are_landmarks(analyse):
    from types import SimpleNamespace as C

    from dateline.nlp.places import _landmark_name

    doc = analyse("Hundreds of people marched to Union Plaza on Sunday.", published="2019-03-02")
    assert _landmark_name(doc, C(start=5, end=7, dateline=False))  # "Union Plaza"
    assert not _landmark_name(doc, C(start=5, end=6, dateline=False))  # "Union" alone
    assert not _landmark_name(doc, C(start=5, end=7, dateline=True))  # a dateline is never one
