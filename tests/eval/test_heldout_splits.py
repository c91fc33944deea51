"""Held-out splits a user has (GVA test, MUC-4 TST3/TST4) are scored by choosing them in the
environment; the runner then fingerprints their files, not dev's. The files here are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.eval import geoparsing, gva, muc4, runner, tempeval3

TEXT = """TST3-MUC4-0001

LIMA, 4 MAY 90 (RADIO PANAMERICANA) -- [TEXT] A CAR BOMB EXPLODED TONIGHT OUTSIDE A BANK
IN DOWNTOWN LIMA, KILLING TWO GUARDS, POLICE SAID.

TST3-MUC4-0002

LIMA, 5 MAY 90 (RADIO PANAMERICANA) -- [TEXT] THE FINANCE MINISTER PRESENTED THE NEW BUDGET TO
CONGRESS TODAY.
"""

KEY = """0.  MESSAGE: ID                    TST3-MUC4-0001
1.  MESSAGE: TEMPLATE              1
2.  INCIDENT: DATE                 04 MAY 90
4.  INCIDENT: TYPE                 BOMBING
5.  INCIDENT: STAGE OF EXECUTION   ACCOMPLISHED
34. HUM TGT: NUMBER                2: "GUARDS"
23. HUM TGT: EFFECT OF INCIDENT    DEATH: "GUARDS"

0.  MESSAGE: ID                    TST3-MUC4-0002
1.  MESSAGE: TEMPLATE              *
"""


def _muc_tree(root: Path) -> Path:
    d = root / muc4.ROOT / "tst3"
    d.mkdir(parents=True)
    (d / "tst3-muc4").write_text(TEXT, encoding="latin-1")
    (d / "tst3-muc4.mixed-case").write_text(TEXT.lower(), encoding="latin-1")
    (d / "key-tst3.v2").write_text(KEY, encoding="latin-1")
    return root


def test_muc4_heldout_split_is_read_from_its_folder(tmp_path, monkeypatch):
    root = _muc_tree(tmp_path)
    texts, keys = muc4.split_files(root, "tst3")
    assert texts == ["tst3/tst3-muc4"] and keys == ["tst3/key-tst3.v2"]
    items = {i: k for i, _, k in muc4.load(root, ("tst3",))}
    assert set(items) == {"TST3-MUC4-0001", "TST3-MUC4-0002"}
    assert items["TST3-MUC4-0001"].relevant and items["TST3-MUC4-0001"].types == {"BOMBING"}
    assert items["TST3-MUC4-0001"].deaths == 2
    assert not items["TST3-MUC4-0002"].relevant

    monkeypatch.setenv("DATELINE_MUC4_SPLITS", "tst3")
    assert runner.available("muc4", root)
    assert set(runner.fingerprints("muc4", root)) == {f"{muc4.ROOT}/tst3/tst3-muc4", f"{muc4.ROOT}/tst3/key-tst3.v2"}


def test_muc4_missing_heldout_split_is_reported_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_MUC4_SPLITS", "tst4")
    assert muc4.gold_files(tmp_path) == []
    res = runner.run_set("muc4", tmp_path)
    assert res.skipped and "missing" in res.skipped


def test_muc4_default_splits_unchanged(monkeypatch):
    monkeypatch.delenv("DATELINE_MUC4_SPLITS", raising=False)
    assert muc4.env_splits() == ("tst1", "tst2")
    assert tuple(muc4.gold_files(Path("/nonexistent"))) == muc4.GOLD_FILES


def test_gva_test_split_chosen_by_environment(tmp_path, monkeypatch):
    d = tmp_path / "gva/data/data-test"
    d.mkdir(parents=True)
    (d / "X_test.json").write_text(json.dumps([{"text": "A man was shot in the arm on Friday.",
                                                 "publish_date": "2019-03-02"}]), encoding="utf-8")
    (d / "y_test.json").write_text(json.dumps([{"n_killed": 0, "n_injured": 1, "shooting_date": "2019-03-01"}]),
                                   encoding="utf-8")
    monkeypatch.setenv("DATELINE_GVA_SPLIT", "test")
    assert runner.available("gva", tmp_path)
    assert set(runner.fingerprints("gva", tmp_path)) == set(gva.SPLITS["test"])
    assert len(gva.load(tmp_path, "test")) == 1

    monkeypatch.setenv("DATELINE_GVA_SPLIT", "validation")
    with pytest.raises(DatelineError) as e:
        gva.gold_files(tmp_path)
    assert e.value.code.value == "E006"
    monkeypatch.delenv("DATELINE_GVA_SPLIT")
    assert gva.gold_files(tmp_path) == gva.GOLD_FILES


def test_case2021_other_file_and_id_half(tmp_path, monkeypatch):
    from dateline.eval import case2021

    d = tmp_path / "case2021_task2"
    d.mkdir()
    rows = ["id\tEventSnippet\tSubType",
            "1\tRiot police fired tear gas at marchers in the capital.\tEXCESS_FORCE",
            "2\tTwo soldiers died when a roadside bomb hit their truck.\tREM_EXPLOS",
            "4\tHundreds marched peacefully to the parliament.\tPEACE_PROTEST"]
    (d / "labelled.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_CASE2021_GOLD", "case2021_task2/labelled.tsv")
    monkeypatch.setenv("DATELINE_CASE2021_IDS", "even")
    assert runner.available("case2021", tmp_path)
    assert [r[0] for r in case2021.load(tmp_path)] == ["2", "4"]
    monkeypatch.setenv("DATELINE_CASE2021_IDS", "all")
    assert len(case2021.load(tmp_path)) == 3
    monkeypatch.setenv("DATELINE_CASE2021_IDS", "half")
    with pytest.raises(DatelineError):
        case2021.load(tmp_path)


def test_wikievents_test_split_without_coreference(tmp_path, monkeypatch):
    from dateline.eval import wikievents

    monkeypatch.setenv("DATELINE_WIKIEVENTS_SPLIT", "test")
    assert wikievents.gold_files(tmp_path) == ["wikievents/test.jsonl"]
    assert not runner.available("wikievents", tmp_path)
    (tmp_path / "wikievents").mkdir()
    (tmp_path / "wikievents/test.jsonl").write_text("", encoding="utf-8")
    assert runner.available("wikievents", tmp_path)
    assert wikievents.load(tmp_path) == []
    monkeypatch.setenv("DATELINE_WIKIEVENTS_SPLIT", "../x")
    with pytest.raises(DatelineError):
        wikievents.gold_files(tmp_path)


# --- geoparsing: held-out corpora in LGL's format (TR-News) ---------------------------------------

CORPUS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <title>Storm</title>
    <domain>example.org</domain>
    <text><![CDATA[Heavy rain flooded roads in Nairobi on Monday, officials in Kenya said.]]></text>
    <toponyms>
      <toponym><phrase>Kenya</phrase><start>61</start><end>66</end>
        <gaztag geonameid="192950"><name>Kenya</name><fclass>A</fclass><fcode>PCLI</fcode>
          <lat>1</lat><lon>38</lon><country geonameid="192950">Kenya</country></gaztag></toponym>
      <toponym><phrase>Nairobi</phrase><start>29</start><end>36</end>
        <gaztag geonameid="184745"><name>Nairobi</name><fclass>P</fclass><fcode>PPLC</fcode>
          <lat>-1.28333</lat><lon>36.81667</lon><country geonameid="192950">Kenya</country></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def _geo_tree(root: Path) -> Path:
    d = root / "geoparsing"
    d.mkdir(parents=True)
    for f in geoparsing.GOLD_FILES:
        (root / f).write_text("<articles/>", encoding="utf-8")
    return d


def test_tr_news_is_scored_when_present_and_never_gated(tmp_path, monkeypatch):
    monkeypatch.delenv("DATELINE_GEOPARSING_EXTRA", raising=False)
    d = _geo_tree(tmp_path)
    assert geoparsing.extra_sets(tmp_path) == {}
    (d / "TR-News.xml").write_text(CORPUS, encoding="utf-8")
    assert geoparsing.extra_sets(tmp_path) == {"trnews": geoparsing.TR_NEWS}
    assert set(runner.fingerprints("geoparsing", tmp_path)) == {*geoparsing.GOLD_FILES, geoparsing.TR_NEWS}

    arts = geoparsing.load_corpus(d / "TR-News.xml")
    assert [(t.text, t.gid) for t in arts[0].toponyms] == [("Nairobi", 184745), ("Kenya", 192950)]
    metrics = {m.name: m for m in geoparsing.score(tmp_path, None) if m.name.startswith("trnews_")}
    assert metrics["trnews_recall"].value == 1.0 and metrics["trnews_exact"].value == 1.0
    assert not any(m.gated for m in metrics.values()) and metrics["trnews_exact"].peer_name is None


def test_other_corpora_are_named_in_the_environment(tmp_path, monkeypatch):
    d = _geo_tree(tmp_path)
    (d / "My Corpus.xml").write_text(CORPUS, encoding="utf-8")
    monkeypatch.setenv("DATELINE_GEOPARSING_EXTRA", "geoparsing/My Corpus.xml")
    assert geoparsing.extra_sets(tmp_path) == {"mycorpus": "geoparsing/My Corpus.xml"}
    monkeypatch.setenv("DATELINE_GEOPARSING_EXTRA", "geoparsing/absent.xml")
    with pytest.raises(DatelineError):
        geoparsing.extra_sets(tmp_path)


# --- TempEval-3: another TimeML folder -------------------------------------------------------------

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>own_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>The council met on <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3> and will vote <TIMEX3 tid="t2" type="DATE" value="2013-03-25">next Monday</TIMEX3>.</TEXT>
</TimeML>
"""


def test_tempeval3_scores_another_timeml_folder(tmp_path, monkeypatch):
    d = tmp_path / "timebank" / "part"
    d.mkdir(parents=True)
    (d / "own_1.tml").write_text(TML, encoding="utf-8")
    monkeypatch.setenv(tempeval3.ENV_DIR, "timebank")
    assert tempeval3.gold_files(tmp_path) == ["timebank/part/own_1.tml"]
    assert set(runner.fingerprints("tempeval3", tmp_path)) == {"timebank/part/own_1.tml"}
    got = {m.name: m for m in tempeval3.score(tmp_path, None, 13)}
    assert got["date_recall"].n == 2 and got["date_value_accuracy"].value == 1.0
    monkeypatch.setenv(tempeval3.ENV_DIR, "nowhere")
    with pytest.raises(DatelineError):
        tempeval3.gold_files(tmp_path)
    monkeypatch.delenv(tempeval3.ENV_DIR)
    assert tempeval3.gold_files(tmp_path) == tempeval3.GOLD_FILES
