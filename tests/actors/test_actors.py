"""Initiator, target and victims from the syntax, canonicalised through the registry; coreference.

Event mentions are built by hand on a chosen trigger word so these tests exercise the actors
stage alone (the events stage has its own tests). Reports are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import attach, mention, roles


@pytest.fixture(scope="module")
def run(analyse):
    def go(text, word, sub="Attack", plover="ASSAULT", nth=0, published="2024-05-06"):
        doc = analyse(text, published=published)
        ms = attach(doc, mention(doc, word, nth, sub=sub, plover=plover))
        return doc, ms

    return go


def one(ms, role):
    got = [m for m in ms if m.role == role]
    assert got, f"no {role} in {[(m.role, m.text) for m in ms]}"
    return got[0]


def test_active_subject_and_object(run):
    _, ms = run("AFP, KABUL\n\nTaliban fighters attacked two police posts in Ghor province on Monday.",
                "attacked", sub="Armed clash")
    r = roles(ms)
    assert r["actor1"] == ["Taliban"]
    assert r["actor2"] == ["Police Forces of Afghanistan"]
    a1 = one(ms, "actor1")
    assert a1.inter == 2 and a1.kind == "rebel" and a1.text == "Taliban fighters"


def test_passive_with_agent(run):
    _, ms = run("AFP, KABUL\n\nTwo police officers were attacked by gunmen near a market in Jalalabad on Monday.",
                "attacked")
    assert roles(ms)["actor1"] == ["Unidentified Armed Group (Afghanistan)"]
    assert roles(ms)["actor2"] == ["Police Forces of Afghanistan"]


def test_nominalisation_with_modifier_and_on(run):
    _, ms = run("AFP, KABUL\n\nA Taliban attack on a checkpoint in Ghazni province killed three soldiers on Sunday.",
                "attack", sub="Armed clash")
    r = roles(ms)
    assert r["actor1"] == ["Taliban"]
    assert "Military Forces of Afghanistan" in r["actor2"]


def test_nominalisation_with_country_modifier_is_external_force(run):
    _, ms = run("AFP, KABUL\n\nNews of the US airstrike in Kunar province spread quickly.", "airstrike",
                sub="Air/drone strike")
    a1 = one(ms, "actor1")
    assert a1.canonical == "Military Forces of the United States"
    assert a1.inter == 8 and a1.country_code == "US"


def test_light_verb_subject_and_against(run):
    _, ms = run("AFP, JERUSALEM\n\nIsraeli forces launched raids against Hamas positions in Gaza overnight.",
                "raids", sub="Armed clash")
    r = roles(ms)
    assert r["actor1"] == ["Military Forces of Israel"]
    assert r["actor2"] == ["Hamas"]


def test_country_as_attacker_and_capital_as_party(run):
    _, ms = run("AFP, KABUL\n\nThe US on Monday launched a drone strike against Islamic State fighters in Nangarhar.",
                "strike", sub="Air/drone strike")
    r = roles(ms)
    assert r["actor1"] == ["Military Forces of the United States"]
    assert r["actor2"] == ["Islamic State (Afghanistan)"]
    _, ms = run("AFP, KHARTOUM\n\nThe RSF signed a truce with Khartoum on Sunday.", "signed",
                sub="Agreement", plover="AGREE")
    r = roles(ms)
    assert r["actor1"] == ["RSF: Rapid Support Forces"]
    assert r["actor2"] == ["Government of Sudan"]


def test_victims_distinct_from_target(run):
    _, ms = run("AFP, KABUL\n\nMilitants attacked an army post in Zabul, killing two farmers who were passing by.",
                "attacked", sub="Armed clash")
    r = roles(ms)
    assert "Military Forces of Afghanistan" in r["actor2"]
    assert r["victim"] == ["Civilians (Afghanistan)"]
    v = one(ms, "victim")
    assert v.kind == "civilians" and v.inter == 7


def test_consequence_clause_victims_are_also_targets(run):
    _, ms = run("AFP, KABUL\n\nTaliban fighters stormed three army outposts in Kunduz province last night, "
                "killing nine soldiers and two police.", "stormed", sub="Armed clash")
    r = roles(ms)
    assert set(r["victim"]) == {"Military Forces of Afghanistan", "Police Forces of Afghanistan"}
    assert set(r["actor2"]) == {"Military Forces of Afghanistan", "Police Forces of Afghanistan"}


def test_passive_victims_with_number_subject(run):
    _, ms = run("AFP, KABUL\n\nThe governor said five police were killed and four wounded in Farah on Monday.",
                "wounded", sub="Attack")
    assert "Police Forces of Afghanistan" in roles(ms).get("victim", [])


def test_between_x_and_y(run):
    _, ms = run("AFP, ANKARA\n\nClashes between the army and PKK fighters in Hakkari province left four dead.",
                "Clashes", sub="Armed clash")
    r = roles(ms)
    assert r["actor1"] == ["Military Forces of Turkey"]
    assert r["actor2"] == ["PKK: Kurdistan Workers Party"]


def test_subject_of_event_noun_verb_and_its_consequence(run):
    _, ms = run("AFP, BAGHDAD\n\nA roadside bomb targeted an Iraqi army convoy near Tikrit, wounding three soldiers.",
                "bomb", sub="Remote explosive/landmine/IED")
    r = roles(ms)
    assert r["actor2"] == ["Military Forces of Iraq"]
    assert r["victim"] == ["Military Forces of Iraq"]


def test_relative_clause_and_claim(run):
    _, ms = run("AFP, KABUL\n\nThe Islamic State group claimed the suicide bombing, which killed 14 worshippers "
                "at a mosque in Kunduz.", "bombing", sub="Suicide bomb")
    r = roles(ms)
    assert r["actor1"] == ["Islamic State (Afghanistan)"]
    assert r["victim"] == ["Civilians (Afghanistan)"]


def test_relative_pronoun_subject(run):
    _, ms = run("AFP, KABUL\n\nAn airstrike hit Taliban fighters who were attacking a checkpoint in Farah.",
                "attacking", sub="Armed clash")
    r = roles(ms)
    assert r["actor1"] == ["Taliban"]
    assert r["actor2"] == ["Military Forces of Afghanistan"]


def test_coreference_to_the_group_named_earlier(run):
    _, ms = run("AFP, MOGADISHU\n\nAl-Shabaab fighters stormed a base in Lower Shabelle on Thursday. "
                "The militants later withdrew. On Friday the insurgents ambushed a convoy near Afgoye.",
                "ambushed", sub="Armed clash")
    a1 = one(ms, "actor1")
    assert a1.canonical == "al-Shabaab" and a1.text == "the insurgents"
    assert a1.resolved_from and "Shabaab" in a1.resolved_from


def test_the_group_and_pronoun_they(run):
    _, ms = run("AFP, MAIDUGURI\n\nBoko Haram fighters entered a village near Konduga at dawn. "
                "They burned homes and killed nine villagers.", "killed", sub="Attack")
    a1 = one(ms, "actor1")
    assert a1.text == "They" and a1.canonical.startswith("Boko Haram")
    assert roles(ms)["victim"] == ["Civilians (Nigeria)"]
    _, ms = run("AFP, MAIDUGURI\n\nBoko Haram has been active near Lake Chad for years. "
                "The group raided a market in Gamboru on Monday.", "raided", sub="Attack")
    assert one(ms, "actor1").canonical.startswith("Boko Haram")


def test_indefinite_attackers_are_not_coreferent(run):
    _, ms = run("AFP, MOGADISHU\n\nAl-Shabaab claimed a bombing in the capital. "
                "Separately, unknown gunmen shot dead a clan elder in Baidoa.", "shot")
    assert one(ms, "actor1").canonical == "Unidentified Armed Group (Somalia)"


def test_anaphor_without_a_named_group_is_unidentified(run):
    _, ms = run("AFP, KABUL\n\nThe militants killed five people in Logar, police said.", "killed")
    assert one(ms, "actor1").canonical == "Unidentified Armed Group (Afghanistan)"
    assert one(ms, "victim").kind == "civilians"


def test_arrests_by_authorities_are_police(run):
    _, ms = run("AFP, LAGOS\n\nAuthorities arrested 12 protesters in Lagos on Tuesday.", "arrested",
                sub="Arrests", plover="COERCE")
    r = roles(ms)
    assert r["actor1"] == ["Police Forces of Nigeria"]
    assert r["victim"] == ["Protesters (Nigeria)"]


def test_protesters_in_a_protest(run):
    _, ms = run("AFP, DHAKA\n\nThousands of students marched through Dhaka on Monday.", "marched",
                sub="Peaceful protest", plover="PROTEST")
    a1 = one(ms, "actor1")
    assert a1.canonical == "Protesters (Bangladesh)" and a1.inter == 6


def test_demonym_beats_country_focus(run):
    _, ms = run("AFP, KABUL\n\nPakistani troops shelled villages in Kunar province on Sunday.", "shelled",
                sub="Shelling/artillery/missile attack")
    a1 = one(ms, "actor1")
    assert a1.canonical == "Military Forces of Pakistan" and a1.inter == 8


def test_dateline_words_are_never_actors(run):
    _, ms = run("AFP, KHARTOUM\n\nThe RSF signed a truce with Khartoum on Sunday.", "signed",
                sub="Agreement", plover="AGREE")
    assert all("KHARTOUM" not in m.text for m in ms)


def test_offsets_point_into_the_text(run):
    doc, ms = run("AFP, KABUL\n\nTaliban fighters attacked two police posts in Ghor province on Monday.",
                  "attacked", sub="Armed clash")
    for m in ms:
        assert doc.text[m.start:m.end] == m.text
        assert m.event == 0 and m.head is not None


def test_stage_runs_on_every_event_and_keeps_named_mentions(analyse):
    doc = analyse("AFP, KABUL\n\nTaliban fighters attacked a police checkpoint in Ghazni on Monday, "
                  "killing four policemen, the provincial governor said. The Haqqani Network was not mentioned "
                  "by officials.")
    acts = doc._.dl_actors
    assert isinstance(acts, list)
    named = [m for m in acts if m.role == "mention"]
    assert any(m.canonical == "Haqqani Network" for m in named)
    for m in acts:
        assert m.event is None or 0 <= m.event < len(doc._.dl_events)


def test_event_actors_groups_by_role(run):
    from dateline.nlp.actors import event_actors

    doc, ms = run("AFP, KABUL\n\nTaliban fighters attacked two police posts in Ghor province on Monday.",
                  "attacked", sub="Armed clash")
    doc._.dl_actors = ms
    by = event_actors(doc, 0)
    assert by["actor1"][0].canonical == "Taliban"


def test_unknown_arguments_are_kept_without_a_name(run):
    doc, ms = run("AFP, PARIS\n\nA parcel bomb damaged a bakery in Lyon, wounding the owner.", "bomb",
                  sub="Remote explosive/landmine/IED")
    unnamed = {(m.role, m.text) for m in ms if m.canonical is None}
    assert ("actor2", "a bakery") in unnamed
    assert ("victim", "the owner") in unnamed
    assert all(m.kind is None and m.inter is None for m in ms if m.canonical is None)
    # victims without a name are not copied as targets
    assert not any(m.role == "actor2" and m.text == "the owner" for m in ms)


def test_killed_in_group_attacks(run):
    _, ms = run("AFP, BAGHDAD\n\nNine soldiers were killed in Islamic State attacks near Kirkuk on Monday.", "killed")
    r = roles(ms)
    assert r["actor1"] == ["Islamic State (Iraq)"]
    assert r["victim"] == ["Military Forces of Iraq"]


def test_claimed_responsibility_and_aimed_at(run):
    _, ms = run("AFP, LONDON\n\nThe IRA claimed responsibility for the bombings, which appeared to be aimed at "
                "civilians.", "bombings", sub="Remote explosive/landmine/IED")
    r = roles(ms)
    assert r["actor2"] == ["Civilians (United Kingdom)"]


def test_demonym_of_rebels_wins_over_event_country(run):
    _, ms = run("AFP, NAIROBI\n\nSudanese rebels shelled a garrison town near the border on Sunday.", "shelled",
                sub="Shelling/artillery/missile attack")
    assert one(ms, "actor1").canonical == "Unidentified Armed Group (Sudan)"


def test_a_capital_under_fire_is_a_place_not_a_government(run):
    _, ms = run("AFP, KHARTOUM\n\nRebels shelled Khartoum overnight.", "shelled",
                sub="Shelling/artillery/missile attack")
    assert "Government of Sudan" not in roles(ms).get("actor2", [])


def test_match_gold_actors_for_plover(run):
    from dateline.nlp.actors import match_gold_actors

    doc, ms = run("AFP, KABUL\n\nTaliban fighters attacked two police posts in Ghor province on Monday.",
                  "attacked", sub="Armed clash")
    doc._.dl_actors = ms
    assert match_gold_actors(doc, 0, "actor1", [{"actorText": "Taliban fighters", "code": "AFG"}]) == (1, 0, 0)
    # by country when the words differ; a gold actor with no match is missed
    assert match_gold_actors(doc, 0, "actor2", [{"actorText": "the police", "code": "AFG"},
                                                {"actorText": "Kabul", "code": "XXX"}]) == (1, 0, 1)
    assert match_gold_actors(doc, 0, "actor2", "") == (0, 1, 0)
