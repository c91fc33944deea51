"""Ingest into a real DuckDB store with the real NLP pipeline: idempotence, typed rejections."""

from __future__ import annotations

import json

import pytest

from dateline.ingest import ingest
from dateline.store import open_store

REPORTS = [
    ("kabul-blast", "2024-05-06", "KABUL, May 6 - A bomb hidden in a cart exploded near a busy market in the "
     "Afghan capital on Monday, killing four civilians and wounding nine, police spokesman said."),
    ("borno-raid", "2024-05-07", "MAIDUGURI, Nigeria, May 7 - Suspected Boko Haram fighters raided a village in "
     "Konduga in Borno state on Tuesday, killing three farmers, residents said."),
    ("nairobi-march", "2024-05-08", "NAIROBI, May 8 - Hundreds of traders marched through central Nairobi on "
     "Wednesday to protest against new market levies; police dispersed them with tear gas."),
]


def _write_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    with open(d / "batch.jsonl", "w") as fh:
        for rid, pub, text in REPORTS:
            fh.write(json.dumps({"id": rid, "text": text, "published": pub, "source": "Test Wire"}) + "\n")
    (d / "french.txt").write_text("Des hommes armés ont attaqué un poste de police dans le nord du pays lundi soir, "
                                  "selon les autorités locales qui parlent d'un bilan encore provisoire.")
    (d / "empty.txt").write_text("   \n")
    (d / "blob.txt").write_bytes(b"\x00\x01binary\x00" * 10)
    return d


def test_ingest_then_reingest_adds_nothing(nlp, tmp_path):
    d = _write_inputs(tmp_path)
    with open_store(tmp_path / "x.duckdb") as store:
        s1 = ingest([str(d)], store, nlp=nlp)
        assert s1.reports_new == 3 and s1.reports_read == 5  # French and empty texts are read, then rejected
        assert s1.rejected == {"not_english": 1, "empty": 1, "binary": 1}
        assert store.rejection_counts() == {"binary": 1, "empty": 1, "not_english": 1}
        first = store.counts()
        assert first["reports"] == 3 and first["events"] == s1.events_added
        s2 = ingest([str(d)], store, nlp=nlp)
        assert s2.reports_new == 0 and s2.reports_known == 3 and s2.events_added == s2.events_merged == 0
        assert store.counts() == first  # re-ingest: 0 new rows anywhere
        rep = store.report("borno-raid")
        assert rep["source"] == "Test Wire" and rep["published"] == "2024-05-07"
        assert "Summary" not in s2.line() and "3 already stored" in s2.line()


def test_rejection_origin_is_kept(nlp, tmp_path):
    d = _write_inputs(tmp_path)
    with open_store(tmp_path / "y.duckdb") as store:
        ingest([str(d)], store, nlp=nlp)
        origins = {r["reason"]: r["origin"] for r in store.rejections()}
        assert origins["binary"].endswith("blob.txt") and origins["not_english"].endswith("french.txt")
