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
    ("The Swiss government offered to host talks between the rival parties.", "AGREE"),
    ("The charity said it will deliver tents and blankets to the flood victims next week.", "AGREE"),
    ("The militia is ready to withdraw its fighters from the coastal road.", "AGREE"),
    # an intent to do something hostile is THREATEN (CAMEO 13)
    ("The dockworkers' union announced it would boycott cargo from the three ports.", "THREATEN"),
    ("The governor announced that he will extend the curfew in the northern towns.", "THREATEN"),
    ("The farmers' union will blockade the ports unless fuel prices fall, its leader said.", "THREATEN"),
    # what another "must" do is a demand (CAMEO 10)
    ("The envoy said the militia must free the two kidnapped engineers.", "REQUEST"),
    ("The premier said the regional bloc should mediate between the two factions.", "REQUEST"),
    # declining to cooperate is REJECT (CAMEO 12)
    ("The rebels rejected a Swiss mediation effort in the border negotiations.", "REJECT"),
    ("Talks ended after the two delegations failed to agree on a water-sharing deal.", "REJECT"),
])
def test_stance(analyse, text, plover):
    assert sentence_type(analyse, text) == plover


@pytest.mark.parametrize("text,plover", [
    ("The ministry lifted the curfew in the port city on Monday.", "CONCEDE"),
    ("Bus drivers called off their strike on Friday.", "CONCEDE"),
    ("The donor country halted its development aid to the military government.", "SANCTION"),
    ("The cabinet banned the main opposition party.", "COERCE"),
    ("A night-time curfew was imposed on the river district by the governor.", "COERCE"),
    ("The two neighbours restored diplomatic relations and reopened their embassies.", "SUPPORT"),
    ("A rebel commander and his unit surrendered to the army at dawn.", "RETREAT"),
    ("Taxi drivers blocked the main bridge into the capital on Monday.", "PROTEST"),
    ("The court sought the extradition of the former minister.", "REQUEST"),
    ("The junta expelled the foreign election observers on Sunday.", "SANCTION"),
    ("The mayor reneged on his promise to publish the audit.", "REJECT"),
    ("The monitoring body said it would pull out its observers from the region.", "THREATEN"),
])
def test_cameo_categories(analyse, text, plover):
    assert sentence_type(analyse, text) == plover


def test_stance_keeps_acled_type(analyse):
    """Only the PLOVER type follows the stance: the ACLED type and the status stay."""
    doc = analyse("The dockworkers' union announced it would boycott cargo from the three ports.")
    ev = [e for e in doc._.dl_events if e.lemma == "boycott"]
    assert ev and ev[0].plover_type == "THREATEN" and ev[0].status in ("planned", "hypothetical")


def test_condition_is_not_intent(analyse):
    """An act in an if-clause is the condition of another, not what the speaker intends."""
    doc = analyse("The minister said the army would be sent if the rebels attacked the town.")
    att = [e for e in doc._.dl_events if e.lemma == "attack"]
    assert att and att[0].plover_type == "ASSAULT"
