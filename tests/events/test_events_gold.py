"""Events on the reference article and on small fixed samples of the gold sets (skip without ../shared)."""

from __future__ import annotations

import pytest

from dateline.nlp.events import countable
from dateline.taxonomy import VIOLENT_EVENT_TYPES

pytestmark = pytest.mark.gold


@pytest.fixture(scope="module")
def seed_events(seed_dir, analyse):
    text = (seed_dir / "afp-kabul-2020-03-05.txt").read_text(encoding="utf-8")
    doc = analyse(text, published="2020-03-05", source="AFP")
    return text, doc._.dl_events


def _find(evs, word):
    return [e for e in evs if word in e.text]


def test_seed_airstrike_is_aerial(seed_events):
    _, evs = seed_events
    air = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert air and all(e.plover_type == "ASSAULT" and e.plover_mode == "aerial" for e in air)
    assert any(countable(e) for e in air)


def test_seed_agreement_signed(seed_events):
    _, evs = seed_events
    ag = [e for e in evs if e.sub_event_type == "Agreement" and countable(e)]
    assert any("sign" in e.text for e in ag)
    assert all(e.plover_type == "AGREE" for e in ag)


def test_seed_43_attacks_plural(seed_events):
    _, evs = seed_events
    a = [e for e in evs if e.incident_count == 43]
    assert a and a[0].plural and a[0].sub_event_type == "Armed clash"


def test_seed_attacks_on_state_forces_are_clashes(seed_events):
    _, evs = seed_events
    attacked = [e for e in evs if e.text == "attacked"]
    assert len(attacked) >= 2 and all(e.sub_event_type == "Armed clash" for e in attacked)


def test_seed_future_and_background(seed_events):
    _, evs = seed_events
    talks = [e for e in evs if e.plover_type == "CONSULT" and "talks" in e.text]
    assert talks and talks[0].status == "planned"
    exchange = [e for e in evs if "exchange" in e.text]
    assert exchange and all(e.status != "occurred" for e in exchange)
    assert not [e for e in evs if "truce" in e.text and countable(e)]
    assert not [e for e in evs if "presence" in e.text and countable(e)]
    assert not [e for e in evs if "told" in e.text]
    assert any(e.plover_type == "CONSULT" and "telephone" in e.text for e in evs)
    assert any(e.plover_type == "REJECT" for e in evs)


def test_seed_violence_is_generic(seed_events):
    _, evs = seed_events
    v = [e for e in evs if e.text == "violence"]
    assert v and all(not countable(e) for e in v)


def test_case2021_sample(data_dir):
    """A fixed sample of 60 CASE snippets scores well above chance (25 types)."""
    from dateline.eval import case2021

    rows = case2021.predictions(data_dir, 60, 13)
    seen = [r for r in rows if r["gold"] in case2021.CODES]
    micro, _, _ = case2021.f1_table([(r["gold_type"], r["pred_mention"]) for r in seen], set(case2021.CODES.values()))
    # measured 0.78 on the whole odd-id set; a 60-snippet sample must stay clearly above 0.6
    assert micro >= 0.6, micro


def test_muc4_keys_parse(data_dir):
    from dateline.eval import muc4

    keys = muc4.load_keys(data_dir / muc4.ROOT / "tst1/key-tst1.v7")
    assert len(keys) == 100
    rel = [k for k in keys.values() if k.relevant]
    assert 40 <= len(rel) <= 80
    assert {t for k in rel for t in k.types} <= {"ATTACK", "BOMBING", "KIDNAPPING", "ARSON", "ROBBERY",
                                                   "FORCED WORK STOPPAGE"}
    texts = muc4.load_texts(data_dir / muc4.ROOT / "tst1/tst1-muc3")
    assert set(texts) == set(keys)


def test_muc4_sentence_case():
    from dateline.eval import muc4

    out = muc4.sentence_case("GUNMEN KILLED TWO POLICEMEN.  THE ARMY SAID\nTHAT I SAW IT.")
    assert out.startswith("Gunmen killed two policemen.  The army said that I saw it.")
    assert muc4.published("SAN SALVADOR, 3 JAN 90 -- [TEXT]").isoformat() == "1990-01-03"


def test_plover_gold_mapping(data_dir):
    from dateline.eval import plover
    from dateline.taxonomy import PLOVER_TYPES

    items = plover.load(data_dir)
    assert len(items) >= 300
    assert {g for _, _, g in items} <= set(PLOVER_TYPES)


def test_indiapolice_loads(data_dir):
    from dateline.eval import indiapolice

    docs = indiapolice.load(data_dir)
    assert len(docs) > 1000
    labels = {lab for _, ss in docs for s in ss for lab in s["sent_labels"]}
    assert {"KILL", "ARREST", "FORCE"} <= labels


def test_case_non_acled_snippets_mostly_quiet(data_dir):
    from dateline.eval import case2021

    rows = [r for r in case2021.predictions(data_dir, 120, 13) if r["gold"] in case2021.UNSEEN]
    assert rows
    quiet = sum(not r["violent_mention"] for r in rows) / len(rows)
    assert quiet >= 0.6, quiet
