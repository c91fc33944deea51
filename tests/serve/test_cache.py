"""The read cache: generation-checked puts, TTL, size bounds."""

import time

from dateline.serve.cache import ResponseCache


def test_put_after_a_write_is_dropped():
    c = ResponseCache(ttl=60)
    gen = c.generation
    c.invalidate()  # a write lands while a read was computing
    c.put("/events?", b"old", gen)
    assert c.get("/events?") is None
    c.put("/events?", b"new", c.generation)
    assert c.get("/events?") == b"new"
    c.invalidate()
    assert c.get("/events?") is None


def test_ttl_and_bounds():
    c = ResponseCache(ttl=0.05, max_entries=2, max_body_bytes=10)
    c.put("a", b"1", c.generation)
    c.put("b", b"2", c.generation)
    c.put("c", b"3", c.generation)
    assert c.get("a") is None and c.get("c") == b"3"  # least recently used went first
    c.put("big", b"x" * 11, c.generation)
    assert c.get("big") is None
    time.sleep(0.08)
    assert c.get("c") is None
    off = ResponseCache(ttl=0)
    off.put("a", b"1", off.generation)
    assert off.get("a") is None
