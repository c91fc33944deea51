"""Fixtures for the HTTP API and dashboard tests: a real store seeded with synthetic records (no
NLP), served by a real uvicorn on a free 127.0.0.1 port.

A test module that sets ``API_BACKENDS = ("duckdb", "postgresql")`` runs its ``live``/``client``
tests once per back-end (PostgreSQL: ``$DATABASE_URL`` or a throwaway server, see
tests/store/pghelp.py; skipped visibly when neither is available). Others use DuckDB."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from pghelp import fresh_database

API_KEY = "test-key-\u00e9-not-secret"  # non-ASCII on purpose: the comparison works on bytes


@contextlib.contextmanager
def live_server(db: Path | str, n_events: int = 40, **settings_kw):
    """Seed the store at ``db`` (a DuckDB path, or a postgresql:// URL) when it is new, serve it;
    yield (base_url, store)."""
    from dateline.serve.app import Settings, create_app
    from dateline.serve.sample import sample_results
    from dateline.serve.server import serve_in_thread
    from dateline.store import open_store

    store = open_store(db)
    new = store.counts()["reports"] == 0
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


def pytest_generate_tests(metafunc):
    backends = getattr(metafunc.module, "API_BACKENDS", None)
    if backends and "api_backend" in metafunc.fixturenames:
        metafunc.parametrize("api_backend", backends, indirect=True, scope="module")


@pytest.fixture(scope="module")
def api_backend(request) -> str:
    return getattr(request, "param", "duckdb")


@pytest.fixture(scope="module")
def live(tmp_path_factory, api_backend, request):
    """(base_url, store) of a server with rate limits off and API_KEY set, one per test module
    (and back-end)."""
    if api_backend == "postgresql":
        with fresh_database(request.getfixturevalue("pg_server_url")) as url, live_server(url) as pair:
            yield pair
        return
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
