"""Fusion within a report, on hand-built mentions (no NLP): clustering and aggregates."""

from __future__ import annotations

import datetime as dt

from dateline.fuse.within import _Args, _cluster, _counts_refer_back, _resolve_aggregates
from dateline.nlp.types import ActorMention, CountMention, EventMention, PlaceMention, TimeMention


def ev(sent, sub="Armed clash", plural=False, status="occurred", conf=0.8, start=None):
    s = start if start is not None else sent * 100
    return EventMention(start=s, end=s + 5, text="x", sent=sent, head=sent * 10, sub_event_type=sub,
                        event_type="Battles", plural=plural, status=status, confidence=conf)


def place(admin1, admin2=None, feature=None, cc="AF"):
    return PlaceMention(0, 1, admin2 or admin1, 0, name=admin2 or admin1, feature=feature or ("admin2" if admin2 else "admin1"),
                        country_code=cc, admin1=admin1, admin2=admin2)


def day(d):
    return TimeMention(0, 1, "t", 0, value=dt.date(2020, 3, d), time_precision=1)


def killed(n, sent=0, agg=False):
    return CountMention(0, 1, str(n), sent, "killed", low=n, best=n, high=n, aggregate_hint=agg)


def args(i, e, **kw):
    a = _Args(i, e)
    for k, v in kw.items():
        setattr(a, k, v)
    return a


def test_two_attacks_in_two_provinces_stay_two():
    a = args(0, ev(1), place=place("Kunduz", "Imam Sahib"), time=day(3), counts=[killed(14)])
    b = args(1, ev(2), place=place("Uruzgan"), time=day(3), counts=[killed(6)])
    assert len(_cluster([a, b])) == 2


def test_anaphora_joins_and_fills_the_place():
    a = args(0, ev(1, "Air/drone strike"), time=day(4))
    b = args(1, ev(2, "Air/drone strike"), place=place("Helmand"))
    bare = args(2, ev(5, "Air/drone strike", conf=0.5))
    (c,) = _cluster([a, b, bare])
    assert len(c.members) == 3 and c.places()[0].admin1 == "Helmand"


def test_bare_mention_creates_an_event_only_when_alone():
    strike = args(0, ev(1, "Air/drone strike"), time=day(4))
    bare = args(1, ev(3, "Attack", conf=0.5))
    (c,) = _cluster([strike, bare])
    assert len(c.members) == 2  # joined the violent event before it
    assert len(_cluster([args(0, ev(3, "Attack", conf=0.5))])) == 1  # the report's only event
    assert _cluster([args(0, ev(3, "Attack", conf=0.3))]) == []  # too weak


def test_planned_does_not_merge_with_occurred():
    a = args(0, ev(1, "Agreement"), time=day(1))
    b = args(1, ev(2, "Agreement", status="planned"), time=day(10))
    assert len(_cluster([a, b])) == 2


def test_aggregate_equal_to_parts_is_dropped():
    agg = args(0, ev(1, plural=True), time=day(4), counts=[killed(20, agg=True)])
    p1 = args(1, ev(2), place=place("Kunduz"), time=day(3), counts=[killed(14)])
    p2 = args(2, ev(3), place=place("Uruzgan"), time=day(3), counts=[killed(6)])
    kept, notes = _resolve_aggregates(_cluster([agg, p1, p2]))
    assert len(kept) == 2 and all(not c.plural for c in kept)


def test_aggregate_larger_than_parts_keeps_the_residual():
    agg = args(0, ev(1, plural=True), time=day(4), counts=[killed(25, agg=True)])
    p1 = args(1, ev(2), place=place("Kunduz"), time=day(3), counts=[killed(14)])
    kept, notes = _resolve_aggregates(_cluster([agg, p1]))
    (res,) = [c for c in kept if c.plural]
    assert res.residual == 11 and "residual" in notes[id(res)]


def test_different_initiators_are_different_events():
    t = ActorMention(0, 1, "Taliban", 1, 0, "actor1", canonical="Taliban", inter=2)
    i = ActorMention(0, 1, "IS", 2, 1, "actor1", canonical="Islamic State", inter=2)
    a = args(0, ev(1), actors=[t], time=day(3))
    b = args(1, ev(2), actors=[i], time=day(3))
    assert len(_cluster([a, b])) == 2


def person(text, cat, sent):
    return CountMention(0, 1, text, sent, cat, low=1, best=1, high=1, singular=True)


def test_victim_told_again_by_pronoun_joins_the_shooting():
    # "A man was shot near the depot on Tuesday. He died at a clinic an hour later." The two
    # mentions are typed differently; the second one's only figure is the man told before.
    shot = args(0, ev(1, "Attack"), time=day(3), counts=[person("A man", "injured", 1)])
    died = args(1, ev(2, "Armed clash"), counts=[person("He", "killed", 2)])
    assert _counts_refer_back(died)
    died.anaphoric = True
    (c,) = _cluster([shot, died])
    assert len(c.members) == 2
    # a new victim ("a woman") is not someone told before
    assert not _counts_refer_back(args(2, ev(3, "Armed clash"), counts=[person("a woman", "killed", 3)]))
    assert _counts_refer_back(args(3, ev(4, "Armed clash"), counts=[person("the victim", "killed", 4)]))


def test_pronoun_victim_with_another_place_stays_apart():
    # "A man was shot in one district. In another province, she was found dead."
    a = args(0, ev(1, "Attack"), place=place("Kabul", "Paghman"), counts=[person("A man", "injured", 1)])
    c = args(2, ev(3, "Armed clash"), place=place("Balkh"), counts=[person("she", "killed", 3)], anaphoric=True)
    assert len(_cluster([a, c])) == 2


def test_round_up_of_one_victim_shootings_stays_apart():
    # "A 40-year-old woman was shot on Oak Street. Later, a 22-year-old man was shot on Vine Street."
    a = args(0, ev(1, "Attack"), counts=[person("A 40-year-old woman", "injured", 1)])
    b = args(1, ev(2, "Attack"), counts=[person("a 22-year-old man", "injured", 2)])
    assert len(_cluster([a, b])) == 2
    # the lead told again in the body ("A 19-year-old man was shot ... A 19-year-old man was
    # hit in the leg") and a victim met again ("The woman") stay one incident
    c = args(2, ev(3, "Attack"), counts=[person("A 40-year-old woman", "injured", 3)])
    d = args(3, ev(4, "Attack"), counts=[person("The woman", "injured", 4)])
    assert len(_cluster([a, c, d])) == 1
