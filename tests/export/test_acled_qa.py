"""ACLED CSV regressions from the QA pass: one-actor interaction codes, PLOVER-only records."""

from __future__ import annotations

import csv
import io

import pytest

from dateline.export import export
from dateline.export.acled import acled_row


@pytest.mark.parametrize("i1,i2,want", [
    (6, None, 60),    # a protest with no second actor: "sole protester action"
    (2, None, 20),    # a rebel group alone
    (1, None, 10),
    (None, 7, 70),    # only the second actor is known
    (2, 1, 12),       # two actors: the smaller digit first
    (1, 7, 17),
    (3, 3, 33),
    (None, None, ""),
    (0, 0, ""),
])
def test_interaction_follows_acled(i1, i2, want):
    assert acled_row({"event_type": "Battles", "inter1": i1, "inter2": i2})["interaction"] == want


def test_acled_csv_leaves_out_plover_only_records():
    events = [
        {"event_id": "e1", "event_type": "Protests", "sub_event_type": "Peaceful protest", "inter1": 6,
         "country_code": "KE", "country": "Kenya", "event_date": "2024-05-03"},
        {"event_id": "e2", "event_type": None, "sub_event_type": None, "plover_type": "CONSULT",
         "country_code": "AF", "country": "Afghanistan", "event_date": "2024-05-04"},
    ]
    buf = io.StringIO()
    assert export(events, "acled-csv", buf) == 1
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["event_id_cnty"] for r in rows] == ["KEN-e1"] and rows[0]["interaction"] == "60"
    buf = io.StringIO()
    assert export(events, "jsonl", buf) == 2  # JSON Lines keeps the PLOVER-only record with its type
    assert '"plover_type": "CONSULT"' in buf.getvalue()
