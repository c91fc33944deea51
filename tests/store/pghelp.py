"""PostgreSQL for tests: ``$DATABASE_URL`` when set (CI starts a throwaway server), otherwise a
throwaway server started here when the Debian ``postgresql`` package is installed. Used by the
store tests and the API tests (each defines its fixtures from these helpers)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path


class NoPostgres(Exception):
    """No server given and none can be started here (the caller skips, visibly)."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def pg_server() -> Iterator[str]:
    """Yield the URL of a PostgreSQL server's ``postgres`` database; raise NoPostgres if none."""
    url = os.environ.get("DATABASE_URL")
    if url:
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                  key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parts[-3].split(".")])
    if not bins:
        raise NoPostgres("PostgreSQL not available: set DATABASE_URL or `apt-get install postgresql`")
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
        raise NoPostgres(f"could not start a throwaway PostgreSQL: {exc}") from exc
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(run + [str(pgbin / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=120)
        shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server (dropped afterwards); yields its URL."""
    import psycopg

    name = "dl_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    base, _, _ = server_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(server_url, autocommit=True) as con:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
