"""Find time expressions in news text and resolve them against an anchor date.

Two pure steps, no spaCy (the ``dateline_dates`` stage adds the syntax: the anchor of a
statement, future verbs, the word an expression attaches to):

- :func:`find` scans a text and returns :class:`Timex` objects (offsets, kind and a parsed
  ``spec``): absolute dates ("3 March 2020", "Feb. 28", "5/12/2018"), weekdays with their
  modifiers ("on Saturday last week", "Tuesday next week", "early Thursday", "last Friday
  night"), deictic words ("yesterday", "last night", "overnight", "today"), relative units
  ("earlier this month", "last year", "two days ago"), months, years, seasons, decades,
  holidays; durations ("14 months", "35 minutes", "18-year", "week-long"), ages ("a
  25-year-old"), clock times ("7:45 p.m.") and sets ("every day").
- :func:`resolve` turns a Timex into a :class:`Resolution` (first/last day, granularity,
  TimeML value) given the anchor (the publication date, or the date of the statement that
  contains it), whether the governing verb is future, and the narrative reference date (for
  "the next day", "two days later").

dateparser is not used: in a trial on this machine it returned None for "Saturday last week",
"Tuesday next week", "last May" and "early December", and turned "14 months" into a date;
every absolute form it handles well is a few lines of regex here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .numbers import ordinal, parse_number

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {d.lower(): i for i, d in enumerate(calendar.day_name)}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# first month of each (northern-hemisphere) season, for the value's first day
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}

PARTS_OF_DAY = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "midday": "midday", "noon": "midday", "dawn": "morning", "dusk": "evening", "overnight": "night",
    "early hours": "night", "daybreak": "morning",
}

# ---------------------------------------------------------------------------------------------
# regular-expression building blocks (month and weekday names are case-sensitive: "may"/"march"
# as verbs and "sun" as a noun are not dates)

_MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NAMES = tuple(_MONTH_FULL.split("|"))  # for the stages that match a month by name
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\."
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
NUMW = (r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
        r"fifty|sixty|seventy|eighty|ninety|hundred|several|a\s+few|few|a\s+couple\s+of|couple\s+of|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|"
        r"seven|eight|nine))")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century)"
PART = r"(?:morning|afternoon|evening|night|midday|noon|dawn|dusk)"
EARLY = r"(?i:early|late|mid|earlier|later)"


def _ci(s: str) -> str:
    return f"(?i:{s})"


@dataclass
class Timex:
    start: int
    end: int
    text: str
    kind: str  # date | duration | age | time | set
    spec: dict[str, Any] = field(default_factory=dict)
    # direction carried by the words themselves: +1 future ("next", "tomorrow"), -1 past, 0 none
    direction: int = 0

    @property
    def deictic(self) -> bool:
        """Resolved against the speaker's "now" (so a statement's own date can be its anchor)."""
        return self.kind == "date" and self.spec.get("type") in ("deictic", "weekday", "relunit", "offset",
                                                               "month", "season", "weekend")


@dataclass
class Resolution:
    value: dt.date | None = None
    end_value: dt.date | None = None
    granularity: str = "day"  # day | week | weekend | month | season | quarter | year | decade | century | present | past
    timex: str | None = None  # TimeML TIMEX3 value ("2020-03-03", "2020-W10", "2020-03", "PRESENT_REF")
    future: bool = False
    part_of_day: str | None = None
    mod: str | None = None  # START | MID | END (early/mid/late)

    @property
    def time_precision(self) -> int | None:
        """ACLED: 1 day, 2 week (or a range of a few days), 3 month or longer."""
        if self.value is None and self.granularity not in ("present", "past"):
            return None
        if self.granularity == "day":
            if self.end_value and (self.end_value - self.value).days > 6:
                return 3
            return 2 if self.end_value and self.end_value != self.value else 1
        if self.granularity in ("week", "weekend"):
            return 2
        return 3

    @property
    def date_prec(self) -> int | None:
        """UCDP: 1 exact day, 2 within 2-6 days, 3 week, 4 month, 5 longer."""
        if self.value is None:
            return None
        if self.granularity == "day":
            if self.end_value and self.end_value != self.value:
                span = (self.end_value - self.value).days
                return 2 if span <= 6 else (4 if span <= 31 else 5)
            return 1
        if self.granularity == "weekend":
            return 2
        if self.granularity == "week":
            return 3
        if self.granularity == "month":
            return 4
        return 5


# ---------------------------------------------------------------------------------------------
# finding


def _month(name: str) -> int | None:
    n = name.lower().rstrip(".")
    return MONTHS.get(n[:3]) if n else None


def _num(text: str) -> int | None:
    t = " ".join(text.lower().split())
    if t in ("a", "an"):
        return 1
    if t in ("several", "a few", "few"):
        return None
    if t in ("a couple of", "couple of"):
        return 2
    return parse_number(t.replace("-", " ") if not t[0].isdigit() else t)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = []


def _pat(name: str, rx: str) -> None:
    _PATTERNS.append((name, re.compile(rx)))


# explicit dates ---------------------------------------------------------------------------
_pat("mdy", rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<early>{EARLY}\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})\b(?:\s*(?:-|–|{_ci('to|and|through')})\s*(?P<day2>{DAYNUM})\b)?(?!\s*(?:{_ci('percent|per cent|%|people|years?|months?|days?|hours?|minutes?')}))(?:,?\s+(?P<year>{YEAR})\b)?")
# (after a day number a month's three letters need no dot: "on 9 Jun", as teletype copy writes it)
_MONTH_DMY = rf"(?:{MONTH}|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![\w.]))"
_pat("dmy", rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{_ci('the')}\s+)?(?P<day>{DAYNUM})\s+(?:{_ci('of')}\s+)?(?P<mon>{_MONTH_DMY})(?:,?\s+(?P<year>{YEAR})\b)?")
_pat("my", rf"\b(?P<early>{EARLY}(?:-|\s+))?(?P<mon>{MONTH})(?:\s+{_ci('of')})?,?\s+(?P<year>{YEAR})\b")
_pat("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")
_pat("us", r"(?<![\d/])(?P<mnum>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)?\d\d)\b(?!/)")
# month/day with no year after a word that makes it a day ("on 5/17", "Sunday 5/17"; QA, sixteenth
# session): alone, "5/17" is as often a score or a fraction
_pat("usmd", r"(?:(?<=\bon )|(?<=\bOn )|(?<=\bsince )|(?<=\buntil )|(?<=\bearly )|(?<=\blate )|(?<=day )|(?<=day, ))"
             r"(?P<mnum>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])\b(?![/\d])")
# a month on its own ("in May", "last October", "early December", "late last July")
# ("May last year", "March of next year": the month of the year named after it)
_pat("month", rf"\b(?P<early>{EARLY}(?:-|\s+))?(?:(?P<rel>{_ci('last|this|next|past|coming')})\s+)?(?P<mon>{_MONTH_FULL}|{_MONTH_ABBR})\b(?!\s+\d)(?:\s+(?:{_ci('of')}\s+)?(?P<yrel>{_ci('last|this|next')})\s+{_ci('year')}\b)?")
# years, decades, centuries
_pat("year", rf"(?<![\d,.$#-])(?P<early>{EARLY}(?:-|\s+))?(?:{_ci('the')}\s+)?(?P<year>{YEAR})(?P<s>s|'s)?\b(?![-.,]\d|\s*(?:{_ci('percent|%|people|block|[A-Z][a-z]+ (?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Blvd|Boulevard|Lane|Way|Court|Place)')}))")
_pat("fiscal", rf"\b(?:{_ci('fiscal|financial')})\s+(?:{_ci('year')}\s+)?(?P<year>{YEAR})\b")
_pat("fiscal2", rf"\b(?P<rel>{_ci('this|last|next|the current')})\s+(?:{_ci('fiscal|financial')})\s+(?:{_ci('year')})\b")
_pat("century", rf"\b(?:{_ci('the')}\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ci('first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first')})[- ](?:{_ci('century')})\b")
# weekdays
_pat("weekday", rf"\b(?P<early>{_ci('early|late|earlier|later')}\s+)?(?:(?P<rel>{_ci('last|this|next|past|coming|this coming|this past')})\s+)?(?P<wd>{WEEKDAY})(?:'s)?(?:,?\s+(?P<part>{_ci(PART)}))?(?:\s+(?:(?P<of>{_ci('of')})\s+)?(?P<wrel>{_ci('last|this|next')})\s+(?P<wk>{_ci('week')})(?:'s)?)?\b")
_pat("weekend", rf"\b(?P<rel>{_ci('last|this|next|past|coming|the')})\s+(?:{_ci('weekend')})\b")
# "a weekend shooting" (QA round twenty): the latest weekend, as "the weekend"
_pat("weekend", rf"\b(?P<rel>{_ci('a')})\s+(?:{_ci('weekend')})(?=\s+(?:shooting|stabbing|attack|killing|homicide|"
                rf"robbery|assault|fight|brawl|clash|clashes|raid|incident)s?\b)")
# deictic words
# ("overnight Friday", "overnight on Friday": the weekday's night, told by the weekday; QA round twenty-two)
# (not "overnight into Saturday", QA round twenty-six: the weekday dates it, not the report's day)
_pat("deictic", rf"\b(?P<early>{_ci('early|late|earlier|later')}\s+)?(?P<w>{_ci('the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|overnight|this morning|this afternoon|this evening|last night|last evening')})(?:\s+(?P<part>{_ci(PART)}))?\b(?!\s+(?:{_ci('on|into|to')}\s+)?(?:{WEEKDAY})\b)")
_pat("present", rf"\b(?P<w>{_ci('now|currently|right now|at present|presently|nowadays|these days|at the moment')})\b")
_pat("pastref", rf"(?<={_ci('in')}\s)(?P<w>{_ci('the past')})\b(?!\s+(?:\w+\s+)?{UNIT}s?\b)")
_pat("pastref2", rf"(?<={_ci('at')}\s)(?P<w>{_ci('the time')})\b(?!\s+(?:of|when|that)\b)")
# relative units: "last week", "earlier this month", "the past year" (a date in TimeML), "next year"
_pat("relunit", rf"\b(?P<early>{_ci('earlier|later|early|late|mid')}(?:-|\s+))?(?:(?P<the>{_ci('the')})\s+)?(?P<rel>{_ci('last|this|next|past|coming|previous|following|current|same')})\s+(?P<unit>{_ci('week|month|year|quarter|decade|century')})\b(?!-)")
# "earlier in the week", "later in the month" (QA round twenty-two): the unit of the day the story told
_pat("inunit", rf"\b(?P<early>{_ci('earlier|later')})\s+{_ci('in')}\s+{_ci('the')}\s+(?P<unit>{_ci('week|month|year')})\b")
_pat("endof", rf"\b(?P<pos>{_ci('the end|the start|the beginning|the middle|the turn')})\s+{_ci('of')}\s+(?:(?P<rest>{_ci('the|this|last|next')})\s+)?(?P<unit>{_ci('week|month|year|decade|century')})\b")
_pat("season", rf"\b(?P<early>{_ci('early|late|mid')}(?:-|\s+))?(?:(?P<rel>{_ci('last|this|next|past|coming|the')})\s+)?(?P<season>{_ci('spring|summer|autumn|winter')}|(?<=the\s)fall|(?<=this\s)fall|(?<=last\s)fall|(?<=next\s)fall)(?:\s+(?:{_ci('of')}\s+)?(?P<year>{YEAR}))?\b")
# offsets: "two days ago", "a week earlier", "three years later", "the next day"
_pat("offset", rf"\b(?P<n>{_ci(NUMW)})\s+(?P<unit>{_ci(UNIT)})s?\s+(?P<dir>{_ci('ago|earlier|before|later|after|from now|previously|prior')})\b")
# (the parts of a day: "the previous afternoon", "that evening", QA round twenty-five)
_NARRATIVE_DAYS = ("the next day|the following day|the previous day|the day before|the day after|the same day|"
                   "that day|that night|the next morning|the following morning|the previous night|the night before|"
                   "the following week|the previous week|the week before|the next week|the previous morning|"
                   "the previous afternoon|the previous evening|the next afternoon|the following afternoon|"
                   "the next evening|the following evening|the following night|the next night|that morning|"
                   "that afternoon|that evening|the same night|the same morning|the same afternoon|the same evening")
_pat("narrative", rf"\b(?P<w>{_ci(_NARRATIVE_DAYS)})\b")
# holidays (US-centred, fixed or rule-based)
_APOS = "['’]"
# (a bare holiday naming a thing of its season is no day: "a plot to attack a Christmas market", QA round
# twenty-seven; "a shooting at a Halloween party ... late Saturday", QA round forty-six)
_SEASON_THINGS = (r"(?!\s+(?:markets?|trees?|lights|decorations|shopping|fairs?|carols?|cards?|gifts?|season|sales?|"
                  r"eggs?|costumes?|candy|shoppers|part(?:y|ies)|bash|gatherings?|dinners?)\b)")
_HOLIDAY = (rf"Christmas\s+(?:Eve|Day)|Christmas{_SEASON_THINGS}|New\s+Year{_APOS}s\s+(?:[Ee]ve|[Dd]ay)|"
            # a bare "New Year's" is the day only with a part of it or after "on" ("New Year's resolutions")
            rf"New\s+Year{_APOS}s(?=\s+(?:night|morning|afternoon|evening)\b)|(?<=\b[Oo]n\s)New\s+Year{_APOS}s|"
            rf"Halloween{_SEASON_THINGS}|Thanksgiving(?:\s+Day)?|Black\s+Friday|"
            # (another country's: "marking the country's Independence Day", "Kenya's Independence Day":
            # not the fourth of July; QA round seven)
            rf"(?<!{_APOS}s\s)(?<!\bnational\s)Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|"
            rf"Valentine{_APOS}s\s+Day|Memorial\s+Day|Labor\s+Day|Veterans{_APOS}?\s+Day|Mother{_APOS}s\s+Day|"
            rf"Father{_APOS}s\s+Day|Easter\s+(?:Sunday|Monday)|Easter{_SEASON_THINGS}|Good\s+Friday|"
            rf"Martin\s+Luther\s+King(?:\s+Jr\.?)?{_APOS}?(?:s)?\s+Day|MLK\s+Day|Presidents{_APOS}?\s+Day|"
            rf"Columbus\s+Day|St\.?\s+Patrick{_APOS}s\s+Day|Cinco\s+de\s+Mayo|Juneteenth")
# ("on Christmas Eve 2023": the year told with it, QA, seventeenth session)
_pat("holiday", rf"\b(?P<h>{_HOLIDAY})(?:\s+(?P<part>night|morning|afternoon|evening))?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")
# durations and ages
_pat("age", rf"\b(?P<n>{_ci(NUMW)})[- ](?P<unit>{_ci('year|month|week|day')})s?[- ]{_ci('old')}\b")
_pat("age2", rf"\b(?:{_ci('aged|age')})\s+(?P<n>\d{{1,3}})\b")
_pat("duration", rf"\b(?:(?P<det>{_ci('the past|the last|the next|the previous|the first|the final|another|for|over|within|nearly|almost|about|some|more than|less than|up to')})\s+)?(?P<n>{_ci(NUMW)})[- ](?P<unit>{_ci(UNIT)})s?(?:[- ]{_ci('long')})?\b(?!\s+{_ci('ago|earlier|later|before|after|from now|old|prior')}|[- ]{_ci('old')})")
_pat("duration2", rf"\b(?P<unit>{_ci('week|month|year|day|hour|decade')})[- ]{_ci('long')}\b")
_pat("duration3", rf"\b(?P<det>{_ci('for|over|in recent|in the past|for several|for many|for the past')})\s+(?P<unit>{_ci('minutes|hours|days|weeks|months|years|decades')})\b")
# clock times and sets
_AMPM = r"(?i:a\.m\.?|p\.m\.?|am\b|pm\b)"
_pat("clock", rf"\b(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ap>{_AMPM})(?:\s+(?P<tz>[A-Z]{{2,4}}T?)\b)?")
_pat("clock24", r"\b(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?:\s+(?P<tz>GMT|UTC|local time))?\b(?!:\d)")
_pat("clockword", rf"\b(?P<w>{_ci('midnight|noon|midday')})\b")
_pat("set", rf"\b(?P<w>{_ci('every|each')}\s+(?:{_ci('day|week|month|year|morning|night|evening|weekend|season|summer|winter')}|{WEEKDAY})|{_ci('daily|weekly|monthly|annually|yearly|nightly')})\b")

_PRIORITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_YEAR_RANGE = re.compile(rf"(?<![\d,.$#/-])(?P<a>{YEAR})[-–](?P<b>{YEAR}|\d\d)\b(?![-/]\d)")

_KIND = {"duration": "duration", "duration2": "duration", "duration3": "duration", "age": "age", "age2": "age",
         "clock": "time", "clock24": "time", "clockword": "time", "set": "set"}


_LEAD_PREP = re.compile(r"(?i)(?:for|over|within|in|during)\s+")


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEAD_PREP.match(text, start)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1] in " ,.;:'’":
        # keep the period of an abbreviation ("Feb.") and of "a.m."
        if text[end - 1] == "." and (re.search(r"(?:[A-Z][a-z]{2,3}|[ap]\.m)\.$", text[start:end])):
            break
        end -= 1
    while start < end and text[start] in " ,":
        start += 1
    return start, end


# ---------------------------------------------------------------------------------------------
# Where to look. Scanning a 600-word report with every pattern took ~8 ms, most of the dates
# stage (py-spy on 150 GVA reports, 2026-12-01); the windows below cut it to ~3 ms. Each pattern
# only matches text that contains one of its trigger words (a lower-cased ``\w+`` word; "#digit":
# any word with a digit), so it is run only in windows around those words. The result is the same
# as scanning the whole text (tests/dates/test_timex_windows.py; 4,676 texts of every gold set,
# 7.8 M characters, were identical when this was written):
# - a match contains a trigger, starts at most WINDOW_BEFORE characters before it and ends at
#   most WINDOW_AFTER - WINDOW_MARGIN after it (the longest expression, "early last Saturday
#   afternoon of last week's", is ~50 characters; runs of whitespace are the only unbounded
#   part, hence the full scan when a text has a run of 8 or more);
# - ``finditer(text, pos, endpos)`` sees the text before ``pos`` (look-behinds and ``\b`` work
#   as in a full scan) but not after ``endpos``: a match ending within WINDOW_MARGIN of a
#   window's end may be an artefact of the cut and is dropped, and the window of the trigger it
#   contains, which reaches further, finds it whole;
# - overlapping windows are merged, so a window never starts inside another match.
# A pattern with no trigger entry is scanned in full.
WINDOW_BEFORE = 150
WINDOW_AFTER = 160
WINDOW_MARGIN = 50
_LONG_SPACE = re.compile(r"\s{8,}")
_WORD = re.compile(r"\w+")
_MONTH_WORDS = {m.lower() for m in _MONTH_FULL.split("|")} | {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                               "sep", "sept", "oct", "nov", "dec"}
_UNIT_WORDS = {"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "century"}
_TRIGGER_WORDS: dict[str, set[str]] = {
    "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS, "my": _MONTH_WORDS, "month": _MONTH_WORDS,
    "iso": {"#digit"}, "us": {"#digit"}, "usmd": {"#digit"}, "year": {"#digit"}, "clock": {"#digit"},
    "clock24": {"#digit"},
    "age2": {"aged", "age"},
    "fiscal": {"fiscal", "financial"}, "fiscal2": {"fiscal", "financial"},
    "century": {"century"},
    "weekday": set(WEEKDAYS),
    "weekend": {"weekend"},
    "deictic": {"yesterday", "today", "tonight", "tomorrow", "overnight", "morning", "afternoon", "evening",
                "night"},
    "present": {"now", "currently", "present", "presently", "nowadays", "days", "moment"},
    "pastref": {"past"}, "pastref2": {"time"},
    "relunit": {"week", "month", "year", "quarter", "decade", "century"},
    "endof": {"week", "month", "year", "decade", "century"},
    "inunit": {"week", "month", "year"},
    "season": {"spring", "summer", "autumn", "winter", "fall"},
    "offset": {"ago", "earlier", "before", "later", "after", "now", "previously", "prior"},
    "narrative": {"day", "night", "morning", "afternoon", "evening", "week"},
    "holiday": {"christmas", "year", "halloween", "thanksgiving", "independence", "fourth", "valentine",
                "memorial", "labor", "veterans", "mother", "father", "black", "easter", "good", "king", "mlk",
                "presidents", "columbus", "patrick", "cinco", "juneteenth"},
    "age": {"old"},
    "duration": _UNIT_WORDS | {u + "s" for u in _UNIT_WORDS},
    "duration2": {"long"},
    "duration3": {"minutes", "hours", "days", "weeks", "months", "years", "decades"},
    "clockword": {"midnight", "noon", "midday"},
    "set": {"every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly"},
}
_WORD_TO_PATTERNS: dict[str, list[int]] = {}
_DIGIT_PATTERNS: list[int] = []
for _k, (_name, _) in enumerate(_PATTERNS):
    for _w in _TRIGGER_WORDS.get(_name, ()):
        if _w == "#digit":
            _DIGIT_PATTERNS.append(_k)
        else:
            _WORD_TO_PATTERNS.setdefault(_w, []).append(_k)
_UNTRIGGERED = [k for k, (name, _) in enumerate(_PATTERNS) if name not in _TRIGGER_WORDS]
_YEAR_RANGE_KEY = len(_PATTERNS)  # the year-range scan is triggered by digits too
_DIGIT_PATTERNS.append(_YEAR_RANGE_KEY)


def _windows(text: str) -> dict[int, list[tuple[int, int]]] | None:
    """Pattern index -> merged (start, end) windows to scan; None: scan everything."""
    if _LONG_SPACE.search(text):
        return None
    hits: dict[int, list[tuple[int, int]]] = {}
    get = _WORD_TO_PATTERNS.get
    for m in _WORD.finditer(text):
        w = m.group()
        ks = get(w.lower())
        if ks is None and w.isalpha():
            continue
        span = m.span()
        for k in ks or ():
            hits.setdefault(k, []).append(span)
        if not w.isalpha():
            for k in _DIGIT_PATTERNS:
                hits.setdefault(k, []).append(span)
    n = len(text)
    out: dict[int, list[tuple[int, int]]] = {}
    for k, spans in hits.items():
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            a, b = max(0, s - WINDOW_BEFORE), min(n, e + WINDOW_AFTER)
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        out[k] = merged
    for k in _UNTRIGGERED:
        out[k] = [(0, n)]
    return out


def _scan(rx: re.Pattern[str], text: str, windows: list[tuple[int, int]] | None):
    """``rx.finditer(text)``, restricted to ``windows`` (see WINDOW_BEFORE)."""
    if windows is None:
        yield from rx.finditer(text)
        return
    n = len(text)
    for a, b in windows:
        for m in rx.finditer(text, a, b):
            if b < n and m.end() > b - WINDOW_MARGIN:
                break  # may be cut by the window's end: the next trigger's window sees it whole
            yield m


# a street word after a name ("Lake June Road", "Fourth of July Drive"), the name capitalised before it
_STREET_AFTER = re.compile(r"\s+(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|"
                           r"Parkway|Pkwy|Highway|Circle|Terrace|Trail)\b\.?")
_CAP_BEFORE = re.compile(r"[A-Z][a-z]+\s$")


def find(text: str, *, windowed: bool = True) -> list[Timex]:
    """All time expressions of ``text``, longest match first where they overlap, in text order.
    ``windowed=False`` scans the whole text with every pattern (the reference for the windows)."""
    wins = _windows(text) if windowed else None
    cands: list[tuple[int, int, int, str, re.Match[str]]] = []
    for k, (name, rx) in enumerate(_PATTERNS):
        if wins is not None and k not in wins:
            continue
        for m in _scan(rx, text, None if wins is None else wins[k]):
            s, e = _clean_span(text, m.start(), m.end())
            if e <= s:
                continue
            cands.append((s, e, _PRIORITY[name], name, m))
    # "2009-2010", "1957-58": two years
    for m in ([] if wins is not None and _YEAR_RANGE_KEY not in wins else
              _scan(_YEAR_RANGE, text, None if wins is None else wins[_YEAR_RANGE_KEY])):
        for g in ("a", "b"):
            s, e = m.span(g)
            cands.append((s, e, -1, "yearrange", m))
    # longest first, then pattern priority
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Timex] = []
    for s, e, _, name, m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        if _STREET_AFTER.match(text, e) and s > 0 and text[s - 1] == " " and _CAP_BEFORE.search(text, 0, s):
            # "a vacant house on Lake June Road" (QA, eighteenth session): a street's name, no month
            continue
        tx = _build_year_range(m, text, s, e) if name == "yearrange" else _build(name, m, text, s, e)
        if tx is None:
            continue
        taken.append((s, e))
        out.append(tx)
    out.sort(key=lambda t: t.start)
    return out


def _build_year_range(m: re.Match[str], text: str, s: int, e: int) -> Timex | None:
    a = int(m.group("a"))
    span = text[s:e]
    if s == m.start("a"):
        y = a
    else:
        b = m.group("b")
        y = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if y <= a:
            return None
    return Timex(s, e, span, "date", {"type": "year", "year": y}, 0)


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        v = m.group(name)
    except IndexError:
        return None
    return v.strip() if v else None


def _early_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().strip(" -")
    return {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID"}.get(w)


# a weekday that is someone's given name: a capitalised surname after it (not a month, a part of
# the day or a title), and before it a comma or a word that introduces a person
_WEEKDAY_NAME = re.compile(rf" (?!(?:{_MONTH_FULL}|Night|Morning|Afternoon|Evening|President|Prime|Minister|Governor|"
                           r"Police|General|Gen|Mayor|Senator|Sen|Rep|Judge|Chief)\b)[A-Z][a-z]+\b(?! (?:[A-Z]|\d))")
_BEFORE_NAME = re.compile(r"(?i)(?:,|\b(?:spokesman|spokeswoman|spokesperson|leader|chief|resident|named|commander|"
                          r"official|witness|farmer|pastor|chairman|councillor|Mr\.?|Mrs\.?|Ms\.?))\s*$")


def _build(name: str, m: re.Match[str], text: str, s: int, e: int) -> Timex | None:
    span = text[s:e]
    kind = _KIND.get(name, "date")
    spec: dict[str, Any] = {"type": name}
    direction = 0
    if name in ("mdy", "dmy", "iso", "us", "usmd"):
        mon = _month(_g(m, "mon") or "") if _g(m, "mon") else int(m.group("mnum"))
        day = int(re.match(r"\d+", m.group("day")).group())
        year = _g(m, "year")
        if year and len(year) == 2:
            year = "20" + year if int(year) < 50 else "19" + year
        if not mon or not 1 <= day <= 31:
            return None
        day2 = _g(m, "day2")
        if day2:
            spec["day2"] = int(re.match(r"\d+", day2).group())
        spec.update(type="absolute", month=mon, day=day, year=int(year) if year else None,
                    weekday=WEEKDAYS.get((_g(m, "wd") or "").lower()), mod=_early_mod(_g(m, "early")))
    elif name == "my":
        spec.update(type="monthyear", month=_month(m.group("mon")), year=int(m.group("year")),
                    mod=_early_mod(_g(m, "early")))
    elif name == "month":
        mon_txt = m.group("mon")
        rel = (_g(m, "rel") or "").lower()
        early = _g(m, "early")
        yrel = (_g(m, "yrel") or "").lower()
        if mon_txt == "May" and not rel and not early and not yrel:
            # "May" is a modal verb far more often than a month: only take it after a preposition
            before = text[max(0, s - 12):s].lower()
            if not re.search(r"\b(in|since|until|by|of|from|through|during|before|after|last|early|late|mid)\s*$", before):
                return None
        if mon_txt == "March" and not rel and not early:
            before = text[max(0, s - 12):s].lower()
            after = text[e:e + 4]
            if not re.search(r"\b(in|since|until|by|of|from|through|during|before|after|early|late|mid)\s*$", before) \
                    and not re.match(r"\s*[,.;]", after):
                return None
        spec.update(type="month", month=_month(mon_txt), rel=rel or None, mod=_early_mod(early),
                    yrel={"last": -1, "this": 0, "next": 1}.get(yrel))
        direction = {"next": 1, "coming": 1, "last": -1, "past": -1}.get(rel, 0)
    elif name == "year":
        y = m.group("year")
        if _g(m, "s"):
            spec.update(type="decade", decade=int(y[:3]), mod=_early_mod(_g(m, "early")))
        else:
            spec.update(type="year", year=int(y), mod=_early_mod(_g(m, "early")))
    elif name == "fiscal":
        spec.update(type="year", year=int(m.group("year")))
    elif name == "fiscal2":
        rel = {"the current": "this"}.get(m.group("rel").lower(), m.group("rel").lower())
        spec.update(type="relunit", rel=rel, unit="year")
        direction = {"next": 1, "last": -1}.get(rel, 0)
    elif name == "century":
        n = ordinal(m.group("ord"))
        if not n:
            return None
        spec.update(type="century", century=n - 1)
    elif name == "weekday":
        rel = (_g(m, "rel") or "").lower()
        wrel = (_g(m, "wrel") or "").lower()
        if not rel and not wrel and not _g(m, "early") and not _g(m, "part") and _WEEKDAY_NAME.match(text[e:e + 30]) \
                and _BEFORE_NAME.search(text[max(0, s - 30):s]):
            return None  # "a community leader, Monday Kassah": a given name (QA round four)
        spec.update(type="weekday", weekday=WEEKDAYS[m.group("wd").lower()], rel=rel or None,
                    week=wrel or None, part=PARTS_OF_DAY.get((_g(m, "part") or "").lower()),
                    mod=_early_mod(_g(m, "early")))
        if "next" in (rel, wrel) or "coming" in rel:
            direction = 1
        elif rel in ("last", "past", "this past") or wrel == "last":
            direction = -1
    elif name == "weekend":
        rel = m.group("rel").lower()
        spec.update(type="weekend", rel=rel)
        direction = {"next": 1, "coming": 1, "last": -1, "past": -1}.get(rel, 0)
    elif name == "deictic":
        w = " ".join(m.group("w").lower().split())
        part = PARTS_OF_DAY.get((_g(m, "part") or "").lower())
        offs = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0,
                "tonight": 0, "tomorrow": 1, "overnight": -1, "this morning": 0, "this afternoon": 0,
                "this evening": 0, "last night": -1, "last evening": -1}[w]
        if w in ("tonight", "last night", "overnight", "last evening"):
            part = "night" if "evening" not in w else "evening"
        elif w.startswith("this "):
            part = w.split()[1]
        spec.update(type="deictic", offset=offs, part=part, word=w, mod=_early_mod(_g(m, "early")))
        direction = 1 if offs > 0 or w == "tonight" else (-1 if offs < 0 else 0)
    elif name == "present":
        spec.update(type="present")
    elif name in ("pastref", "pastref2"):
        spec.update(type="pastref")
    elif name == "relunit":
        rel = m.group("rel").lower()
        unit = m.group("unit").lower()
        early = _g(m, "early")
        if rel == "past" and not _g(m, "the") and unit != "week":
            pass
        if rel in ("previous", "following", "same"):
            spec.update(type="narrative_unit", rel=rel, unit=unit)
        else:
            rel = {"current": "this", "coming": "next", "past": "last"}.get(rel, rel)
            spec.update(type="relunit", rel=rel, unit=unit, mod=_early_mod(early),
                        the=bool(_g(m, "the")), trailing=m.group("rel").lower() == "past" and bool(_g(m, "the")))
            direction = {"next": 1, "last": -1}.get(rel, 0)
            if early and early.lower().startswith("later") and rel == "this":
                direction = 1
    elif name == "inunit":
        spec.update(type="narrative_unit", rel="same", unit=m.group("unit").lower())
        direction = -1 if m.group("early").lower() == "earlier" else 1
    elif name == "endof":
        pos = m.group("pos").lower()
        rest = (_g(m, "rest") or "the").lower()
        rel = {"the": "this"}.get(rest, rest)
        spec.update(type="relunit", rel=rel, unit=m.group("unit").lower(),
                    mod={"the end": "END", "the start": "START", "the beginning": "START",
                         "the middle": "MID", "the turn": "END"}[pos])
        direction = {"next": 1, "last": -1}.get(rel, 0)
    elif name == "season":
        rel = (_g(m, "rel") or "").lower()
        season = SEASONS[m.group("season").lower()]
        year = _g(m, "year")
        if not rel and not year and not _g(m, "early"):
            return None  # a bare "summer": too vague to be worth a date
        spec.update(type="season", season=season, rel=rel or None, year=int(year) if year else None,
                    mod=_early_mod(_g(m, "early")))
        direction = {"next": 1, "coming": 1, "last": -1, "past": -1}.get(rel, 0)
    elif name == "offset":
        n = _num(m.group("n"))
        unit = m.group("unit").lower()
        d = m.group("dir").lower()
        if unit == "night":
            unit = "day"
        sign = 1 if d in ("later", "after", "from now") else -1
        spec.update(type="offset", n=n, unit=unit, sign=sign,
                    ref="anchor" if d in ("ago", "from now") else "narrative",
                    # "a week after he was shot": counted from the day of the clause's own event
                    clause=d in ("after", "before") and bool(re.match(r"\s+(?:he|she|they|it|the|a|an|his|her)\b",
                                                                    text[e:e + 8], re.I))
                    and not re.search(r"(?i)\b(?:more\s+than|over|nearly|almost|about|around|some|roughly)\s*$",
                                      text[max(0, s - 16):s]))
        direction = sign if d in ("ago", "from now") else 0
    elif name == "narrative":
        w = " ".join(m.group("w").lower().split())
        # "the next/following/previous/same <part>", "that <part>": the word before the part says which
        # day; the rest are told here
        days = {"the day before": -1, "the night before": -1, "the day after": 1, "the following week": 7,
                "the previous week": -7, "the week before": -7, "the next week": 7}.get(w)
        if days is None:
            days = {"previous": -1, "next": 1, "following": 1}.get(w.split()[1] if w.startswith("the ") else "that", 0)
        part = next((p for p in ("night", "morning", "afternoon", "evening") if p in w), None)
        spec.update(type="narrative", days=days, unit="week" if "week" in w else "day", part=part)
    elif name == "holiday":
        spec.update(type="holiday", name=m.group("h"),
                    part=PARTS_OF_DAY.get((_g(m, "part") or "").lower()),
                    year=int(m.group("y")) if _g(m, "y") else None)
    elif name in ("age", "age2"):
        spec.update(type="age", n=_num(m.group("n")))
    elif name.startswith("duration"):
        if name == "duration":
            n_txt = m.group("n")
            det = (_g(m, "det") or "").lower()
            unit = m.group("unit").lower()
            if n_txt.lower() in ("a", "an") and not det and not re.search(r"[- ]long\b", span, re.I):
                # "a day" alone is usually "a day of mourning"/"once a day": only with a cue
                before = text[max(0, s - 16):s].lower()
                if not re.search(r"\b(for|in|within|over|than|about|nearly|almost|after|once|twice)\s*$", before):
                    return None
            if unit == "second" and n_txt.lower() in ("a", "an"):
                return None
            spec.update(type="duration", n=_num(n_txt), unit=unit)
        else:
            spec.update(type="duration", n=None, unit=m.group("unit").lower().rstrip("s"))
    elif name in ("clock", "clock24", "clockword"):
        spec.update(type="clock")
    elif name == "set":
        spec.update(type="set", word=m.group("w").lower())
    return Timex(s, e, span, kind, spec, direction)


# ---------------------------------------------------------------------------------------------
# resolving


def _week_monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def weekday_near(anchor: dt.date, weekday: int, future: bool) -> dt.date:
    """The given weekday nearest the anchor: on or before it (past), or on or after it (future)."""
    if future:
        # "the vote will be held Friday" in Friday's paper is today
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    delta = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=delta)


def month_near(anchor: dt.date, month: int, future: bool, day: int | None = None) -> int:
    """The year that puts month (and day) nearest before the anchor (or after it, if future)."""
    y = anchor.year
    probe_day = day or 1
    cand = _safe_date(y, month, min(probe_day, calendar.monthrange(y, month)[1]))
    if cand is None:
        return y
    if future:
        if day is None:
            return y if month >= anchor.month else y + 1
        return y if cand >= anchor else y + 1
    if day is None:
        return y if month <= anchor.month else y - 1
    return y if cand <= anchor else y - 1


def _easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian computus, the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ll) // 433
    month = (h + ll - 7 * m + 90) // 25
    return dt.date(year, month, (h + ll - 7 * m + 33 * month + 19) % 32)


def _holiday_date(name: str, year: int) -> dt.date | None:
    n = " ".join(name.lower().replace("\u2019", "'").replace(".", "").split())
    n = re.sub(r"^martin luther king(?: jr)?'?s? day$", "mlk day", n)
    n = {"new year's": "new year's day", "veterans' day": "veterans day", "presidents' day": "presidents day",
         "st patrick's day": "saint patrick's day"}.get(n, n)
    fixed = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
             "independence day": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
             "valentine's day": (2, 14), "veterans day": (11, 11), "saint patrick's day": (3, 17),
             "cinco de mayo": (5, 5), "juneteenth": (6, 19)}
    if n in fixed:
        return dt.date(year, *fixed[n])
    easter = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}
    if n in easter:
        return _easter(year) + dt.timedelta(days=easter[n])

    def nth_weekday(month: int, weekday: int, nth: int) -> dt.date:
        if nth > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = _month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

    rules = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "memorial day": (5, 0, -1),
             "labor day": (9, 0, 1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
             "mlk day": (1, 0, 3), "presidents day": (2, 0, 3), "columbus day": (10, 0, 2)}
    if n in rules:
        return nth_weekday(*rules[n])
    if n == "black friday":
        return nth_weekday(11, 3, 4) + dt.timedelta(days=1)
    return None


def resolve(tx: Timex, anchor: dt.date | None, *, future: bool = False,
            narrative: dt.date | None = None) -> Resolution:
    """Resolve ``tx`` against ``anchor``. ``future``: the governing verb points forward (it only
    decides where the words themselves do not: "last Tuesday" stays in the past).
    ``narrative``: the date the story is currently at, for "the next day" / "two days later"."""
    spec = tx.spec
    t = spec.get("type")
    fut = tx.direction > 0 or (tx.direction == 0 and future)
    r = Resolution(future=False, part_of_day=spec.get("part"), mod=spec.get("mod"))
    if tx.kind != "date":
        r.granularity = "none"
        return r
    if t == "century":
        c = spec["century"]
        r.granularity, r.timex = "century", f"{c:02d}"
        r.value, r.end_value = dt.date(c * 100, 1, 1) if c > 0 else None, dt.date(c * 100 + 99, 12, 31) if c > 0 else None
        return _finish(r, anchor)
    if t == "decade":
        dec = spec["decade"]
        r.granularity, r.timex = "decade", f"{dec:03d}"
        r.value, r.end_value = dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31)
        return _finish(r, anchor)
    if t == "year":
        y = spec["year"]
        r.granularity, r.timex = "year", f"{y:04d}"
        r.value, r.end_value = dt.date(y, 1, 1), dt.date(y, 12, 31)
        return _finish(r, anchor)
    if t == "monthyear":
        y, mth = spec["year"], spec["month"]
        r.granularity, r.timex = "month", f"{y:04d}-{mth:02d}"
        r.value, r.end_value = dt.date(y, mth, 1), _month_end(y, mth)
        return _finish(r, anchor)
    if t == "absolute":
        y, mth, d = spec.get("year"), spec["month"], spec["day"]
        if y is None:
            if anchor is None:
                return r
            y = month_near(anchor, mth, fut, d)
        val = _safe_date(y, mth, d)
        if val is None:
            return r
        r.value, r.granularity, r.timex = val, "day", val.isoformat()
        if spec.get("day2") and spec["day2"] > d:
            r.end_value = _safe_date(y, mth, spec["day2"])
        return _finish(r, anchor)
    if anchor is None and t != "narrative":
        return r  # relative expression and no anchor: never invented
    if t == "present":
        r.granularity, r.timex, r.value = "present", "PRESENT_REF", anchor
        return r
    if t == "pastref":
        r.granularity, r.timex = "past", "PAST_REF"
        return r
    if t == "deictic":
        val = anchor + dt.timedelta(days=spec["offset"])
        r.value, r.granularity, r.timex = val, "day", val.isoformat()
        return _finish(r, anchor)
    if t == "weekday":
        wd = spec["weekday"]
        week = spec.get("week")
        rel = spec.get("rel")
        if week in ("last", "next", "this"):
            k = {"last": -1, "next": 1, "this": 0}[week]
            val = _week_monday(anchor) + dt.timedelta(days=7 * k + wd)
        elif rel in ("next", "coming", "this coming"):
            val = anchor + dt.timedelta(days=((wd - anchor.weekday()) % 7) or 7)
        elif rel in ("last", "past", "this past"):
            val = anchor - dt.timedelta(days=((anchor.weekday() - wd) % 7) or 7)
        elif rel == "this":
            val = _week_monday(anchor) + dt.timedelta(days=wd)
        else:
            val = weekday_near(anchor, wd, fut)
        r.value, r.granularity, r.timex = val, "day", val.isoformat()
        return _finish(r, anchor)
    if t == "weekend":
        rel = spec["rel"]
        mon = _week_monday(anchor)
        if rel in ("last", "past"):
            sat = mon - dt.timedelta(days=2) if anchor.weekday() < 5 else mon + dt.timedelta(days=5) - dt.timedelta(days=7)
            if anchor.weekday() < 5:
                sat = mon - dt.timedelta(days=2)
        elif rel in ("next", "coming"):
            sat = mon + dt.timedelta(days=5) if anchor.weekday() < 5 else mon + dt.timedelta(days=12)
        elif rel == "a":
            # "a weekend shooting": one told as past, named by its weekend, is a weekend gone by
            sat = mon - dt.timedelta(days=2)
        else:  # "this weekend" / "the weekend": the coming one if future, else the latest
            if anchor.weekday() >= 5:
                sat = mon + dt.timedelta(days=5)
            else:
                sat = mon + dt.timedelta(days=5) if fut else mon - dt.timedelta(days=2)
        r.value, r.end_value, r.granularity = sat, sat + dt.timedelta(days=1), "weekend"
        r.timex = _iso_week(sat) + "-WE"
        return _finish(r, anchor)
    if t == "month":
        mth = spec["month"]
        rel = spec.get("rel")
        if spec.get("yrel") is not None:
            y = anchor.year + spec["yrel"]  # "May last year"
        elif rel in ("last", "past"):
            y = anchor.year if mth < anchor.month else anchor.year - 1
        elif rel in ("next", "coming"):
            y = anchor.year if mth > anchor.month else anchor.year + 1
        elif rel == "this":
            y = anchor.year
        else:
            y = month_near(anchor, mth, fut)
        r.value, r.end_value, r.granularity = dt.date(y, mth, 1), _month_end(y, mth), "month"
        r.timex = f"{y:04d}-{mth:02d}"
        return _finish(r, anchor)
    if t == "season":
        code = spec["season"]
        y = spec.get("year")
        rel = spec.get("rel")
        cur_season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
            anchor.month, "FA")
        order = ["WI", "SP", "SU", "FA"]
        if y is None:
            y = anchor.year
            if rel in ("last", "past"):
                if order.index(code) >= order.index(cur_season):
                    y -= 1
            elif rel in ("next", "coming"):
                if order.index(code) <= order.index(cur_season):
                    y += 1
            elif rel in ("this", "the") and not fut and order.index(code) > order.index(cur_season):
                y -= 1 if rel == "the" else 0
        start_m = SEASON_START[code]
        r.value = dt.date(y if code != "WI" else y - 1, start_m, 1) if code == "WI" else dt.date(y, start_m, 1)
        em_y, em = _add_months(r.value.year, r.value.month, 2)
        r.end_value = _month_end(em_y, em)
        r.granularity, r.timex = "season", f"{y:04d}-{code}"
        return _finish(r, anchor)
    if t == "relunit":
        rel, unit = spec["rel"], spec["unit"]
        k = {"last": -1, "this": 0, "next": 1}[rel]
        if unit == "week":
            mon = _week_monday(anchor) + dt.timedelta(days=7 * k)
            r.value, r.end_value, r.granularity, r.timex = mon, mon + dt.timedelta(days=6), "week", _iso_week(mon)
            if spec.get("trailing"):
                # "over the past week" said on a Sunday: the seven days up to it, not the calendar
                # week before (QA round four; the TIMEX value stays the week's)
                r.value, r.end_value = anchor - dt.timedelta(days=6), anchor
        elif unit == "month":
            y, mth = _add_months(anchor.year, anchor.month, k)
            r.value, r.end_value, r.granularity = dt.date(y, mth, 1), _month_end(y, mth), "month"
            r.timex = f"{y:04d}-{mth:02d}"
            if spec.get("mod") == "START" and k == 0 and tx.text.lower().startswith("earlier"):
                r.end_value = anchor  # "earlier this month": before the anchor
        elif unit == "quarter":
            q = (anchor.month - 1) // 3 + k
            y = anchor.year + q // 4
            q %= 4
            r.value, r.end_value, r.granularity = dt.date(y, q * 3 + 1, 1), _month_end(y, q * 3 + 3), "quarter"
            r.timex = f"{y:04d}-Q{q + 1}"
        elif unit == "year":
            y = anchor.year + k
            r.value, r.end_value, r.granularity, r.timex = dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}"
        elif unit == "decade":
            dec = anchor.year // 10 + k
            r.value, r.end_value, r.granularity, r.timex = dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31), "decade", f"{dec:03d}"
        else:
            c = anchor.year // 100 + k
            r.value, r.end_value, r.granularity, r.timex = dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31), "century", f"{c:02d}"
        return _finish(r, anchor)
    if t == "offset":
        n = spec.get("n")
        if spec["ref"] == "narrative" and narrative is None and spec.get("sign", 0) > 0:
            # "Man dies a week after Omaha shooting" above the story (QA round forty-six): a time
            # after a day the story has not told yet is no time after publication
            return r
        base = anchor if spec["ref"] == "anchor" or narrative is None else narrative
        unit = spec["unit"]
        if n is None or unit in ("second", "minute", "hour"):
            if unit in ("second", "minute", "hour") and n is not None:
                r.value, r.granularity, r.timex = base, "day", base.isoformat()
                return _finish(r, anchor)
            return r
        sign = spec["sign"]
        if unit in UNIT_DAYS:
            val = base + dt.timedelta(days=sign * n * UNIT_DAYS[unit])
            if unit == "day" or (spec["ref"] == "narrative" and narrative is not None and spec.get("clause")
                                 and n <= 4):
                # ("died Sunday, a week after he was shot": seven days before that Sunday, the day of a
                # clause told from a day, not a week to snap; QA round twenty-six)
                r.value, r.granularity, r.timex = val, "day", val.isoformat()
            else:
                mon = _week_monday(val)
                r.value, r.end_value, r.granularity, r.timex = mon, mon + dt.timedelta(days=6), "week", _iso_week(val)
        elif unit == "month":
            y, mth = _add_months(base.year, base.month, sign * n)
            r.value, r.end_value, r.granularity, r.timex = dt.date(y, mth, 1), _month_end(y, mth), "month", f"{y:04d}-{mth:02d}"
        elif unit == "year":
            y = base.year + sign * n
            r.value, r.end_value, r.granularity, r.timex = dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}"
        elif unit == "decade":
            y = base.year + sign * 10 * n
            r.value, r.end_value, r.granularity, r.timex = dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}"
        else:
            return r
        return _finish(r, anchor)
    if t in ("narrative", "narrative_unit"):
        base = narrative or anchor
        if base is None or (narrative is None and t == "narrative" and spec["days"] == 0):
            # "on the same day", "that night" before the story has named any day: they point
            # back to a day still untold, not to the publication day
            return r
        if t == "narrative_unit":
            k = {"previous": -1, "following": 1, "same": 0}[spec["rel"]]
            unit = spec["unit"]
            if unit == "week":
                mon = _week_monday(base) + dt.timedelta(days=7 * k)
                r.value, r.end_value, r.granularity, r.timex = mon, mon + dt.timedelta(days=6), "week", _iso_week(mon)
            elif unit == "month":
                y, mth = _add_months(base.year, base.month, k)
                r.value, r.end_value, r.granularity, r.timex = dt.date(y, mth, 1), _month_end(y, mth), "month", f"{y:04d}-{mth:02d}"
            elif unit == "year":
                y = base.year + k
                r.value, r.end_value, r.granularity, r.timex = dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}"
            else:
                return r
            return _finish(r, anchor)
        val = base + dt.timedelta(days=spec["days"])
        if spec["unit"] == "week":
            mon = _week_monday(val)
            r.value, r.end_value, r.granularity, r.timex = mon, mon + dt.timedelta(days=6), "week", _iso_week(val)
        else:
            r.value, r.granularity, r.timex = val, "day", val.isoformat()
        return _finish(r, anchor)
    if t == "holiday":
        y = spec.get("year") or anchor.year
        val = _holiday_date(spec["name"], y)
        if val is None:
            return r
        if not spec.get("year"):  # (a holiday told without its year: the next one when told ahead, else the last)
            if fut and val < anchor:
                val = _holiday_date(spec["name"], y + 1)
            elif not fut and val > anchor:
                val = _holiday_date(spec["name"], y - 1)
        r.value, r.granularity, r.timex = val, "day", val.isoformat()
        return _finish(r, anchor)
    return r


def _finish(r: Resolution, anchor: dt.date | None) -> Resolution:
    if r.value is not None and anchor is not None:
        r.future = r.value > anchor
    return r


def combine_range(a: Resolution, b: Resolution) -> Resolution:
    """"between Monday and Wednesday" / "from March 3 to 5": one resolution spanning both."""
    if a.value is None or b.value is None:
        return a
    av, bv = a.value, (b.end_value or b.value)
    if av > bv and a.granularity == b.granularity == "day" and (av - bv).days < 7 and not a.future:
        # "between Tuesday and Thursday" said on a Tuesday: last week's Tuesday to Thursday, not
        # Thursday to today (weekdays each read as the nearest past one; QA round four)
        av = av - dt.timedelta(days=7)
    lo, hi = sorted([av, bv])
    r = Resolution(value=lo, end_value=hi, granularity="day" if a.granularity == b.granularity == "day" else a.granularity,
                   timex=a.timex, future=a.future and b.future, part_of_day=None)
    return r
