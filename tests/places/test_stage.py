"""The dateline_places stage on reports written in our own words."""

import pytest

from dateline.nlp.places import event_place
from dateline.nlp.types import EventMention

REPORT = (
    "KABUL (Reuters) - Taliban fighters attacked an army outpost in Chahar Dara district of Kunduz province "
    "on Monday night, killing five soldiers, a member of the Baghlan provincial council said.\n"
    "Separately, Baghlan Provincial Council member Ahmad Zia said that police repelled an attack near "
    "Pul-i-Khumri. Afghan forces later cleared the area.\n"
    "The US envoy told reporters in Washington that talks in Doha would resume. Fighting was also reported "
    "in Oruzgan."
)


@pytest.fixture(scope="module")
def doc(analyse):
    return analyse(REPORT)


def by_text(doc, text, nth=0):
    found = [p for p in doc._.dl_places if p.text == text]
    assert len(found) > nth, f"{text!r} not among {[p.text for p in doc._.dl_places]}"
    return found[nth]


def test_dateline_sets_the_country_focus(doc):
    assert doc._.dl_header.country_code == "AF"
    p = by_text(doc, "KABUL")
    assert (p.context, p.name, p.feature) == ("dateline", "Kabul", "populated place")


def test_district_of_province_is_an_admin2_with_its_parent(doc):
    d = by_text(doc, "Chahar Dara district")
    k = by_text(doc, "Kunduz province")
    assert (d.name, d.feature, d.admin1, d.admin2, d.country_code) == ("Chahar Dara", "admin2", "Kunduz", "Chahar Dara", "AF")
    assert (k.feature, k.name) == ("admin1", "Kunduz")
    assert doc._.dl_places[d.parent] is k
    assert (d.geo_precision, d.where_prec) == (2, 3) and (k.geo_precision, k.where_prec) == (3, 4)


def test_job_titles_are_not_places_of_events(doc):
    assert by_text(doc, "Baghlan", 0).context == "job_title"  # "a member of the Baghlan provincial council"
    assert by_text(doc, "Baghlan", 1).context == "job_title"  # "Baghlan Provincial Council member X"
    assert by_text(doc, "Baghlan").feature == "admin1"


def test_reporting_place_and_demonym(doc):
    assert by_text(doc, "Washington").context == "reporting"
    afghan = by_text(doc, "Afghan")
    assert (afghan.context, afghan.country_code, afghan.feature) == ("demonym", "AF", "country")
    assert by_text(doc, "Doha").country_code == "QA"


def test_transliterated_and_hyphenated_names(doc):
    o = by_text(doc, "Oruzgan")
    assert (o.name, o.feature, o.context) == ("Uruzgan", "admin1", "body")
    p = by_text(doc, "Pul-i-Khumri")
    assert (p.feature, p.country_code, p.admin1) == ("populated place", "AF", "Baghlan")


def test_offsets_point_into_the_text(doc):
    for p in doc._.dl_places:
        assert doc.text[p.start:p.end] == p.text
        assert 0.0 <= p.score <= 1.0


def _event(doc, word, sent_hint=None) -> EventMention:
    tok = next(t for t in doc if t.text == word and (sent_hint is None or sent_hint in t.sent.text))
    sent = [i for i, s in enumerate(doc.sents) if s.start <= tok.i < s.end][0]
    return EventMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, sent=sent, head=tok.i)


def test_event_place_by_syntax_not_the_job_title(doc):
    k, why = event_place(doc, _event(doc, "attacked"))
    p = doc._.dl_places[k]
    assert (p.name, p.feature, p.admin1) == ("Chahar Dara", "admin2", "Kunduz"), why
    assert "under trigger" in why


def test_event_place_never_the_reporting_place(doc):
    k, why = event_place(doc, _event(doc, "talks"))
    assert doc._.dl_places[k].name == "Doha", why
    k, why = event_place(doc, _event(doc, "Fighting"))
    assert doc._.dl_places[k].name == "Uruzgan", why


def test_event_place_falls_back_to_earlier_sentence(analyse):
    d = analyse("Clashes broke out in Ghazni city on Sunday. Two civilians were killed, officials said.")
    k, why = event_place(d, _event(d, "killed"))
    assert d._.dl_places[k].name == "Ghazni" and "before" in why


def test_no_place_gives_none_with_a_reason(analyse):
    d = analyse("Two civilians were killed on Sunday, officials said.")
    k, why = event_place(d, _event(d, "killed"))
    assert k is None and why


def test_unknown_names_keep_their_raw_text_and_do_not_wipe_out_others(analyse):
    d = analyse("Gunmen attacked a checkpoint in Kandahar and another in Xqzvortland on Friday.")
    names = {p.text: p for p in d._.dl_places}
    assert names["Kandahar"].country_code == "AF"
    (unknown,) = [p for p in d._.dl_places if p.feature == "unknown"]
    # the name is kept as written, without coordinates; its country is the report's focus (issue 4)
    assert (unknown.text, unknown.name, unknown.country_code) == ("Xqzvortland", "Xqzvortland", "AF")
    assert unknown.score < 0.5 and unknown.geo_precision is None and unknown.latitude is None


def test_no_dateline_infers_focus_from_the_places(analyse):
    d = analyse("Police in Lagos said a gunman opened fire at a market in Ibadan, Oyo State, wounding three.")
    assert {p.country_code for p in d._.dl_places if p.context == "body"} == {"NG"}
    ibadan = next(p for p in d._.dl_places if p.text == "Ibadan")
    assert ibadan.admin1 == "Oyo" and ibadan.parent is not None
