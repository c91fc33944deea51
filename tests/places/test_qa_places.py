"""Event-place bugs found in QA (docs/qa.md, follow-up on issue 4), on reports written in our own words."""

import pytest

from dateline.geo import get_gazetteer
from dateline.geo.fold import variant_key
from dateline.nlp.places import event_place

SOMALIA = (
    "MOGADISHU, Somalia (AP) - Al-Shabaab fighters stormed a military base in Lower Shabelle region on "
    "Tuesday, killing at least seven soldiers, a Somali army officer said. The base lies close to Afgoye, "
    "a farming town west of the capital. The militants also seized weapons and vehicles before withdrawing."
)
SOMALIA_BARE = (
    "MOGADISHU, Somalia - Heavy fighting broke out in the Shabelle region on Tuesday, killing six "
    "soldiers, an army officer said."
)
DNIPRO = (
    "KYIV, Ukraine (Reuters) - Russian missiles struck the city of Dnipro early on Friday, killing four "
    "people and damaging an apartment block, the regional governor said."
)
DNIPRO_BARE = "KYIV - A Russian drone attack on Dnipro overnight wounded five people, officials said."
BAJAUR = (
    "PESHAWAR, Pakistan (AP) - A roadside bomb struck a police vehicle in the Bajaur tribal district on "
    "Monday, killing four officers, police said. The attackers also took the officers' rifles."
)
KUPIANSK = "KYIV (Reuters) - Russian shelling of Kupiansk killed two civilians on Wednesday, Ukrainian officials said."
KUPIANSK_RAION = (
    "KYIV (Reuters) - Russian artillery shelled three villages in Kupiansk district on Wednesday, "
    "wounding a farmer, officials said."
)
ELSEWHERE = (
    "KABUL (Reuters) - Taliban fighters attacked a police checkpoint in Nad Ali district of Helmand province "
    "on Monday, killing three officers, a spokesman said. Elsewhere, gunmen abducted two aid workers."
)
ANKARA = (
    "ANKARA, Turkey (Reuters) - Turkish warplanes struck militant targets in northern Iraq on Monday, "
    "the defence ministry said. A bomb also exploded in Diyarbakir, wounding three people."
)


@pytest.fixture(scope="module")
def docs(analyse):
    cache = {}

    def get(text):
        if text not in cache:
            cache[text] = analyse(text, published="2024-03-05")
        return cache[text]

    return get


def place(doc, text):
    found = [p for p in doc._.dl_places if p.text == text]
    assert found, f"{text!r} not among {[p.text for p in doc._.dl_places]}"
    return found[0]


def event_places(doc):
    out = []
    for ev in doc._.dl_events:
        k, why = event_place(doc, ev)
        out.append((ev.text, doc._.dl_places[k] if k is not None else None, why))
    return out


# 1. a region named with a qualifier in a Mogadishu report is Somalia's, not Ethiopia's

def test_lower_shabelle_region_is_the_somali_region(docs):
    doc = docs(SOMALIA)
    p = place(doc, "Lower Shabelle region")
    assert (p.feature, p.country_code, p.name) == ("admin1", "SO", "Shabeellaha Hoose")


def test_town_spelled_with_a_single_vowel_is_found(docs):
    p = place(docs(SOMALIA), "Afgoye")
    assert (p.name, p.feature, p.country_code, p.admin1) == ("Afgooye", "populated place", "SO", "Shabeellaha Hoose")


def test_records_and_actors_of_the_somali_report_say_somalia(docs):
    recs = docs(SOMALIA)._.dl_records
    assert recs and {r.country for r in recs} == {"Somalia"}
    actors = " ".join(str(a) for r in recs for a in (r.actor1, r.actor2) if a)
    assert "Ethiopia" not in actors


def test_a_bare_region_name_found_only_abroad_is_not_taken_over_the_dateline_country(docs):
    doc = docs(SOMALIA_BARE)
    p = place(doc, "Shabelle region")
    assert p.country_code != "ET" and p.feature == "unknown"  # Lower or Middle Shabelle: not said which
    assert {r.country for r in doc._.dl_records} == {"Somalia"}


def test_units_containing_a_name_in_one_country():
    g = get_gazetteer()
    names = sorted(g.names[r] for r in g.units_containing("SO", "Shabelle"))
    assert names == ["Shabeellaha Dhexe", "Shabeellaha Hoose"]
    assert g.units_containing("SO", "Kandahar") == []


# 2. "the city of Dnipro" (and a bare "Dnipro") in a Kyiv report is the city, not a Kyiv district

@pytest.mark.parametrize("text", [DNIPRO, DNIPRO_BARE])
def test_dnipro_is_the_city(docs, text):
    p = place(docs(text), "Dnipro")
    assert (p.name, p.feature, p.admin1) == ("Dnipro", "populated place", "Dnipropetrovska oblast")
    rec = docs(text)._.dl_records[0]
    assert (rec.location, rec.admin1, rec.country) == ("Dnipro", "Dnipropetrovska oblast", "Ukraine")


# 3. the dateline city never beats the district the text names near the trigger

def test_tribal_district_beats_the_dateline(docs):
    doc = docs(BAJAUR)
    p = place(doc, "Bajaur")
    assert (p.feature, p.admin2, p.context) == ("admin2", "Bajaur Agency", "body")
    bomb = [x for x in event_places(doc) if "bomb" in x[0]]
    assert bomb and bomb[0][1] is p
    rec = doc._.dl_records[0]
    assert rec.location == "Bajaur Agency" and rec.location != "Peshawar"


# 4. a second event told as the story goes on inherits the first one's place

def test_second_event_that_goes_on_with_the_story_inherits_the_place(docs):
    doc = docs(SOMALIA)
    seized = [x for x in event_places(doc) if "seized" in x[0]]
    assert seized, [e.text for e in doc._.dl_events]
    _, p, why = seized[0]
    assert p is place(doc, "Lower Shabelle region") and why.startswith("story continues")
    recs = [r for r in doc._.dl_records if r.location]
    assert len(recs) == len(doc._.dl_records)  # every record has its place


def test_second_event_in_a_new_story_inherits_nothing(docs):
    doc = docs(ELSEWHERE)
    abducted = [x for x in event_places(doc) if "abduct" in x[0]]
    assert abducted, [e.text for e in doc._.dl_events]
    assert abducted[0][1] is None and "new story" in abducted[0][2]
    attack = [x for x in event_places(doc) if "attack" in x[0]]
    assert attack[0][1].text == "Nad Ali district"


# 5. a town named like its raion is the town unless "district"/"raion" is written

def test_kupiansk_is_the_town(docs):
    p = place(docs(KUPIANSK), "Kupiansk")
    assert (p.name, p.feature, p.admin2) == ("Kupyansk", "populated place", "Kupiansk Raion")


def test_kupiansk_district_is_the_raion(docs):
    p = place(docs(KUPIANSK_RAION), "Kupiansk district")
    assert (p.name, p.feature) == ("Kupiansk Raion", "admin2")


# 6. one country name per country: the places stage names countries as records do

def test_place_country_names_match_the_records(docs):
    doc = docs(ANKARA)
    assert {p.country for p in doc._.dl_places if p.country_code == "TR"} == {"Turkey"}
    assert place(doc, "Turkish").name == "Turkey"
    recs = doc._.dl_records
    assert recs and all(r.country == next(p.country for p in doc._.dl_places if p.country_code == r.country_code)
                        for r in recs)


def test_country_names_follow_the_actor_registry():
    from dateline.nlp.places import country_name

    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("RU") == "Russia"
    assert country_name(None) is None


# the gazetteer's doubled-letter variants

def test_variant_key_and_lookup():
    assert variant_key("Afgooye") == variant_key("Afgoye") == "afgoie"
    assert variant_key("Lower Shabeelle") == variant_key("Lower Shabelle")
    assert variant_key("Izyum") == variant_key("Izium") and variant_key("Baqubah") == variant_key("Baquba")
    assert variant_key("Al Hawijah") == variant_key("Hawija") == "hawija"
    g = get_gazetteer()
    rows, _hint, how = g.candidates("Hiraan")
    assert how == "variant" and g.names[rows[0]] == "Hiiraan"
    assert g.candidates("Hiraan", allow_loose=False)[0] == []  # recognition's strict look-up does not use it
    rows, _hint, how = g.candidates("Bakhmut")
    assert how == "exact"  # an exact name never goes to its variants


def test_a_town_named_like_its_unit_in_another_spelling(docs):
    # Baqubah (GeoNames) lies in another district than Ba'quba District, in the same province
    doc = docs("BAGHDAD (Reuters) - Gunmen killed two farmers near Baquba on Saturday, police said.")
    p = place(doc, "Baquba")
    assert (p.name, p.feature, p.admin1) == ("Baqubah", "populated place", "Diyala")


UNKNOWN_UNIT = (
    "KABUL (AFP) - Gunmen killed three policemen in the remote Zorbat Khel tribal district on Monday, "
    "a provincial official said."
)


def test_unknown_unit_is_the_event_place_not_the_dateline():
    """A district the gazetteer lacks, written as a unit after 'in': its raw name is the event's
    place, at the country's precision, and the dateline city is not put in its stead."""
    from dateline import extract

    recs = [r.to_dict() for r in extract(UNKNOWN_UNIT, published="2020-03-05")]
    assert recs, "the attack is an event"
    r = recs[0]
    assert r["location"] == "Zorbat Khel"
    assert r["country"] == "Afghanistan"
    assert r["admin1"] is None and r["latitude"] is None
    assert r["geo_precision"] == 3

