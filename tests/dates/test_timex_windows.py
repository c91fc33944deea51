"""The time-expression finder scans only windows around trigger words (timex.WINDOW_BEFORE): the
result must be exactly that of scanning the whole text with every pattern."""

from __future__ import annotations

import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp import timex

# sentences written for this test; joined in random orders and spacings below
PIECES = [
    "Gunmen stormed a village early last Saturday afternoon of last week and",
    "the next morning police said two people had died, one of them a 25-year-old man.",
    "On Feb. 28, 2019 at 7:45 p.m. a car bomb went off;",
    "the 2009-2010 offensive lasted 14 months, a year-long campaign,",
    "and talks are set to open on Wednesday next week in the city, officials said on 3 March 2020.",
    "Three days ago, at 23:15 GMT, residents heard shooting that continued overnight.",
    "In the past decade the town has seen fighting every summer, and in the 1990s too.",
    "He was aged 19 when he joined; now, in fiscal year 2021, the budget is larger.",
    "Mayor Dec said on Christmas Eve that the 5/12/2018 report was wrong.",
    "The 20th-century fort was shelled at midnight; earlier this month it was hit again.",
    "A week later, on Sunday night, the army said the operation had ended.",
    "Numbers: 2,000 people, 12 raids, 40 minutes, 3,000 detainees, a 20-year presence.",
]


def _same(text: str) -> None:
    def key(found):
        return [(t.start, t.end, t.kind, json.dumps(t.spec, sort_keys=True, default=str), t.direction)
                for t in found]

    assert key(timex.find(text)) == key(timex.find(text, windowed=False))


def test_windows_match_full_scan_on_long_text():
    rnd = random.Random(3)
    for _ in range(30):
        parts = PIECES * 4
        rnd.shuffle(parts)
        text = " ".join(parts)
        _same(text)
        assert timex._windows(text) is not None  # the windowed path really ran


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25),
       st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", " \t"]), min_size=1, max_size=25))
def test_windows_match_full_scan_any_order_and_spacing(parts, gaps):
    text = "".join(p + gaps[i % len(gaps)] for i, p in enumerate(parts))
    _same(text)


def test_long_whitespace_falls_back_to_full_scan():
    text = "On Monday" + " " * 40 + "March 3 2020"
    assert timex._windows(text) is None
    _same(text)


def test_every_pattern_has_trigger_words():
    """A new pattern needs trigger words (else it is scanned in full: correct, but slower)."""
    assert timex._UNTRIGGERED == []


def test_windows_match_full_scan_on_gold_texts(data_dir):
    """Every gold set's texts (read at run time, never stored): GVA train sample, TempEval-3,
    MUC-4, GWN. 4,676 texts (7.8 M characters) were identical when the windows were introduced."""
    from dateline.eval import geoparsing, muc4

    texts = [x["text"] for x in json.loads((data_dir / "gva/data/data-train/X_train.json").read_text("utf-8"))
             if x.get("text")][:300]
    texts += [t for _, t, _ in muc4.load(data_dir, ("tst1",))][:100]
    texts += [a.text for a in geoparsing.load_gwn(data_dir / "geoparsing/GWN.xml")][:100]
    for text in texts:
        _same(text)
