"""Injured counts, issue 5 fifth round: a list that restates a plural, the shooter named as
the agent is not the person shot, a hurt told with no word of a gun beside a gunshot victim,
a headline's gapped second clause, a hospital trip blamed on a gunbattle (own sentences)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.eval.gva import primary_record
from dateline.nlp.pipeline import process


def figures(text: str, published: str = "2021-06-09") -> tuple[int, int]:
    (res,) = list(process([Article(text=text, published=published)], keep_docs=True))
    rec = primary_record([r.to_dict() for r in res.records], res.doc) or {}
    return int(rec.get("killed_best") or 0), int(rec.get("injured_best") or 0)


@pytest.mark.parametrize("text,expected", [
    # the appositive names the same two people again
    ("The two others, a 19-year-old woman and a 31-year-old man, were shot near a laundromat in "
     "Toledo on Sunday night.", (0, 2)),
    ("Three people, a cook, a waiter and a driver, were wounded when a gunman fired into the diner "
     "in Flint on Friday.", (0, 3)),
    # a list after a plural of another kind adds up
    ("Gunmen killed two soldiers, a nurse and a farmer in the village on Monday.", (4, 0)),
])
def test_appositive_lists(text, expected):
    assert figures(text) == expected


def test_the_shooter_named_as_agent_is_not_the_victim():
    text = ("Troopers said a neighbour walked out to her mailbox and was shot while standing in the "
            "driveway by Brandt on Saturday in Salina. Brandt sustained fatal gunshot wounds when "
            "troopers returned fire and was pronounced dead at the scene.")
    assert figures(text) == (1, 1)


def test_a_police_agent_does_not_split_the_suspect():
    text = ("The suspect was shot dead by a trooper on Monday in Salina. Troopers said Voss was shot "
            "by Officer Lind after he fired at them.")
    assert figures(text)[0] == 1


def test_hurt_with_no_gun_word_beside_a_gunshot_victim_is_not_counted():
    text = ("A Salina man shot himself in the chest when deputies stopped his van on Friday night. "
            "He was pronounced dead at the scene. A woman riding in the van was treated at the "
            "scene for injuries.")
    assert figures(text) == (1, 0)


def test_a_lone_victim_told_only_with_injuries_still_counts():
    text = ("Someone fired several shots into a home on Birch Street in Salina on Friday night. A "
            "woman inside suffered minor injuries, police said.")
    assert figures(text) == (0, 1)


@pytest.mark.parametrize("text", [
    "One man killed, another taken to Salina Regional Medical Center after a shooting on Birch "
    "Street on Saturday night.",
    "One man was killed and another was taken to a hospital after a gun battle in Salina on Saturday.",
    "One man killed, another transported to the Salina Regional Medical Center and later flown to a trauma "
    "center after a gunbattle on Birch Street on Saturday night.",
])
def test_gapped_second_victim_taken_to_hospital(text):
    assert figures(text) == (1, 1)


def test_one_man_is_a_person_a_name_can_tell_again():
    # "One man" is one person: the named dead man is he, not the wounded woman told next
    text = ("One man was shot and killed in Salina and a woman wounded after a shooting Friday night, "
            "deputies said Saturday. Tomas Reyes, 24, was pronounced dead at the scene, while the woman "
            "was taken to a hospital, where she is in stable condition.")
    assert figures(text) == (1, 1)


@pytest.mark.parametrize("text,expected", [
    ("One person was shot on Birch Street in Salina early Friday. Police said one man suffered a "
     "gunshot wound that was not life-threatening.", (0, 1)),
    ("One person was shot in Salina on Friday. Officers found a man with a gunshot wound in a car. "
     "He died at the hospital.", (1, 0)),
    ("One man was shot in Salina on Friday. A woman was also wounded.", (0, 2)),
])
def test_one_person_told_again_by_an_indefinite(text, expected):
    assert figures(text) == expected


def test_headline_reflexive_is_the_man_the_lead_names():
    # the headline's "shooting himself" has no subject; the lead's "A 19-year-old man" is he
    text = ("Salina man jailed after shooting himself A 19-year-old man who had been handling a pistol in "
            "his Salina apartment late on Friday accidentally shot himself in the hand and was then "
            "arrested, police said. He told officers that he was showing the pistol to a friend when he "
            "shot himself. Ruiz was treated at a hospital and released.")
    assert figures(text) == (0, 1)


def test_last_years_figure_is_not_the_events():
    text = ("A clerk was shot and killed at a gas station in Salina on Monday. It was the city's fourth "
            "homicide of the year, compared to this time last year, when the city had two shooting deaths.")
    assert figures(text) == (1, 0)


def test_a_person_of_an_unrelated_incident_stays_out_when_named_again():
    text = ("Police are investigating the shooting of a man on Birch Street in Salina on Tuesday night. "
            "Officers found Lee Ward, 24, with a gunshot wound. In an unrelated shooting, Omar Reyes, 21, "
            "was found critically injured last Wednesday on Oak Street. Reyes was in critical condition, "
            "but police said Tuesday that Reyes died.")
    assert figures(text)[1] == 1


@pytest.mark.parametrize("text", [
    "Upon arrival, deputies found the victim, Ann Lowe, a 63-year-old woman, deceased from a gunshot "
    "wound inside a house in Salina on Monday.",
    "Carl Dunn's body was found with a single gunshot wound after deputies answered a call on Birch "
    "Street in Salina on Monday.",
    "Police named a 27-year-old man whose body was found near a creek in Salina on Monday. He had been "
    "shot in a drive-by, police said.",
    "Pvt. Dale Ortiz was assigned to a supply unit, and was found dead at a base near Salina on Monday, "
    "the Army said. He had a gunshot wound to the head.",
])
def test_a_death_told_by_deceased_a_body_or_found_dead(text):
    assert figures(text)[0] == 1


def test_a_spouse_who_died_before_is_no_victim():
    text = "A man shot at his neighbour, who lives with his deceased wife's sister, in Salina on Monday."
    assert figures(text)[0] == 0


def test_the_person_of_a_relative_clause_after_of():
    # "who was wounded" tells of the driver, not of the truck
    text = ("The driver of a truck who was wounded during a shooting with deputies on Monday in Salina was "
            "taken to a hospital.")
    assert figures(text)[1] == 1


def test_the_man_who_was_killed_is_the_dead_man_not_the_latest_hurt():
    text = ("A shooting late Saturday in Salina killed one man and left three more men injured, "
            "police say. Officers found a man dead on the street. He had been shot in the chest. Two "
            "streets over, officers found a man shot in the leg. Yet another man was found with a graze "
            "wound to his arm. The name of the man who was killed has not been made public.")
    assert figures(text) == (1, 3)


def test_a_second_is_one_more_person():
    text = ("One man was shot and wounded during a robbery at a home in Salina on Wednesday, and a second "
            "was grazed by a round, police said. The wounded man was hospitalized.")
    assert figures(text) == (0, 2)
