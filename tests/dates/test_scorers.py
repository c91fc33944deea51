"""The gva and tempeval3 scorers: parsing and rules on own-words inputs; the real sets when present."""

from __future__ import annotations

import pytest

from dateline.eval.gva import primary_record
from dateline.eval.tempeval3 import parse_tml

TML = """<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-10" functionInDocument="CREATION_TIME">June 10, 2021</TIMEX3></DCT>
<TEXT>Rebels shelled the town <TIMEX3 tid="t1" type="DATE" value="2021-06-07">Monday</TIMEX3>, and
<EVENT eid="e1" class="OCCURRENCE">talks</EVENT> lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>
</TimeML>"""


def test_parse_tml_offsets():
    d = parse_tml(TML)
    assert d["dct"] == "2021-06-10"
    assert [(d["text"][t["start"]:t["end"]], t["type"], t["value"]) for t in d["timexes"]] == [
        ("Monday", "DATE", "2021-06-07"), ("two days", "DURATION", "P2D")]
    assert "<" not in d["text"] and "talks lasted" in d["text"]


def test_primary_record_rule():
    recs = [
        {"status": "occurred", "event_type": "Strategic developments", "killed_best": None},
        {"status": "occurred", "event_type": "Violence against civilians", "killed_best": 1, "injured_best": 0},
        {"status": "occurred", "event_type": "Battles", "killed_best": 2, "injured_best": 1},
        {"status": "planned", "event_type": "Battles", "killed_best": 9},
    ]
    assert primary_record(recs) is recs[2]
    assert primary_record(recs[:1]) is recs[0]
    assert primary_record([recs[3]]) is None
    assert primary_record([]) is None


@pytest.mark.slow
def test_tempeval3_meets_the_target(data_dir):
    from dateline.eval import tempeval3

    if not (data_dir / tempeval3.DIR).is_dir():
        pytest.skip("TempEval-3 platinum not in the data folder")
    m = {x.name: x.value for x in tempeval3.score(data_dir, None, 13)}
    assert m["date_value_accuracy"] >= 0.90
    assert m["date_recall"] >= 0.90


def test_primary_record_passes_over_a_roundup_total(analyse):
    # the lead's total covers two incidents; GVA labels one of them
    doc = analyse("Two men were shot in separate incidents on Friday night. "
                  "A 20-year-old man was shot in the leg on Oak Street.", published="2021-06-12")
    sents = list(doc.sents)
    ev = lambda k: [{"field": "injured", "start": sents[k].start_char, "end": sents[k].end_char}]  # noqa: E731
    recs = [
        {"status": "occurred", "event_type": "Violence against civilians", "injured_best": 2, "evidence": ev(0)},
        {"status": "occurred", "event_type": "Violence against civilians", "injured_best": 1, "evidence": ev(1)},
    ]
    assert primary_record(recs) is recs[0]
    assert primary_record(recs, doc) is recs[1]
    assert primary_record(recs[:1], doc) is recs[0]  # nothing else: the total is all there is
