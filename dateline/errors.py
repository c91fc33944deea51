"""One catalogue of coded errors and rejection reasons.

Every error Dateline raises carries a stable code (``E###``) so that users can look it up,
and every input we refuse carries a :class:`RejectReason` that is stored and counted.
Add new codes at the end; never renumber.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class RejectReason(str, enum.Enum):
    """Why an input report was not turned into events. Stored in the rejections table."""

    EMPTY = "empty"  # no text at all, or only whitespace
    BINARY = "binary"  # looks like a binary file (NUL bytes, control characters)
    ENCODING = "encoding"  # bytes that are not valid in any encoding we accept
    TOO_LARGE = "too_large"  # above the size cap
    NOT_ENGLISH = "not_english"  # the pipeline is English-only
    HOSTILE_XML = "hostile_xml"  # entity expansion, external entities, DTDs
    MALFORMED = "malformed"  # JSON/XML/HTML/feed that cannot be parsed
    BAD_METADATA = "bad_metadata"  # e.g. an unparseable publication date, a missing id
    NO_TEXT = "no_text"  # a page or feed item with no extractable article text
    FETCH_FAILED = "fetch_failed"  # network error, HTTP error, timeout
    FORBIDDEN_ADDRESS = "forbidden_address"  # URL resolving to a non-global address, bad scheme
    UNSUPPORTED = "unsupported"  # a file type we do not read
    INTERNAL = "internal"  # a bug: the report is kept and counted, never lost


class ErrorCode(str, enum.Enum):
    E001 = "E001"  # report rejected (see RejectReason)
    E002 = "E002"  # invalid publication date
    E003 = "E003"  # bad command-line usage / invalid argument
    E004 = "E004"  # input file not found or unreadable
    E005 = "E005"  # store error (schema version, connection)
    E006 = "E006"  # unknown gold set or missing evaluation data
    E007 = "E007"  # gazetteer data missing or corrupt
    E008 = "E008"  # actor registry file invalid
    E009 = "E009"  # fetch refused or failed
    E010 = "E010"  # export format unknown
    E011 = "E011"  # API authentication failed
    E012 = "E012"  # not found
    E013 = "E013"  # HTTP request body too large
    E014 = "E014"  # HTTP rate limit exceeded
    E015 = "E015"  # internal server error (a bug; logged)


MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.E001: "Report rejected ({reason}): {detail}",
    ErrorCode.E002: "Invalid publication date {value!r}: expected YYYY-MM-DD",
    ErrorCode.E003: "Invalid argument: {detail}",
    ErrorCode.E004: "Cannot read {path}: {detail}",
    ErrorCode.E005: "Store error: {detail}",
    ErrorCode.E006: "Evaluation data problem: {detail}",
    ErrorCode.E007: "Gazetteer problem: {detail}",
    ErrorCode.E008: "Actor registry problem: {detail}",
    ErrorCode.E009: "Fetch refused or failed for {url}: {detail}",
    ErrorCode.E010: "Unknown format {value!r}; choose one of {choices}",
    ErrorCode.E011: "Missing or invalid API key",
    ErrorCode.E012: "{what} {key!r} not found",
    ErrorCode.E013: "Request body too large: {size} bytes is above the {limit} byte cap",
    ErrorCode.E014: "Rate limit exceeded: retry in {retry_after} s",
    ErrorCode.E015: "Internal error: {detail}",
}


class DatelineError(Exception):
    """Base class of every error Dateline raises on purpose."""

    def __init__(self, code: ErrorCode, **kwargs: Any) -> None:
        self.code = code
        self.kwargs = kwargs
        try:
            msg = MESSAGES[code].format(**kwargs)
        except (KeyError, IndexError):
            msg = f"{MESSAGES[code]} {kwargs}"
        super().__init__(f"[{code.value}] {msg}")

    @property
    def message(self) -> str:
        return str(self)


class Rejected(DatelineError):
    """An input report that we refuse, with a typed reason. Never lost: callers store it."""

    def __init__(self, reason: RejectReason, detail: str, **extra: Any) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(ErrorCode.E001, reason=reason.value, detail=detail, **extra)


@dataclass
class Rejection:
    """A stored record of a refused input."""

    reason: RejectReason
    detail: str
    article_id: str | None = None
    origin: str | None = None  # file path, URL, or "<stdin>:LINE"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rejected": True,
            "reason": self.reason.value,
            "detail": self.detail,
            "article_id": self.article_id,
            "origin": self.origin,
            **({"extra": self.extra} if self.extra else {}),
        }
