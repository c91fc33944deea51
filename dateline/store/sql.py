"""The SQL logic both back-ends share. Subclasses supply the connection, transactions and
placeholders (:mod:`.duck`, :mod:`.pg`); every query is written once, here, with ``?`` placeholders.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import re
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import DatelineError, ErrorCode, Rejection
from ..fuse import across
from ..record import RECORD_FIELDS, EventRecord, Evidence
from .base import EventFilter, IngestOutcome, Store
from .schema import BACKFILLS, LATEST, MIGRATIONS, statements

# Fields a reviewer may not correct: identity and provenance.
UNCORRECTABLE = frozenset({"event_id", "article_id", "evidence"})
VERDICTS = ("confirmed", "rejected")
STATS_DIMENSIONS = ("country", "admin1", "admin2", "day", "week", "month", "actor", "type", "sub_type")
ITER_PAGE = 1000  # rows per page when streaming events (memory stays flat on 100k+ events)
# Reader connections per store (DuckDB cursors of the one database, or PostgreSQL connections):
# reads run concurrently on them while one writer at a time holds the write connection; the HTTP
# server's thread pool (40 threads) waits for a free reader beyond that. 4 = two per core of the
# 2-core target machine (a query spends part of its time in the database, without the GIL). The
# load test could not tell 1, 2, 4 and 8 apart on that machine while it was oversubscribed (load
# average 5-6.5; server CPU 9.8-12.8 ms per uncached request for all four), so this is not tuned.
READERS = 4
# How long a read waits for a free reader before failing with E005 (all readers stuck = a bug or
# an overloaded server; never hang a request forever).
READER_WAIT_S = 30.0
# The columns an event dict is built from (sources and corrected fields are kept on the row:
# one query per page of events, no join).
_EVENT_SELECT = "id, sort_key, record, n_reports, n_mentions, review_status, updated_at, sources, corrected_fields"

_EVENT_COLUMNS = (
    "id", "sort_key", "event_date", "year", "status", "country", "country_code", "admin1", "admin2",
    "location", "latitude", "longitude", "event_type", "sub_event_type", "type_group", "actor1", "actor2",
    "assoc_actor_1", "assoc_actor_2", "fatalities", "killed_low", "killed_high", "n_reports", "n_mentions",
    "review_status", "notes", "record", "created_at", "updated_at",
)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


_REC_NAMES = tuple(f.name for f in dataclasses.fields(EventRecord))
_SCALARS = frozenset({str, int, float, bool})


def _record_dict(rec: EventRecord) -> dict[str, Any]:
    """``rec.to_dict()`` without ``dataclasses.asdict``'s recursive deep copy (its JSON is the same;
    asdict was 1.6 s of 7.4 s storing 200 GVA reports). Scalars are shared; lists are copied."""
    d: dict[str, Any] = {}
    for n in _REC_NAMES:
        v = getattr(rec, n)
        if v is None or type(v) in _SCALARS:
            pass
        elif isinstance(v, (list, tuple)):
            v = [x.to_dict() if isinstance(x, Evidence) else
                 (dataclasses.asdict(x) if dataclasses.is_dataclass(x) else x) for x in v]
        elif isinstance(v, dict) or dataclasses.is_dataclass(v):
            v = dataclasses.asdict(v) if dataclasses.is_dataclass(v) else dict(v)
        d[n] = v
    return d


def _date(s: Any) -> dt.date | None:
    if s is None or s == "":
        return None
    if isinstance(s, dt.datetime):
        return s.date()
    if isinstance(s, dt.date):
        return s
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _like(s: str) -> str:
    esc = s.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


def encode_cursor(sort_key: str) -> str:
    return base64.urlsafe_b64encode(sort_key.encode()).decode().rstrip("=")


# what encode_cursor wraps: an events.sort_key, "YYYY-MM-DD|<event id>"
_SORT_KEY = re.compile(r"\d{4}-\d{2}-\d{2}\|[A-Za-z0-9_.:-]{1,200}")


def decode_cursor(cursor: str) -> str:
    """The sort key in a cursor; E003 for anything that is not a cursor :func:`encode_cursor` made."""
    try:
        pad = "=" * (-len(cursor) % 4)
        key = base64.urlsafe_b64decode(cursor + pad).decode()
    except (ValueError, UnicodeDecodeError) as exc:
        raise DatelineError(ErrorCode.E003, detail=f"invalid cursor {cursor!r}: give the next_cursor of a page") from exc
    if not _SORT_KEY.fullmatch(key):
        raise DatelineError(ErrorCode.E003, detail=f"invalid cursor {cursor!r}: give the next_cursor of a page")
    return key


def _source_entry(report_id: str, article_id: Any, source: Any, url: Any, published: Any, title: Any) -> dict[str, Any]:
    """One report in an event's ``sources`` (kept on the event row, in the order reports joined)."""
    d = _date(published)
    return {"report_id": report_id, "article_id": article_id, "source": source, "url": url,
            "published": d.isoformat() if d else None, "title": title}


def mention_id(report_id: str, idx: int) -> str:
    return f"{report_id}-{idx}"


def report_id_for(content_hash: str) -> str:
    return content_hash[:16]


_BATCH_COLUMNS = {
    "reports": ("id", "content_hash", "url", "article_id", "source", "published", "title", "dateline", "origin", "text",
                "n_mentions", "warnings", "ingested_at"),
    "mentions": ("id", "report_id", "idx", "event_id", "event_date", "country_code", "admin1", "event_type",
                 "sub_event_type", "fatalities", "record", "created_at"),
    "event_sources": ("mention_id", "event_id", "report_id", "score", "reason", "added_at"),
    "audit": ("id", "seq", "event_id", "action", "mention_id", "other_event_id", "score", "detail", "who",
              "created_at"),
}


class _ReaderPool:
    """A few reader connections, opened on demand, handed to one thread at a time."""

    def __init__(self, open_: Any, close_: Any, size: int) -> None:
        self._open, self._close, self.size = open_, close_, max(1, size)
        self._idle: list[Any] = []
        self._n = 0  # connections open (idle or in use)
        self._cond = threading.Condition()
        self._closed = False

    def get(self, timeout: float = READER_WAIT_S) -> Any:
        with self._cond:
            deadline = time.monotonic() + timeout
            while True:
                if self._closed:
                    raise DatelineError(ErrorCode.E005, detail="the store is closed")
                if self._idle:
                    return self._idle.pop()
                if self._n < self.size:
                    self._n += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0 or not self._cond.wait(left):
                    raise DatelineError(ErrorCode.E005, detail=f"all {self.size} store readers busy for {timeout:g} s")
        try:
            return self._open()
        except BaseException:
            with self._cond:
                self._n -= 1
                self._cond.notify()
            raise

    def put(self, con: Any, discard: bool = False) -> None:
        with self._cond:
            if discard or self._closed:
                self._n -= 1
            else:
                self._idle.append(con)
                con = None
            self._cond.notify()
        if con is not None:
            with contextlib.suppress(Exception):  # noqa: BLE001 - closing a broken connection
                self._close(con)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._n -= len(idle)
            self._cond.notify_all()
        for con in idle:
            with contextlib.suppress(Exception):  # noqa: BLE001 - best effort on shutdown
                self._close(con)


class _Batch:
    """Rows of one add_results() transaction, written together at the end."""

    def __init__(self) -> None:
        from collections import defaultdict

        self.ts = now()
        self.rows: dict[str, list[list[Any]]] = defaultdict(list)
        # every mention (stored and pending) of the events this batch can touch, oldest first
        self.members: dict[str, list[tuple[str, EventRecord]]] = defaultdict(list)
        self.corrections: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        self.stored: dict[str, dict[str, Any]] = {}  # candidate events read from the store (block columns)
        self.meta: dict[str, dict[str, Any]] = {}  # report id -> its entry in an event's sources
        self.events: dict[str, tuple[dict[str, Any], bool]] = {}  # event id -> (new row, created in this batch)
        # candidate events by block key (country_code, type_group, status) -> event date -> {event id:
        # order}, so a mention is compared with its block and date window only, not with every event
        # the batch holds (order: stored events as prefetched, then events created in the batch as
        # they were first written)
        self.index: dict[tuple[Any, Any, Any], dict[Any, dict[str, tuple[int, int]]]] = defaultdict(
            lambda: defaultdict(dict))
        self.key_of: dict[str, tuple[Any, Any]] = {}  # created event id -> its (key, date) in index
        self.seq: dict[str, int] = {}  # event id -> position of its first write in events


class SQLStore(Store):
    """Everything but the driver. Thread-safe: writes take one lock and the write connection (one
    writer at a time; PostgreSQL adds an advisory lock across processes); reads run concurrently,
    each on a reader connection from a small pool (:data:`READERS`). Every public method enters
    :meth:`_reading` or :meth:`_tx`, which bind the thread to its connection."""

    dialect: str = ""
    schema_version: int = 0

    def __init__(self, readers: int = READERS) -> None:
        self._lock = threading.RLock()
        self._local = threading.local()
        self._pool = _ReaderPool(self._open_reader, self._close_reader, readers)
        # stored mention JSON -> its parsed record, for the writer's prefetch: a long ingest re-reads
        # the same mentions batch after batch (parsing them was 5.5 s of 42 s storing 1000 GVA
        # reports). Keyed by the JSON itself, so a changed row is parsed again; bounded.
        self._parsed: dict[str, EventRecord] = {}

    # -- driver hooks -------------------------------------------------------------------------------
    def _execute(self, sql: str, params: Iterable[Any] = ()) -> Any:  # returns a cursor-like
        raise NotImplementedError

    def _open_reader(self) -> Any:
        """A new connection for reads (it must see every committed write)."""
        raise NotImplementedError

    def _close_reader(self, con: Any) -> None:
        con.close()

    def _reader_broken(self, con: Any) -> bool:
        return False

    def _cur(self) -> Any:
        """The connection this thread works on: its reader or the write connection."""
        con = getattr(self._local, "con", None)
        return con if con is not None else self._con

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Run the enclosed reads on a pooled reader (or on the connection this thread already uses,
        e.g. inside a write transaction, which must see its own writes)."""
        if getattr(self._local, "con", None) is not None:
            yield
            return
        con = self._pool.get()
        self._local.con = con
        failed = True
        try:
            yield
            failed = False
        finally:
            self._local.con = None
            self._pool.put(con, discard=failed and self._reader_broken(con))

    def _transaction(self) -> contextlib.AbstractContextManager:
        raise NotImplementedError

    def _writer_lock(self) -> None:
        """Serialise writers across processes (PostgreSQL advisory lock; DuckDB has one writer)."""

    # -- helpers ------------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self._execute(sql, list(params))
        names = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        cur = self._execute(sql, list(params))
        r = cur.fetchone()
        return r[0] if r else None

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        with self._lock:
            prev = getattr(self._local, "con", None)
            self._local.con = self._con
            try:
                with self._transaction():
                    self._writer_lock()
                    yield
            finally:
                self._local.con = prev

    # -- schema ------------------------------------------------------------------------------------
    def _current_version(self) -> int:
        try:
            v = self._scalar("SELECT max(version) FROM schema_version")
        except Exception as exc:  # noqa: BLE001 - driver-specific "no such table"
            if "schema_version" in str(exc):
                return 0
            raise
        return int(v or 0)

    def migrate(self) -> int:
        with self._lock:
            with self._transaction():
                self._writer_lock()
                self._execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    "description TEXT, applied_at TEXT NOT NULL)")
            have = self._current_version()
            if have > LATEST:
                raise DatelineError(ErrorCode.E005, detail=(
                    f"the store has schema version {have}, newer than this Dateline ({LATEST}): upgrade Dateline"))
            for version, desc, stmts in MIGRATIONS:
                if version <= have:
                    continue
                with self._transaction():
                    self._writer_lock()
                    # another process may have migrated while we waited for the lock
                    if self._current_version() >= version:
                        continue
                    for sql in statements(self.dialect, stmts):
                        self._execute(sql)
                    if version in BACKFILLS:
                        getattr(self, BACKFILLS[version])()
                    self._execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                                  [version, desc, now()])
            self.schema_version = self._current_version()
            return self.schema_version

    def check_version(self) -> int:
        v = self._current_version()
        if v != LATEST:
            raise DatelineError(ErrorCode.E005, detail=(
                f"schema version {v}, this Dateline needs {LATEST}: open the store read-write once to migrate"))
        self.schema_version = v
        return v

    # -- writing -----------------------------------------------------------------------------------
    def has_report(self, content_hash: str, url: str | None = None) -> bool:
        with self._reading():
            return self._find_report(content_hash, url) is not None

    def _find_report(self, content_hash: str, url: str | None) -> str | None:
        if url:
            return self._scalar("SELECT id FROM reports WHERE content_hash = ? OR url = ? LIMIT 1", [content_hash, url])
        return self._scalar("SELECT id FROM reports WHERE content_hash = ? LIMIT 1", [content_hash])

    def add_result(self, result: Any) -> IngestOutcome:
        return self.add_results([result])[0]

    def add_results(self, results: Iterable[Any]) -> list[IngestOutcome]:
        """Store pipeline Results in ONE transaction (a crash loses none or all of them), fusing
        each record with the stored events and with the earlier records of the batch. Rows are
        written with one multi-row statement per table at the end of the batch: per-statement
        cost, not data, dominates small writes in both back-ends."""
        results = list(results)
        outs: list[IngestOutcome] = []
        with self._tx():
            b = _Batch()
            known = self._known([r.article for r in results if getattr(r, "rejection", None) is None])
            self._prefetch([rec for r in results if getattr(r, "rejection", None) is None
                            for rec in (r.records or [])], b)
            for res in results:
                art = res.article
                if getattr(res, "rejection", None) is not None:
                    rej = res.rejection
                    if rej.origin is None:
                        rej.origin = (art.meta or {}).get("origin") or art.url
                    self._upsert_rejection(rej)
                    outs.append(IngestOutcome(report_id="", new_report=False))
                    continue
                chash = art.content_hash
                existing = known.get(chash) or (known.get("url:" + art.url) if art.url else None)
                if existing is not None:
                    outs.append(IngestOutcome(report_id=existing, new_report=False))
                    continue
                rid = report_id_for(chash)
                known[chash] = rid
                if art.url:
                    known["url:" + art.url] = rid
                records = list(res.records or [])
                b.rows["reports"].append(
                    [rid, chash, art.url or None, art.id, art.source, art.published, art.title, art.dateline,
                     (art.meta or {}).get("origin"), art.text, len(records), _dump(list(res.warnings or [])), b.ts])
                b.meta[rid] = _source_entry(rid, art.id, art.source, art.url or None, art.published, art.title)
                out = IngestOutcome(report_id=rid, new_report=True)
                for idx, rec in enumerate(records):
                    eid, merged = self._place_mention(rid, idx, rec, b)
                    out.event_ids.append(eid)
                    if merged:
                        out.events_merged += 1
                    else:
                        out.events_added += 1
                outs.append(out)
            self._flush(b)
        return outs

    def known_reports(self, articles: Iterable[Any]) -> set[int]:
        """Indexes of the articles already stored (by content hash or URL): one query per call."""
        arts = list(articles)
        with self._reading():
            known = self._known(arts)
        return {i for i, a in enumerate(arts)
                if a.content_hash in known or (a.url and ("url:" + a.url) in known)}

    def _known(self, arts: list[Any]) -> dict[str, str]:
        """content_hash -> report id and "url:"+url -> report id, for the stored ones among arts."""
        hashes = list({a.content_hash for a in arts})
        urls = list({a.url for a in arts if a.url})
        out: dict[str, str] = {}
        for i in range(0, len(hashes), 500):
            part = hashes[i:i + 500]
            for r in self._rows(f"SELECT id, content_hash FROM reports WHERE content_hash IN "
                                f"({', '.join('?' for _ in part)})", part):
                out[r["content_hash"]] = r["id"]
        for i in range(0, len(urls), 500):
            part = urls[i:i + 500]
            for r in self._rows(f"SELECT id, url FROM reports WHERE url IN ({', '.join('?' for _ in part)})", part):
                out["url:" + r["url"]] = r["id"]
        return out

    def _executemany(self, sql: str, rows: list[list[Any]]) -> None:
        raise NotImplementedError

    def _insert_rows(self, table: str, cols: list[str], rows: list[list[Any]]) -> None:
        self._executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})", rows)

    def _update_events(self, cols: list[str], rows: list[list[Any]]) -> None:
        """rows: values for cols, the last column being the id."""
        keys = cols[:-1]
        self._executemany(f"UPDATE events SET {', '.join(f'{k} = ?' for k in keys)} WHERE id = ?", rows)

    def _flush(self, b: "_Batch") -> None:
        for table, cols in _BATCH_COLUMNS.items():
            rows = b.rows.get(table)
            if rows:
                self._insert_rows(table, list(cols), rows)
        new = [row for row, created in b.events.values() if created]
        upd = [row for row, created in b.events.values() if not created]
        if new:
            cols = list(new[0]) + ["created_at", "updated_at"]
            self._insert_rows("events", cols, [list(r.values()) + [b.ts, b.ts] for r in new])
        if upd:
            keys = [k for k in upd[0] if k != "id"]
            self._update_events(keys + ["updated_at", "id"], [[r[k] for k in keys] + [b.ts, r["id"]] for r in upd])

    def _prefetch(self, recs: list[EventRecord], b: "_Batch") -> None:
        """Load, in three queries, every stored event any of recs could join, with its mentions and
        corrections: the matching loop then runs without a query per mention."""
        blocks = {blk for blk in (across.block_of(r) for r in recs) if blk is not None}
        if not blocks:
            return
        blocks_l = sorted(blocks, key=lambda x: (x.country_code, x.group, x.status, x.date_from))
        ids: list[str] = []
        for i in range(0, len(blocks_l), 50):
            part = blocks_l[i:i + 50]
            where = " OR ".join("(country_code = ? AND type_group = ? AND status = ? AND event_date BETWEEN ? AND ?)"
                                for _ in part)
            args = [v for blk in part for v in (blk.country_code, blk.group, blk.status, blk.date_from, blk.date_to)]
            for r in self._rows("SELECT id, country_code, type_group, status, event_date, admin1, sources FROM events "
                                f"WHERE {where}", args):
                if r["id"] not in b.stored:
                    for src in json.loads(r.pop("sources") or "[]"):
                        b.meta.setdefault(src["report_id"], src)
                    b.stored[r["id"]] = r
                    if r["event_date"] is not None:
                        b.index[(r["country_code"], r["type_group"], r["status"])][r["event_date"]][r["id"]] = \
                            (0, len(b.stored))
                    ids.append(r["id"])
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            marks = ", ".join("?" for _ in part)
            for m in self._rows(f"SELECT event_id, report_id, record FROM mentions WHERE event_id IN ({marks}) "
                                "ORDER BY created_at, id", part):
                b.members[m["event_id"]].append((m["report_id"], self._parse_record(m["record"])))
            for c in self._rows(f"SELECT event_id, field, value FROM corrections WHERE event_id IN ({marks}) "
                                "ORDER BY created_at, id", part):
                b.corrections[c["event_id"]].append((c["field"], json.loads(c["value"])))

    # mentions kept parsed: about 6 KB each with its JSON key (GVA mentions: 2.2 KB of JSON on
    # average), so at most ~120 MB; 1000 GVA reports make 7,000 mentions
    PARSED_MAX = 20_000

    def _parse_record(self, js: str) -> EventRecord:
        rec = self._parsed.get(js)
        if rec is None:
            if len(self._parsed) >= self.PARSED_MAX:
                self._parsed.clear()
            rec = self._parsed[js] = EventRecord.from_dict(json.loads(js))
        return rec

    def _candidates(self, rec: EventRecord, b: "_Batch | None" = None) -> list[tuple[str, list[tuple[str, EventRecord]]]]:
        blk = across.block_of(rec)
        if blk is None:
            return []
        if b is not None:
            out = []
            days = b.index.get((blk.country_code, blk.group, blk.status))
            hits: dict[str, tuple[int, int]] = {}
            if days:
                span = (blk.date_to - blk.date_from).days + 1
                if span <= len(days):
                    for k in range(span):
                        hits.update(days.get(blk.date_from + dt.timedelta(days=k)) or {})
                else:
                    for d, ids in days.items():
                        if blk.date_from <= d <= blk.date_to:
                            hits.update(ids)
            for eid in sorted(hits, key=hits.__getitem__):
                row = b.stored[eid] if eid in b.stored else b.events[eid][0]
                if row["country_code"] == blk.country_code and row["type_group"] == blk.group \
                        and row["status"] == blk.status and row["event_date"] is not None \
                        and blk.date_from <= row["event_date"] <= blk.date_to \
                        and (blk.admin1 is None or not row["admin1"] or across._norm(row["admin1"]) == blk.admin1) \
                        and b.members.get(eid):
                    out.append((eid, list(b.members[eid])))
            return out
        rows = self._rows(
            "SELECT id, admin1 FROM events WHERE country_code = ? AND type_group = ? AND status = ? "
            "AND event_date BETWEEN ? AND ?",
            [blk.country_code, blk.group, blk.status, blk.date_from, blk.date_to])
        ids = [r["id"] for r in rows
               if blk.admin1 is None or not r["admin1"] or across._norm(r["admin1"]) == blk.admin1]
        if not ids:
            return []
        members: dict[str, list[tuple[str, EventRecord]]] = {i: [] for i in ids}
        marks = ", ".join("?" for _ in ids)
        for m in self._rows(f"SELECT event_id, report_id, record FROM mentions WHERE event_id IN ({marks}) "
                            "ORDER BY created_at, id", ids):
            members[m["event_id"]].append((m["report_id"], EventRecord.from_dict(json.loads(m["record"]))))
        return [(i, members[i]) for i in ids if members[i]]

    def _place_mention(self, rid: str, idx: int, rec: EventRecord, b: "_Batch") -> tuple[str, bool]:
        mid = mention_id(rid, idx)
        cands = self._candidates(rec, b)
        match = across.best_match(rec, cands, rid)
        if match is None:
            eid = "ev" + hashlib.sha1(mid.encode()).hexdigest()[:14]
            score, reason, action = None, "first report of this event", "create"
            members: list[tuple[str, EventRecord]] = []
        else:
            eid = match.event_key
            score, reason, action = round(match.score, 3), "; ".join(match.reasons), "merge"
            members = list(b.members[eid])
        b.rows["mentions"].append([mid, rid, idx, eid, _date(rec.event_date), rec.country_code, rec.admin1,
                                   rec.event_type, rec.sub_event_type, rec.fatalities, _dump(_record_dict(rec)), b.ts])
        b.rows["event_sources"].append([mid, eid, rid, score, reason, b.ts])
        b.rows["audit"].append(self._audit_row(eid, action, mid, None, score,
                                               reason if match else "new event from this mention", None))
        b.members[eid].append((rid, rec))
        self._refuse(eid, created=match is None, mentions=[*members, (rid, rec)], batch=b)
        return eid, match is not None

    @staticmethod
    def _audit_row(eid: str | None, action: str, mid: str | None, other: str | None, score: float | None,
                   detail: str, who: str | None) -> list[Any]:
        return [uuid.uuid4().hex, time.time_ns(), eid, action, mid, other,
                None if score is None else round(score, 3), detail, who, now()]

    def _audit(self, eid: str | None, action: str, mid: str | None, other: str | None, score: float | None,
               detail: str, who: str | None) -> None:
        self._execute("INSERT INTO audit (id, seq, event_id, action, mention_id, other_event_id, score, detail, who, "
                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      self._audit_row(eid, action, mid, other, score, detail, who))

    def _refuse(self, eid: str, created: bool = False, mentions: list[tuple[str, EventRecord]] | None = None,
                batch: "_Batch | None" = None) -> EventRecord | None:
        """Rebuild an event's record from its mentions (oldest first; read from the store unless
        given), then apply its corrections (they win). ``created``: the event row is new. With a
        batch, the row is written when the batch is flushed."""
        if mentions is None:
            ms = self._rows("SELECT report_id, record FROM mentions WHERE event_id = ? ORDER BY created_at, id", [eid])
            mentions = [(m["report_id"], EventRecord.from_dict(json.loads(m["record"]))) for m in ms]
        if not mentions:
            self._execute("DELETE FROM events WHERE id = ?", [eid])
            return None
        fused = across.fuse([r for _, r in mentions], eid)
        new_in_batch = batch is not None and eid in batch.events and batch.events[eid][1]
        fixes: list[tuple[str, Any]] = []
        if batch is not None:
            fixes = batch.corrections.get(eid, [])
        elif not created:
            fixes = [(c["field"], json.loads(c["value"])) for c in
                     self._rows("SELECT field, value FROM corrections WHERE event_id = ? ORDER BY created_at, id", [eid])]
        for f, v in fixes:
            setattr(fused, f, v)
        rids = list(dict.fromkeys(rid for rid, _ in mentions))  # reports in the order they joined
        if batch is not None:
            missing = [r for r in rids if r not in batch.meta]
            if missing:  # only for rows written before the sources column existed
                batch.meta.update(self._report_entries(missing))
            sources = [batch.meta[r] for r in rids]
        else:
            sources = self._sources_for([eid])[eid]
        row = self._event_row(eid, fused, len(rids), len(mentions), sources, list(dict.fromkeys(f for f, _ in fixes)))
        if batch is not None:
            if eid not in batch.events:
                batch.seq[eid] = len(batch.seq)
            batch.events[eid] = (row, created or new_in_batch)
            if (created or new_in_batch) and eid not in batch.stored:
                key = ((row["country_code"], row["type_group"], row["status"]), row["event_date"])
                old = batch.key_of.get(eid)
                if old != key:
                    if old is not None:
                        batch.index[old[0]][old[1]].pop(eid, None)
                    if key[1] is not None:
                        batch.index[key[0]][key[1]][eid] = (1, batch.seq[eid])
                    batch.key_of[eid] = key
            return fused
        ts = now()
        if created:
            cols = list(row) + ["created_at", "updated_at"]
            self._execute(f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                          list(row.values()) + [ts, ts])
        else:
            sets = ", ".join(f"{k} = ?" for k in row if k != "id")
            self._execute(f"UPDATE events SET {sets}, updated_at = ? WHERE id = ?",
                          [v for k, v in row.items() if k != "id"] + [ts, eid])
        return fused

    def _report_entries(self, report_ids: list[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(report_ids), 500):
            part = report_ids[i:i + 500]
            for r in self._rows("SELECT id, article_id, source, url, published, title FROM reports WHERE id IN "
                                f"({', '.join('?' for _ in part)})", part):
                out[r["id"]] = _source_entry(r["id"], r["article_id"], r["source"], r["url"], r["published"], r["title"])
        return out

    @staticmethod
    def _event_row(eid: str, rec: EventRecord, n_reports: int, n_mentions: int, sources: list[dict[str, Any]],
                   corrected: list[str]) -> dict[str, Any]:
        d = _date(rec.event_date)
        return {
            "id": eid, "sort_key": f"{d.isoformat() if d else '0000-00-00'}|{eid}", "event_date": d,
            "year": d.year if d else None, "status": rec.status or "occurred", "country": rec.country,
            "country_code": (rec.country_code or "").upper() or None, "admin1": rec.admin1, "admin2": rec.admin2,
            "location": rec.location, "latitude": rec.latitude, "longitude": rec.longitude,
            "event_type": rec.event_type, "sub_event_type": rec.sub_event_type,
            "type_group": across.type_group(rec.event_type), "actor1": rec.actor1, "actor2": rec.actor2,
            "assoc_actor_1": rec.assoc_actor_1, "assoc_actor_2": rec.assoc_actor_2,
            "fatalities": int(rec.fatalities or 0), "killed_low": rec.killed_low, "killed_high": rec.killed_high,
            "n_reports": n_reports, "n_mentions": n_mentions, "notes": rec.notes,
            "record": _dump(_record_dict(rec)), "sources": _dump(sources), "corrected_fields": _dump(corrected),
        }

    def add_rejection(self, rejection: Rejection) -> None:
        with self._tx():
            self._upsert_rejection(rejection)

    def _upsert_rejection(self, rejection: Rejection) -> None:
        reason = getattr(rejection.reason, "value", rejection.reason)
        key = "|".join(str(x) for x in (reason, rejection.detail, rejection.article_id, rejection.origin))
        rid = hashlib.sha1(key.encode()).hexdigest()[:20]
        ts = now()
        if self._scalar("SELECT count(*) FROM rejections WHERE id = ?", [rid]):
            self._execute("UPDATE rejections SET last_seen = ?, times_seen = times_seen + 1 WHERE id = ?", [ts, rid])
        else:
            self._execute(
                "INSERT INTO rejections (id, reason, detail, article_id, origin, extra, first_seen, last_seen, "
                "times_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                [rid, reason, rejection.detail, rejection.article_id, rejection.origin,
                 _dump(rejection.extra or {}), ts, ts])

    def review(self, event_id: str, verdict: str, who: str, why: str = "") -> dict[str, Any]:
        if verdict not in VERDICTS:
            raise DatelineError(ErrorCode.E003, detail=f"verdict must be one of {', '.join(VERDICTS)}")
        if not who:
            raise DatelineError(ErrorCode.E003, detail="a review needs a reviewer name (who)")
        with self._tx():
            self._require_event(event_id)
            row = {"id": uuid.uuid4().hex, "event_id": event_id, "verdict": verdict, "who": who, "why": why,
                   "created_at": now()}
            self._execute("INSERT INTO reviews (id, event_id, verdict, who, why, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                          list(row.values()))
            self._execute("UPDATE events SET review_status = ? WHERE id = ?", [verdict, event_id])
            self._audit(event_id, "review", None, None, None, f"{verdict}: {why}", who)
            return row

    def correct(self, event_id: str, field: str, value: Any, who: str, why: str = "") -> dict[str, Any]:
        if field not in RECORD_FIELDS or field in UNCORRECTABLE:
            raise DatelineError(ErrorCode.E003, detail=f"{field!r} is not a correctable event field")
        if not who:
            raise DatelineError(ErrorCode.E003, detail="a correction needs a reviewer name (who)")
        if field in ("event_date", "event_date_end") and value is not None and _date(value) is None:
            raise DatelineError(ErrorCode.E003, detail=f"{field} must be YYYY-MM-DD, got {value!r}")
        with self._tx():
            ev = self._require_event(event_id)
            old = json.loads(ev["record"]).get(field)
            row = {"id": uuid.uuid4().hex, "event_id": event_id, "field": field, "value": value, "old_value": old,
                   "who": who, "why": why, "created_at": now()}
            self._execute("INSERT INTO corrections (id, event_id, field, value, old_value, who, why, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          [row["id"], event_id, field, _dump(value), _dump(old), who, why, row["created_at"]])
            self._audit(event_id, "correct", None, None, None, f"{field}: {old!r} -> {value!r} ({why})", who)
            self._refuse(event_id)
            return row

    def _require_event(self, event_id: str) -> dict[str, Any]:
        ev = self._one("SELECT id, record FROM events WHERE id = ?", [event_id])
        if ev is None:
            raise DatelineError(ErrorCode.E012, what="event", key=event_id)
        return ev

    def unmerge(self, event_id: str, mention_ids: list[str] | None = None, report_id: str | None = None,
                who: str = "cli", why: str = "") -> str:
        """Split mentions (given, or all of one report's) out of an event into a new event; both
        events are re-fused. Undoes a merge. Returns the new event's id."""
        with self._tx():
            self._require_event(event_id)
            ms = self._rows("SELECT m.id, m.report_id, r.article_id FROM mentions m LEFT JOIN reports r "
                            "ON r.id = m.report_id WHERE m.event_id = ? ORDER BY m.created_at, m.id", [event_id])
            # a report is named by its stored id or by the article id the user sees (`dateline event`)
            chosen = [m["id"] for m in ms if (mention_ids and m["id"] in mention_ids)
                      or (report_id and report_id in (m["report_id"], m["article_id"]))]
            if not chosen:
                raise DatelineError(ErrorCode.E012, what="mention of event " + event_id,
                                    key=",".join(mention_ids or []) or report_id or "")
            if len(chosen) == len(ms):
                raise DatelineError(ErrorCode.E003, detail="cannot split every mention out of an event")
            new_id = "ev" + hashlib.sha1(f"{chosen[0]}|split|{time.time_ns()}".encode()).hexdigest()[:14]
            marks = ", ".join("?" for _ in chosen)
            self._execute(f"UPDATE mentions SET event_id = ? WHERE id IN ({marks})", [new_id, *chosen])
            self._execute(f"UPDATE event_sources SET event_id = ?, reason = ? WHERE mention_id IN ({marks})",
                          [new_id, f"split from {event_id}: {why}", *chosen])
            for mid in chosen:
                self._audit(event_id, "unmerge", mid, new_id, None, why, who)
                self._audit(new_id, "create", mid, event_id, None, f"split from {event_id}: {why}", who)
            self._refuse(new_id, created=True)
            self._refuse(event_id)
            return new_id

    def merge(self, into: str, other: str, who: str = "cli", why: str = "") -> str:
        """Move every mention (and review/correction) of ``other`` into ``into``."""
        if into == other:
            raise DatelineError(ErrorCode.E003, detail="cannot merge an event with itself")
        with self._tx():
            self._require_event(into)
            self._require_event(other)
            mids = [m["id"] for m in self._rows("SELECT id FROM mentions WHERE event_id = ?", [other])]
            self._execute("UPDATE mentions SET event_id = ? WHERE event_id = ?", [into, other])
            self._execute("UPDATE event_sources SET event_id = ?, reason = ? WHERE event_id = ?",
                          [into, f"merged by {who}: {why}", other])
            self._execute("UPDATE corrections SET event_id = ? WHERE event_id = ?", [into, other])
            for mid in mids:
                self._audit(into, "merge", mid, other, None, f"manual merge: {why}", who)
            self._audit(other, "merged_into", None, into, None, why, who)
            self._execute("DELETE FROM events WHERE id = ?", [other])
            self._refuse(into)
            return into

    # -- reading -----------------------------------------------------------------------------------
    def _where(self, flt: EventFilter | None, alias: str = "") -> tuple[str, list[Any]]:
        f = flt or EventFilter()
        p = alias
        conds: list[str] = []
        args: list[Any] = []
        if f.status:
            conds.append(f"{p}status = ?")
            args.append(f.status)
        if not f.include_rejected:
            conds.append(f"({p}review_status IS NULL OR {p}review_status <> 'rejected')")
        if f.acled_only:
            conds.append(f"({p}event_type IS NOT NULL AND {p}event_type <> '')")
        if f.country:
            conds.append(f"({p}country_code = ? OR lower({p}country) = ?)")
            args += [f.country.upper(), f.country.lower()]
        for col, val in (("admin1", f.admin1), ("admin2", f.admin2), ("event_type", f.event_type),
                         ("sub_event_type", f.sub_event_type)):
            if val:
                conds.append(f"lower({p}{col}) = ?")
                args.append(val.lower())
        if f.since:
            conds.append(f"{p}event_date >= ?")
            args.append(self._arg_date(f.since, "since"))
        if f.until:
            conds.append(f"{p}event_date <= ?")
            args.append(self._arg_date(f.until, "until"))
        if f.actor:
            conds.append("(" + " OR ".join(f"lower({p}{c}) LIKE ? ESCAPE '\\'"
                                           for c in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")) + ")")
            args += [_like(f.actor)] * 4
        if f.min_fatalities is not None:
            conds.append(f"{p}fatalities >= ?")
            args.append(int(f.min_fatalities))
        if f.text:
            conds.append(f"lower({p}notes) LIKE ? ESCAPE '\\'")
            args.append(_like(f.text))
        return (" AND ".join(conds) or "TRUE"), args

    @staticmethod
    def _arg_date(v: Any, name: str) -> dt.date:
        d = _date(v)
        if d is None:
            raise DatelineError(ErrorCode.E003, detail=f"--{name} must be YYYY-MM-DD, got {v!r}")
        return d

    def _sources_for(self, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        if not ids:
            return out
        marks = ", ".join("?" for _ in ids)
        rows = self._rows(
            "SELECT s.event_id, s.report_id, r.article_id, r.source, r.url, r.published, r.title, "
            "min(s.added_at) AS added_at FROM event_sources s JOIN reports r ON r.id = s.report_id "
            f"WHERE s.event_id IN ({marks}) GROUP BY s.event_id, s.report_id, r.article_id, r.source, r.url, "
            "r.published, r.title ORDER BY added_at", ids)
        for r in rows:
            out[r["event_id"]].append(_source_entry(r["report_id"], r["article_id"], r["source"], r["url"],
                                                    r["published"], r["title"]))
        return out

    def _corrected_fields(self, ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if not ids:
            return out
        marks = ", ".join("?" for _ in ids)
        for r in self._rows(f"SELECT event_id, field FROM corrections WHERE event_id IN ({marks}) "
                            "ORDER BY created_at", ids):
            lst = out.setdefault(r["event_id"], [])
            if r["field"] not in lst:
                lst.append(r["field"])
        return out

    def _event_dicts(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Event dicts from rows of _EVENT_SELECT: sources and corrected fields come with the row
        (rows written before they did are completed with two queries)."""
        old = [r["id"] for r in rows if r.get("sources") is None or r.get("corrected_fields") is None]
        srcs = self._sources_for(old) if old else {}
        fixed = self._corrected_fields(old) if old else {}
        out = []
        for r in rows:
            d = json.loads(r["record"])
            d["event_id"] = r["id"]
            d["sources"] = json.loads(r["sources"]) if r.get("sources") is not None else srcs.get(r["id"], [])
            d["n_reports"] = r["n_reports"]
            d["n_mentions"] = r["n_mentions"]
            d["review_status"] = r["review_status"]
            d["corrected_fields"] = (json.loads(r["corrected_fields"]) if r.get("corrected_fields") is not None
                                     else fixed.get(r["id"], []))
            d["updated_at"] = r["updated_at"]
            out.append(d)
        return out

    def _backfill_event_lists(self) -> None:
        """Migration 4: fill events.sources and events.corrected_fields of the rows already stored."""
        ids = [r["id"] for r in self._rows("SELECT id FROM events WHERE sources IS NULL OR corrected_fields IS NULL")]
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            srcs, fixed = self._sources_for(part), self._corrected_fields(part)
            self._update_events(["sources", "corrected_fields", "id"],
                                [[_dump(srcs[e]), _dump(fixed.get(e, [])), e] for e in part])

    def events(self, flt: EventFilter | None = None, limit: int = 100, cursor: str | None = None,
               ) -> tuple[list[dict[str, Any]], str | None]:
        limit = max(1, min(int(limit), 10000))
        where, args = self._where(flt)
        if cursor:
            where += " AND sort_key < ?"
            args.append(decode_cursor(cursor))
        with self._reading():
            rows = self._rows(f"SELECT {_EVENT_SELECT} FROM events WHERE {where} ORDER BY sort_key DESC LIMIT ?",
                              args + [limit + 1])
            more = len(rows) > limit
            rows = rows[:limit]
            items = self._event_dicts(rows)
        return items, (encode_cursor(rows[-1]["sort_key"]) if more and rows else None)

    def iter_events(self, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        cursor = None
        while True:
            items, cursor = self.events(flt, limit=ITER_PAGE, cursor=cursor)
            yield from items
            if cursor is None:
                return

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, args = self._where(flt)
        with self._reading():
            return int(self._scalar(f"SELECT count(*) FROM events WHERE {where}", args) or 0)

    # An event's history (audit trail, reviews, corrections) in one query: one row shape for the
    # three tables, the audit branch first so that both back-ends type the columns from it.
    _HISTORY_SQL = (
        "SELECT 'audit' AS kind, id, seq, action, mention_id, other_event_id, score, detail, "
        "CAST(NULL AS TEXT) AS field, CAST(NULL AS TEXT) AS value, CAST(NULL AS TEXT) AS old_value, "
        "CAST(NULL AS TEXT) AS verdict, who, CAST(NULL AS TEXT) AS why, created_at FROM audit WHERE event_id = ? "
        "UNION ALL SELECT 'review', id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, verdict, who, why, "
        "created_at FROM reviews WHERE event_id = ? "
        "UNION ALL SELECT 'correction', id, NULL, NULL, NULL, NULL, NULL, NULL, field, value, old_value, NULL, who, "
        "why, created_at FROM corrections WHERE event_id = ?")

    def event(self, event_id: str, *, with_texts: bool = False) -> dict[str, Any] | None:
        """One event with its mentions, reviews, corrections and audit trail (three queries).
        ``with_texts``: also ``report_texts`` {report_id: text} of its source reports."""
        with self._reading():
            row = self._one(f"SELECT {_EVENT_SELECT}, created_at FROM events WHERE id = ?", [event_id])
            if row is None:
                return None
            (d,) = self._event_dicts([row])
            d["created_at"] = row["created_at"]
            text_sql = (", r.text FROM mentions m LEFT JOIN reports r ON r.id = m.report_id " if with_texts
                        else " FROM mentions m ")
            ms = self._rows(f"SELECT m.id, m.report_id, m.record, s.score, s.reason{text_sql}"
                            "LEFT JOIN event_sources s ON s.mention_id = m.id WHERE m.event_id = ? "
                            "ORDER BY m.created_at, m.id", [event_id])
            hist = self._rows(self._HISTORY_SQL, [event_id] * 3)
        d["mentions"] = [{"mention_id": m["id"], "report_id": m["report_id"], "score": m["score"], "reason": m["reason"],
                          "record": json.loads(m["record"])} for m in ms]
        if with_texts:
            d["report_texts"] = {m["report_id"]: m["text"] or "" for m in ms}
        d["reviews"] = [{k: h[k] for k in ("id", "verdict", "who", "why", "created_at")}
                        for h in sorted((h for h in hist if h["kind"] == "review"), key=lambda h: h["created_at"])]
        d["corrections"] = [{"id": h["id"], "field": h["field"], "value": json.loads(h["value"]),
                             "old_value": json.loads(h["old_value"]), "who": h["who"], "why": h["why"],
                             "created_at": h["created_at"]}
                            for h in sorted((h for h in hist if h["kind"] == "correction"), key=lambda h: h["created_at"])]
        d["audit"] = [{k: h[k] for k in ("action", "mention_id", "other_event_id", "score", "detail", "who", "created_at")}
                      for h in sorted((h for h in hist if h["kind"] == "audit"), key=lambda h: h["seq"])]
        return d

    def event_detail(self, event_id: str) -> dict[str, Any] | None:
        return self.event(event_id, with_texts=True)

    def audit(self, event_id: str) -> list[dict[str, Any]]:
        with self._reading():
            return self._rows("SELECT action, mention_id, other_event_id, score, detail, who, created_at FROM audit "
                              "WHERE event_id = ? ORDER BY seq", [event_id])

    _REPORT_SELECT = ("SELECT id, content_hash, url, article_id, source, published, title, dateline, origin, text, "
                      "n_mentions, warnings, ingested_at FROM reports ")

    def report(self, report_id: str) -> dict[str, Any] | None:
        """A report by its id or, failing that, by its own article id (the first stored)."""
        with self._reading():
            r = self._one(self._REPORT_SELECT + "WHERE id = ?", [report_id]) \
                or self._one(self._REPORT_SELECT + "WHERE article_id = ? ORDER BY ingested_at, id LIMIT 1", [report_id])
            if r is None:
                return None
            ms = self._rows("SELECT id, event_id, record FROM mentions WHERE report_id = ? ORDER BY idx", [r["id"]])
        r["published"] = r["published"].isoformat() if r["published"] else None
        r["warnings"] = json.loads(r["warnings"] or "[]")
        r["mentions"] = [{"mention_id": m["id"], "event_id": m["event_id"], "record": json.loads(m["record"])} for m in ms]
        return r

    def reports(self, limit: int = 100) -> list[dict[str, Any]]:
        with self._reading():
            return self._rows("SELECT id, article_id, source, url, published, title, n_mentions, ingested_at "
                              "FROM reports ORDER BY ingested_at DESC LIMIT ?", [limit])

    def stats(self, by: list[str], flt: EventFilter | None = None) -> list[dict[str, Any]]:
        by = [b.strip() for b in by if b.strip()]
        bad = [b for b in by if b not in STATS_DIMENSIONS]
        if bad or not by:
            raise DatelineError(ErrorCode.E003, detail=f"--by takes {', '.join(STATS_DIMENSIONS)} (got {', '.join(bad) or 'nothing'})")
        expr = {"country": "country", "admin1": "admin1", "admin2": "admin2", "day": "event_date",
                "week": "CAST(date_trunc('week', event_date) AS DATE)",
                "month": "CAST(date_trunc('month', event_date) AS DATE)",
                "actor": "actor", "type": "event_type", "sub_type": "sub_event_type"}
        where, args = self._where(flt)
        cols = "id, country, admin1, admin2, event_date, event_type, sub_event_type, fatalities"
        if "actor" in by:
            src = (f"(SELECT {cols}, actor1 AS actor FROM events WHERE {where} AND actor1 IS NOT NULL "
                   f"UNION ALL SELECT {cols}, actor2 AS actor FROM events WHERE {where} AND actor2 IS NOT NULL) AS x")
            args = args + args
        else:
            src = f"(SELECT {cols} FROM events WHERE {where}) AS x"
        sel = ", ".join(f"{expr[b]} AS {b}" for b in by)
        grp = ", ".join(str(i + 1) for i in range(len(by)))
        with self._reading():
            rows = self._rows(f"SELECT {sel}, count(*) AS events, sum(fatalities) AS fatalities FROM {src} "
                              f"GROUP BY {grp} ORDER BY {grp}", args)
        for r in rows:
            for k, v in r.items():
                if isinstance(v, dt.datetime):
                    r[k] = v.date().isoformat()
                elif isinstance(v, dt.date):
                    r[k] = v.isoformat()
            r["events"] = int(r["events"])
            r["fatalities"] = int(r["fatalities"] or 0)
        return rows

    def days_since(self, sub_event_type: str, place: str | None = None, as_of: Any = None,
                   country: str | None = None) -> dict[str, Any] | None:
        """The last event of a sub-event type before ``as_of`` (default today) in a place (country,
        admin1, admin2 or location name), and the days since. None when there is none."""
        ref = _date(as_of) or dt.date.today()
        conds = ["status = 'occurred'", "(review_status IS NULL OR review_status <> 'rejected')",
                 "lower(sub_event_type) = ?", "event_date < ?"]
        args: list[Any] = [sub_event_type.lower(), ref]
        if place:
            conds.append("(lower(admin1) = ? OR lower(admin2) = ? OR lower(location) = ? OR lower(country) = ? "
                         "OR country_code = ?)")
            args += [place.lower()] * 4 + [place.upper()]
        if country:
            conds.append("(country_code = ? OR lower(country) = ?)")
            args += [country.upper(), country.lower()]
        with self._reading():
            row = self._one(f"SELECT {_EVENT_SELECT} FROM events "
                            f"WHERE {' AND '.join(conds)} ORDER BY event_date DESC, id DESC LIMIT 1", args)
            if row is None:
                return None
            (ev,) = self._event_dicts([row])
        last = _date(ev["event_date"])
        return {"sub_event_type": sub_event_type, "place": place, "as_of": ref.isoformat(),
                "last_date": last.isoformat() if last else None, "days": (ref - last).days if last else None,
                "event": ev}

    def rejections(self, reason: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        sql = "SELECT id, reason, detail, article_id, origin, first_seen, last_seen, times_seen FROM rejections"
        args: list[Any] = []
        if reason:
            sql += " WHERE reason = ?"
            args.append(reason)
        with self._reading():
            return self._rows(sql + " ORDER BY last_seen DESC, id LIMIT ?", args + [int(limit)])

    def rejection_counts(self) -> dict[str, int]:
        with self._reading():
            return {r["reason"]: int(r["n"]) for r in
                    self._rows("SELECT reason, count(*) AS n FROM rejections GROUP BY reason ORDER BY reason")}

    _COUNTED = ("reports", "mentions", "events", "event_sources", "rejections", "reviews", "corrections")

    def counts(self) -> dict[str, int]:
        # one query (a UNION of counts: measured 7 ms against 12 ms for seven queries and 16 ms
        # for one SELECT of seven scalar subqueries, DuckDB on this machine)
        sql = " UNION ALL ".join(f"SELECT '{t}' AS t, count(*) AS n FROM {t}" for t in self._COUNTED)
        with self._reading():
            got = {r["t"]: int(r["n"] or 0) for r in self._rows(sql)}
        return {t: got.get(t, 0) for t in self._COUNTED}
