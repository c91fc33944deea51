"""The unit of input: one news report, and the checks every report passes before NLP."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .errors import DatelineError, ErrorCode, Rejected, RejectReason

# 1M characters is about 170k words, far beyond any news report; bigger inputs are almost
# always dumps or binaries and would cost minutes of parsing (spaCy's own limit is 1M chars).
MAX_TEXT_CHARS = 1_000_000

# Share of alphabetic words that must be common English function words for a text to count
# as English. Set on our own-words samples: English news scores 0.30-0.45, French/Spanish/
# German news 0.00-0.06, so 0.12 leaves a wide margin both ways.
MIN_ENGLISH_STOPWORD_SHARE = 0.12

_EN_STOPWORDS = frozenset(
    """the of and to in a is was were that for on with by as at from he she it they his her their
    said says had has have been be are an or but not this which who after before when over
    into than its also more two three killed would will there about against during while""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def parse_date(value: Any) -> dt.date | None:
    """Parse a publication date: a date, a datetime, or an ISO string (time part ignored)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
    raise DatelineError(ErrorCode.E002, value=value)


def content_hash(text: str) -> str:
    """Hash of the normalised text (case, whitespace and Unicode form folded)."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    norm = " ".join(norm.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One report. ``text`` is what offsets in evidence point into."""

    text: str
    id: str = ""
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    dateline: str | None = None  # raw header such as "AFP, KABUL", when known
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.text, (bytes, bytearray)):  # raw bytes from a caller: UTF-8/UTF-16 or Rejected
            self.text = decode_bytes(bytes(self.text), self.id or "")
        elif self.text is None:  # no text: rejected as `empty` by check_text, like ""
            self.text = ""
        elif not isinstance(self.text, str):
            raise TypeError(f"Article.text must be a str (or UTF-8 bytes), not {type(self.text).__name__}")
        if not isinstance(self.published, (dt.date, type(None))) or isinstance(self.published, dt.datetime):
            self.published = parse_date(self.published)
        if not self.id:
            self.id = content_hash(self.text)[:16]

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "dateline": self.dateline,
        }


def decode_bytes(data: bytes, origin: str = "") -> str:
    """Decode raw bytes to text, or raise :class:`Rejected` with a typed reason.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted. Bytes that are not valid
    UTF-8 are rejected as ``encoding`` rather than guessed: a wrong guess silently corrupts
    names and numbers.
    """
    if len(data) > MAX_TEXT_CHARS * 4:
        raise Rejected(RejectReason.TOO_LARGE, f"{len(data)} bytes is above the {MAX_TEXT_CHARS * 4} byte cap")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Rejected(RejectReason.ENCODING, f"invalid UTF-16: {exc.reason}") from exc
    head = data[:8192]
    if b"\x00" in head:
        raise Rejected(RejectReason.BINARY, "NUL bytes: this looks like a binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Rejected(
            RejectReason.ENCODING,
            f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); re-encode the file as UTF-8",
        ) from exc


def english_share(text: str) -> float:
    words = _WORD.findall(text[:20000].lower())
    if not words:
        return 0.0
    return sum(w in _EN_STOPWORDS for w in words) / len(words)


def check_text(text: str) -> str:
    """Validate report text; return it (unchanged) or raise :class:`Rejected`."""
    if text is None or not text.strip():
        raise Rejected(RejectReason.EMPTY, "the report has no text")
    if len(text) > MAX_TEXT_CHARS:
        raise Rejected(RejectReason.TOO_LARGE, f"{len(text)} characters is above the {MAX_TEXT_CHARS} cap")
    sample = text[:8192]
    if "\x00" in sample:
        raise Rejected(RejectReason.BINARY, "NUL characters: this looks like a binary file")
    ctrl = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    if ctrl > max(8, len(sample) // 50):
        raise Rejected(RejectReason.BINARY, f"{ctrl} control characters in the first {len(sample)}: binary data")
    if "\ufffd" in sample and sample.count("\ufffd") > max(3, len(sample) // 200):
        raise Rejected(RejectReason.ENCODING, "many U+FFFD replacement characters: the text was decoded wrongly")
    words = _WORD.findall(sample)
    if len(words) < 3:
        raise Rejected(RejectReason.EMPTY, "fewer than three words of text")
    share = english_share(text)
    if len(words) >= 8 and share < MIN_ENGLISH_STOPWORD_SHARE:
        raise Rejected(
            RejectReason.NOT_ENGLISH,
            f"only {share:.0%} English function words; Dateline reads English reports only",
        )
    return text
