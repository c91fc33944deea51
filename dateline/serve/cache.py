"""A small response cache for the read endpoints.

Reads vastly outnumber writes (the dashboard asks the same few questions on every filter
change), and each read costs several store queries. Cached bodies are dropped on every write
made through this server (a generation counter) and after ``ttl`` seconds at most, which bounds
how stale a read can be when another process writes the same store (PostgreSQL, or
``dateline ingest`` into a DuckDB file between server restarts).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict


class ResponseCache:
    def __init__(self, ttl: float, max_entries: int = 512, max_body_bytes: int = 2_000_000) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self.max_body_bytes = max_body_bytes  # larger bodies are not kept (memory stays bounded)
        self.generation = 0
        self._data: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.ttl > 0

    def get(self, key: str) -> bytes | None:
        if not self.enabled:
            return None
        now = time.monotonic()
        with self._lock:
            item = self._data.get(key)
            if item is None or item[0] < now:
                if item is not None:
                    del self._data[key]
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return item[1]

    def put(self, key: str, body: bytes, generation: int) -> None:
        """Keep ``body`` unless a write happened since it was computed (``generation`` changed)."""
        if not self.enabled or len(body) > self.max_body_bytes:
            return
        with self._lock:
            if generation != self.generation:
                return
            self._data[key] = (time.monotonic() + self.ttl, body)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1
            self._data.clear()


def cache_key(scope: dict) -> str:
    """The key of a GET request: its path and raw query string (the same in the route and below)."""
    return scope["path"] + "?" + (scope.get("query_string") or b"").decode("latin-1")


class CachedReads:
    """ASGI middleware: a GET whose response is in the cache is answered here, before routing,
    parameter validation and the thread pool (measured: the framework's share of a cached read
    was most of its cost). Only successful responses are ever cached (see ``put``), so what this
    serves is exactly what the route answered for the same URL."""

    def __init__(self, app, cache: ResponseCache, prefixes: tuple[str, ...]) -> None:
        self.app = app
        self.cache = cache
        self.prefixes = prefixes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and self.cache.enabled \
                and scope["path"].startswith(self.prefixes):
            body = self.cache.get(cache_key(scope))
            if body is not None:
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
