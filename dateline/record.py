"""The event record: Dateline's stable output interface (one JSON object per event).

Field names follow ACLED's columns where ACLED has one. Fields after ``evidence`` are
Dateline extensions; they are additive and may grow, the core fields above them do not change.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Evidence:
    """The text that supports one field: character offsets into the report's text."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class EventRecord:
    event_id: str = ""
    article_id: str = ""
    event_date: str | None = None  # YYYY-MM-DD
    time_precision: int | None = None  # ACLED: 1 day, 2 week, 3 month
    status: str = "occurred"  # occurred | planned | negated | hypothetical
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near town / district, 3 region
    fatalities: int = 0  # ACLED's conservative figure (best estimate, else low)
    killed_low: int | None = None
    killed_best: int | None = None
    killed_high: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None
    incident_count: int = 1
    source: str | None = None
    notes: str = ""
    confidence: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    # --- extensions -------------------------------------------------------------------
    event_date_end: str | None = None  # last day when the text gives a range
    date_prec: int | None = None  # UCDP date_prec 1-5
    where_prec: int | None = None  # UCDP where_prec 1-7
    geonames_id: int | None = None
    abducted_best: int | None = None
    arrested_best: int | None = None
    civilian_targeting: bool = False
    political_violence: bool = True  # False for ordinary crime (kept, flagged)
    perpetrators_included: bool = False  # fatalities include attackers (e.g. a suicide bomber)
    warnings: list[str] = field(default_factory=list)

    @staticmethod
    def make_id(article_id: str, key: str) -> str:
        return hashlib.sha1(f"{article_id}|{key}".encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = [e.to_dict() if isinstance(e, Evidence) else e for e in self.evidence]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "EventRecord":
        names = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in names}
        kw["evidence"] = [Evidence(**e) if isinstance(e, dict) else e for e in d.get("evidence") or []]
        return cls(**kw)

    def add_evidence(self, field_name: str, start: int, end: int, text: str) -> None:
        for e in self.evidence:
            if e.field == field_name and e.start == start and e.end == end:
                return
        self.evidence.append(Evidence(field_name, start, end, text))


RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(EventRecord))
CORE_FIELDS: tuple[str, ...] = RECORD_FIELDS[: RECORD_FIELDS.index("evidence") + 1]
