"""All-capitals text (wire teletype, some feeds and headlines) read in sentence case.

An English model reads upper-case text as a string of proper nouns: "A CAR BOMB EXPLODED" has no
verb for it. :func:`recase` lowers such text and gives capitals back where English writes them
(a sentence's first letter, "I", month and weekday names, "may"/"march" beside a number, and the
acronyms of armed groups the actor registry matches only in capitals: "FMLN", "ELN"). It keeps
every character's position, so evidence offsets still point into the text as received.
:func:`all_caps` says when a report is written so (the pipeline recases it and warns).
"""

from __future__ import annotations

import functools
import re

_MONTH_NAMES = "january february april june july august september october november december".split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# month and weekday names are written with a capital in English; "may" and "march" only beside a
# day or year number ("8 may 90", "march 1989"), where they cannot be the verbs
_CAPITALISED = re.compile(r"\b(" + "|".join(_MONTH_NAMES + _WEEKDAYS) + r")\b")
_AMBIGUOUS_MONTH = re.compile(r"(?<=\b\d )(may|march|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
                              r"|(?<=\b\d\d )(may|march|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
                              r"|\b(may|march)(?= \d)")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*|\[text\]\s*|--\s*)([a-z])")
# lower-case forms that are words or names too ("let", "is", "ana"): left in lower case
_NOT_ACRONYMS = frozenset({"is", "let", "un", "kia", "ana", "ola", "una", "saf", "isis"})

# a report is read as all capitals when at least this share of its letters are capitals (and it
# has ALL_CAPS_MIN_LETTERS of them): a headline or a dateline in capitals alone does not count
ALL_CAPS_SHARE = 0.9
ALL_CAPS_MIN_LETTERS = 80


@functools.lru_cache(maxsize=1)
def _acronyms() -> re.Pattern:
    """Acronyms of armed groups the actor registry matches only in capitals."""
    from .registry import _case_sensitive, get_registry

    reg = get_registry()
    names = sorted({a.lower() for act in reg.actors.values() for a in act.aliases
                    if _case_sensitive(a) and len(a) >= 3 and a.isupper() and a.lower() not in _NOT_ACRONYMS},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)


def all_caps(text: str) -> bool:
    """Is the text written in capitals throughout?"""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < ALL_CAPS_MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= ALL_CAPS_SHARE


def recase(text: str) -> str:
    """Sentence case with English's capitals, every character in its place (same length)."""
    low = text.lower()
    low = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), low)
    low = _CAPITALISED.sub(lambda m: m.group(1).capitalize(), low)
    low = _AMBIGUOUS_MONTH.sub(lambda m: m.group(0).capitalize(), low)
    low = _acronyms().sub(lambda m: m.group(0).upper(), low)
    return re.sub(r"\bi\b", "I", low)


__all__ = ["ALL_CAPS_MIN_LETTERS", "ALL_CAPS_SHARE", "all_caps", "recase"]
