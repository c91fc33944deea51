"""Shared fixtures. Gold data lives in ../shared (CI has it; a user's clone may not: those tests
skip visibly with the reason)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Tests are imported with --import-mode=importlib (so test files in different folders may share a
# name); helper modules that sit beside the tests (tests/<area>/*help.py) are importable by name.
for _area in sorted((ROOT / "tests").iterdir()):
    if _area.is_dir() and not _area.name.startswith((".", "_")) and str(_area) not in sys.path:
        sys.path.append(str(_area))
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))
SEED_DIR = SHARED / "seed"
DATA_DIR = Path(os.environ.get("DATELINE_DATA", SHARED / "data"))


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not (SEED_DIR / "expected.json").exists():
        pytest.skip(f"reference article not found at {SEED_DIR} (only in the project's shared folder)")
    return SEED_DIR


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA_DIR.is_dir():
        pytest.skip(f"gold data not found at {DATA_DIR} (only in the project's shared folder)")
    return DATA_DIR


@pytest.fixture(scope="session")
def analyse(nlp):
    """analyse(text, published="2020-03-05") -> processed Doc with all doc._.dl_* layers."""
    from dateline.nlp.pipeline import analyse as _analyse

    def run(text: str, published: str | None = "2020-03-05", source: str | None = None):
        return _analyse(text, published=published, source=source)

    return run


@pytest.fixture(scope="session")
def pg_server_url():
    """One PostgreSQL server for the whole session (store and API tests): ``$DATABASE_URL`` when
    set, else a throwaway server (tests/store/pghelp.py), else the PostgreSQL tests skip visibly."""
    from pghelp import NoPostgres, pg_server

    try:
        cm = pg_server()
        url = cm.__enter__()
    except NoPostgres as exc:
        pytest.skip(str(exc))
    try:
        yield url
    finally:
        cm.__exit__(None, None, None)
