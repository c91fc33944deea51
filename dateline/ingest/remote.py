"""``dateline ingest --server URL``: ingest through a running ``dateline serve``.

A DuckDB file has one writer: while ``dateline serve`` holds it, a second process cannot open it
to write. Instead of stopping the server, ``dateline ingest --server http://127.0.0.1:8000`` reads
the sources here (files, folders, feeds; the same readers and hardened fetcher as a local ingest)
and sends the reports to the server, which extracts, deduplicates and stores them:

- files and folders: ``POST /ingest/reports``, up to 32 reports per request (one NLP batch and one
  store transaction on the server), together with the inputs refused while reading (stored there
  as rejections, as a local ingest stores them);
- URLs (pages and feeds): ``POST /ingest`` (the server fetches them with its own hardened fetcher).

Writes need the server's API key (``--api-key`` or ``$DATELINE_API_KEY``). A 429 answer is waited
out (``Retry-After``) and the request sent again; any other failure stops with a coded error.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..article import Article
from ..errors import DatelineError, ErrorCode, Rejection
from .fetch import Fetcher
from .run import IngestSummary
from .sources import is_url, iter_items

# Reports per request: the server's POST /ingest/reports limit and `dateline ingest`'s NLP batch.
BATCH = 32
# JSON bytes per request: below the server's default body cap (4,065,536 bytes); a single report
# larger than this still goes alone (the server's cap is sized for one maximal report).
MAX_REQUEST_BYTES = 3_000_000
# 429 answers waited out per request before giving up (the server's default write limit is
# 2 requests/s with a burst of 20, so a bulk ingest meets it).
MAX_RETRIES = 20
# The server runs the NLP inside the request: a batch of 32 long reports takes tens of seconds on
# 2 cores; a feed with follow_links takes as long as its fetches.
TIMEOUT_S = 600.0

_CTRL = re.compile(r"[\x00-\x1f\x7f]")


def _meta(v: Any, limit: int) -> str | None:
    """Metadata as the API accepts it: no control characters, bounded length."""
    if v is None:
        return None
    v = _CTRL.sub(" ", str(v)).strip()
    return v[:limit] or None


def report_json(a: Article) -> dict[str, Any]:
    url = _meta(a.url, 4000)
    return {"text": a.text, "id": _meta(a.id, 200), "published": a.published.isoformat() if a.published else None,
            "source": _meta(a.source, 200), "url": url if url and len(url) <= 2000 else None,
            "title": _meta(a.title, 1000), "dateline": _meta(a.dateline, 200),
            "origin": _meta((a.meta or {}).get("origin"), 2000)}


def rejection_json(r: Rejection) -> dict[str, Any]:
    return {"reason": r.reason.value, "detail": _meta(r.detail, 2000) or "", "article_id": _meta(r.article_id, 200),
            "origin": _meta(r.origin, 2000)}


def batches(items: Iterable[Article | Rejection], size: int = BATCH,
            max_bytes: int = MAX_REQUEST_BYTES) -> Iterator[tuple[dict[str, Any], list[Article | Rejection]]]:
    """Request bodies of at most ``size`` reports and about ``max_bytes`` of JSON."""
    body: dict[str, list] = {"reports": [], "rejections": []}
    inputs: list[Article | Rejection] = []
    used = 0
    for it in items:
        part = rejection_json(it) if isinstance(it, Rejection) else report_json(it)
        n = len(json.dumps(part, ensure_ascii=False).encode())
        full = len(body["reports"]) >= size or len(body["rejections"]) >= 1000
        if inputs and (full or used + n > max_bytes):
            yield body, inputs
            body, inputs, used = {"reports": [], "rejections": []}, [], 0
        body["rejections" if isinstance(it, Rejection) else "reports"].append(part)
        inputs.append(it)
        used += n
    if inputs:
        yield body, inputs


class ServerClient:
    """The few calls ingest makes, with the key, retries on 429 and coded errors."""

    def __init__(self, base_url: str, api_key: str | None, timeout: float = TIMEOUT_S,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        import httpx

        if not api_key:
            raise DatelineError(ErrorCode.E011)
        self.base = base_url.rstrip("/")
        self._sleep = sleep
        self._http = httpx.Client(base_url=self.base, timeout=timeout, headers={"X-API-Key": api_key.encode()},  # UTF-8 bytes: keys may be non-ASCII
                                  follow_redirects=False, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "ServerClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        import httpx

        for _ in range(MAX_RETRIES + 1):
            try:
                r = self._http.request(method, path, json=body)
            except httpx.HTTPError as exc:
                raise DatelineError(ErrorCode.E005, detail=f"cannot reach the server at {self.base}: {exc}") from exc
            if r.status_code == 429:
                self._sleep(min(60.0, float(r.headers.get("retry-after") or 1)))
                continue
            try:
                data = r.json()
            except ValueError:
                data = {}
            if r.status_code < 400:
                return data
            err = data.get("error") if isinstance(data, dict) else None
            msg = (err or {}).get("message") or f"HTTP {r.status_code}"
            if r.status_code == 401:
                raise DatelineError(ErrorCode.E011)
            raise DatelineError(ErrorCode.E005, detail=f"the server at {self.base} answered {path}: {msg}")
        raise DatelineError(ErrorCode.E005, detail=f"the server at {self.base} kept refusing {path} (rate limit)")

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/health")

    def post_batch(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", "/ingest/reports", body)

    def post_url(self, url: str, follow_links: bool, source: str | None, published: Any) -> dict[str, Any]:
        return self._call("POST", "/ingest", {"url": url, "follow_links": follow_links, "source": source,
                                              "published": published.isoformat() if published else None})


def _add(summary: IngestSummary, d: dict[str, Any]) -> None:
    summary.reports_read += int(d.get("reports_read") or 0)
    summary.reports_new += int(d.get("reports_new") or 0)
    summary.reports_known += int(d.get("reports_known") or 0)
    summary.events_added += int(d.get("events_added") or 0)
    summary.events_merged += int(d.get("events_merged") or 0)
    for k, v in (d.get("rejected") or {}).items():
        summary.rejected[k] += int(v)


def ingest_via_server(sources: list[str], server: str, api_key: str | None, *, follow_links: bool = True,
                      source: str | None = None, published: Any = None, fetcher: Fetcher | None = None,
                      on_report: Callable[[Any], None] | None = None, batch_size: int = BATCH,
                      client: ServerClient | None = None) -> IngestSummary:
    """Read ``sources`` here, store them through the server at ``server``; the server's summary."""
    summary = IngestSummary()
    own = client is None
    c = client or ServerClient(server, api_key)
    try:
        h = c.health()
        if h.get("read_only"):
            raise DatelineError(ErrorCode.E005, detail=f"the server at {c.base} is read-only (dateline serve --read-only)")
        if h.get("writes_enabled") is False:
            raise DatelineError(ErrorCode.E011)
        c.post_batch({"reports": [], "rejections": []})  # checks the key before reading anything
        for s in sources:
            if is_url(s):
                _add(summary, c.post_url(s, follow_links, source, published))
                if on_report:
                    on_report(s)
        local = [s for s in sources if not is_url(s)]
        items = iter_items(local, fetcher=fetcher or Fetcher(), follow_links=follow_links, source=source,
                           published=published)
        for body, inputs in batches(items, size=max(1, min(batch_size, BATCH))):
            _add(summary, c.post_batch(body))
            if on_report:
                for it in inputs:
                    on_report(it)
    finally:
        if own:
            c.close()
    return summary
