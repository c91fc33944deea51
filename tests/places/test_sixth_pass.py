"""Issue 4, sixth pass: a report's press register decides a bare home-town name's country when no
dateline does (docs/places.md). Reports written for these tests."""

from __future__ import annotations

import pytest

from dateline.nlp.places import _register_country


@pytest.mark.parametrize("text,want", [
    ("The school board met at 7 p.m. on Thursday. Superintendent Ada Quill asked for $2 million more, "
     "and the sheriff's office asked for two patrol cars.", "US"),
    ("Tickets cost $12 at the door; call (555) 201-3344 or write to the club at 80 Elm St. before Friday.", "US"),
    ("Mr Pellow told the Crown Court he had paid £300 for the van, which was stopped at 10.40pm.", "GB"),
    ("Councillors voted to charge £2 a sack for garden waste collected fortnightly.", "GB"),
    ("Councilman Ode Brenn asked the city manager at 6 p.m. to find room for a new varsity field.", "US"),
    ("Gates open at 10 a.m. CT on Saturday and the sale ends at 11:59 p.m. CT on Sunday.", "US"),
    ("The MoD said Cpl Renshaw, 31, had served two tours before the crash.", "GB"),
])
def test_a_reports_register_names_its_country(text, want):
    assert _register_country(text) == want


@pytest.mark.parametrize("text", [
    "Rebels shelled the market on Friday, killing four people, the army said.",
    "The mayor said $5 would not buy a loaf.",  # one weak cue is not a register
    "Mr Okafor paid $40 for the permit at 9 a.m. and met the councillors at noon.",  # mixed cues
])
def test_no_register_from_weak_or_mixed_cues(text):
    assert _register_country(text) is None


def test_a_bare_home_town_in_a_us_local_report_is_the_us_namesake(analyse):
    text = ("Swansea schools face cuts. The Swansea school board will vote at 7 p.m. Monday on a budget "
            "that trims $1.4 million; Superintendent Ada Quill said eleven teaching posts would go.")
    ps = [p for p in analyse(text)._.dl_places if p.text == "Swansea"]
    assert ps and all(p.country_code == "US" for p in ps), [(p.text, p.name, p.country_code) for p in ps]


def test_a_bare_home_town_in_a_british_local_report_stays_british(analyse):
    text = ("Bin charge rises. Residents of Kew will pay £1.50 a sack from Monday, councillors agreed, "
            "and the charge for a 240 litre bin doubles.")
    ps = [p for p in analyse(text)._.dl_places if p.text == "Kew"]
    assert ps and all(p.country_code == "GB" for p in ps), [(p.text, p.name, p.country_code) for p in ps]


def test_a_street_named_after_a_place_is_not_the_place(analyse):
    # invented reports: a street, avenue or road carrying a state's name stays a street
    for text in ("A man was shot on Georgia Street in Gary on Friday night, police said.",
                 "Officers found a woman wounded in the 200 block of Virginia Ave. on Saturday.",
                 "A teenager was hurt near Texas Road in Kansas City, Missouri, on Sunday."):
        names = {p.text for p in analyse(text, published="2019-03-05")._.dl_places}
        assert not names & {"Georgia", "Virginia", "Texas"}, (text, names)
    # the name alone is still the place
    got = {p.text: p.feature for p in analyse("Troops crossed into Georgia on Monday.", published="2019-03-05")._.dl_places}
    assert got.get("Georgia") == "country"


def test_a_time_zone_makes_a_bare_festival_town_american(analyse):
    # (GWN: a Birmingham festival's ticket sale told in Central Time was read as the English city)
    text = ("Cheaper passes for the Birmingham food festival go on sale at 9 a.m. CT on Friday and the "
            "offer closes at midnight on Sunday, organisers said.")
    ps = [p for p in analyse(text)._.dl_places if p.text == "Birmingham"]
    assert ps and all(p.country_code == "US" for p in ps), [(p.text, p.name, p.country_code) for p in ps]
