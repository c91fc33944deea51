"""Killings told as "<verb> ... to death" ("hacked 16 villagers to death", "was beaten to death")
give a killed figure; a court's "sentenced to death" gives none. Sentences written for the test."""

from __future__ import annotations

import pytest

DAY = "2023-04-20"


def _killed(analyse, text):
    return [(c.best, c.category) for c in analyse(text, published=DAY)._.dl_counts if c.category == "killed"]


@pytest.mark.parametrize("text, n", [
    ("Raiders hacked 11 farmers to death near Djugu on Tuesday.", 11),
    ("Seven herders were beaten to death by a crowd near Jos on Tuesday.", 7),
    ("Militants burned three traders to death in their shop on Tuesday.", 3),
    ("A mob stoned a man to death outside the mosque on Tuesday.", 1),
])
def test_verb_to_death_kills(analyse, text, n):
    assert (n, "killed") in _killed(analyse, text)


@pytest.mark.parametrize("text", [
    "A military court sentenced four soldiers to death on Tuesday for desertion.",
    "The pupils said they were bored to death by the long speech on Tuesday.",
])
def test_a_sentence_or_a_figure_of_speech_kills_no_one(analyse, text):
    assert not _killed(analyse, text)


def _record_killed(analyse, text):
    recs = [r for r in analyse(text, published=DAY)._.dl_records if r.event_type]
    return recs[0].killed_best if recs else None


@pytest.mark.parametrize("text, n", [
    # another group told with "also" adds to the toll
    ("OUAGADOUGOU — Gunmen ambushed a convoy near Djibo on Tuesday, killing 12 soldiers, the army said. "
     "Five assailants were also killed.", 17),
    # the same group again is the toll repeated
    ("OUAGADOUGOU — Gunmen ambushed a convoy near Djibo on Tuesday, killing 12 soldiers. Twelve soldiers "
     "were also killed, the army confirmed.", 12),
])
def test_also_adds_another_group(analyse, text, n):
    assert _record_killed(analyse, text) == n
