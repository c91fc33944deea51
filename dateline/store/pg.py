"""PostgreSQL back-end (psycopg 3) for a multi-user server. Writers serialise on an advisory
lock, so several ingest processes and the API can share one database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import psycopg

from ..errors import DatelineError, ErrorCode
from .sql import READERS, SQLStore

# pg_advisory_xact_lock key for every write transaction (an arbitrary constant: "DATELINE" in hex-ish)
WRITER_LOCK_KEY = 0x0DA7E11E


def _pg_sql(sql: str) -> str:
    # our SQL uses ? placeholders and no literal '%' (LIKE patterns travel as parameters)
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    dialect = "postgresql"

    def __init__(self, url: str, read_only: bool = False, readers: int | None = None) -> None:
        super().__init__(readers or READERS)
        self.url = url
        self.read_only = read_only
        self._con = self._connect(read_only)
        if read_only:
            self.check_version()
        else:
            self.migrate()

    def _connect(self, read_only: bool) -> psycopg.Connection:
        # read-only connections refuse writes in the server itself (default_transaction_read_only)
        opts = {"options": "-c default_transaction_read_only=on"} if read_only else {}
        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=10, **opts)
        except psycopg.Error as exc:
            raise DatelineError(ErrorCode.E005, detail=f"cannot connect to PostgreSQL: {exc}") from exc

    def _open_reader(self) -> psycopg.Connection:
        return self._connect(True)

    def _reader_broken(self, con: psycopg.Connection) -> bool:
        return bool(con.closed or con.broken)

    def __repr__(self) -> str:
        return "PostgresStore(<url>)"

    def _execute(self, sql: str, params: Any = ()) -> Any:
        try:
            return self._cur().execute(_pg_sql(sql), list(params) if params else None)
        except psycopg.errors.UndefinedTable:
            raise
        except psycopg.Error as exc:
            raise DatelineError(ErrorCode.E005, detail=f"{type(exc).__name__}: {exc}") from exc

    def _executemany(self, sql: str, rows: list[list[Any]]) -> None:
        try:
            with self._cur().cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)
        except psycopg.Error as exc:
            raise DatelineError(ErrorCode.E005, detail=f"{type(exc).__name__}: {exc}") from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._con.transaction():
            yield

    def _writer_lock(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", [WRITER_LOCK_KEY])

    def _current_version(self) -> int:
        try:
            with self._con.transaction():
                return super()._current_version()
        except psycopg.errors.UndefinedTable:
            return 0

    def close(self) -> None:
        self._pool.close()
        with self._lock:
            con, self._con = self._con, None
            if con is not None:
                con.close()
