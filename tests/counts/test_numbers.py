"""Reading numbers as reports write them (pure functions)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.nlp.numbers import ordinal, parse_number, vague_number


@pytest.mark.parametrize("text,value", [
    ("20", 20), ("1,000", 1000), ("5,000", 5000), ("seven", 7), ("twenty-one", 21), ("twenty one", 21),
    ("one hundred and five", 105), ("two hundred", 200), ("a dozen", 12), ("a hundred", 100),
    ("3 million", 3_000_000), ("2.5 million", 2_500_000), ("forty", 40), ("zero", 0),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "soldiers", "2.5", "twenty-soldiers", "a"])
def test_not_numbers(text):
    assert parse_number(text) is None


def test_vague_quantities_follow_acled():
    assert vague_number("dozens") == 12
    assert vague_number("several") == 3
    assert vague_number("hundreds") == 100
    assert vague_number("tens") == 10
    assert vague_number("soldiers") is None


def test_ordinals():
    assert ordinal("3rd") == 3 and ordinal("third") == 3 and ordinal("twenty-first") == 21
    assert ordinal("soldier") is None


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_with_thousands_separators_roundtrip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n
