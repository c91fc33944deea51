"""Records of conflict reports, a pass on wire-style sentences (own words): a crowd named only by
its trigger gets ACLED's generic actor, and two weapons told in two clauses of one sentence stay
two events."""

from __future__ import annotations

import pytest

DAY = "2022-09-14"  # a Wednesday


def _records(analyse, text):
    return analyse(text, published=DAY)._.dl_records


@pytest.mark.parametrize("text, actor, inter", [
    ("Rioters set fire to two police stations in Mombasa on Monday.", "Rioters (Kenya)", 5),
    ("Protesters stormed the education ministry in Nairobi on Monday and smashed its windows.",
     "Rioters (Kenya)", 5),
    ("Hundreds of teachers marched to the parliament in Nairobi on Monday to demand back pay.",
     "Protesters (Kenya)", 6),
])
def test_a_crowd_gets_the_countrys_protesters_or_rioters(analyse, text, actor, inter):
    recs = [r for r in _records(analyse, text) if r.event_type in ("Protests", "Riots")]
    assert recs and recs[0].actor1 == actor and recs[0].inter1 == inter


def test_a_named_group_keeps_its_name(analyse):
    recs = _records(analyse, "Members of the Law Society of Kenya marched through Nairobi on Monday "
                             "against the new bill.")
    assert recs and recs[0].event_type == "Protests" and recs[0].actor1 is not None


def test_two_weapons_in_two_clauses_are_two_events(analyse):
    recs = _records(analyse, "Syrian jets bombed a market in Ariha on Monday, hours after rebels shelled "
                             "government positions near Saraqib.")
    subs = sorted(r.sub_event_type for r in recs)
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]
    air = next(r for r in recs if r.sub_event_type == "Air/drone strike")
    assert air.actor1 and air.actor1.startswith("Military Forces of Syria")


def test_one_weapon_named_twice_is_one_event(analyse):
    recs = _records(analyse, "A suicide bomber blew himself up at a checkpoint in Baidoa on Monday and the "
                             "blast killed five soldiers.")
    assert len([r for r in recs if r.event_type == "Explosions/Remote violence"]) == 1


@pytest.mark.parametrize("text, sub", [
    ("Fighting between two rival clans left six dead near Beledweyne on Monday.", "Armed clash"),
    ("Fighting between the army and rebels killed nine people near Beni on Monday.", "Armed clash"),
])
def test_fighting_between_sides_is_a_clash(analyse, text, sub):
    recs = _records(analyse, text)
    assert recs and recs[0].sub_event_type == sub


def test_fighting_between_classes_is_no_clash(analyse):
    assert not _records(analyse, "The pupils were fighting between lessons on Monday, a teacher said.")


@pytest.mark.parametrize("text", [
    "NIAMEY — Militants ambushed a patrol near Tillaberi on Monday, killing seven soldiers.",
    "NIAMEY — Jihadists ambushed a patrol near Tillaberi on Monday, killing seven soldiers.",
])
def test_the_first_word_after_a_dateline_is_read_as_a_common_noun(analyse, text):
    doc = analyse(text, published=DAY)
    first = next(t for t in doc if t.i > 0 and t.is_alpha and t.text not in ("NIAMEY",))
    assert first.pos_ == "NOUN" and first.lemma_.islower()
    recs = [r for r in doc._.dl_records if r.event_type == "Battles"]
    assert recs and recs[0].actor1 == "Unidentified Armed Group (Niger)"


def test_a_name_after_a_dateline_stays_a_name(analyse):
    doc = analyse("NIAMEY — Bazoum told reporters on Monday that talks would resume.", published=DAY)
    assert next(t for t in doc if t.text == "Bazoum").pos_ == "PROPN"


@pytest.mark.parametrize("text, sub, force", [
    ("LUSAKA — Riot police fired tear gas to disperse hundreds of protesters outside the court on Monday.",
     "Protest with intervention", "Police Forces of Zambia"),
    ("LUSAKA — Soldiers fired live rounds at protesters near the market on Monday, killing two men.",
     "Excessive force against protesters", "Military Forces of Zambia"),
])
def test_the_force_used_on_a_crowd_is_actor2(analyse, text, sub, force):
    recs = [r for r in _records(analyse, text) if r.event_type == "Protests"]
    assert recs and recs[0].sub_event_type == sub
    assert recs[0].actor1 == "Protesters (Zambia)" and recs[0].actor2 == force


def test_a_killing_is_not_folded_into_a_relative_clause_about_the_attackers(analyse):
    recs = _records(analyse, "NAIROBI — Al-Shabaab, which has staged dozens of raids this year, killed four "
                             "police officers near Mandera on Monday.")
    violent = [r for r in recs if r.event_type == "Battles"]
    assert len(violent) == 1 and violent[0].killed_best == 4
    assert violent[0].actor1 == "al-Shabaab" and violent[0].actor2 == "Police Forces of Kenya"


def test_a_sentence_that_retells_the_incident_joins_it(analyse):
    text = ("BOSASO — Militants killed 21 soldiers in an assault on an army camp in the Bari region on "
            "Friday, officials said. The killings happened when the fighters stormed and seized the village "
            "of Qorbeni near the camp.")
    recs = [r for r in _records(analyse, text) if r.event_type in ("Battles", "Violence against civilians")]
    assert len(recs) == 1 and recs[0].killed_best == 21


def test_a_bureau_dateline_does_not_give_the_victims_country(analyse):
    recs = _records(analyse, "AMMAN, Jordan — Government air strikes killed nine civilians in the town of "
                             "Saraqib in Idlib province on Monday, a monitoring group said.")
    air = [r for r in recs if r.sub_event_type == "Air/drone strike"]
    assert air and air[0].actor2 == "Civilians (Syria)" and air[0].country_code == "SY"


@pytest.mark.parametrize("text, day", [
    ("KABUL — Six police officers were killed in an ambush in Baghlan two days ago, officials said.",
     "2022-09-12"),
    ("KABUL — Gunmen shot dead a cleric in Herat hours ago, police said.", "2022-09-14"),
])
def test_a_recent_ago_is_news(analyse, text, day):
    recs = [r for r in _records(analyse, text) if r.event_type]
    assert recs and recs[0].event_date == day


def test_a_distant_ago_is_history(analyse):
    evs = analyse("KABUL — The rebels seized the district four years ago.", published=DAY)._.dl_events
    assert all(e.background for e in evs if e.sub_event_type)
