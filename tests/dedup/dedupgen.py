"""A generated cross-report dedup test set, written in our own words from templates.

``make_set(seed)`` returns (items, gold): items are (report_id, EventRecord) in a shuffled ingest
order, gold maps each item index to its true event. Every true event is told by 2-4 reports from
different outlets with different figures, wording, precision and actor naming, as wire copy is;
"confusers" are distinct events that share a day and a province (and sometimes a district or a
type) with another event and must stay apart.
"""

from __future__ import annotations

import datetime as dt
import random

from dateline.record import EventRecord

OUTLETS = ["Agence Wire", "Global Press", "Daily Ledger", "Radio Horizon", "The Frontier Post", "Capital Tribune",
           "North Star News", "Voice of the Valley"]

# (country, code, admin1, [(admin2, lat, lon)])
PLACES = [
    ("Afghanistan", "AF", "Helmand", [("Sangin", 32.07, 64.83), ("Nad Ali", 31.63, 64.26), ("Musa Qala", 32.45, 64.76)]),
    ("Afghanistan", "AF", "Kunduz", [("Imam Sahib", 37.18, 68.91), ("Chahar Dara", 36.70, 68.76)]),
    ("Afghanistan", "AF", "Ghazni", [("Andar", 33.30, 68.45), ("Qarabagh", 33.20, 68.10)]),
    ("Nigeria", "NG", "Borno", [("Konduga", 11.65, 13.42), ("Bama", 11.52, 13.69), ("Gwoza", 11.08, 13.69)]),
    ("Nigeria", "NG", "Zamfara", [("Maru", 12.33, 6.40), ("Anka", 12.11, 5.93)]),
    ("Somalia", "SO", "Lower Shabelle", [("Afgooye", 2.14, 45.12), ("Marka", 1.71, 44.77)]),
    ("Syria", "SY", "Idlib", [("Ariha", 35.81, 36.61), ("Jisr al-Shughur", 35.81, 36.32)]),
    ("Mali", "ML", "Mopti", [("Bandiagara", 14.35, -3.61), ("Djenne", 13.91, -4.55)]),
    ("Democratic Republic of Congo", "CD", "North Kivu", [("Beni", 0.49, 29.47), ("Rutshuru", -1.19, 29.45)]),
    ("Ukraine", "UA", "Donetsk", [("Bakhmut", 48.60, 38.00), ("Pokrovsk", 48.28, 37.18)]),
]

ARMED = {
    "AF": [["Taliban", "Taliban militants", "Taliban fighters"], ["Islamic State Khorasan", "ISKP fighters"]],
    "NG": [["Boko Haram", "Boko Haram insurgents", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"],
           ["Islamic State West Africa", "ISWAP fighters"]],
    "SO": [["Al Shabaab", "al-Shabaab militants", "Al Shabaab fighters"]],
    "SY": [["Hayat Tahrir al-Sham", "HTS fighters"]],
    "ML": [["JNIM", "JNIM: Group for Support of Islam and Muslims"], ["Islamic State Sahel", "IS Sahel fighters"]],
    "CD": [["ADF", "ADF: Allied Democratic Forces", "ADF rebels"], ["M23", "M23 rebels"]],
    "UA": [["Military Forces of Russia", "Russian forces", "Russian troops"]],
}
STATE = {
    "AF": ["Military Forces of Afghanistan", "Afghan army soldiers", "Afghan National Army"],
    "NG": ["Military Forces of Nigeria", "Nigerian army troops", "Nigerian soldiers"],
    "SO": ["Military Forces of Somalia", "Somali army soldiers", "Somali National Army"],
    "SY": ["Military Forces of Syria", "Syrian government troops"],
    "ML": ["Military Forces of Mali", "Malian army", "Malian soldiers"],
    "CD": ["Military Forces of the Democratic Republic of Congo", "Congolese army FARDC"],
    "UA": ["Military Forces of Ukraine", "Ukrainian forces", "Ukrainian troops"],
}
POLICE = {cc: [f"Police Forces of {c}", f"{c} police"] for c, cc, *_ in PLACES}
CIVS = {cc: [f"Civilians ({c})", "villagers", "civilians"] for c, cc, *_ in PLACES}

# kind -> (event_type, sub_event_type, alternative sub-types some outlets use, wordings)
KINDS = {
    "clash": ("Battles", "Armed clash", ["Attack"], [
        "{a1} attacked a {a2} post in {place} on {day}, killing {k}.",
        "{k_cap} died when {a1} stormed a checkpoint held by {a2} near {place}.",
        "Fighting between {a1} and {a2} in {place} left {k} dead, officials said.",
        "An assault on security positions in {place} by {a1} killed {k}, a local official told reporters.",
    ]),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED", ["Suicide bomb", "Grenade"], [
        "A roadside bomb tore through a vehicle carrying {a2} in {place}, killing {k} and wounding {i}.",
        "{k_cap} were killed and {i} hurt by an explosive device planted on a road near {place}.",
        "A blast struck {a2} in {place} on {day}; {k} died, according to hospital staff.",
    ]),
    "air": ("Explosions/Remote violence", "Air/drone strike", ["Shelling/artillery/missile attack"], [
        "Warplanes bombed {a2} positions in {place}, killing {k}, the military said.",
        "A drone strike on a {a2} hideout near {place} killed {k}.",
        "{a1} carried out air raids on {place} on {day} that left {k} dead.",
    ]),
    "vac": ("Violence against civilians", "Attack", ["Armed clash"], [
        "{a1_cap} opened fire on {a2} in a village near {place}, killing {k}.",
        "{k_cap} were shot dead when {a1} raided a market in {place} on {day}.",
        "Residents of {place} said {a1} killed {k} in an overnight raid on their homes.",
    ]),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance", ["Attack"], [
        "{a1} kidnapped {n} farmers from their fields near {place} on {day}.",
        "Armed men believed to be {a1} abducted {n} people in {place}, residents said.",
    ]),
}


def _num(n: int) -> str:
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve"]
    return words[n] if n < len(words) else str(n)


def _victims(kind: str, k: int) -> str:
    noun = {"clash": "soldiers", "ied": "people", "air": "fighters", "vac": "civilians", "abduct": "people"}[kind]
    return f"{_num(k)} {noun}" if k != 1 else "one person"


class _Event:
    def __init__(self, rng: random.Random, eid: int, date: dt.date, place, kind: str, district=None,
                 armed_ix: int | None = None, killed: int | None = None) -> None:
        self.id = eid
        self.date = date
        self.country, self.cc, self.admin1, districts = place
        self.admin2, self.lat, self.lon = district or rng.choice(districts)
        self.kind = kind
        armed = ARMED[self.cc]
        self.armed = armed[armed_ix if armed_ix is not None else rng.randrange(len(armed))]
        if kind == "air":
            self.a1, self.a2 = STATE[self.cc], self.armed
        elif kind == "clash":
            self.a1, self.a2 = self.armed, rng.choice([STATE[self.cc], POLICE[self.cc]])
        elif kind == "ied":
            self.a1, self.a2 = self.armed, rng.choice([STATE[self.cc], POLICE[self.cc], CIVS[self.cc]])
        else:
            self.a1, self.a2 = self.armed, CIVS[self.cc]
        self.killed = killed if killed is not None else rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 20, 25, 31])
        self.injured = rng.choice([0, 0, 2, 3, 5, 8, 11, 15])
        self.abducted = rng.choice([6, 9, 12, 14, 20, 30])


def _report(rng: random.Random, ev: _Event, outlet: str) -> EventRecord:
    etype, sub, alts, templates = KINDS[ev.kind]
    if rng.random() < 0.15:
        sub = rng.choice(alts)
        etype = {"Attack": "Violence against civilians", "Armed clash": "Battles",
                 "Suicide bomb": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
                 "Shelling/artillery/missile attack": "Explosions/Remote violence"}[sub]
    date = ev.date + dt.timedelta(days=1) if rng.random() < 0.15 else ev.date  # overnight: the next day
    has_admin2 = rng.random() < 0.7
    k = ev.killed
    r = rng.random()
    if r < 0.15:
        k_rep = None  # no figure in this report
    elif r < 0.45:
        k_rep = max(1, k - rng.randint(1, max(1, k // 3)))  # an early, lower toll
    elif r < 0.6:
        k_rep = k + rng.randint(1, max(1, k // 4))  # a later, higher toll
    else:
        k_rep = k
    a1 = rng.choice(ev.a1) if rng.random() > 0.2 else None  # 1 in 5 reports does not name the attacker
    a2 = rng.choice(ev.a2)
    place = ev.admin2 if has_admin2 else f"{ev.admin1} province"
    words = {"a1": a1 or "unidentified gunmen", "a2": a2, "place": place, "day": date.strftime("%A"),
             "k": _victims(ev.kind, k_rep or 0) if k_rep else "several people",
             "i": _num(ev.injured) if ev.injured else "others", "n": _num(ev.abducted)}
    words["k_cap"] = words["k"][:1].upper() + words["k"][1:]
    words["a1_cap"] = words["a1"][:1].upper() + words["a1"][1:]
    notes = rng.choice(templates).format(**words)
    if ev.kind == "abduct":
        k_rep = None
    rec = EventRecord(
        event_date=date.isoformat(), time_precision=1, event_type=etype, sub_event_type=sub,
        actor1=a1, actor2=a2, country=ev.country, country_code=ev.cc, admin1=ev.admin1,
        admin2=ev.admin2 if has_admin2 else None, location=ev.admin2 if has_admin2 else None,
        latitude=ev.lat if has_admin2 else None, longitude=ev.lon if has_admin2 else None,
        geo_precision=2 if has_admin2 else 3, fatalities=k_rep or 0, killed_best=k_rep,
        injured_best=ev.injured or None if ev.kind == "ied" else None,
        abducted_best=ev.abducted if ev.kind == "abduct" else None, source=outlet, notes=notes,
        confidence=round(rng.uniform(0.5, 0.95), 2))
    return rec


def make_set(seed: int = 1, n_events: int = 60) -> tuple[list[tuple[str, EventRecord]], list[int]]:
    rng = random.Random(seed)
    day0 = dt.date(2024, 3, 1)
    events: list[_Event] = []
    kinds = list(KINDS)
    taken: set[tuple[str, dt.date]] = set()  # (admin1, day): background events never collide

    def free(admin1: str, day: dt.date) -> bool:
        return all((admin1, day + dt.timedelta(days=d)) not in taken for d in range(-2, 3))

    while len(events) < n_events - 12:
        place, day = rng.choice(PLACES), day0 + dt.timedelta(days=rng.randrange(45))
        if not free(place[2], day):
            continue
        taken.add((place[2], day))
        events.append(_Event(rng, len(events), day, place, rng.choice(kinds)))
    # confusers: 6 pairs of distinct events on the same day in the same province
    j = -1
    while len(events) < n_events:
        j += 1
        place = rng.choice([p for p in PLACES if len(p[3]) >= 2])
        d1, d2 = rng.sample(place[3], 2)
        day = day0 + dt.timedelta(days=rng.randrange(45))
        if not free(place[2], day):
            continue
        taken.add((place[2], day))
        k1, k2 = rng.sample([2, 3, 5, 8, 13, 21], 2)
        if j % 3 == 0:  # same type, different districts
            kind = rng.choice(kinds)
            pair = [(kind, d1, k1, None), (kind, d2, k2, None)]
        elif j % 3 == 1:  # same district, different types
            ka, kb = rng.sample(["clash", "ied", "air", "vac"], 2)
            pair = [(ka, d1, k1, None), (kb, d1, k2, None)]
        else:  # different types and districts, different armed groups where the country has two
            ka, kb = rng.sample(["clash", "ied", "vac"], 2)
            n_groups = len(ARMED[place[1]])
            pair = [(ka, d1, k1, 0), (kb, d2, k2, 1 % n_groups)]
        for kind, dist, k, grp in pair:
            events.append(_Event(rng, len(events), day, place, kind, district=dist, killed=k, armed_ix=grp))
    items: list[tuple[str, EventRecord]] = []
    gold: list[int] = []
    rid = 0
    for ev in events:
        for outlet in rng.sample(OUTLETS, rng.randint(2, 4)):
            rid += 1
            items.append((f"rep{rid:04d}", _report(rng, ev, outlet)))
            gold.append(ev.id)
    order = list(range(len(items)))
    rng.shuffle(order)
    return [items[i] for i in order], [gold[i] for i in order]


def pairs(labels: list[int]) -> set[tuple[int, int]]:
    by: dict[int, list[int]] = {}
    for i, l in enumerate(labels):
        by.setdefault(l, []).append(i)
    return {(a, b) for idx in by.values() for x, a in enumerate(idx) for b in idx[x + 1:]}


def pair_pr(pred: list[int], gold: list[int]) -> tuple[float, float, int, int]:
    p, g = pairs(pred), pairs(gold)
    tp = len(p & g)
    return (tp / len(p) if p else 1.0), (tp / len(g) if g else 1.0), len(p), len(g)
