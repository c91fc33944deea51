"""The store's schema as numbered migration steps, shared by DuckDB and PostgreSQL.

Each step runs once, in order, inside a transaction, and records itself in ``schema_version``.
Never edit a released step: add a new one at the end. ``{JSON}`` and friends are replaced by each
back-end's type names (:data:`TYPES`). Timestamps are ISO-8601 UTC strings (``TEXT``): both
back-ends and every client read them the same way.
"""

from __future__ import annotations

TYPES = {
    "duckdb": {"JSON": "TEXT", "FLOAT": "DOUBLE", "SERIAL_ID": "BIGINT"},
    "postgresql": {"JSON": "TEXT", "FLOAT": "DOUBLE PRECISION", "SERIAL_ID": "BIGINT"},
}

# (version, description, statements); a statement is a string, or {dialect: string} for one back-end
MIGRATIONS: list[tuple[int, str, list]] = [
    (1, "reports, mentions, events, event sources, audit, rejections, reviews, corrections", [
        """CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            article_id TEXT,
            source TEXT,
            published DATE,
            title TEXT,
            dateline TEXT,
            origin TEXT,
            text TEXT NOT NULL,
            n_mentions INTEGER NOT NULL DEFAULT 0,
            warnings {JSON},
            ingested_at TEXT NOT NULL
        )""",
        """CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            event_date DATE,
            country_code TEXT,
            admin1 TEXT,
            event_type TEXT,
            sub_event_type TEXT,
            fatalities INTEGER,
            record {JSON} NOT NULL,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            sort_key TEXT NOT NULL,
            event_date DATE,
            year INTEGER,
            status TEXT,
            country TEXT,
            country_code TEXT,
            admin1 TEXT,
            admin2 TEXT,
            location TEXT,
            latitude {FLOAT},
            longitude {FLOAT},
            event_type TEXT,
            sub_event_type TEXT,
            type_group TEXT,
            actor1 TEXT,
            actor2 TEXT,
            assoc_actor_1 TEXT,
            assoc_actor_2 TEXT,
            fatalities INTEGER NOT NULL DEFAULT 0,
            killed_low INTEGER,
            killed_high INTEGER,
            n_reports INTEGER NOT NULL DEFAULT 0,
            n_mentions INTEGER NOT NULL DEFAULT 0,
            review_status TEXT,
            notes TEXT,
            record {JSON} NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE event_sources (
            mention_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            report_id TEXT NOT NULL,
            score {FLOAT},
            reason TEXT,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE audit (
            id TEXT PRIMARY KEY,
            seq {SERIAL_ID} NOT NULL,
            event_id TEXT,
            action TEXT NOT NULL,
            mention_id TEXT,
            other_event_id TEXT,
            score {FLOAT},
            detail TEXT,
            who TEXT,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE rejections (
            id TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            detail TEXT,
            article_id TEXT,
            origin TEXT,
            extra {JSON},
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            times_seen INTEGER NOT NULL DEFAULT 1
        )""",
        """CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            verdict TEXT NOT NULL,
            who TEXT NOT NULL,
            why TEXT,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE corrections (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value {JSON},
            old_value {JSON},
            who TEXT NOT NULL,
            why TEXT,
            created_at TEXT NOT NULL
        )""",
    ]),
    (2, "indexes for the country/date filters, the dedup blocks and the per-event joins", [
        # DuckDB scans 100k rows in milliseconds (zone maps) and its ART indexes slow the UPDATEs
        # that re-fuse events, so only PostgreSQL gets secondary indexes.
        {"postgresql": "CREATE INDEX events_country_date ON events (country_code, event_date)"},
        {"postgresql": "CREATE INDEX events_sort ON events (sort_key)"},
        {"postgresql": "CREATE INDEX events_block ON events (country_code, type_group, status, event_date)"},
        {"postgresql": "CREATE INDEX mentions_report ON mentions (report_id)"},
        {"postgresql": "CREATE INDEX mentions_event ON mentions (event_id)"},
        {"postgresql": "CREATE INDEX event_sources_event ON event_sources (event_id)"},
        {"postgresql": "CREATE INDEX audit_event ON audit (event_id)"},
        {"postgresql": "CREATE INDEX reviews_event ON reviews (event_id)"},
        {"postgresql": "CREATE INDEX corrections_event ON corrections (event_id)"},
        {"postgresql": "CREATE INDEX rejections_reason ON rejections (reason)"},
    ]),
    (3, "DuckDB: index the mentions by event (the dedup prefetch reads an event's mentions)", [
        # measured on 100k stored events: the mentions-of-candidates query took 76 ms per report
        # without it (a full scan with the record column), 4 ms with it
        {"duckdb": "CREATE INDEX mentions_event ON mentions (event_id)"},
    ]),
    (4, "events carry their sources and corrected fields (a page of events is one query, no join)", [
        # measured with the API load test: the per-page sources join cost 12-20 ms of DuckDB
        # planning per request on 2 loaded cores; filled for stored rows by the step's backfill
        "ALTER TABLE events ADD COLUMN sources {JSON}",
        "ALTER TABLE events ADD COLUMN corrected_fields {JSON}",
    ]),
    (5, "DuckDB: index the audit trail by event and the mentions by report (event and report pages)", [
        # measured on 100k stored events (python -m dateline.store.bench): an event's history
        # 20 -> 2.5 ms, a report's mentions 9 -> 1.3 ms (full scans without them); PostgreSQL has
        # had both since step 2
        {"duckdb": "CREATE INDEX audit_event ON audit (event_id)"},
        {"duckdb": "CREATE INDEX mentions_report ON mentions (report_id)"},
    ]),
]

# Python steps run after a migration's statements, in the same transaction (name of a store method).
BACKFILLS = {4: "_backfill_event_lists"}

LATEST = MIGRATIONS[-1][0]


def statements(dialect: str, stmts: list) -> list[str]:
    out = []
    for s in stmts:
        if isinstance(s, dict):
            s = s.get(dialect)
            if s is None:
                continue
        for k, v in TYPES[dialect].items():
            s = s.replace("{" + k + "}", v)
        out.append(s)
    return out
