"""A plural kind word closing a list of names applies to each name ("Kunduz and Baghlan provinces":
two provinces). Sentences written for these tests."""

from __future__ import annotations

from dateline.nlp.pipeline import analyse


def _features(text: str) -> dict[str, str]:
    doc = analyse(text, published="2020-03-05")
    return {p.name or p.text: p.feature for p in doc._.dl_places if p.context == "body"}


def test_two_provinces_share_the_kind_word():
    got = _features("Fighting spread to Kunduz and Baghlan provinces on Tuesday, officials said.")
    assert got.get("Kunduz") == "admin1"
    assert got.get("Baghlan") == "admin1"


def test_kind_word_without_a_list_is_not_shared():
    # "Kunduz" alone before a list that is not closed by a plural kind word stays as resolved
    got = _features("Police in Kunduz arrested two men and seized weapons, officials said.")
    assert "Kunduz" in got


def test_plural_kind_word_needs_a_coordination():
    from dateline.nlp.places import _shared_generic_after

    doc = analyse("Kunduz provinces are far apart.", published="2020-03-05")
    assert _shared_generic_after(doc, 1) is None  # no "and"/"or": nothing to share
    doc = analyse("Kunduz and Baghlan provinces were hit.", published="2020-03-05")
    assert _shared_generic_after(doc, 1) == "admin1"
