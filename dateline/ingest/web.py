"""Web pages and RSS/Atom feeds -> Articles.

Feeds are parsed from bytes we already hold (fetched by :mod:`.fetch` or read from a file): we never
hand feedparser a URL or a path string, since it would fetch or open it itself. Before feedparser
sees them, the bytes go through defusedxml, which refuses entity declarations (billion laughs)
and external entities; such feeds are rejected as ``hostile_xml``.

Page text comes from trafilatura (boilerplate removed), with its title and date metadata.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from ..article import Article, parse_date
from ..errors import DatelineError, Rejected, RejectReason, Rejection

# Below this many characters a feed item's own text is a teaser, not the report: the item's link is
# fetched instead (when following links is on). Teasers in our sample feeds are 80-300 characters,
# full-text feeds 1,500+.
MIN_ITEM_TEXT_CHARS = 400

# Fewer words than this from a page is navigation or a paywall stub, not a report (the shortest
# wire flash we keep is one sentence of 12+ words).
MIN_PAGE_WORDS = 8

_BLOCK_TAGS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr blockquote section article".split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries): tags dropped, paragraphs kept."""
    if "<" not in fragment:
        return htmllib.unescape(fragment).strip()
    p = _Text()
    p.feed(fragment)
    p.close()
    text = "".join(p.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def sniff(data: bytes) -> str:
    """'feed', 'html', 'json' or 'text' from the first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        if b"<html" in head[:512]:
            return "html"
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")) or b"<html" in head[:256]:
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


# the leading bytes of common binary formats a page or a file named .html may really be
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\xfd7zXZ",
                 b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"RIFF", b"OggS", b"ID3")
# share of C0 control bytes (other than tab, newline, carriage return, form feed, escape) above which
# the first 8 KB are binary: text and HTML pages in any encoding have none; random bytes have
# 27/256 = 10.5%; 1% leaves room for a few stray bytes in a damaged page
MAX_CONTROL_SHARE = 0.01


def binary_problem(data: bytes) -> str | None:
    """Why bytes given as a web page are a binary file (the rejection detail), or None. UTF-16 with a
    byte-order mark is text (its NUL bytes are half of every ASCII character)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    head = data[:8192]
    for magic in _BINARY_MAGIC:
        if head.startswith(magic):
            return f"starts like a binary file ({magic!r}), not a web page"
    if b"\x00" in head:
        return "NUL bytes: this looks like a binary file, not a web page"
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and ctrl / len(head) > MAX_CONTROL_SHARE:
        return f"{ctrl} control bytes in the first {len(head)}: this looks like a binary file, not a web page"
    return None


def check_xml(data: bytes) -> None:
    """Raise :class:`Rejected` for XML with entity declarations, external entities or bad syntax."""
    import defusedxml
    from defusedxml import ElementTree as DET

    try:
        DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden,
            defusedxml.NotSupportedError) as exc:
        raise Rejected(RejectReason.HOSTILE_XML, f"{type(exc).__name__}: entity or DTD tricks are refused") from exc
    except DET.ParseError as exc:
        raise Rejected(RejectReason.MALFORMED, f"not well-formed XML: {exc}") from exc


@dataclass
class FeedItem:
    title: str | None
    link: str | None
    published: dt.date | None
    text: str  # the item's own text (content, else summary), HTML removed
    guid: str | None


def parse_feed(data: bytes) -> tuple[str | None, list[FeedItem]]:
    """(feed title, items) of an RSS/Atom document given as bytes."""
    import feedparser

    check_xml(data)
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if parsed.get("bozo") and not parsed.entries:
        raise Rejected(RejectReason.MALFORMED, f"not a feed: {parsed.get('bozo_exception')}")
    if not parsed.get("version") and not parsed.entries:
        raise Rejected(RejectReason.MALFORMED, "not an RSS or Atom feed")
    items = []
    for e in parsed.entries:
        body = ""
        for c in e.get("content") or []:
            if c.get("value") and len(c["value"]) > len(body):
                body = c["value"]
        if not body:
            body = e.get("summary") or e.get("description") or ""
        pub = None
        for key in ("published_parsed", "updated_parsed"):
            t = e.get(key)
            if t:
                try:
                    pub = dt.date(t.tm_year, t.tm_mon, t.tm_mday)
                except ValueError:
                    pub = None
                break
        link = e.get("link") or None
        if link and e.get("guidislink") and "://" not in link[:16]:
            # feedparser copies an RSS <guid> into the link when there is no <link>; a guid that is not a
            # URL is an id, not a page to fetch
            link = None
        items.append(FeedItem(title=(e.get("title") or None), link=link, published=pub,
                              text=html_to_text(body), guid=e.get("id") or None))
    return (parsed.feed.get("title") if parsed.get("feed") else None), items


def article_from_html(data: bytes | str, url: str | None, origin: str, source: str | None = None,
                      published=None, id: str | None = None, title: str | None = None) -> Article | Rejection:
    """The report in a web page (boilerplate removed by trafilatura)."""
    import trafilatura

    if isinstance(data, bytes):
        why = binary_problem(data)
        if why:
            return Rejection(RejectReason.BINARY, why, id, origin)
    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except (ValueError, TypeError, AttributeError, LookupError) as exc:  # lxml/charset trouble on odd pages
        return Rejection(RejectReason.MALFORMED, f"cannot parse the page: {exc}", id, origin)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_PAGE_WORDS:
        return Rejection(RejectReason.NO_TEXT, "no article text found in the page", id, origin)
    try:
        pub = parse_date(published) if published else None
        if pub is None and getattr(doc, "date", None):
            pub = parse_date(doc.date)
    except DatelineError:
        pub = None
    site = source or getattr(doc, "sitename", None) or (urlsplit(url).hostname if url else None)
    return Article(text=text, id=id or "", published=pub, source=site, url=url,
                   title=title or getattr(doc, "title", None), meta={"origin": origin})
