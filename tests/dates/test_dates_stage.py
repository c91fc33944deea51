"""Stage ``dateline_dates`` on reports written for these tests, and ``event_time``."""

from __future__ import annotations

import datetime as dt

from dateline.nlp.dates import event_time, timex_value
from dateline.nlp.types import EventMention

PUB = "2021-06-10"  # a Thursday


def times(doc):
    return {t.text: t for t in doc._.dl_times}


def trigger(doc, word: str, status: str = "occurred") -> EventMention:
    t = next(t for t in doc if t.text == word)
    sents = list(doc.sents)
    si = next(i for i, s in enumerate(sents) if s.start <= t.i < s.end)
    return EventMention(start=t.idx, end=t.idx + len(t), text=t.text, sent=si, head=t.i, lemma=t.lemma_,
                        status=status)


def test_statement_anchor(analyse):
    doc = analyse("Gunmen attacked a police post last night, officials said yesterday.", published=PUB)
    t = times(doc)
    assert t["yesterday"].value == dt.date(2021, 6, 9) and t["yesterday"].anchor == "published"
    assert t["last night"].value == dt.date(2021, 6, 8)
    assert t["last night"].anchor == "statement" and t["last night"].part_of_day == "night"


def test_quote_keeps_the_date_of_its_statement(analyse):
    doc = analyse("The minister on Tuesday told reporters that the talks had gone well. "
                  "\"We made real progress today,\" she said.", published=PUB)
    t = times(doc)
    assert t["Tuesday"].value == dt.date(2021, 6, 8)
    assert t["today"].value == dt.date(2021, 6, 8)
    assert t["today"].anchor == "statement"


def test_today_without_a_dated_statement_is_the_publication_date(analyse):
    doc = analyse("Protesters gathered outside parliament today.", published=PUB)
    assert times(doc)["today"].value == dt.date(2021, 6, 10)


def test_weekdays_prefer_the_past_unless_the_verb_is_future(analyse):
    doc = analyse("Rebels shelled the town on Monday. Negotiators will meet on Monday.", published=PUB)
    past, fut = [t for t in doc._.dl_times if t.text == "Monday"]
    assert past.value == dt.date(2021, 6, 7) and not past.future
    assert fut.value == dt.date(2021, 6, 14) and fut.future


def test_due_to_and_next_week(analyse):
    doc = analyse("Peace talks are due to begin on Tuesday next week.", published=PUB)
    t = times(doc)["Tuesday next week"]
    assert t.value == dt.date(2021, 6, 15) and t.future
    assert doc[t.head].text == "begin"


def test_saturday_last_week_and_early_thursday(analyse):
    doc = analyse("The accord was signed on Saturday last week. A car bomb exploded early Thursday.",
                  published=PUB)
    t = times(doc)
    assert t["Saturday last week"].value == dt.date(2021, 6, 5)
    assert t["early Thursday"].value == dt.date(2021, 6, 10)


def test_range(analyse):
    doc = analyse("Fighting raged between Monday and Wednesday in the hills.", published=PUB)
    (t,) = [t for t in doc._.dl_times if t.kind == "date"]
    assert (t.value, t.end_value) == (dt.date(2021, 6, 7), dt.date(2021, 6, 9))
    assert t.time_precision == 2 and t.date_prec == 2


def test_durations_and_ages_are_not_dates(analyse):
    doc = analyse("A 19-year-old was among those held for 11 days during the 14-month siege.", published=PUB)
    kinds = {t.text: (t.kind, t.value) for t in doc._.dl_times}
    assert kinds["19-year-old"] == ("age", None)
    assert kinds["11 days"] == ("duration", None)
    assert kinds["14-month"] == ("duration", None)


def test_head_skips_the_preposition(analyse):
    doc = analyse("Militants attacked the convoy on Tuesday night.", published=PUB)
    t = times(doc)["Tuesday night"]
    assert doc[t.head].text == "attacked"
    assert timex_value(t) == "2021-06-08"


def test_no_publication_date_leaves_relative_dates_null(analyse):
    doc = analyse("Gunmen attacked a village on Sunday. The accord of 3 March 2020 collapsed.", published=None)
    t = times(doc)
    assert t["Sunday"].value is None and t["Sunday"].anchor == "none"
    assert t["3 March 2020"].value == dt.date(2020, 3, 3)


def test_event_time_order(analyse):
    doc = analyse("Officials said on Wednesday that rebels ambushed a patrol last night. "
                  "Two soldiers were wounded. The army responded with artillery.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "ambushed"))
    assert doc._.dl_times[ti].text == "last night" and why == "attached to the trigger"
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 8)
    ti, why = event_time(doc, trigger(doc, "responded"))
    assert doc._.dl_times[ti].text == "last night" and "before" in why


def test_event_time_same_sentence_and_none(analyse):
    doc = analyse("On Sunday there was shooting near the market, residents said.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "shooting"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 6)
    doc = analyse("Rebels shelled the town.", published=PUB)
    assert event_time(doc, trigger(doc, "shelled"))[0] is None


def test_event_time_skips_future_dates_for_occurred_events(analyse):
    doc = analyse("Rebels shelled the town, days before talks due to start on Friday.", published=PUB)
    assert event_time(doc, trigger(doc, "shelled"))[0] is None
    ti, _ = event_time(doc, trigger(doc, "start", status="planned"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 11)


def test_reference_article_dates(analyse, seed_dir):
    text = (seed_dir / "afp-kabul-2020-03-05.txt").read_text(encoding="utf-8")
    doc = analyse(text, published="2020-03-05")
    got = [(t.text, t.value.isoformat() if t.value else None, t.future) for t in doc._.dl_times if t.kind == "date"]
    assert ("yesterday", "2020-03-04", False) in got
    assert ("Saturday last week", "2020-02-29", False) in got
    assert ("Tuesday night", "2020-03-03", False) in got
    assert ("Tuesday next week", "2020-03-10", True) in got
    assert ("today", "2020-03-03", False) in got  # inside a quote said on Tuesday
    last_night = [v for (x, v, _) in got if x == "last night"]
    assert last_night and last_night[0] in ("2020-03-03", "2020-03-04")
    non_dates = {t.text: t.kind for t in doc._.dl_times if t.kind != "date"}
    assert {"11 days", "35 minutes", "18-year", "14 months"} <= set(non_dates)
    assert all(t.value is None for t in doc._.dl_times if t.kind != "date")


def test_event_time_prefers_the_incident_over_what_followed(analyse):
    # the state of the victim and the arrest are dated too; the shooting's date is Tuesday's
    doc = analyse("A clerk was in critical condition on Wednesday after a robber shot him at a gas station. "
                  "The robbery happened on Tuesday night, police said. "
                  "A suspect was arrested on Wednesday afternoon.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "shot"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 8), why


def test_story_time_falls_back_on_the_arrest_date(analyse):
    from dateline.nlp.dates import story_time

    doc = analyse("A man was arrested on Monday after he threatened a neighbour with a rifle.", published=PUB)
    assert doc._.dl_times[story_time(doc)].value == dt.date(2021, 6, 7)
    doc = analyse("A man was arrested on Monday. He had threatened a neighbour with a rifle on Sunday.",
                  published=PUB)
    assert doc._.dl_times[story_time(doc)].value == dt.date(2021, 6, 6)


def test_event_time_gives_the_day_inside_an_attached_year(analyse):
    doc = analyse("A woman was shot dead on Saturday outside a bar. It was the third homicide in the city "
                  "in 2021, police said.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "homicide"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 5), why


def test_event_time_falls_back_on_the_earliest_date_of_its_reporting(analyse):
    # every date hangs on a reporting verb: the incident is no later than the earliest of them
    doc = analyse("Shots were reported on Elm Street on Tuesday night, according to police. "
                  "A window was broken.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "broken"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 8) and "reporting" in why
    doc = analyse("The sheriff announced Wednesday a search for two robbers. On Monday, deputies said, "
                  "a clerk was robbed at a gas station.", published=PUB)
    ti, _ = event_time(doc, trigger(doc, "robbed"))
    assert doc._.dl_times[ti].value in (dt.date(2021, 6, 7), dt.date(2021, 6, 9))
    assert doc._.dl_times[ti].value == min(t.value for t in doc._.dl_times if t.value)


def test_event_time_takes_the_earliest_of_what_followed_it(analyse):
    # only the arrest and the detention are dated: the robbery came before both
    doc = analyse("A 40-year-old man was jailed Monday night after a robbery, police said. "
                  "He remained in custody Wednesday morning on charges of armed robbery. "
                  "The clerk handed over cash from the register.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "handed"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 7) and "followed" in why


def test_event_time_day_inside_a_weekend(analyse):
    # "last weekend" on the trigger gives way to the day the report names inside it
    doc = analyse("A man was killed by police in the harbour district last weekend. "
                  "Officers were called at 9 p.m. Sunday to a report of an armed man.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "killed"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 6) and "inside" in why


def test_publication_relative_word_gives_way_to_a_named_day(analyse):
    # "overnight" counts from the publication date; the report names the day itself below
    doc = analyse("A woman was arrested after an overnight shooting downtown. "
                  "On Tuesday, June 8 around 11 p.m., officers were sent to a bar on First Street.",
                  published=PUB)
    ti, why = event_time(doc, trigger(doc, "shooting"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 8) and "names" in why
    # nothing named nearby: the deictic date stands
    doc = analyse("A woman was wounded in an overnight shooting downtown.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "shooting"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 9) and "names" not in why



def test_statement_date_gives_way_to_an_earlier_day_the_incident_was_reported(analyse):
    # the lead dates only the statement ("said today"); the incident was reported the evening before
    doc = analyse("A 30-year-old man was stabbed to death in Riverton, deputies said today. "
                  "The stabbing was reported at 10:40 p.m. Wednesday outside a bowling alley.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "stabbed"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 9) and "reporting" in why
    # with no earlier day the statement's date stays
    doc = analyse("A 30-year-old man was stabbed to death in Riverton, deputies said today.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "stabbed"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 10)


def test_event_time_day_inside_a_week_of_the_same_sentence(analyse):
    # "last week" is in the sentence, not on the trigger; the report names the day inside it
    doc = analyse("Deputies named a 28-year-old man fatally shot by a trooper on a rural road last week. "
                  "The trooper stopped his van at 7:50 p.m. Friday, the state police said.", published=PUB)
    ti, why = event_time(doc, trigger(doc, "shot"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 4) and "inside" in why


def test_date_of_birth_never_dates_the_incident(analyse):
    # police logs print a suspect's date of birth in brackets after the name
    doc = analyse("Deputies arrested 41-year-old Arlo Venn (7/19/1979) on Tuesday after a man was "
                  "shot outside a diner.", published=PUB)
    t = times(doc)
    assert t["7/19/1979"].value == dt.date(1979, 7, 19)  # still a date (TimeML), not the incident's
    ti, _ = event_time(doc, trigger(doc, "shot"))
    assert doc._.dl_times[ti].value == dt.date(2021, 6, 8)
    doc = analyse("Police arrested Mara Quill, DOB 2/2/1990, after a man was robbed at gunpoint.", published=PUB)
    ti, _ = event_time(doc, trigger(doc, "robbed"))
    assert ti is None or doc._.dl_times[ti].value != dt.date(1990, 2, 2)
    # a day in brackets after a weekday is no birth date
    doc = analyse("He was booked Tuesday (June 8, 2021) after a gunfight on Elm Road.", published=PUB)
    assert doc.user_data["dl_birth_times"] == set()


def test_day_and_month_without_year_coming_soon(analyse):
    # a paper of 10 June: "Aug. 2" is the coming hearing, not last August (news gives the year otherwise)
    doc = analyse("The teenager was held without bail pending a hearing Aug. 2.", published=PUB)
    assert times(doc)["Aug. 2"].value == dt.date(2021, 8, 2)
    # far ahead or recently past: the past reading stays
    doc = analyse("The store was robbed on May 30 and again on Nov. 20.", published=PUB)
    t = times(doc)
    assert t["May 30"].value == dt.date(2021, 5, 30) and t["Nov. 20"].value == dt.date(2020, 11, 20)
