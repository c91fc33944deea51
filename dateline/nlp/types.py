"""What the pipeline stages write onto a spaCy ``Doc`` (as ``doc._.dl_*`` extensions).

Every mention carries character offsets into ``doc.text`` (== the report text) and the index
of its sentence in ``list(doc.sents)``, so later stages and the evidence list can point back.
These classes are the contract between stages: change them only additively.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Header:
    """The report's dateline ("AFP, KABUL" / "KABUL, March 5 (Reuters) -")."""

    agency: str | None = None
    place_text: str | None = None
    country_code: str | None = None  # country focus derived from the dateline place
    admin1: str | None = None
    start: int = 0
    end: int = 0  # where the header ends; the body starts after it


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    sent: int
    name: str | None = None  # canonical gazetteer name (ASCII-folded display name)
    feature: str = "unknown"  # country | admin1 | admin2 | populated place | region | unknown
    country_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    score: float = 0.0  # resolution confidence 0-1
    context: str = "body"  # body | dateline | job_title | source_location | demonym | reporting
    geo_precision: int | None = None  # ACLED 1-3
    where_prec: int | None = None  # UCDP 1-7
    parent: int | None = None  # index in dl_places of the containing place ("X district of Y")
    reason: str = ""  # how it was resolved

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class TimeMention:
    start: int
    end: int
    text: str
    sent: int
    kind: str = "date"  # date | duration | set | age | time
    value: dt.date | None = None  # first day
    end_value: dt.date | None = None  # last day, for ranges ("between Monday and Wednesday")
    granularity: str = "day"  # day | week | month | year
    anchor: str = "published"  # published | statement | absolute | none
    future: bool = False  # refers to a time after the anchor
    part_of_day: str | None = None  # night | morning | evening | ...
    time_precision: int | None = None  # ACLED 1-3
    date_prec: int | None = None  # UCDP 1-5
    head: int | None = None  # token index of the word the expression attaches to

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        for k in ("value", "end_value"):
            if d[k] is not None:
                d[k] = d[k].isoformat()
        return d


@dataclass
class CountMention:
    """A number of people (or incidents) affected in some way, e.g. "at least 10 soldiers killed"."""

    start: int
    end: int
    text: str
    sent: int
    category: str  # killed | injured | abducted | arrested | missing | incidents
    low: int | None = None
    best: int | None = None
    high: int | None = None
    who: str | None = None  # victim noun ("soldiers and police")
    parts: list[tuple[int, str]] = field(default_factory=list)  # [(10, "soldiers"), (4, "police")]
    head: int | None = None  # token index of the verb/noun that carries the category ("killing")
    perpetrators_included: bool = False  # "killing five, including the bomber"
    perpetrators: int = 0  # how many of the figure are attackers
    aggregate_hint: bool = False  # text signals a total ("in a series of attacks", "in total")
    status: str = "occurred"
    inclusive: bool = False  # counts everyone hit, the killed among them ("five were shot, two fatally")
    singular: bool = False  # one identifiable person ("a man", "the victim", a name, "he")

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class EventMention:
    """A trigger word or phrase for an event, typed."""

    start: int
    end: int
    text: str
    sent: int
    head: int  # token index of the trigger head
    lemma: str = ""
    event_type: str | None = None  # ACLED event type (None for non-ACLED PLOVER events)
    sub_event_type: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    status: str = "occurred"  # occurred | planned | negated | hypothetical
    status_cue: str | None = None  # the word that set the status ("due to", "not")
    background: bool = False  # history/background ("since the war began in 2001")
    generic: bool = False  # not a specific event ("violence", "attacks" in general)
    plural: bool = False  # "a series of attacks", "43 attacks"
    incident_count: int | None = None
    political: bool = True
    confidence: float = 0.5
    # an earlier incident told in a clause of another's sentence ("... attacked the village, after
    # two Israelis were shot dead by a gunman nearby earlier in the day"): never one event with the
    # sentence's other mentions
    apart: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    sent: int
    event: int | None  # index into doc._.dl_events, None if not attached to an event
    role: str  # actor1 | actor2 | victim | assoc1 | assoc2 | mention
    canonical: str | None = None  # registry name, e.g. "Military Forces of Afghanistan"
    inter: int | None = None  # ACLED inter code
    country_code: str | None = None
    kind: str | None = None  # state | rebel | militia | civilians | protesters | ...
    resolved_from: str | None = None  # coreference: the text it was resolved from
    head: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SourceMention:
    """Attribution: who said it."""

    start: int
    end: int
    text: str  # the attribution phrase as written
    sent: int
    name: str  # best short label ("Zergai Ebadi, governor's spokesman" / "Afghan government officials")
    covers: list[int] = field(default_factory=list)  # sentence indices the attribution covers
    speech_verb: int | None = None  # token index of "said"/"according to"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)
