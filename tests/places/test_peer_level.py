"""A name listed with first-level units of one country is one of them when it can be: "Oregon, Idaho
and Washington" names the state of Washington, not the capital. Sentences invented for the test."""

from __future__ import annotations

import pytest


def _places(analyse, text):
    return {p.text: (p.feature, p.admin1) for p in analyse(text, published="2019-03-02")._.dl_places}


@pytest.mark.parametrize("text", [
    "Orchards in Oregon, Idaho and Washington lost much of their crop to frost this spring.",
    "Tech firms hire in states such as Texas or Washington, the survey found.",
])
def test_a_name_listed_with_states_is_a_state(analyse, text):
    got = _places(analyse, text)
    assert got["Washington"] == ("admin1", "Washington"), got


def test_a_name_listed_with_towns_keeps_its_town(analyse):
    got = _places(analyse, "Flights from Denver, Boston and Washington were delayed by the storm.")
    assert got["Washington"][0] == "populated place", got


def test_a_bare_name_keeps_its_usual_reading(analyse):
    got = _places(analyse, "Talks in Washington ended without a deal on Monday.")
    assert got["Washington"][0] == "populated place", got
