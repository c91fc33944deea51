"""PLOVER typing beyond ACLED's types: stance (intent, threat, demand, refusal) and CAMEO's
non-violent categories. Sentences are our own invention."""

from __future__ import annotations

import pytest

from dateline.nlp.events import main_event


def sentence_type(analyse, text: str) -> str | None:
    """The PLOVER type of a sentence as the PLOVER scorer reads it (most confident record)."""
    doc = analyse(text)
    recs = [r for r in doc._.dl_records if r.plover_type]
    if recs:
        return max(recs, key=lambda r: r.confidence).plover_type
    ev = main_event([e for e in doc._.dl_events if e.plover_type and not e.generic])
    return ev.plover_type if ev else None


@pytest.mark.parametrize("text,plover", [
    # an actor's stated intent to do something friendly is AGREE (CAMEO 03)
    ("The foreign minister of Chile will visit Peru next month to discuss fishing rights.", "AGREE"),
    ("Norway offered to host talks between the two parties.", "AGREE"),
    ("The donor said it will provide emergency food aid to the flooded districts.", "AGREE"),
    # an intent to do something hostile is THREATEN (CAMEO 13)
    ("The dockworkers' union said its members would boycott all ships from the country.", "THREATEN"),
    ("The governor announced that he will extend the curfew in the northern towns.", "THREATEN"),
    ("The party said it will boycott the vote unless the electoral board is replaced.", "THREATEN"),
    # what another "must" do is a demand (CAMEO 10)
    ("The envoy said the militia must hand over the captured pilots.", "REQUEST"),
    ("The premier said the neighbouring state must be ready to mediate between the factions.", "REQUEST"),
    # declining to cooperate is REJECT (CAMEO 12)
    ("The cabinet is opposed to Swiss mediation in the border negotiations.", "REJECT"),
    ("The two delegations failed to reach an agreement on the border line.", "REJECT"),
])
def test_stance(analyse, text, plover):
    assert sentence_type(analyse, text) == plover


@pytest.mark.parametrize("text,plover", [
    ("The ministry lifted the curfew in the port city on Monday.", "CONCEDE"),
    ("The teachers' union called off its week-long strike after talks with the ministry.", "CONCEDE"),
    ("Japan halted its economic aid to the junta.", "SANCTION"),
    ("The cabinet banned the main opposition party.", "COERCE"),
    ("Police imposed a curfew in the old town after the unrest.", "COERCE"),
    ("The two countries restored diplomatic ties after a ten-year break.", "SUPPORT"),
    ("Three hundred fighters surrendered to the army in the hills.", "RETREAT"),
    ("Farmers blocked the bridge with tractors for five hours.", "PROTEST"),
    ("The court sought the extradition of the former minister.", "REQUEST"),
    ("The junta expelled the foreign election observers on Sunday.", "SANCTION"),
    ("The agency will withdraw its inspectors from the plant, its director said.", "THREATEN"),
])
def test_cameo_categories(analyse, text, plover):
    assert sentence_type(analyse, text) == plover


def test_stance_keeps_acled_type(analyse):
    """Only the PLOVER type follows the stance: the ACLED type and the status stay."""
    doc = analyse("The dockworkers' union said its members would boycott all ships from the country.")
    ev = [e for e in doc._.dl_events if e.lemma == "boycott"]
    assert ev and ev[0].plover_type == "THREATEN" and ev[0].status in ("planned", "hypothetical")


def test_condition_is_not_intent(analyse):
    """An act in an if-clause is the condition of another, not what the speaker intends."""
    doc = analyse("The minister said the army would be sent if the rebels attacked the town.")
    att = [e for e in doc._.dl_events if e.lemma == "attack"]
    assert att and att[0].plover_type == "ASSAULT"
