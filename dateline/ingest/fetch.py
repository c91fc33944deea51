"""The one hardened fetcher for every outbound request Dateline makes.

- http and https only; no proxies from the environment; no credentials sent.
- The host is resolved here and *every* address it resolves to must be global
  (:func:`address_refusal`: ``ipaddress.is_global``, IPv4-mapped, NAT64 (64:ff9b::/96), 6to4 and
  Teredo addresses unwrapped and checked too). The connection goes to one of those checked
  addresses (no second DNS lookup that a rebinding server could answer differently), and the
  address the socket is actually connected to is checked again.
- Redirects are followed by hand, at most :data:`MAX_REDIRECTS`, each target checked the same way.
- Timeouts on connect and on every read, and an overall deadline per request.
- Size caps: on the bytes downloaded (:data:`MAX_DOWNLOAD_BYTES`) and on what gzip/deflate
  decompress to (:data:`MAX_DECOMPRESSED_BYTES`); other content encodings are refused.

Failures raise :class:`~dateline.errors.Rejected` with a typed reason (``forbidden_address``,
``fetch_failed``, ``too_large``) so callers store them like any other rejected input.

Tests: a real HTTP server on 127.0.0.1 is refused like any loopback address. ``Fetcher(allow_loopback=
True)`` lets the test suite reach it; it admits loopback only (never private or link-local
addresses) and the command line never sets it.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import Rejected, RejectReason

MAX_REDIRECTS = 3
# Connect and per-read timeout (s); news sites answer in well under a second, 10 s is generous.
TIMEOUT_S = 10.0
# Whole-request deadline (s): a server trickling bytes cannot hold an ingest for longer.
DEADLINE_S = 30.0
# A news page or feed is 50 KB-2 MB; 8 MB leaves room for heavy pages and stops dumps.
MAX_DOWNLOAD_BYTES = 8 * 1024 * 1024
# gzip of repeated text reaches 1000:1; cap what we inflate (a "zip bomb" stops here).
MAX_DECOMPRESSED_BYTES = 16 * 1024 * 1024
CHUNK = 64 * 1024
USER_AGENT = f"Dateline/{__version__} (+https://github.com/dateline; conflict event extraction)"

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


def _embedded_v4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    out: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        out.append(ip.ipv4_mapped)
    if ip in _NAT64 or ip in _NAT64_LOCAL:
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour is not None:
        out.append(ip.sixtofour)
    if ip.teredo is not None:
        out.extend(ip.teredo)
    # IPv4-compatible (deprecated ::a.b.c.d)
    if int(ip) >> 32 == 0 and int(ip) > 1:
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return out


def address_refusal(addr: str, allow_loopback: bool = False) -> str | None:
    """Why connecting to ``addr`` is refused, or None when it is a global unicast address."""
    try:
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
    except ValueError:
        return f"{addr!r} is not an IP address"
    if allow_loopback and ip.is_loopback:
        return None
    checks: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if ip.ipv4_mapped is not None or ip in _NAT64:
            # a translation of an IPv4 address: what counts is the IPv4 address inside
            checks = inner
        else:
            checks += inner
    for c in checks:
        if allow_loopback and c.is_loopback and c is not ip:
            return f"{ip} wraps a loopback address"
        if not c.is_global or c.is_multicast or c.is_reserved or c.is_unspecified or c.is_link_local:
            what = ("loopback" if c.is_loopback else "link-local" if c.is_link_local
                    else "multicast" if c.is_multicast else "unspecified" if c.is_unspecified
                    else "private" if c.is_private else "non-global")
            return f"{ip} is a {what} address" + ("" if c is ip else f" (wraps {c})")
    return None


@dataclass
class FetchResult:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # e.g. "text/html"
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)
    peer: str = ""  # the address we were connected to


class Fetcher:
    """``Fetcher().fetch(url)`` -> :class:`FetchResult`, or raises :class:`Rejected`."""

    def __init__(self, *, timeout: float = TIMEOUT_S, deadline: float = DEADLINE_S,
                 max_bytes: int = MAX_DOWNLOAD_BYTES, max_decompressed: int = MAX_DECOMPRESSED_BYTES,
                 max_redirects: int = MAX_REDIRECTS, allow_loopback: bool = False,
                 user_agent: str = USER_AGENT, ssl_context: ssl.SSLContext | None = None) -> None:
        self.timeout = timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_decompressed = max_decompressed
        self.max_redirects = max_redirects
        self.allow_loopback = allow_loopback  # TEST ONLY: never set by the command line
        self.user_agent = user_agent
        self._ssl_context = ssl_context  # created on the first https request (it costs ~0.2 s)

    # -- public ------------------------------------------------------------------------------------
    def fetch(self, url: str) -> FetchResult:
        start = time.monotonic()
        redirects: list[str] = []
        current = url
        while True:
            res = self._one(current, start)
            if res.status in (301, 302, 303, 307, 308) and "location" in res.headers:
                if len(redirects) >= self.max_redirects:
                    raise Rejected(RejectReason.FETCH_FAILED, f"more than {self.max_redirects} redirects")
                nxt = urljoin(current, res.headers["location"].strip())
                redirects.append(nxt)
                current = nxt
                continue
            if res.status >= 400:
                raise Rejected(RejectReason.FETCH_FAILED, f"HTTP {res.status} from {current}")
            if not 200 <= res.status < 300:
                raise Rejected(RejectReason.FETCH_FAILED, f"unexpected HTTP {res.status} from {current}")
            res.redirects = redirects
            return res

    # -- one request -------------------------------------------------------------------------------
    def _target(self, url: str) -> tuple[str, str, int, str]:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise Rejected(RejectReason.FORBIDDEN_ADDRESS, f"invalid URL {url!r}: {exc}") from exc
        scheme = (parts.scheme or "").lower()
        if scheme not in ("http", "https"):
            raise Rejected(RejectReason.FORBIDDEN_ADDRESS, f"scheme {scheme or '(none)'!r} refused: http and https only")
        host = parts.hostname
        if not host:
            raise Rejected(RejectReason.FORBIDDEN_ADDRESS, f"no host in {url!r}")
        port = port or (443 if scheme == "https" else 80)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return scheme, host, port, path

    def _resolve(self, host: str, port: int) -> list[str]:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise Rejected(RejectReason.FETCH_FAILED, f"cannot resolve {host}: {exc}") from exc
        addrs: list[str] = []
        for *_, sa in infos:
            if sa[0] not in addrs:
                addrs.append(sa[0])
        if not addrs:
            raise Rejected(RejectReason.FETCH_FAILED, f"{host} has no address")
        # every address must be allowed: a name that mixes public and private answers is a trick
        for a in addrs:
            why = address_refusal(a, self.allow_loopback)
            if why:
                raise Rejected(RejectReason.FORBIDDEN_ADDRESS, f"{host} resolves to {why}")
        return addrs

    def _connector(self, addrs: list[str], peer: list[str]):
        def connect(address, timeout=None, source_address=None):  # replaces socket.create_connection
            last: OSError | None = None
            for a in addrs:
                try:
                    sock = socket.create_connection((a, address[1]), timeout=self.timeout)
                except OSError as exc:
                    last = exc
                    continue
                actual = sock.getpeername()[0]
                why = address_refusal(actual, self.allow_loopback)
                if why:
                    sock.close()
                    raise Rejected(RejectReason.FORBIDDEN_ADDRESS, f"connected to {why}")
                peer.append(actual)
                return sock
            raise last or OSError("no address to connect to")

        return connect

    def _one(self, url: str, start: float) -> FetchResult:
        scheme, host, port, path = self._target(url)
        addrs = self._resolve(host, port)
        peer: list[str] = []
        if scheme == "https":
            if self._ssl_context is None:
                self._ssl_context = ssl.create_default_context()
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(host, port, timeout=self.timeout,
                                                                           context=self._ssl_context)
        else:
            conn = http.client.HTTPConnection(host, port, timeout=self.timeout)
        conn._create_connection = self._connector(addrs, peer)  # type: ignore[attr-defined]
        try:
            conn.request("GET", path, headers={
                "User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate", "Connection": "close",
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                          "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})
            resp = conn.getresponse()
            headers = {k.lower(): v for k, v in resp.getheaders()}
            if resp.status in (301, 302, 303, 307, 308) or resp.status >= 400:
                return FetchResult(url, resp.status, "", None, b"", headers, peer=peer[0] if peer else "")
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise Rejected(RejectReason.TOO_LARGE, f"{declared} bytes declared, above the {self.max_bytes} cap")
            raw = bytearray()
            while True:
                if time.monotonic() - start > self.deadline:
                    raise Rejected(RejectReason.FETCH_FAILED, f"took longer than {self.deadline:.0f} s")
                chunk = resp.read(CHUNK)
                if not chunk:
                    break
                raw += chunk
                if len(raw) > self.max_bytes:
                    raise Rejected(RejectReason.TOO_LARGE, f"more than {self.max_bytes} bytes downloaded")
            body = self._decode(bytes(raw), headers.get("content-encoding", "").strip().lower())
        except Rejected:
            raise
        except (OSError, http.client.HTTPException, ssl.SSLError) as exc:
            raise Rejected(RejectReason.FETCH_FAILED, f"{type(exc).__name__}: {exc}") from exc
        finally:
            conn.close()
        ctype, charset = _content_type(headers.get("content-type", ""))
        return FetchResult(url, resp.status, ctype, charset, body, headers, peer=peer[0] if peer else "")

    def _decode(self, raw: bytes, encoding: str) -> bytes:
        if encoding in ("", "identity"):
            return raw
        if encoding in ("gzip", "x-gzip"):
            wbits = 16 + zlib.MAX_WBITS
        elif encoding == "deflate":
            wbits = zlib.MAX_WBITS if raw[:1] == b"\x78" else -zlib.MAX_WBITS
        else:
            raise Rejected(RejectReason.FETCH_FAILED, f"unsupported content encoding {encoding!r}")
        d = zlib.decompressobj(wbits)
        try:
            out = d.decompress(raw, self.max_decompressed + 1)
        except zlib.error as exc:
            raise Rejected(RejectReason.MALFORMED, f"corrupt {encoding} body: {exc}") from exc
        if len(out) > self.max_decompressed or d.unconsumed_tail:
            raise Rejected(RejectReason.TOO_LARGE, f"decompresses to more than {self.max_decompressed} bytes")
        return out


def _content_type(value: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in value.split(";")]
    ctype = parts[0].lower() if parts and parts[0] else ""
    charset = None
    for p in parts[1:]:
        if p.lower().startswith("charset="):
            charset = p.split("=", 1)[1].strip().strip('"').lower() or None
    return ctype, charset
