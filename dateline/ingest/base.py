"""Readers for plain-text files and JSONL report files."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..article import MAX_TEXT_CHARS, Article, decode_bytes, parse_date
from ..errors import DatelineError, Rejected, Rejection, RejectReason

Item = Article | Rejection

# a JSONL line above this is refused before json.loads (the text cap plus room for metadata)
MAX_LINE_BYTES = MAX_TEXT_CHARS * 4 + 65536


def read_text_file(path: str | os.PathLike, published: Any = None, source: str | None = None,
                   id: str | None = None) -> Item:
    """Read one report from a text file (UTF-8). The file stem is the default id."""
    p = Path(path)
    origin = str(p)
    try:
        size = p.stat().st_size
        if size > MAX_TEXT_CHARS * 4:
            return Rejection(RejectReason.TOO_LARGE, f"{size} bytes is above the cap", None, origin)
        data = p.read_bytes()
    except OSError as exc:
        return Rejection(RejectReason.UNSUPPORTED, f"cannot read: {exc.strerror or exc}", None, origin)
    try:
        text = decode_bytes(data, origin)
    except Rejected as exc:
        return Rejection(exc.reason, exc.detail, id or p.stem, origin)
    try:
        return Article(text=text, id=id or p.stem, published=parse_date(published), source=source,
                       meta={"origin": origin})
    except DatelineError as exc:
        return Rejection(RejectReason.BAD_METADATA, str(exc), id or p.stem, origin)


def article_from_obj(obj: Any, origin: str) -> Item:
    """Build an Article from a JSON object ``{"id", "text", "published", "source"?, "url"?, "title"?}``."""
    if not isinstance(obj, dict):
        return Rejection(RejectReason.MALFORMED, f"expected a JSON object, got {type(obj).__name__}", None, origin)
    aid = obj.get("id")
    if isinstance(aid, bool) or (aid is not None and not isinstance(aid, (str, int))):
        return Rejection(RejectReason.BAD_METADATA, f"\"id\" must be a string or an integer, got {type(aid).__name__}",
                         None, origin)
    aid = str(aid) if aid is not None else None
    # metadata goes into the store's columns (url is a unique key): only strings are taken
    for key in ("url", "title", "source"):
        val = obj.get(key)
        if val is not None and not isinstance(val, str):
            return Rejection(RejectReason.BAD_METADATA, f"\"{key}\" must be a string, got {type(val).__name__}",
                             aid, origin)
    text = obj.get("text")
    if not isinstance(text, str):
        return Rejection(RejectReason.EMPTY if text is None else RejectReason.MALFORMED,
                         "no \"text\" string in the object", aid, origin)
    try:
        published = parse_date(obj.get("published") or obj.get("publish_date") or obj.get("date"))
    except DatelineError as exc:
        return Rejection(RejectReason.BAD_METADATA, str(exc), aid, origin)
    return Article(text=text, id=aid or "", published=published, source=obj.get("source"),
                   url=obj.get("url") or None, title=obj.get("title"), meta={"origin": origin})


def read_jsonl(stream: IO[bytes] | str | os.PathLike, name: str | None = None) -> Iterator[Item]:
    """Yield one Article or Rejection per non-blank line of a JSONL file or binary stream."""
    if isinstance(stream, (str, os.PathLike)):
        name = name or str(stream)
        with open(stream, "rb") as fh:
            yield from read_jsonl(fh, name)
        return
    name = name or "<stdin>"
    for lineno, raw in enumerate(iter(lambda: stream.readline(MAX_LINE_BYTES + 1), b""), 1):
        origin = f"{name}:{lineno}"
        if lineno == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            # UTF-16 (e.g. PowerShell's `>`): its newlines are two bytes, so every later line would read as
            # binary; one rejection for the whole file says what to do
            yield Rejection(RejectReason.ENCODING, "the file is UTF-16: re-encode it as UTF-8 (one JSON object "
                            "per line)", None, name)
            return
        if len(raw) > MAX_LINE_BYTES:
            # skip the rest of an over-long line
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE_BYTES)
            yield Rejection(RejectReason.TOO_LARGE, "line above the size cap", None, origin)
            continue
        if not raw.strip():
            continue
        try:
            line = decode_bytes(raw, origin)
        except Rejected as exc:
            yield Rejection(exc.reason, exc.detail, None, origin)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(RejectReason.MALFORMED, f"invalid JSON: {exc.msg} (column {exc.colno})", None, origin)
            continue
        except RecursionError:  # [[[[...]]]] deeper than the interpreter's stack
            yield Rejection(RejectReason.MALFORMED, "invalid JSON: nested too deeply", None, origin)
            continue
        except ValueError as exc:  # e.g. an integer above Python's 4300-digit conversion limit
            yield Rejection(RejectReason.MALFORMED, f"invalid JSON: {exc}", None, origin)
            continue
        yield article_from_obj(obj, origin)
