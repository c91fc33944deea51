"""Fixtures for the HTTP API and dashboard tests: a real DuckDB store seeded with synthetic
records (no NLP), served by a real uvicorn on a free 127.0.0.1 port."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

API_KEY = "test-key-\u00e9-not-secret"  # non-ASCII on purpose: the comparison works on bytes


@contextlib.contextmanager
def live_server(db: Path, n_events: int = 40, **settings_kw):
    """Seed a DuckDB store at ``db`` (when new), serve it; yield (base_url, store)."""
    from dateline.serve.app import Settings, create_app
    from dateline.serve.sample import sample_results
    from dateline.serve.server import serve_in_thread
    from dateline.store import open_store

    new = not db.exists()
    store = open_store(db)
    try:
        if new:
            for res in sample_results(n_events):
                store.add_result(res)
        kw = {"api_key": API_KEY, "read_rate": 0, "write_rate": 0}
        kw.update(settings_kw)
        app = create_app(Settings(db=str(db), **kw), store=store)
        with serve_in_thread(app) as base:
            yield base, store
    finally:
        store.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """(base_url, store) of a server with rate limits off and API_KEY set, one per test module."""
    with live_server(tmp_path_factory.mktemp("serve") / "api.duckdb") as pair:
        yield pair


@pytest.fixture(scope="module")
def client(live):
    import httpx

    with httpx.Client(base_url=live[0], timeout=30) as c:
        yield c


@pytest.fixture()
def auth():
    return {"X-API-Key": API_KEY.encode()}


@pytest.fixture()
def make_server():
    """make_server(db_path, n_events=40, **Settings) -> context manager yielding (base_url, store)."""
    return live_server


@pytest.fixture(scope="session")
def api_key() -> str:
    return API_KEY
