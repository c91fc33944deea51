"""Reading numbers the way news reports write them.

``parse_number("twenty-one") == 21``, ``parse_number("1,000") == 1000``, ``parse_number("2.5 million")``;
vague quantities follow ACLED's fatality conventions (documented in docs/dates_counts.md):
"tens" = 10, "dozens"/"scores" = 12, "hundreds" = 100, "thousands" = 1000, "several"/"a few"/"some" = 3,
"a couple" = 2, "a dozen" = 12. These are pure functions over strings; the counts stage feeds them
token sequences from the parse.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "lone": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "both": 2, "pair": 2, "couple": 2, "dozen": 12, "score": 20,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# Vague quantities, ACLED's conventions: "tens" 10, "dozens" 12, "hundreds" 100; "several" and
# other unnumbered plurals 3 (the convention, ACLED's minimum for "several killed").
VAGUE: dict[str, int] = {
    "tens": 10, "dozens": 12, "scores": 12, "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
    "several": 3, "few": 3, "some": 3, "multiple": 3, "numerous": 3, "many": 3, "various": 3,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31,
}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DECIMAL = re.compile(r"^\d+(?:\.\d+)?$")
_ORD_DIGITS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.I)


def number_word(word: str) -> int | None:
    """Value of one number word or numeral ("seven", "1,200", "twenty-one"), else None.

    Articles ("a", "an") and "no" are not read here: whether "a" means one depends on the noun
    (``parse_number`` is for the number itself; the counts stage decides about determiners).
    """
    w = word.lower().strip()
    if not w:
        return None
    if _DIGITS.match(w):
        return int(w.replace(",", ""))
    if w in ("a", "an", "no", "none", "both", "pair", "couple", "score", "single", "lone"):
        return None
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in TENS and b in UNITS and UNITS[b] < 10:
            return TENS[a] + UNITS[b]
    return None


def parse_number(text: str) -> int | None:
    """Parse a whole number written with digits and/or words.

    Handles "21", "1,000", "twenty-one", "twenty one", "one hundred and five", "2.5 million",
    "3 million", "a dozen", "a hundred". Returns None when the text is not a number.
    """
    words = [w for w in re.split(r"[\s]+", text.strip().lower()) if w and w != "and"]
    if not words:
        return None
    if len(words) == 1:
        w = words[0]
        if _DECIMAL.match(w) and "." in w:
            return None  # "2.5" alone is not a count of people
        return number_word(w)
    total = 0
    current: float | None = None
    for i, w in enumerate(words):
        if w in ("a", "an") and i == 0:
            current = 1
            continue
        if w == "dozen":
            current = (current or 1) * 12
            continue
        if w in SCALES:
            scale = SCALES[w]
            base = 1 if current is None else current
            if scale >= 1000:
                total += base * scale
                current = None
            else:
                current = base * scale
            continue
        if _DECIMAL.match(w.replace(",", "")) and "." in w:
            current = (current or 0) + float(w)
            continue
        v = number_word(w)
        if v is None and "-" in w:
            return None
        if v is None:
            return None
        current = (current or 0) + v
    value = total + (current or 0)
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)


def vague_number(word: str) -> int | None:
    """ACLED's figure for a vague quantity word ("dozens" -> 12), else None."""
    return VAGUE.get(word.lower())


def ordinal(word: str) -> int | None:
    """"3rd" -> 3, "third" -> 3, "twenty-first" -> 21."""
    w = word.lower().strip().rstrip(".")
    m = _ORD_DIGITS.match(w)
    if m:
        return int(m.group(1))
    return ORDINALS.get(w)
