"""Resolve ingest SOURCES (files, folders, feeds, URLs) into a stream of Articles and Rejections.

Nothing is dropped silently: every input that yields no report yields a :class:`Rejection`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..article import MAX_TEXT_CHARS, Article, decode_bytes
from ..errors import DatelineError, Rejected, Rejection, RejectReason
from .base import article_from_obj, read_jsonl, read_text_file
from .fetch import Fetcher
from .web import MIN_ITEM_TEXT_CHARS, article_from_html, parse_feed, sniff

Item = Article | Rejection

TEXT_EXT = {".txt", ".text", ".md"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".xml", ".rss", ".atom"}
KNOWN_EXT = TEXT_EXT | JSONL_EXT | JSON_EXT | HTML_EXT | FEED_EXT
MAX_FILE_BYTES = MAX_TEXT_CHARS * 4  # the same cap as one report's text (a feed file is one document)


def is_url(s: str) -> bool:
    return "://" in s[:16]


def iter_items(sources: list[str], *, fetcher: Fetcher | None = None, follow_links: bool = True,
               known_url: Callable[[str], bool] | None = None, source: str | None = None,
               published=None) -> Iterator[Item]:
    """Articles and Rejections from every source, in order (folders sorted, recursively).

    ``known_url(url)`` lets the caller skip pages it already stores before fetching them.
    ``source``/``published`` are defaults for inputs that carry none (plain text files).
    """
    fetcher = fetcher or Fetcher()
    for s in sources:
        if is_url(s):
            yield from _url(s, fetcher, follow_links, known_url, source, published)
            continue
        p = Path(s)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(
                part.startswith(".") for part in f.relative_to(p).parts))
            for f in files:
                if f.suffix.lower() in KNOWN_EXT:
                    yield from _file(f, fetcher, follow_links, known_url, source, published)
                else:  # counted, not silently skipped
                    yield Rejection(RejectReason.UNSUPPORTED, f"file type {f.suffix or '(none)'!r} is not read "
                                    f"(reports: {', '.join(sorted(KNOWN_EXT))})", None, str(f))
        elif p.is_file():
            yield from _file(p, fetcher, follow_links, known_url, source, published)
        elif p.exists():  # a device, pipe or socket: /dev/zero would be read forever
            yield Rejection(RejectReason.UNSUPPORTED, "not a regular file or folder (a device, pipe or socket)",
                            None, s)
        else:
            yield Rejection(RejectReason.UNSUPPORTED, "no such file or folder", None, s)


def _read(p: Path) -> bytes | Rejection:
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            return Rejection(RejectReason.TOO_LARGE, f"{size} bytes is above the {MAX_FILE_BYTES} cap", None, str(p))
        return p.read_bytes()
    except OSError as exc:
        return Rejection(RejectReason.UNSUPPORTED, f"cannot read: {exc.strerror or exc}", None, str(p))


def _file(p: Path, fetcher, follow, known_url, source, published) -> Iterator[Item]:
    ext = p.suffix.lower()
    origin = str(p)
    if ext in JSONL_EXT:
        yield from read_jsonl(p)
        return
    if ext in TEXT_EXT:
        yield read_text_file(p, published=published, source=source)
        return
    data = _read(p)
    if isinstance(data, Rejection):
        yield data
        return
    kind = {**{e: "json" for e in JSON_EXT}, **{e: "html" for e in HTML_EXT}, **{e: "feed" for e in FEED_EXT}}.get(ext)
    kind = kind or sniff(data)
    yield from _bytes(data, kind, origin, None, fetcher, follow, known_url, source, published, p.stem)


def _bytes(data: bytes, kind: str, origin: str, url: str | None, fetcher, follow, known_url, source, published,
           stem: str | None) -> Iterator[Item]:
    if kind == "feed":
        yield from _feed(data, origin, fetcher, follow, known_url, source)
    elif kind == "html":
        yield article_from_html(data, url, origin, source=source, published=published, id=stem if not url else None)
    elif kind == "json":
        yield from _json(data, origin)
    else:
        try:
            text = decode_bytes(data, origin)
        except Rejected as exc:
            yield Rejection(exc.reason, exc.detail, None, origin)
            return
        try:
            yield Article(text=text, id=stem or "", published=published, source=source, url=url,
                          meta={"origin": origin})
        except DatelineError as exc:
            yield Rejection(RejectReason.BAD_METADATA, str(exc), stem, origin)


def _json(data: bytes, origin: str) -> Iterator[Item]:
    try:
        obj = json.loads(decode_bytes(data, origin))
    except Rejected as exc:
        yield Rejection(exc.reason, exc.detail, None, origin)
        return
    except RecursionError:  # [[[[...]]]] deeper than the interpreter's stack
        yield Rejection(RejectReason.MALFORMED, "invalid JSON: nested too deeply", None, origin)
        return
    except json.JSONDecodeError as exc:
        # maybe JSON Lines saved as .json
        if data.count(b"\n") > 1:
            import io

            yield from read_jsonl(io.BytesIO(data), origin)
            return
        yield Rejection(RejectReason.MALFORMED, f"invalid JSON: {exc.msg} (line {exc.lineno})", None, origin)
        return
    except ValueError as exc:  # e.g. an integer above Python's 4300-digit conversion limit
        yield Rejection(RejectReason.MALFORMED, f"invalid JSON: {exc}", None, origin)
        return
    if isinstance(obj, dict) and isinstance(obj.get("reports"), list):
        obj = obj["reports"]
    if isinstance(obj, list):
        for i, o in enumerate(obj):
            yield article_from_obj(o, f"{origin}[{i}]")
    else:
        yield article_from_obj(obj, origin)


def _feed(data: bytes, origin: str, fetcher, follow, known_url, source) -> Iterator[Item]:
    try:
        feed_title, items = parse_feed(data)
    except Rejected as exc:
        yield Rejection(exc.reason, exc.detail, None, origin)
        return
    if not items:
        yield Rejection(RejectReason.NO_TEXT, "the feed has no items", None, origin)
        return
    for i, it in enumerate(items):
        if it.link and not urlsplit(it.link).scheme:
            # a relative link ("/news/1") is resolved against the feed's URL; in a feed file it points
            # nowhere we can fetch, so the item is read from its own text
            it.link = urljoin(origin, it.link) if is_url(origin) else None
        item_origin = it.link or f"{origin}#item{i + 1}"
        src = source or feed_title
        if len(it.text) >= MIN_ITEM_TEXT_CHARS or not (follow and it.link):
            if not it.text.strip():
                yield Rejection(RejectReason.NO_TEXT, "feed item without text (links not followed)", it.guid,
                                item_origin)
                continue
            yield Article(text=it.text, id=it.guid or "", published=it.published, source=src, url=it.link,
                          title=it.title, meta={"origin": item_origin})
            continue
        if known_url is not None and known_url(it.link):
            continue  # already stored: not fetched again
        try:
            page = fetcher.fetch(it.link)
        except Rejected as exc:
            yield Rejection(exc.reason, exc.detail, it.guid, it.link)
            continue
        kind = "html" if "html" in page.content_type or sniff(page.body) == "html" else "text"
        if kind == "html":
            art = article_from_html(page.body, page.url, it.link, source=src, published=it.published,
                                    id=it.guid, title=it.title)
        else:
            art = next(_bytes(page.body, "text", it.link, page.url, fetcher, False, None, src, it.published,
                              it.guid))
        if isinstance(art, Article) and it.link != page.url:
            art.url = it.link  # the feed's link identifies the report (redirects may vary)
        yield art


def _url(url: str, fetcher: Fetcher, follow, known_url, source, published) -> Iterator[Item]:
    if known_url is not None and known_url(url):
        return  # a page we already store: not fetched again
    try:
        page = fetcher.fetch(url)
    except Rejected as exc:
        yield Rejection(exc.reason, exc.detail, None, url)
        return
    ct = page.content_type
    if any(k in ct for k in ("rss", "atom", "xml")):
        kind = "feed" if sniff(page.body) != "html" else "html"
    elif "html" in ct:
        kind = "html"
    elif "json" in ct:
        kind = "json"
    elif ct.startswith("text/"):
        kind = sniff(page.body) if ct == "text/xml" else "text"
    else:
        kind = sniff(page.body)
    if kind == "text" and ct and not ct.startswith("text/"):
        yield Rejection(RejectReason.UNSUPPORTED, f"content type {ct!r} is not a report or a feed", None, url)
        return
    yield from _bytes(page.body, kind, url, url, fetcher, follow, known_url, source, published, None)


__all__ = ["iter_items", "is_url", "KNOWN_EXT"]
