"""The hardened fetcher against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import pytest

from ingesthelp import gz, page
from dateline.errors import Rejected, RejectReason
from dateline.ingest.fetch import Fetcher, address_refusal

PARA = ("Gunmen attacked a police station in the northern town on Monday night, killing two officers "
        "and wounding four others, a local government spokesman said on Tuesday.")


@pytest.mark.parametrize("addr, refused", [
    ("127.0.0.1", True), ("10.2.3.4", True), ("172.16.0.9", True), ("192.168.1.1", True),
    ("169.254.169.254", True), ("100.64.0.1", True), ("0.0.0.0", True), ("224.0.0.251", True),
    ("255.255.255.255", True), ("::1", True), ("::", True), ("fe80::1", True), ("fd12:3456::1", True),
    ("::ffff:127.0.0.1", True), ("::ffff:10.0.0.1", True), ("64:ff9b::7f00:1", True), ("64:ff9b::a9fe:a9fe", True),
    ("2002:7f00:1::1", True), ("2002:c0a8:101::1", True), ("2001:0:4136:e378:8000:63bf:3fff:fdd2", True),
    ("8.8.8.8", False), ("1.1.1.1", False), ("2001:4860:4860::8888", False), ("::ffff:8.8.8.8", False),
    ("64:ff9b::808:808", False), ("2002:808:808::1", False),
])
def test_address_refusal(addr, refused):
    assert (address_refusal(addr) is not None) == refused


def test_allow_loopback_admits_loopback_only():
    assert address_refusal("127.0.0.1", allow_loopback=True) is None
    assert address_refusal("::1", allow_loopback=True) is None
    for a in ("10.0.0.1", "192.168.0.1", "169.254.169.254", "::ffff:127.0.0.1", "64:ff9b::7f00:1"):
        assert address_refusal(a, allow_loopback=True) is not None


def _reason(fetcher: Fetcher, url: str) -> RejectReason:
    with pytest.raises(Rejected) as exc:
        fetcher.fetch(url)
    return exc.value.reason


def test_loopback_server_refused_by_default(http_server):
    url = http_server.add("/p1.html", page("Station attacked", "2024-05-07", PARA))
    n = len(http_server.hits)
    assert _reason(Fetcher(), url) == RejectReason.FORBIDDEN_ADDRESS
    assert _reason(Fetcher(), url.replace("127.0.0.1", "localhost")) == RejectReason.FORBIDDEN_ADDRESS
    assert len(http_server.hits) == n  # refused before any byte was sent


def test_connected_address_is_checked_again():
    """The socket's peer address is checked after connecting (a resolver could lie)."""
    import socket

    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    try:
        connect = Fetcher()._connector(["127.0.0.1"], [])
        with pytest.raises(Rejected) as exc:
            connect(("example.org", lsock.getsockname()[1]))
        assert exc.value.reason == RejectReason.FORBIDDEN_ADDRESS
    finally:
        lsock.close()


def test_fetch_page_with_test_allowance(http_server):
    url = http_server.add("/p2.html", page("Station attacked", "2024-05-07", PARA))
    res = Fetcher(allow_loopback=True).fetch(url)
    assert res.status == 200 and res.content_type == "text/html" and res.charset == "utf-8"
    assert b"police station" in res.body and res.peer == "127.0.0.1"


def test_redirects_followed_up_to_three(http_server):
    final = http_server.add("/p3.html", page("Station attacked", "2024-05-07", PARA))
    http_server.redirect("/r3", final)
    http_server.redirect("/r2", "/r3")  # relative Location
    start = http_server.redirect("/r1", http_server.url("/r2"), status=301)
    res = Fetcher(allow_loopback=True).fetch(start)
    assert res.url == final and len(res.redirects) == 3
    http_server.redirect("/r0", start)
    assert _reason(Fetcher(allow_loopback=True), http_server.url("/r0")) == RejectReason.FETCH_FAILED


@pytest.mark.parametrize("target", [
    "http://10.1.2.3/admin", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:10.0.0.1]/",
    "http://[fd00::1]:8080/", "http://0.0.0.0/", "http://192.168.1.1/",
])
def test_redirect_to_non_global_address_refused(http_server, target):
    url = http_server.redirect("/to-" + str(abs(hash(target))), target)
    assert _reason(Fetcher(allow_loopback=True), url) == RejectReason.FORBIDDEN_ADDRESS


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/",
                                    "data:text/plain,hello"])
def test_non_http_schemes_refused(http_server, target):
    assert _reason(Fetcher(), target) == RejectReason.FORBIDDEN_ADDRESS
    url = http_server.redirect("/scheme-" + str(abs(hash(target))), target)
    assert _reason(Fetcher(allow_loopback=True), url) == RejectReason.FORBIDDEN_ADDRESS


def test_size_caps(http_server):
    url = http_server.add("/big.txt", b"z" * 50_000, ctype="text/plain")
    assert _reason(Fetcher(allow_loopback=True, max_bytes=10_000), url) == RejectReason.TOO_LARGE
    # no Content-Length: the cap applies to the bytes read
    assert _reason(Fetcher(allow_loopback=True, max_bytes=100_000), http_server.url("/unbounded")) \
        == RejectReason.TOO_LARGE


def test_decompression_caps(http_server):
    ok = http_server.add("/small.gz", gz(page("Station attacked", "2024-05-07", PARA)), Content_Encoding="gzip")
    assert b"police station" in Fetcher(allow_loopback=True).fetch(ok).body
    bomb = gz(b"\0" * 20_000_000)  # 20 MB of zeros, about 20 KB on the wire
    assert len(bomb) < 100_000
    url = http_server.add("/bomb.gz", bomb, Content_Encoding="gzip")
    assert _reason(Fetcher(allow_loopback=True, max_decompressed=1_000_000), url) == RejectReason.TOO_LARGE
    url = http_server.add("/br", b"\x1b\x03", Content_Encoding="br")
    assert _reason(Fetcher(allow_loopback=True), url) == RejectReason.FETCH_FAILED


def test_http_errors_and_timeouts(http_server):
    assert _reason(Fetcher(allow_loopback=True), http_server.url("/missing")) == RejectReason.FETCH_FAILED
    assert _reason(Fetcher(allow_loopback=True, timeout=0.5), http_server.url("/slow")) == RejectReason.FETCH_FAILED
    # a server trickling bytes is cut at the overall deadline
    assert _reason(Fetcher(allow_loopback=True, deadline=1.0), http_server.url("/trickle")) \
        == RejectReason.FETCH_FAILED
    assert _reason(Fetcher(), "http://no-such-host.invalid/") == RejectReason.FETCH_FAILED
