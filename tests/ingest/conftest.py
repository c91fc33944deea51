"""Fixtures for the ingest tests (helpers in ingesthelp.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingesthelp import Server  # noqa: E402


@pytest.fixture(scope="module")
def http_server():
    s = Server()
    s.thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()
