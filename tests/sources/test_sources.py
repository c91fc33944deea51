"""Attributions: who said it, and which sentences each attribution backs. Reports written for
these tests."""

from __future__ import annotations

import pytest

from dateline.nlp.sources import event_source
from dateline.nlp.types import EventMention


@pytest.fixture(scope="module")
def srcs(analyse):
    def go(text):
        doc = analyse(text, published="2024-05-06")
        return doc, doc._.dl_sources

    return go


def sent_of(doc, needle):
    for k, s in enumerate(doc.sents):
        if needle in s.text:
            return k
    raise AssertionError(needle)


def by_name(sources, part):
    got = [s for s in sources if part in s.name]
    assert got, [s.name for s in sources]
    return got[0]


def test_official_said_covers_its_sentence(srcs):
    doc, s = srcs("AFP, KABUL\n\nGunmen killed three guards at a bank in Herat on Monday, a provincial official said.")
    (a,) = s
    assert a.name == "provincial official"
    assert a.covers == [sent_of(doc, "Gunmen killed")]
    assert doc.text[a.start:a.end] == a.text and "said" in a.text


def test_person_and_role_label_and_he_said_quotes(srcs):
    doc, s = srcs(
        "AFP, KABUL\n\n"
        "Army spokesman Rahim Daud said on Twitter that troops had repelled an attack in Paktia.\n\n"
        "\u201cThe attackers fled into the hills,\u201d he said. \u201cWe are pursuing them. "
        "Our patrols will stay in the area.\u201d\n\n"
        "He said that two soldiers were slightly hurt.\n\n"
        "Residents reported heavy gunfire overnight.")
    a = by_name(s, "Rahim Daud")
    assert a.name == "Rahim Daud, Army spokesman"
    for needle in ("repelled", "attackers fled", "pursuing", "patrols", "slightly hurt"):
        assert sent_of(doc, needle) in a.covers, needle
    assert sent_of(doc, "heavy gunfire") not in a.covers
    # the pronoun never becomes a source of its own
    assert not any(x.name.lower() in ("he", "she") for x in s)
    assert by_name(s, "Residents").covers == [sent_of(doc, "heavy gunfire")]


def test_according_to(srcs):
    doc, s = srcs("AFP, MOGADISHU\n\nFour soldiers died in the ambush near Afgoye, according to the insurgents.")
    (a,) = s
    assert a.name == "insurgents"
    assert a.covers == [sent_of(doc, "ambush")]


def test_with_x_saying_colon_quote(srcs):
    doc, s = srcs("AFP, KABUL\n\nThe militants attacked a police post in Zabul on Sunday night, with the district "
                  "chief\u2019s deputy Karim Noori saying: \u201cThree police were killed.\u201d")
    a = by_name(s, "Karim Noori")
    assert "deputy" in a.name
    assert a.covers == [sent_of(doc, "police post")]


def test_told_reporters(srcs):
    doc, s = srcs("AFP, WASHINGTON\n\nThe defence secretary told reporters the strike hit a weapons depot.")
    a = by_name(s, "defence secretary")
    assert a.covers == [0] or a.covers == [sent_of(doc, "weapons depot")]


def test_confirmation_backs_the_sentence_before(srcs):
    doc, s = srcs("AFP, KABUL\n\n\u201cFighters overran two outposts in Baghlan and killed six soldiers,\u201d "
                  "a local council member said.\n\n"
                  "A defence ministry official confirmed the toll, while the police chief confirmed the attack.")
    prev = sent_of(doc, "overran")
    for s_ in s:
        if "confirmed" in s_.text:
            assert prev in s_.covers and sent_of(doc, "confirmed the toll") in s_.covers
    assert len([x for x in s if "confirmed" in x.text]) == 2


def test_the_spokesman_again_reuses_the_label(srcs):
    _, s = srcs("AFP, LAGOS\n\nWarplanes struck a rebel camp on Monday, an air force spokesman said. "
                "The raid was the first in a month, the spokesman added.")
    assert [x.name for x in s] == ["air force spokesman", "air force spokesman"]


def test_later_surname_reuses_full_label(srcs):
    _, s = srcs("AFP, KABUL\n\nPolice spokesman Amin Sadat said the bomb went off near a school. "
                "The blast damaged three shops. Sadat said the school was empty.")
    assert [x.name for x in s] == ["Amin Sadat, Police spokesman"] * 2


def test_not_attributions(srcs):
    _, s = srcs("AFP, KABUL\n\nThe blast claimed 12 lives in Khost. Five people were reported killed in Paktika.")
    assert s == []


def test_scare_quote_does_not_extend_an_attribution(srcs):
    doc, s = srcs("AFP, DELHI\n\nThe minister told reporters that talks were \u201cproductive\u201d, "
                  "according to officials.\n\n"
                  "\u201cWe expect a deal soon. Nothing is signed yet,\u201d an aide said.")
    off = by_name(s, "officials")
    assert off.covers == [sent_of(doc, "productive")]
    aide = by_name(s, "aide")
    assert sent_of(doc, "expect a deal") in aide.covers


def test_event_source_prefers_own_sentence(srcs):
    doc, s = srcs("AFP, KABUL\n\n\u201cFighters overran two outposts in Baghlan and killed six soldiers,\u201d "
                  "a local council member said.\n\n"
                  "A defence ministry official confirmed the toll.")
    k = sent_of(doc, "overran")
    t = next(t for t in doc if t.text == "overran")
    ev = EventMention(start=t.idx, end=t.idx + len(t.text), text=t.text, sent=k, head=t.i)
    idx = event_source(doc, ev)
    assert [s[i].name for i in idx] == ["local council member", "defence ministry official"]
