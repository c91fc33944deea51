"""Fixtures for the ingest tests (helpers in ingesthelp.py)."""

from __future__ import annotations

import pytest

from ingesthelp import Server


@pytest.fixture(scope="module")
def http_server():
    s = Server()
    s.thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()
