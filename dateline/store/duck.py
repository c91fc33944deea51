"""DuckDB back-end: one file, one writer process; readers go through the process that holds it
(or open it read-only when nobody writes)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

import duckdb

from ..errors import DatelineError, ErrorCode
from .sql import READERS, SQLStore


class DuckDBStore(SQLStore):
    dialect = "duckdb"

    def __init__(self, path: str | os.PathLike = "dateline.duckdb", read_only: bool = False,
                 readers: int | None = None) -> None:
        super().__init__(readers or READERS)
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not os.path.exists(self.path):
            raise DatelineError(ErrorCode.E005, detail=f"no store at {self.path}: run `dateline ingest` first")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise DatelineError(ErrorCode.E005, detail=(
                f"cannot open {self.path}: {exc}. A DuckDB file has one writer: when `dateline serve` holds it, "
                "ingest through it (`dateline ingest --server http://HOST:PORT`), serve it with `--read-only` "
                "to share it with other readers, stop the process that holds it, or use PostgreSQL for several "
                "users")) from exc
        except duckdb.Error as exc:
            raise DatelineError(ErrorCode.E005, detail=f"cannot open {self.path}: {exc}") from exc
        if read_only:
            self.check_version()
        else:
            self.migrate()

    def __repr__(self) -> str:
        return f"DuckDBStore({self.path!r}{', read_only=True' if self.read_only else ''})"

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The raw connection (exports use it for COPY ... TO parquet)."""
        return self._con

    def _open_reader(self) -> duckdb.DuckDBPyConnection:
        # a cursor is a second connection to the same database: its own transactions, usable from
        # another thread at the same time (DuckDB runs queries without holding the GIL)
        return self._con.cursor()

    def _execute(self, sql: str, params: Any = ()) -> Any:
        try:
            return self._cur().execute(sql, list(params) if params else None)
        except duckdb.CatalogException:
            raise
        except duckdb.Error as exc:
            raise DatelineError(ErrorCode.E005, detail=f"{type(exc).__name__}: {exc}") from exc

    def _executemany(self, sql: str, rows: list[list[Any]]) -> None:
        try:
            self._cur().executemany(sql, rows)
        except duckdb.Error as exc:
            raise DatelineError(ErrorCode.E005, detail=f"{type(exc).__name__}: {exc}") from exc

    # Multi-row statements: executemany runs one statement per row (1-3 ms each); for a few rows one
    # INSERT ... VALUES (...), (...) per table is cheapest.
    ROWS_PER_STATEMENT = 200
    # From this many rows on, one Arrow table per table instead (see _insert_arrow): binding a
    # parameter per value dominated batched ingest (200 GVA reports in batches of 64, 1480 mentions:
    # 2.05 s with VALUES, 0.18 s with Arrow plus about 1 s to import pyarrow once per process).
    # 20 rows (3 reports' mentions) keeps one-report API writes off the pyarrow import.
    ARROW_MIN_ROWS = 20

    def _insert_rows(self, table: str, cols: list[str], rows: list[list[Any]]) -> None:
        if len(rows) >= self.ARROW_MIN_ROWS and self._insert_arrow(table, cols, rows):
            return
        one = "(" + ", ".join("?" for _ in cols) + ")"
        for i in range(0, len(rows), self.ROWS_PER_STATEMENT):
            part = rows[i:i + self.ROWS_PER_STATEMENT]
            self._execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES {', '.join(one for _ in part)}",
                          [v for r in part for v in r])

    def _insert_arrow(self, table: str, cols: list[str], rows: list[list[Any]]) -> bool:
        """Insert rows as one Arrow table (DuckDB reads it column-wise, without binding a parameter
        per value); False when Arrow cannot type a column (the caller falls back to VALUES)."""
        try:
            import pyarrow as pa
        except ImportError:
            return False
        try:
            data = pa.table({c: pa.array([r[i] for r in rows]) for i, c in enumerate(cols)})
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
            return False
        name = f"_dl_rows_{table}"
        con = self._cur()
        con.register(name, data)
        try:
            self._execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {name}")
        finally:
            con.unregister(name)
        return True

    def _update_events(self, cols: list[str], rows: list[list[Any]]) -> None:
        one = "(" + ", ".join("?" for _ in cols) + ")"
        sets = ", ".join(f"{c} = u.{c}" for c in cols[:-1])
        for i in range(0, len(rows), self.ROWS_PER_STATEMENT):
            part = rows[i:i + self.ROWS_PER_STATEMENT]
            self._execute(f"UPDATE events SET {sets} FROM (VALUES {', '.join(one for _ in part)}) AS u({', '.join(cols)}) "
                          "WHERE events.id = u.id", [v for r in part for v in r])

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    def _current_version(self) -> int:
        try:
            return super()._current_version()
        except duckdb.CatalogException:
            return 0

    def close(self) -> None:
        self._pool.close()
        with self._lock:
            con, self._con = self._con, None
            if con is not None:
                con.close()
