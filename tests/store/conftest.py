"""Store fixtures: every store test runs against DuckDB and PostgreSQL.

PostgreSQL: ``$DATABASE_URL`` when set (``.ci/run`` starts a throwaway server); otherwise a
throwaway server is started here when the Debian ``postgresql`` package is installed; otherwise
the PostgreSQL half skips visibly. Each test gets its own fresh database.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server_url():
    url = os.environ.get("DATABASE_URL")
    if url:
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                  key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parts[-3].split(".")])
    if not bins:
        pytest.skip("PostgreSQL not available: set DATABASE_URL or `apt-get install postgresql`")
    pgbin = Path(bins[-1]).parent
    tmp = tempfile.mkdtemp(prefix="dateline-pg-")
    run: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        shutil.chown(tmp, "postgres", "postgres")
        run = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = os.path.join(tmp, "data")
    try:
        subprocess.run(run + [str(pgbin / "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                              "--no-sync"], check=True, capture_output=True, timeout=120)
        subprocess.run(run + [str(pgbin / "pg_ctl"), "-D", data, "-l", os.path.join(tmp, "log"), "-w", "-t", "60",
                              "-o", f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                       check=True, capture_output=True, timeout=120)
    except (subprocess.SubprocessError, OSError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.skip(f"could not start a throwaway PostgreSQL: {exc}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(run + [str(pgbin / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=120)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server_url):
    """A fresh, empty database on the server; dropped afterwards."""
    import psycopg

    name = "dl_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    base, _, _ = pg_server_url.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(pg_server_url, autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


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
