"""Request guards that run before any route: body size cap (413), per-client rate limit (429)
and security headers. A pure ASGI middleware, so that it also covers requests that never reach
a route, and every refusal uses the one JSON error shape."""

from __future__ import annotations

import json
import math
import threading
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from ..errors import MESSAGES, ErrorCode

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# The dashboard is our own code served from this origin: nothing else may load.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)


def error_payload(code: ErrorCode, status: int, message: str, detail: Any = None) -> dict[str, Any]:
    """The one error shape of the API: ``{"error": {code, status, message, detail}}``."""
    return {"error": {"code": code.value, "status": status, "message": message, "detail": detail}}


def message_for(code: ErrorCode, **kw: Any) -> str:
    try:
        return f"[{code.value}] " + MESSAGES[code].format(**kw)
    except (KeyError, IndexError):
        return f"[{code.value}] {MESSAGES[code]}"


@dataclass
class Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """Token bucket per (client address, read|write). ``rate`` tokens per second, ``burst`` max."""

    # buckets idle this long are dropped so the table cannot grow without bound
    IDLE_S = 300.0
    MAX_CLIENTS = 10_000

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._buckets: dict[tuple[str, str], Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: tuple[str, str]) -> float:
        """Take one token; return 0 when allowed, else the seconds until a token is available."""
        now = time.monotonic()
        with self._lock:
            b = self._buckets.get(key)
            if b is None:
                if len(self._buckets) >= self.MAX_CLIENTS:
                    self._buckets = {k: v for k, v in self._buckets.items() if now - v.stamp < self.IDLE_S}
                b = self._buckets[key] = Bucket(float(self.burst), now)
            b.tokens = min(float(self.burst), b.tokens + (now - b.stamp) * self.rate)
            b.stamp = now
            if b.tokens >= 1.0:
                b.tokens -= 1.0
                return 0.0
            return (1.0 - b.tokens) / self.rate


class GuardMiddleware:
    def __init__(self, app: Any, *, max_body_bytes: int, read_limiter: RateLimiter | None,
                 write_limiter: RateLimiter | None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.read_limiter = read_limiter
        self.write_limiter = write_limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                have = {k.lower() for k, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in have)
                message = {**message, "headers": headers}
            await send(message)

        method = scope.get("method", "GET").upper()
        client = (scope.get("client") or ("?", 0))[0]
        is_write = method in WRITE_METHODS
        limiter = self.write_limiter if is_write else self.read_limiter
        if limiter is not None:
            wait = limiter.take((client, "write" if is_write else "read"))
            if wait > 0:
                retry = max(1, math.ceil(wait))
                await self._refuse(send_with_headers, 429, ErrorCode.E014,
                                   message_for(ErrorCode.E014, retry_after=retry),
                                   {"retry_after": retry}, extra_headers=[(b"retry-after", str(retry).encode())])
                return

        headers = {k.lower(): v for k, v in scope.get("headers") or []}
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                declared = -1
            if declared < 0:
                await self._refuse(send_with_headers, 400, ErrorCode.E003,
                                   message_for(ErrorCode.E003, detail="bad Content-Length header"), None)
                return
            if declared > self.max_body_bytes:
                await self._refuse_size(send_with_headers, declared)
                return
        has_body = (length is not None and length != b"0") or b"transfer-encoding" in headers
        if not has_body:
            await self.app(scope, receive, send_with_headers)
            return

        # Read the body up to the cap (chunked bodies have no declared length), then replay it.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body_bytes:
                await self._refuse_size(send_with_headers, size)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _refuse_size(self, send: Send, size: int) -> None:
        await self._refuse(send, 413, ErrorCode.E013,
                           message_for(ErrorCode.E013, size=size, limit=self.max_body_bytes),
                           {"limit": self.max_body_bytes})

    @staticmethod
    async def _refuse(send: Send, status: int, code: ErrorCode, message: str, detail: Any,
                      extra_headers: list[tuple[bytes, bytes]] | None = None) -> None:
        body = json.dumps(error_payload(code, status, message, detail)).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   (b"connection", b"close")] + (extra_headers or [])
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
