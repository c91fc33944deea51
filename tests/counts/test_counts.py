"""Stage ``dateline_counts`` on reports written for these tests, and the helpers fusion calls."""

from __future__ import annotations

import pytest

from dateline.nlp.counts import combine_counts, event_counts
from dateline.nlp.types import EventMention


def figures(doc, category):
    return [(c.low, c.best, c.high) for c in doc._.dl_counts if c.category == category and c.status == "occurred"]


def bests(doc, category):
    return [c.best for c in doc._.dl_counts if c.category == category and c.status == "occurred"]


def trigger(doc, word: str, nth: int = 0) -> EventMention:
    toks = [t for t in doc if t.text == word]
    t = toks[nth]
    sents = list(doc.sents)
    si = next(i for i, s in enumerate(sents) if s.start <= t.i < s.end)
    return EventMention(start=t.idx, end=t.idx + len(t), text=t.text, sent=si, head=t.i, lemma=t.lemma_,
                        event_type="Battles", sub_event_type="Armed clash")


@pytest.mark.parametrize("text,category,expected", [
    ("Gunmen stormed two police posts overnight, killing at least 12 officers.", "killed", [(12, 12, None)]),
    ("More than 30 villagers were killed in the raid.", "killed", [(30, 30, None)]),
    ("Up to 15 people were wounded.", "injured", [(None, 15, 15)]),
    ("Nearly 40 fighters died in the fighting.", "killed", [(None, 40, 40)]),
    ("Between 10 and 15 civilians were killed.", "killed", [(10, 10, 15)]),
    ("Dozens of protesters were injured.", "injured", [(12, 12, None)]),
    ("Several soldiers were killed in the ambush.", "killed", [(3, 3, None)]),
    ("Seventeen miners were abducted from the site.", "abducted", [(17, 17, 17)]),
    ("Police arrested 23 people after the riot.", "arrested", [(23, 23, 23)]),
    ("A soldier was killed when the patrol hit a mine.", "killed", [(1, 1, 1)]),
    ("Two children and their mother died when the shell struck.", "killed", [(3, 3, 3)]),
    ("The blast left two dead and three injured.", "killed", [(2, 2, 2)]),
    ("The death toll from the bombing rose to 31.", "killed", [(31, 31, 31)]),
    ("Twenty-one people were killed.", "killed", [(21, 21, 21)]),
    ("The bodies of four men were found near the road.", "killed", [(4, 4, 4)]),
    ("No one was hurt in the explosion.", "injured", [(0, 0, 0)]),
])
def test_figures(analyse, text, category, expected):
    doc = analyse(text)
    assert figures(doc, category) == expected


def test_composition_keeps_parts(analyse):
    doc = analyse("Rebels attacked three army bases last night, killing at least 10 soldiers and four police.")
    (c,) = [c for c in doc._.dl_counts if c.category == "killed"]
    assert (c.low, c.best) == (14, 14)
    assert c.parts == [(10, "soldiers"), (4, "police")]
    assert doc[c.head].text == "killing"
    assert doc.text[c.start:c.end] == c.text == "at least 10 soldiers and four police"


def test_killed_and_wounded_in_one_clause(analyse):
    doc = analyse("The spokesman said: \"Sadly, five guards were killed and nine wounded.\"")
    assert bests(doc, "killed") == [5]
    assert bests(doc, "injured") == [9]
    (inj,) = [c for c in doc._.dl_counts if c.category == "injured"]
    assert doc[inj.head].text == "wounded"


def test_perpetrators_are_flagged(analyse):
    doc = analyse("A bomb went off at a bus station on Monday, killing seven, including the bomber.")
    (c,) = [c for c in doc._.dl_counts if c.category == "killed"]
    assert c.best == 7
    assert c.perpetrators_included and c.perpetrators == 1


def test_aggregate_hint(analyse):
    doc = analyse("Militants killed at least 25 soldiers in a series of raids across the north, officials said.")
    (c,) = [c for c in doc._.dl_counts if c.category == "killed"]
    assert c.aggregate_hint and c.low == 25
    doc = analyse("Militants killed 25 soldiers at a base in the north.")
    assert not doc._.dl_counts[0].aggregate_hint


def test_incidents_are_their_own_category(analyse):
    doc = analyse("The ministry said the group had carried out 57 attacks on convoys in May alone.")
    assert [(c.category, c.best) for c in doc._.dl_counts] == [("incidents", 57)]


def test_hypothetical_and_negated_figures_are_marked(analyse):
    doc = analyse("The group threatened to kill 20 hostages.")
    assert all(c.status != "occurred" for c in doc._.dl_counts)
    doc = analyse("Officials warned that the floods could kill hundreds of people.")
    assert all(c.status != "occurred" for c in doc._.dl_counts)


# numbers that are not casualties: never a killed/injured/abducted/arrested/missing figure
NOT_CASUALTIES = [
    "The two sides talked on the phone for 35 minutes.",
    "It was the first strike in 11 days.",
    "The deal ends an 18-year military presence in the country.",
    "Foreign troops are to leave within 14 months.",
    "The deal includes a swap of 5,000 prisoners for 1,000 captives.",
    "The army deployed 3,000 troops to the border.",
    "The ministry said there had been 43 attacks on checkpoints.",
    "A 25-year-old man was arrested for speeding.",
    "The government pledged $2 million to rebuild 300 homes.",
    "Police executed a search warrant at a house on Oak Street.",
    "The 2019 election drew 4 million voters.",
    "The suspect, 31, was released on $50,000 bond.",
    "Officers fired 12 rounds at the tyres of the car.",
    "Some 200 students protested peacefully outside the ministry.",
    "The court sentenced him to 10 years in prison.",
    "The convoy of 40 vehicles reached the town at 6 p.m.",
]


@pytest.mark.parametrize("text", NOT_CASUALTIES)
def test_numbers_that_are_not_casualties(analyse, text):
    doc = analyse(text)
    casualties = [c for c in doc._.dl_counts if c.category in ("killed", "injured", "abducted", "missing")
                  and c.best]
    assert casualties == []
    if "arrested" not in text:
        assert [c for c in doc._.dl_counts if c.category == "arrested"] == []


def test_event_counts_attach_to_the_right_trigger(analyse):
    doc = analyse("Gunmen attacked a market in the north on Sunday, killing at least nine traders. "
                  "Separately, troops clashed with rebels near the river, and four soldiers were killed.")
    attacked = trigger(doc, "attacked")
    clashed = trigger(doc, "clashed")
    doc._.dl_events = [attacked, clashed]
    a = [doc._.dl_counts[i].best for i in event_counts(doc, attacked)]
    c = [doc._.dl_counts[i].best for i in event_counts(doc, clashed)]
    assert a == [9] and c == [4]


def test_event_counts_picks_up_a_follow_up_sentence(analyse):
    doc = analyse("A man opened fire at a bus stop on Friday night. Two women were wounded. "
                  "One of them later died in hospital.")
    fired = trigger(doc, "opened")
    doc._.dl_events = [fired]
    idx = event_counts(doc, fired)
    merged = combine_counts(doc, idx)
    assert merged["injured"]["best"] == 1
    assert merged["killed"]["best"] == 1


@pytest.mark.parametrize("text,killed,injured", [
    # the same person shot, then reported dead: killed once, not injured
    ("A man was shot on Tuesday evening. The man died at the hospital.", 1, 0),
    # two people named after the total: still two
    ("Two people died when a man shot a woman and then himself. The woman was pronounced dead at the scene. "
     "The man was later pronounced dead.", 2, 0),
    # everyone hit, the dead among them
    ("Five people were shot, two of them fatally.", 2, 3),
    # different people, different fates
    ("A woman was killed and her son was wounded. He is in stable condition.", 1, 1),
])
def test_combine_counts_does_not_count_a_victim_twice(analyse, text, killed, injured):
    doc = analyse(text)
    merged = combine_counts(doc, list(range(len(doc._.dl_counts))))
    assert (merged.get("killed") or {}).get("best", 0) == killed
    assert (merged.get("injured") or {}).get("best", 0) == injured


def test_combine_counts_keeps_aggregate_only_without_parts(analyse):
    doc = analyse("Insurgents killed at least 20 soldiers in a series of attacks overnight. "
                  "In the first attack, 12 soldiers were killed at a base.")
    merged = combine_counts(doc, list(range(len(doc._.dl_counts))))
    assert merged["killed"]["best"] == 12


def test_reference_article_counts(analyse, seed_dir):
    text = (seed_dir / "afp-kabul-2020-03-05.txt").read_text(encoding="utf-8")
    doc = analyse(text, published="2020-03-05")
    got = {(c.category, c.best) for c in doc._.dl_counts}
    assert ("killed", 20) in got and ("killed", 14) in got and ("killed", 6) in got and ("injured", 7) in got
    assert ("incidents", 43) in got
    agg = [c for c in doc._.dl_counts if c.best == 20]
    assert agg[0].aggregate_hint and agg[0].low == 20
    fourteen = [c for c in doc._.dl_counts if c.best == 14][0]
    assert fourteen.parts == [(10, "soldiers"), (4, "police")]
    casualty_values = {c.best for c in doc._.dl_counts if c.category != "incidents"}
    for n in (43, 35, 11, 18, 5000, 1000):
        assert n not in casualty_values


def test_roundup_leads_are_aggregates(analyse):
    # local-news roundups: the lead's figure covers several incidents told separately below
    for text in ("Three men were wounded in separate incidents on the east side on Friday night.",
                 "Two women were shot at different locations overnight, police said.",
                 "Four people were hurt in a pair of shootings downtown on Sunday.",
                 "Police are investigating two weekend shootings that left two teenagers wounded.",
                 "Five people were wounded in shootings across the city since Friday evening.",
                 "Three men were hurt in shootings late Saturday and early Sunday, police said.",
                 "Four people were shot within six hours in different parts of the county.",
                 "It ended a weekend of violence in which five people were wounded."):
        doc = analyse(text, published="2021-06-10")
        got = [c for c in doc._.dl_counts if c.category == "injured"]
        assert got and all(c.aggregate_hint for c in got), text
    doc = analyse("Two men were shot in a shooting on Elm Street on Friday night.", published="2021-06-10")
    assert [c.aggregate_hint for c in doc._.dl_counts if c.category == "injured"] == [False]


def test_hospital_after_a_shooting_is_an_injury(analyse):
    pub = "2021-06-10"
    doc = analyse("One woman died and another was taken to a hospital after a shooting at a bar on Friday.",
                  published=pub)
    got = sorted((c.category, c.best) for c in doc._.dl_counts)
    assert got == [("injured", 1), ("killed", 1)]
    doc = analyse("A shooting outside a diner on Friday night sent one teenager to the hospital.", published=pub)
    assert [(c.category, c.best) for c in doc._.dl_counts] == [("injured", 1)]
    doc = analyse("One man is dead and another hospitalized after a shooting in a parking lot.", published=pub)
    assert sorted((c.category, c.best) for c in doc._.dl_counts) == [("injured", 1), ("killed", 1)]
    # a trip to hospital without a shooting is no casualty
    doc = analyse("A driver was taken to a hospital after a crash on the bridge.", published=pub)
    assert not doc._.dl_counts


def test_capitalised_dateline_is_not_a_victim(analyse):
    doc = analyse("SPRINGFIELD, IL -- A 19-year-old woman was shot on Tuesday night near a park.",
                  published="2021-06-10")
    assert [(c.text, c.best) for c in doc._.dl_counts] == [("A 19-year-old woman", 1)]


def test_shot_and_died_is_a_death(analyse):
    pub = "2021-06-10"
    doc = analyse("A man was shot outside the restaurant on Sunday and died at the scene.", published=pub)
    assert ("killed", 1) in [(c.category, c.best) for c in doc._.dl_counts]
    doc = analyse("BRIDGEPORT — A 52-year-old man fatally shot while walking his dog was identified on Monday.",
                  published=pub)
    assert [(c.category, c.best) for c in doc._.dl_counts] == [("killed", 1)]
    doc = analyse("WATCH >Latest Videos Woman fatally shot in her car: a reporter explains at noon.", published=pub)
    assert [c.best for c in doc._.dl_counts if c.category == "killed"] == [1]


def test_reduced_relative_and_named_people_struck(analyse):
    pub = "2021-06-10"
    doc = analyse("Three people shot outside a block party were expected to survive, police said Sunday.", published=pub)
    assert [(c.category, c.best) for c in doc._.dl_counts] == [("injured", 3)]
    doc = analyse("Garcia and the driver were struck by bullets.", published=pub)
    assert [(c.category, c.best) for c in doc._.dl_counts] == [("injured", 2)]
    # shooting at or into something hits no one in particular
    for text in ("Two deputies shot at the fleeing car.", "Three gunmen shot into the crowd on Friday."):
        assert not analyse(text, published=pub)._.dl_counts, text
