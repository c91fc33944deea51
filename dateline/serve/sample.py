"""Synthetic, self-written reports and their event records, for the API/UI tests, the load test
and the dashboard screenshots.

The reports are generated from templates written for Dateline (no agency text); places are real
(provincial capitals with approximate coordinates), figures and actors are invented. Each
:class:`~dateline.record.EventRecord` is built directly, with evidence offsets pointing into the
generated text, so nothing here depends on the NLP stages.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from ..article import Article
from ..record import EventRecord
from ..taxonomy import ACLED_SUB_EVENT_TYPES, ACLED_TO_PLOVER

# (country, code, admin1, admin2, location, lat, lon)
PLACES: tuple[tuple[str, str, str, str | None, str, float, float], ...] = (
    ("Afghanistan", "AF", "Kunduz", "Imam Sahib", "Imam Sahib", 37.18, 68.92),
    ("Afghanistan", "AF", "Helmand", "Lashkar Gah", "Lashkar Gah", 31.59, 64.37),
    ("Afghanistan", "AF", "Uruzgan", "Tarinkot", "Tarinkot", 32.63, 65.87),
    ("Afghanistan", "AF", "Nangarhar", "Jalalabad", "Jalalabad", 34.43, 70.45),
    ("Somalia", "SO", "Banaadir", "Mogadishu", "Mogadishu", 2.04, 45.34),
    ("Somalia", "SO", "Lower Shabelle", "Marka", "Marka", 1.71, 44.77),
    ("Nigeria", "NG", "Borno", "Maiduguri", "Maiduguri", 11.85, 13.16),
    ("Nigeria", "NG", "Zamfara", "Gusau", "Gusau", 12.17, 6.66),
    ("Mali", "ML", "Mopti", "Mopti", "Mopti", 14.49, -4.20),
    ("Kenya", "KE", "Nairobi", None, "Nairobi", -1.29, 36.82),
    ("Syria", "SY", "Idlib", "Idlib", "Idlib", 35.93, 36.63),
    ("Yemen", "YE", "Marib", "Marib", "Marib", 15.46, 45.33),
    ("Democratic Republic of Congo", "CD", "North Kivu", "Goma", "Goma", -1.68, 29.22),
)

# (actor1, inter1, actor2, inter2) by country code
ACTORS: dict[str, tuple[tuple[str, int, str, int], ...]] = {
    "AF": (("Taliban", 2, "Military Forces of Afghanistan", 1),
           ("Taliban", 2, "Police Forces of Afghanistan", 1),
           ("Military Forces of the United States", 8, "Taliban", 2)),
    "SO": (("Al Shabaab", 2, "Military Forces of Somalia", 1),
           ("Al Shabaab", 2, "Civilians (Somalia)", 7)),
    "NG": (("Islamic State West Africa Province", 2, "Military Forces of Nigeria", 1),
           ("Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7)),
    "ML": (("JNIM: Group for Support of Islam and Muslims", 2, "Military Forces of Mali", 1),),
    "KE": (("Protesters (Kenya)", 6, "Police Forces of Kenya", 1),),
    "SY": (("Military Forces of Syria", 1, "Hayat Tahrir al Sham", 2),),
    "YE": (("Houthi Movement", 2, "Military Forces of Yemen", 1),),
    "CD": (("M23: March 23 Movement", 2, "Military Forces of the Democratic Republic of Congo", 1),),
}

OUTLETS = ("Wire One", "Daily Ledger", "Field Courier", "Regional Monitor", "Evening Dispatch")
SPOKESPEOPLE = ("a provincial spokesman", "a local official", "a police officer", "a hospital source",
                "the army")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class _Builder:
    """Concatenates text pieces and remembers where each labelled piece landed."""

    text: str = ""

    def add(self, piece: str, record: EventRecord | None = None, field: str | None = None) -> None:
        start = len(self.text)
        self.text += piece
        if record is not None and field is not None:
            record.add_evidence(field, start, start + len(piece), piece)


def _sub_event(code: str, actor1_inter: int, rng: random.Random) -> str:
    if code == "KE":
        return rng.choice(("Peaceful protest", "Protest with intervention"))
    if actor1_inter == 8:
        return "Air/drone strike"
    return rng.choice(("Armed clash", "Armed clash", "Remote explosive/landmine/IED", "Attack",
                       "Shelling/artillery/missile attack", "Abduction/forced disappearance"))


def _report(i: int, published: dt.date, event_date: dt.date, place, actors, sub: str, killed: int,
            injured: int, outlet: str, speaker: str, variant: int) -> tuple[Article, EventRecord]:
    country, code, admin1, admin2, location, lat, lon = place
    a1, i1, a2, i2 = actors
    weekday = WEEKDAYS[event_date.weekday()]
    rec = EventRecord(article_id=f"sample-{i:05d}")
    b = _Builder()
    b.add(f"{location.upper()}, {country} ({outlet}) - ")
    if sub in ("Peaceful protest", "Protest with intervention"):
        b.add("Several hundred ")
        b.add("demonstrators", rec, "actor1")
        b.add(" marched through ")
        b.add(location, rec, "location")
        b.add(" on ")
        b.add(weekday, rec, "event_date")
        b.add(" to demand lower food prices")
        if sub == "Protest with intervention":
            b.add(", and ")
            b.add("police", rec, "actor2")
            b.add(" fired tear gas to break up the crowd")
        b.add(", ")
        b.add(speaker, rec, "source")
        b.add(" said. Nobody was reported hurt.")
        killed = injured = 0
    else:
        lead = {
            "Armed clash": ("fighters of the ", " clashed with ", " near "),
            "Remote explosive/landmine/IED": ("a roadside bomb blamed on the ", " struck a vehicle of the ", " outside "),
            "Attack": ("gunmen from the ", " stormed a village and fired on ", " close to "),
            "Shelling/artillery/missile attack": ("artillery units of the ", " shelled positions of the ", " around "),
            "Abduction/forced disappearance": ("members of the ", " seized a group of ", " on a road near "),
            "Air/drone strike": ("an air strike by the ", " hit a compound used by the ", " in "),
        }[sub]
        b.add(lead[0].capitalize() if variant == 0 else "Officials said " + lead[0])
        b.add(a1, rec, "actor1")
        b.add(lead[1])
        b.add(a2, rec, "actor2")
        b.add(lead[2])
        b.add(location, rec, "location")
        b.add(f" in {admin1} province on ")
        b.add(weekday, rec, "event_date")
        if sub == "Abduction/forced disappearance":
            b.add(", taking away ")
            b.add(f"{killed + 3} people", rec, "abducted_best")
            killed = 0
        elif killed:
            b.add(", leaving ")
            b.add(f"{killed} dead", rec, "fatalities")
            if injured:
                b.add(" and ")
                b.add(f"{injured} wounded", rec, "injured_best")
        b.add(", ")
        b.add(speaker, rec, "source")
        b.add(" told reporters.")
    b.add(" The area has seen repeated violence this year, and residents said markets stayed closed"
          " for the rest of the day.")
    if variant:
        b.add(" Further details were not immediately available.")

    plover = ACLED_TO_PLOVER.get(sub, (None, None))
    rec.event_date = event_date.isoformat()
    rec.time_precision = 1
    rec.event_type = ACLED_SUB_EVENT_TYPES[sub]
    rec.sub_event_type = sub
    rec.plover_type, rec.plover_mode = plover
    rec.actor1, rec.inter1 = a1, i1
    if sub not in ("Peaceful protest",):
        rec.actor2, rec.inter2 = a2, i2
    rec.country, rec.country_code, rec.admin1, rec.admin2, rec.location = country, code, admin1, admin2, location
    rec.latitude, rec.longitude, rec.geo_precision = lat, lon, 1
    rec.fatalities = killed
    rec.killed_best = killed or None
    rec.killed_low = killed or None
    rec.injured_best = injured or None
    if sub == "Abduction/forced disappearance":
        rec.abducted_best = int(b.text.split("taking away ")[1].split(" ")[0])
    rec.civilian_targeting = "Civilians" in (a2 or "")
    rec.source = f"{outlet}; {speaker}"
    rec.notes = b.text[b.text.index(" - ") + 3:].split(". ")[0] + "."
    rec.confidence = 0.9
    rec.event_id = EventRecord.make_id(rec.article_id, f"{sub}|{rec.event_date}|{location}")
    art = Article(text=b.text, id=rec.article_id, published=published, source=outlet,
                  url=f"https://news.example.org/{rec.article_id}", title=f"{sub} in {location}")
    return art, rec


def sample_results(n: int = 60, seed: int = 7, start: str = "2024-03-01", days: int = 45,
                   second_source_every: int = 4) -> list:
    """``n`` synthetic events as pipeline Results (one report each), plus a second report with
    different wording and figures for every ``second_source_every``-th event (0: none)."""
    from ..nlp.pipeline import Result

    rng = random.Random(seed)
    base = dt.date.fromisoformat(start)
    out = []
    k = 0
    for j in range(n):
        place = PLACES[j % len(PLACES)] if j < len(PLACES) else rng.choice(PLACES)
        actors = rng.choice(ACTORS[place[1]])
        sub = _sub_event(place[1], actors[1], rng)
        event_date = base + dt.timedelta(days=rng.randrange(days))
        killed = rng.choice((0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 27, 40))
        injured = rng.choice((0, 0, 1, 3, 5, 9))
        art, rec = _report(k, event_date + dt.timedelta(days=1), event_date, place, actors, sub, killed,
                           injured, OUTLETS[j % len(OUTLETS)], SPOKESPEOPLE[j % len(SPOKESPEOPLE)], 0)
        out.append(Result(art, [rec]))
        k += 1
        if second_source_every and j % second_source_every == 1:
            art2, rec2 = _report(k, event_date + dt.timedelta(days=1), event_date, place, actors, sub,
                                 max(0, killed - 1) if killed > 2 else killed, injured,
                                 OUTLETS[(j + 2) % len(OUTLETS)], SPOKESPEOPLE[(j + 1) % len(SPOKESPEOPLE)], 1)
            out.append(Result(art2, [rec2]))
            k += 1
    return out
