"""Actors, third pass (issue 6 follow-up on MUC-4): own-words reports only."""

from __future__ import annotations

import pytest


def test_pronoun_object_is_not_its_own_subject(analyse):
    doc = analyse("Soldiers opened fire near the river on Sunday. Officers said the troops took the "
                  "farmers' convoy for an insurgent unit and attacked it.", published="2021-06-10")
    attack = [i for i, e in enumerate(doc._.dl_events) if e.text == "attacked"]
    assert attack
    roles = [(a.role, a.canonical) for a in doc._.dl_actors if a.event == attack[0]]
    assert ("actor1", "Military Forces") in [(r, (c or "")[:15]) for r, c in roles]
    # "it" is not the troops themselves
    assert not any(r in ("actor2", "victim") and (c or "").startswith("Military Forces") for r, c in roles)


@pytest.mark.parametrize("text,name,inter,country", [
    ("Farabundo Marti National Liberation Front", "FMLN: Farabundo Marti National Liberation Front", 2, "SV"),
    ("FMLN", "FMLN: Farabundo Marti National Liberation Front", 2, "SV"),
    ("Shining Path guerrillas", "Shining Path", 2, "PE"),
    ("the Tupac Amaru Revolutionary Movement", "MRTA: Tupac Amaru Revolutionary Movement", 2, "PE"),
    ("Army of National Liberation", "ELN: National Liberation Army", 2, "CO"),
    ("the Medellin cartel", "Medellin Cartel", 3, "CO"),
    ("Manuel Rodriguez Patriotic Front", "FPMR: Manuel Rodriguez Patriotic Front", 2, "CL"),
])
def test_latin_american_armed_groups(text, name, inter, country):
    from dateline.nlp.registry import get_registry

    a = get_registry().lookup(text)
    assert a is not None and (a.name, a.inter, a.country_code) == (name, inter, country)
