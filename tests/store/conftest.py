"""Store fixtures: every store test runs against DuckDB and PostgreSQL.

PostgreSQL: ``$DATABASE_URL`` when set (``.ci/run`` starts a throwaway server); otherwise a
throwaway server is started here when the Debian ``postgresql`` package is installed; otherwise
the PostgreSQL half skips visibly. Each test gets its own fresh database (see pghelp.py).
"""

from __future__ import annotations

import pytest
from pghelp import fresh_database


@pytest.fixture
def pg_url(pg_server_url):
    """A fresh, empty database on the server; dropped afterwards."""
    with fresh_database(pg_server_url) as url:
        yield url


@pytest.fixture(params=["duckdb", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "duckdb":
        return str(tmp_path / "test.duckdb")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url):
    from dateline.store import open_store

    s = open_store(store_url)
    yield s
    s.close()
