"""Counts in local crime reports (the GVA style), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.nlp.counts import combine_counts


def merged(doc) -> tuple[int, int]:
    m = combine_counts(doc, list(range(len(doc._.dl_counts))))
    return (m.get("killed") or {}).get("best", 0) or 0, (m.get("injured") or {}).get("best", 0) or 0


@pytest.mark.parametrize("text,killed,injured", [
    # a time phrase hung on the verb is not the victim: the conjunct shares the subject
    ("A 19-year-old man was shot and killed late Friday on Elm Street.", 1, 0),
    ("A woman who was shot and killed Monday night has been identified, police said.", 1, 0),
    # dying in other words
    ("A man who was shot in the chest on Sunday passed away Monday morning.", 1, 0),
    ("Detectives said a 40-year-old man was found fatally shot in a parked car.", 1, 0),
    ("The cashier, 52, was found shot dead behind the counter on Tuesday.", 1, 0),
    # hit by a bullet
    ("The robber fired twice, striking the clerk in the arm.", 0, 1),
    ("A stray bullet struck a teenager in the leg as he walked home.", 0, 1),
    ("A teenager suffering from a gunshot wound arrived at the hospital on Saturday.", 0, 1),
    # fired at, not hit; vehicles and animals are not victims
    ("The driver was shot at by an officer but was not hit.", 0, 0),
    ("A parked trailer was shot nine times overnight.", 0, 0),
    ("Someone shot two horses in a field near the farm.", 0, 0),
    # a calibre is no head count
    ("Then the teenager shot a 9mm at the parked car.", 0, 0),
    # nobody hurt, or nobody known to be
    ("The clerk was not injured, police said.", 0, 0),
    ("Officers were checking whether anyone was hurt.", 0, 0),
    ("It is possible someone was shot and ran away, a sergeant said.", 0, 0),
    # the shooter named by an -ing word is not a victim
    ("Deputies arrested the shooting suspect at a motel on Friday.", 0, 0),
    # the wounds of one person are not several people
    ("The officer suffered some minor injuries in the struggle.", 0, 1),
    ("A teenager suffered a non-fatal gunshot wound on Monday.", 0, 1),
    # wounded people who turn up at a hospital
    ("A woman arrived at a hospital with a gunshot wound late Sunday.", 0, 1),
    ("A man walked into an emergency room hospital with a gunshot wound to his arm.", 0, 1),
    ("Two men showed up at the hospital with gunshot wounds.", 0, 2),
    # people named by their age; an age is not a count
    ("A 16-year-old was shot near the school on Friday.", 0, 1),
    ("Two 19-year-olds were wounded outside a bar.", 0, 2),
    # a nominal shooting with its victims; an attempted murder is no death
    ("Detectives are investigating the shooting of three people on Saturday.", 0, 3),
    ("He was charged in the fatal stabbing of a 30-year-old man.", 1, 0),
    ("She was convicted of the attempted murder of two people.", 0, 0),
    # pistol-whipped
    ("A jogger was hit with a gun during the robbery.", 0, 1),
    # being taken to a hospital alone does not say someone is hurt; with injuries it does
    ("The man was taken to a hospital for a mental health evaluation.", 0, 0),
    ("A 15-year-old was taken to a hospital with serious injuries.", 0, 1),
    ("Officers found a man and a woman with gunshot wounds on Elm Street.", 0, 2),
    ("Police say a man is in stable condition after being shot twice on Friday.", 0, 1),
    # "her" before a noun is a possessive, not the one hit
    ("His wife shot her .22 pistol into the ceiling, police said.", 0, 0),
    # a belief denied, or one that proved wrong, is no victim; a belief about where stands
    ("Detectives did not believe the cashier had actually been hit on Elm Street.", 0, 0),
    ("The courier ran off on Monday and thought he had been shot in the arm.", 0, 0),
    ("Police believe the teenager was shot in the 400 block of Birch Lane on Saturday.", 0, 1),
    # the one whose injuries they are; the same person when the sentence already told the hit
    ("Someone fired at a courier near the depot on Monday. The courier's injuries were not life-threatening.", 0, 1),
    ("Deputies were called for a man who was shot in the arm, but found the owner's injuries were minor.", 0, 1),
])
def test_local_crime_figures(analyse, text, killed, injured):
    assert merged(analyse(text, published="2019-06-10")) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    # one victim told three times: once, as killed
    ("A man was found shot in an alley on Friday night. Carl Mendes, 31, died at the hospital. "
     "He was pronounced dead shortly after midnight.", 1, 0),
    # the suspect shot by police, then a pronoun
    ("Police shot a robbery suspect outside a bank on Monday. He was taken to a hospital in stable condition.", 0, 1),
    # different ages are different people
    ("A 22-year-old man was wounded on Oak Street on Saturday. "
     "In November, a 17-year-old man was shot and killed nearby.", 1, 1),
    # "also" brings in someone else; an age before a name is that person's
    ("The shooting left 30-year-old Dan Ruiz dead. A 64-year-old man was also injured by gunfire.", 1, 1),
    # an indefinite with an age restates the person told without one
    ("A man was shot on Elm Street on Sunday night. The shooting wounded a 27-year-old, police said.", 0, 1),
    # the two said to be shot are the two dead
    ("Police said a man shot his wife and then turned the gun on himself. Both died in the kitchen.", 2, 0),
    # ... but not someone else shot as well
    ("Two people were killed on Sunday. A man was also shot.", 2, 1),
    # a name's other half, from the name the tagger found
    ("Police said Tom Harlan shot Mary Ellen Brooks in the head on Saturday. Brooks died that evening.", 1, 0),
    # two different names are two people
    ("Jon Varga was shot in the leg on Sunday. Police said Ray Dolan was also shot. "
     "Dolan is in serious condition.", 0, 2),
])
def test_victims_across_sentences(analyse, text, killed, injured):
    assert merged(analyse(text, published="2019-06-10")) == (killed, injured)


def test_casualties_belong_to_a_violent_event(analyse):
    from dateline.nlp.counts import event_counts
    from dateline.nlp.types import EventMention

    doc = analyse("Officers were called to Pine Street on Sunday after a shooting. "
                  "A man was taken to a hospital with a gunshot wound.", published="2019-06-10")

    def mention(word, event_type, sub):
        t = next(t for t in doc if t.text == word)
        si = next(i for i, s in enumerate(doc.sents) if s.start <= t.i < s.end)
        return EventMention(start=t.idx, end=t.idx + len(t), text=t.text, sent=si, head=t.i, lemma=t.lemma_,
                            event_type=event_type, sub_event_type=sub)

    called = mention("called", None, None)
    shooting = mention("shooting", "Violence against civilians", "Attack")
    taken = mention("taken", None, None)
    doc._.dl_events = [called, shooting, taken]
    injured = [i for i, c in enumerate(doc._.dl_counts) if c.category == "injured"]
    assert injured
    assert set(injured) <= set(event_counts(doc, shooting))
    assert not set(injured) & set(event_counts(doc, taken))


def test_a_death_told_in_passing_with_its_own_date_is_not_this_event(analyse):
    from dateline.nlp.counts import event_counts
    from dateline.nlp.types import EventMention

    doc = analyse("A 19-year-old man was wounded in a shooting on Oak Street on Saturday. "
                  "In November, a 17-year-old student was killed two blocks away.", published="2019-06-10")
    t = next(t for t in doc if t.text == "shooting")
    ev = EventMention(start=t.idx, end=t.idx + len(t), text=t.text, sent=0, head=t.i, lemma=t.lemma_,
                      event_type="Violence against civilians", sub_event_type="Attack")
    doc._.dl_events = [ev]
    cats = {doc._.dl_counts[i].category for i in event_counts(doc, ev)}
    assert cats == {"injured"}


@pytest.mark.parametrize("text", [
    "A man muttering about killing walked down Spanaway Street with a shotgun.",
    "Hunters shot five cougars in the county last year.",
])
def test_places_and_animals_are_not_victims(analyse, text):
    assert merged(analyse(text, published="2019-06-10")) == (0, 0)


def _record_figures(doc) -> tuple[int, int]:
    from dateline.eval.gva import primary_record

    rec = primary_record([r.to_dict() for r in doc._.dl_records], doc) or {}
    return int(rec.get("killed_best") or 0), int(rec.get("injured_best") or 0)


@pytest.mark.parametrize("text,figures", [
    # a street called "Court" is no court of law: the shooting is news, not a case in court
    ("A 30-year-old man was shot in the hip on Monday night in the 200 block of Maple Court.", (0, 1)),
    ("A teenager was wounded Saturday near Willowby Court, police said.", (0, 1)),
    # nor is a place to play
    ("A 15-year-old boy was shot on a basketball court on Friday evening.", (0, 1)),
])
def test_a_street_or_playing_court_is_not_a_court_case(analyse, text, figures):
    assert _record_figures(analyse(text, published="2019-06-10")) == figures


def test_a_court_of_law_still_makes_the_shooting_background(analyse):
    doc = analyse("He appeared in Superior Court on Tuesday on charges that he shot his wife.",
                  published="2019-06-10")
    shots = [e for e in doc._.dl_events if doc[e.head].text == "shot"]
    assert shots and all(e.background for e in shots)



def test_a_sentence_dated_to_an_earlier_year_tells_another_incident(analyse):
    import datetime as dt

    from dateline.nlp.counts import _dated_elsewhere

    doc = analyse("A 12-year-old boy was struck in the arm by a pellet on Saturday afternoon, police said. "
                  "Across the state, 2,310 injuries from air guns were recorded in 2016, a health agency said. "
                  "He was treated at a clinic in 2019 and sent home.", published="2019-06-10")
    saturday = (dt.date(2019, 6, 8), "day")
    assert _dated_elsewhere(doc, 1, saturday)  # "in 2016": a figure of an earlier year
    assert not _dated_elsewhere(doc, 2, saturday)  # the event's own year


def test_a_recent_act_someone_is_accused_of_is_the_incident(analyse):
    # the charge is over the shooting told in the report: its victims are the record's
    doc = analyse("A 30-year-old man is accused of shooting two teenagers on Friday night outside a diner, "
                  "police said.", published="2019-06-10")
    assert _record_figures(doc) == (0, 2)
    # an undated act from the past stays background ("accused of killing his brother" years ago)
    doc = analyse("The man, who was once accused of killing his brother, was arrested on Sunday.",
                  published="2019-06-10")
    kills = [e for e in doc._.dl_events if doc[e.head].text == "killing"]
    assert all(e.background for e in kills)


def test_another_set_apart_from_the_dead_is_not_the_one_who_died(analyse):
    # "another" is the survivor: the dead man named next is the first one, not this one
    doc = analyse("One man is dead and another was hospitalized after a shooting at a bar early Sunday. "
                  "Police said Robert Jenkins, 31, of Dayton, died after being taken to a hospital.",
                  published="2019-06-10")
    assert merged(doc) == (1, 1)


def test_a_name_after_two_fates_joins_the_person_with_its_fate(analyse):
    # the injured wife and the dead husband are told together; her name comes with her condition
    doc = analyse("A nurse was seriously wounded and her husband killed in what police called a murder-suicide. "
                  "Laura Pemberton, 47, is in critical condition after being shot twice.", published="2019-06-10")
    from dateline.nlp.counts import _people

    counts = doc._.dl_counts
    persons = _people(list(enumerate(counts)), doc)
    nurse = next(p for p in persons if any(counts[i].text == "A nurse" for i in p["cats"].get("injured", [])))
    assert any(counts[i].text == "Laura Pemberton" for i in nurse["cats"]["injured"])
    assert merged(doc) == (1, 1)


def test_another_who_was_shot_and_killed_is_one_person(analyse):
    # "another" contrasts with an earlier victim, not with its own death in the same words
    doc = analyse("Another man was shot and killed in the city late Thursday night, the second in two days. "
                  "Police said Robert Jenkins, 31, was found shot to death on a sidewalk.", published="2019-06-10")
    assert merged(doc) == (1, 0)


@pytest.mark.parametrize("text,injured", [
    # the call was about the victim the report already named
    ("Deputies arrested a man accused of shooting his girlfriend in the leg during an argument on Saturday. "
     "Dispatchers took a call about a woman with a bullet wound after the man drove her to a hospital.", 1),
    # a call about someone else is someone else
    ("A man was shot in the arm on Saturday night. "
     "Officers later responded to a call about a woman who had been shot in the leg nearby.", 2),
])
def test_the_person_a_call_was_about(analyse, text, injured):
    assert merged(analyse(text, published="2019-06-10"))[1] == injured


@pytest.mark.parametrize("text,status", [
    ("Two officers prevented a burglary suspect from killing himself on Sunday.", "negated"),
    ("He had been saying for weeks that he was going to kill himself.", "hypothetical"),
    ("He killed himself after a standoff on Sunday.", "occurred"),
])
def test_prevented_or_announced_deaths_did_not_happen(analyse, text, status):
    doc = analyse(text, published="2019-06-10")
    assert [c.status for c in doc._.dl_counts if c.category == "killed"] == [status]


def test_a_headline_noun_glued_to_the_lead_is_the_lead_victim():
    from dateline.nlp.counts import _people
    from dateline.nlp.types import CountMention

    def one(text, who, start):
        return CountMention(start=start, end=start + len(text), text=text, sent=0, category="injured",
                            low=1, best=1, high=1, who=who, singular=True)

    # "Man hurt in shooting, girlfriend charged NEWTOWN - ... shot her boyfriend": one sentence, one man
    headline = [(0, one("× Man", "× Man", 0)), (1, one("her boyfriend", "her boyfriend", 90))]
    assert len(_people(headline)) == 1
    # two people told in one ordinary sentence stay two
    lead = [(0, one("a man", "a man", 0)), (1, one("her boyfriend", "her boyfriend", 40))]
    assert len(_people(lead)) == 2


def test_another_who_later_died_in_the_same_sentence(analyse):
    # the death told after "another" in its own sentence is that person's
    doc = analyse("A 27-year-old man was shot to death in a kitchen. Another man reached "
                  "the hospital in grave condition, where he later died.", published="2019-06-10")
    assert merged(doc) == (2, 0)


@pytest.mark.parametrize("text,killed,injured", [
    # "male" and "man" name the same kind of person: the indefinite restates the victim
    ("A 61-year-old man died after a shooting on Birch Lane early Sunday. Dispatchers took a call "
     "for an adult male suffering from a gunshot wound at 1:05 a.m.", 1, 0),
    # the person a coroner identifies by name is that named victim
    ("Tomas Ekwall, 45, was found shot dead in a parked truck on Friday. The medical examiner "
     "identified a man found shot in the neck near the truck as Tomas Ekwall, 45.", 1, 0),
    # "as NAME" hung on a place deep in the clause
    ("Ruth Collins, 52, was found shot dead early Monday in the 900 block of Pine Road. Deputies identified "
     "a woman found shot in the chest Monday morning in the 900 block of Pine Road as Ruth Collins, 52.", 1, 0),
    # different names stay two people
    ("Officers identified the man wounded in the alley as Ben Oduya. "
     "Police said Carl Mistry was shot in the arm.", 0, 2),
])
def test_the_same_person_told_again(analyse, text, killed, injured):
    assert merged(analyse(text, published="2021-06-10")) == (killed, injured)


def test_a_tally_of_many_incidents_is_an_aggregate(analyse):
    doc = analyse("Our newsroom tracked 61 shooting incidents which left 70 people wounded across the county "
                  "in May.", published="2021-06-10")
    hurt = [c for c in doc._.dl_counts if c.category == "injured"]
    assert hurt and all(c.aggregate_hint for c in hurt)
    doc = analyse("Two men were wounded on Elm Street on Friday.", published="2021-06-10")
    assert not any(c.aggregate_hint for c in doc._.dl_counts)


def test_a_named_death_joins_the_dead_not_the_wounded(analyse):
    # the name is told with a wound and a death: of the two people of the lead, it is the one who died
    doc = analyse("A man died and a woman was injured early Sunday after a shooting on Elm Street. "
                  "Dario Pell, 30, was found with a gunshot wound to the chest and was declared dead on the "
                  "sidewalk, officers said.", published="2021-06-10")
    assert merged(doc) == (1, 1)


@pytest.mark.parametrize("text,killed,injured", [
    # the lead tells again, with an indefinite of the same sex and age group, the victim of the caption
    ("A trucker was hurt when another motorist shot him on the interstate. "
     "A man driving home from a night shift was shot in the shoulder, troopers said.", 0, 1),
    # a child is not the man told before; a woman is not him either
    ("A man was killed on Elm Street on Friday. A boy was shot in the leg a block away.", 1, 1),
    ("A man was shot in the hand on Friday. A woman was shot in the arm.", 0, 2),
])
def test_an_indefinite_of_the_same_kind_tells_the_victim_again(analyse, text, killed, injured):
    assert merged(analyse(text, published="2021-06-10")) == (killed, injured)


@pytest.mark.parametrize("text,injured", [
    # beaten with a gun: hurt
    ("Two masked men pistol-whipped a night clerk and emptied the safe.", 1),
    ("The homeowner was pistol whipped before the burglars fled.", 1),
    ("The owner whipped the horse.", 0),
    # furniture hit by a stray round is no victim
    ("The pistol went off and the round struck a dresser in the bedroom.", 0),
    # the parser reads "suffering" as a noun after "hospital": the one who arrived is hurt
    ("A teenager walked into a clinic suffering from a gunshot wound to the knee.", 1),
    ("A man arrived at a city hospital suffering from a gunshot wound late Friday.", 1),
])
def test_pistol_whipping_and_arriving_wounded(analyse, text, injured):
    assert merged(analyse(text, published="2021-06-10"))[1] == injured


@pytest.mark.parametrize("text,killed,injured", [
    # the one officers found with a wound is hurt (or dead, if the wound was fatal)
    ("Deputies found a cyclist lying by the road with a gunshot wound to the hip.", 0, 1),
    ("Troopers found a hitchhiker in a pickup with a gunshot wound to the arm on Monday.", 0, 1),
    ("Medics found a man with a fatal gunshot wound behind the laundromat.", 1, 0),
    ("When officers arrived they found Marcus Dean suffering from gunshot wounds to the leg.", 0, 1),
    # a thing found with a mark is no victim
    ("Detectives found a rifle with a filed-off serial number.", 0, 0),
])
def test_found_with_a_wound(analyse, text, killed, injured):
    assert merged(analyse(text, published="2021-06-10")) == (killed, injured)


@pytest.mark.parametrize("text,injured", [
    ("Detectives are looking into a shooting that left a retired couple hurt on Sunday.", 2),
    ("A young couple was shot while walking their dog.", 2),
])
def test_a_couple_is_two_people(analyse, text, injured):
    assert merged(analyse(text, published="2021-06-10"))[1] == injured


@pytest.mark.parametrize("text,injured", [
    # a trip to hospital for a wound, or one a shooting caused
    ("Another teenager was taken to a hospital for treatment of a gunshot wound.", 1),
    ("Shots rang out near the depot, sending one man to the hospital.", 1),
    ("Gunfire broke out near the depot late Friday, sending one man to the hospital.", 1),
    # taken to hospital for something else: no injury said
    ("The driver was taken to a hospital for evaluation.", 0),
])
def test_hospital_trips_that_tell_a_wound(analyse, text, injured):
    assert merged(analyse(text, published="2021-06-10"))[1] == injured



def test_both_as_a_subject_is_two_people(analyse):
    doc = analyse("Two cousins were shot outside a bakery. Both were treated for minor injuries.",
                  published="2021-06-10")
    assert merged(doc) == (0, 2)
    doc = analyse("Two cousins were shot outside a bakery. Both died at the scene.", published="2021-06-10")
    assert merged(doc) == (2, 0)


@pytest.mark.parametrize("text,killed,injured", [
    # "another" as the object of a casualty verb is one more person
    ("A gunman opened fire at a bus stop, killing a teenager and injuring another, police said.", 1, 1),
    ("The robber shot one customer dead and wounded another before he ran off.", 1, 1),
])
def test_another_as_the_object_is_one_more_person(analyse, text, killed, injured):
    assert merged(analyse(text)) == (killed, injured)


def test_an_indefinite_with_an_earlier_age_is_that_person(analyse):
    doc = analyse("A 34-year-old was wounded by a stray round at a bus shelter on Monday evening, the sheriff "
                  "said. Later, deputies found a 34-year-old woman with a gunshot wound at a clinic.")
    assert merged(doc) == (0, 1)
    # a different age is someone else
    doc = analyse("A 34-year-old was wounded by a stray round at a bus shelter on Monday evening, the sheriff "
                  "said. Later, deputies found a 52-year-old woman with a gunshot wound at a clinic.")
    assert merged(doc) == (0, 2)


@pytest.mark.parametrize("text", [
    "A caller described a teenager shooting a rifle at cans behind a barn.",
    "The video shows a masked man shooting out the lights of a gas station.",
])
def test_an_active_participle_with_an_object_names_the_one_who_acts(analyse, text):
    assert merged(analyse(text)) == (0, 0)


def _of_sentence(doc, si: int) -> tuple[int, int]:
    idx = [i for i, c in enumerate(doc._.dl_counts) if c.sent == si]
    m = combine_counts(doc, idx)
    return (m.get("killed") or {}).get("best", 0) or 0, (m.get("injured") or {}).get("best", 0) or 0


def test_a_death_told_in_another_event_makes_the_wounded_person_killed(analyse):
    # the event of the first sentence holds only the wound; the death is told later
    doc = analyse("Deputies were called to a motel late Sunday and found a guest shot in the hallway. "
                  "The clerk told them she had heard an argument. "
                  "He was pronounced dead at a hospital an hour later, the coroner said.")
    assert _of_sentence(doc, 0) == (1, 0)
    # a second person brought in with an indefinite is someone else: the wound stays
    doc = analyse("Deputies were called to a motel late Sunday and found a guest shot in the hallway. "
                  "Across town a guest was shot dead outside a bar.")
    assert _of_sentence(doc, 0) == (0, 1)
    # an event with a number of hurt of its own keeps it
    doc = analyse("Two cousins were wounded outside a bakery on Friday. "
                  "A man was shot near the river on Saturday. He died on Sunday.")
    assert _of_sentence(doc, 0) == (0, 2)


@pytest.mark.parametrize("text,killed,injured", [
    # a list inside a modifier of the last item is no victim
    ("Officers found a man and a woman with minor wounds on Elm Street between Oak and Pine streets.", 0, 2),
    # the second item has its own participle, and it is no casualty word
    ("Officers found a 31-year-old man wounded and two teens running down the alley.", 0, 1),
    # an exchange of fire tells no one hit
    ("Police said the three men were apparently firing at one another.", 0, 0),
    # lists still add up
    ("The blast wounded a man, a woman and two children.", 0, 4),
    ("Gunmen killed two soldiers and a civilian walking nearby.", 3, 0),
])
def test_lists_of_victims(analyse, text, killed, injured):
    assert merged(analyse(text)) == (killed, injured)


@pytest.mark.parametrize("text,injured", [
    # a report about gunfire counts those hurt by gunfire
    ("A man fired two shots at the teenagers who took his bicycle, and missed. One of the teens hit the "
     "bicycle owner with a bat. The bicycle owner was treated for a cut on his head.", 0),
    ("A robber pointed a shotgun at a couple in their driveway. The husband stabbed the robber during "
     "the struggle, and the robber was treated at a hospital.", 0),
    ("A man was shot in the leg on Elm Street on Friday. His brother was stabbed in the arm.", 1),
    # a stabbing report keeps its hurt
    ("Two men were stabbed outside a bar on Friday night.", 2),
])
def test_hurt_without_a_gun_in_a_shooting_report(analyse, text, injured):
    assert merged(analyse(text))[1] == injured


@pytest.mark.parametrize("text,injured", [
    # the victim and the time read as one time phrase by the parser
    ("Detectives are looking into a shooting that injured a 22-year-old Friday night.", 1),
    ("A gunman wounded a 30-year-old Friday night outside a laundromat.", 1),
    # "after suffering injuries": the subject of the clause it hangs on
    ("Deputies went to the clinic, where four people had arrived after suffering injuries in a shooting.", 4),
])
def test_victims_the_parser_hides(analyse, text, injured):
    assert merged(analyse(text))[1] == injured


@pytest.mark.parametrize("text,killed", [
    # a casualty adjective after a list tells the fate of every item
    ("Officers found Jane Roe, 41, and her brother, John Roe, 45, dead in the kitchen.", 2),
    ("Officers found a man and a woman dead in the house.", 2),
    # unless an earlier item has a word of its own
    ("Officers found a man shot in the leg and a woman dead in the house.", 1),
])
def test_a_list_found_dead(analyse, text, killed):
    assert merged(analyse(text))[0] == killed


def test_an_age_in_words_is_the_same_age(analyse):
    doc = analyse("Detectives want to find whoever shot a 3-year-old on Saturday afternoon. Officers said the "
                  "shooting left a three-year-old child hurt in the west end.")
    assert merged(doc) == (0, 1)


@pytest.mark.parametrize("text,hint", [
    # a figure of another incident told in passing
    ("Two other men were hurt in a separate shooting on Monday night.", True),
    ("It happened within hours of another shooting downtown, where a man was critically hurt.", True),
    ("A man was wounded in an unrelated incident near the park.", True),
    # the incident itself
    ("Two men were wounded in a shooting on Monday night.", False),
])
def test_another_incident_in_passing_is_no_figure_of_this_one(analyse, text, hint):
    doc = analyse(text)
    hurt = [c for c in doc._.dl_counts if c.category == "injured"]
    assert hurt and all(c.aggregate_hint == hint for c in hurt)


def test_the_shooting_death_of_a_name_is_a_killing(analyse):
    doc = analyse("A man was charged with murder on Friday in the shooting death of Tomas Ferreira, 27.")
    assert merged(doc) == (1, 0)


def test_a_name_given_later_to_someone_killed_elsewhere(analyse):
    doc = analyse("An unarmed night guard was killed at a motel early Wednesday. "
                  "The clerk called for help. "
                  "Detectives said a man later confessed to shooting Abebe Tesfaye.")
    assert _of_sentence(doc, 2) == (1, 0)


def test_a_headline_noun_glued_to_the_lead_is_the_person_named_there(analyse):
    doc = analyse("Singer fatally shot near nightclub Police are still looking into the shooting death of "
                  "the singer Marco Diaz, 31, after a concert on Saturday.")
    assert merged(doc) == (1, 0)
