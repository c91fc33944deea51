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


# -- through the server: hits answered before routing, emptied by every write ---------------------

def test_cached_reads_are_identical_and_writes_empty_the_cache(tmp_path, make_server, auth):
    import httpx

    with make_server(tmp_path / "cache.duckdb", n_events=6, cache_ttl=60) as (base, store):
        with httpx.Client(base_url=base) as c:
            eid = c.get("/events").json()["events"][0]["event_id"]
            first = c.get(f"/events/{eid}")
            hits = c.get("/health").json()["cache"]["hits"]
            second = c.get(f"/events/{eid}")
            assert c.get("/health").json()["cache"]["hits"] > hits  # answered from the cache
            assert second.content == first.content
            for h in ("content-type", "content-security-policy", "x-content-type-options"):
                assert second.headers[h] == first.headers[h]
            before = first.json()["fatalities"]
            r = c.post(f"/events/{eid}/corrections", headers=auth,
                       json={"field": "fatalities", "value": before + 5, "who": "ana", "why": "cache check"})
            assert r.status_code == 200
            assert c.get(f"/events/{eid}").json()["fatalities"] == before + 5  # not the cached body
            assert {e["event_id"]: e["fatalities"] for e in c.get("/events").json()["events"]}[eid] == before + 5
            n = c.get("/health").json()["counts"]["corrections"]
            assert n == 1
            # a bad request is never cached: the same URL keeps answering 422
            assert c.get("/events", params={"since": "2024-13-01"}).status_code == 422
            assert c.get("/events", params={"since": "2024-13-01"}).status_code == 422


def test_writes_by_another_writer_show_after_the_ttl(tmp_path, make_server):
    """A write the server did not make (another process on PostgreSQL, here the store directly) is
    seen once the TTL has passed, never later."""
    import time

    import httpx
    from dateline.serve.sample import sample_results

    with make_server(tmp_path / "ttl.duckdb", n_events=3, cache_ttl=0.5) as (base, store):
        with httpx.Client(base_url=base) as c:
            n = len(c.get("/events", params={"status": "any"}).json()["events"])
            assert c.get("/health").json()["counts"]["events"] == n
            for res in sample_results(8, seed=99):
                store.add_result(res)
            time.sleep(0.6)
            assert len(c.get("/events", params={"status": "any"}).json()["events"]) > n
            assert c.get("/health").json()["counts"]["events"] == store.counts()["events"]
