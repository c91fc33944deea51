"""Toponym resolution: pick the gazetteer row each place name in a report denotes.

Each candidate row gets an additive score (roughly log-odds):

- a prior from its population (log10) and its kind (a country over a province over a town over
  a district);
- how the name matched (exact or alias; a generic word the text lacks, "Washington" vs
  "Washington County", costs; the transliteration skeleton costs);
- the generic word in the text ("Helmand Province" wants an admin1, "Imam Sahib district" an
  admin2, "Kuwait City" a town);
- an explicit container given in the text ("Imam Sahib district of Kunduz", "Alexandria, La.");
- the report's country focus (the dateline) and the countries, provinces and neighbourhood of
  the other places of the report (two passes: the first pass's confident choices are the second
  pass's context; a mention never counts as its own context).

The weights are set by measurement on the GWN/LGL dev sets (``dateline eval geoparsing``; a grid
over the country bonus, capital bonus and admin1-context weight moved mean exact match by under
half a point, see docs/places.md); they are general rules, not per-item fixes.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .fold import DESCRIPTIVE, full_key, name_key, seat_skeleton, split_generic
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, OTHER, PLACE, SEAT_SPELLING, Gazetteer, haversine_km

# prior bonus by kind, on top of log10(population): countries and provinces are what a bare
# name in news most often means when a town shares it; districts rarely are.
# A sea or world region (our curated regions.tsv) +1.5: "the Middle East" is the region, not
# the Maryland hamlet that a US report's focus favoured (GWN acc161 +.001, country +.001; was -0.5).
KIND_BONUS = {COUNTRY: 2.0, ADMIN1: 0.5, ADMIN2: -1.5, PLACE: 0.0, OTHER: 1.5}
GENERIC_MISMATCH = -2.5  # "Washington" for "Washington County"
LOOSE_MATCH = -1.5  # matched by transliteration skeleton only
VARIANT_MATCH = -0.5  # matched with doubled letters single ("Afgoye" for Afgooye)
FOCUS_UNIT_OVER_HINT = True  # "the town of X": a unit named X in the focus country beats towns named X abroad only (issue 4 QA; LGL dev exact .891 -> .892, GWN unchanged)
LOOSE_FOCUS_ONLY = True  # a skeleton match counts only inside the report's focus country, when it has one (issue 4 QA: "Ashulia" near Dhaka read as Asela, Ethiopia; GWN/LGL dev exact and acc161 unchanged, GWN country .983 -> .984)
HINT_MATCH = 4.0  # "X Province" and the row is an admin1
HINT_CLASH = -3.0
CONTAINER = 6.0  # inside the container the text names
# a container's reading that holds one of its contents' readings gets CONTAINER before they are read
# (QA round forty-four: "DUBLIN, Georgia" read as the country, which has no Dublin; see _local)
CONTAINER_ANY = True
# outside the country the text names as its container (QA: "Beni territory in eastern Congo" read as
# Bolivia's El Beni department, whose admin1 hint and size outweighed the container bonus)
CONTAINER_OUT = -4.0
FOCUS = 2.5  # in the report's country focus (dateline)
# more for an admin unit when the text names a unit ("Lower Shabelle region", "Bajaur district"):
# a dateline's country decides which country's region a report means (QA: a Mogadishu report's
# "Shabelle region" read as Ethiopia's Shabelle zone). Dev sets: GWN/LGL unchanged at 2.5 (few
# datelines name a unit abroad); it only matters where the focus country has a candidate.
FOCUS_UNIT = 2.5
DOC_COUNTRY = 1.5  # times the share of the report's other places in that country
DOC_ADMIN1 = 3.5  # in an admin1 that another place of the report is in or is
# times the share of the report's other places within NEAR_KM; ninth pass 1.5 -> 3.0: LGL exact +9
# (neighbouring towns of a local report), nothing lost, GWN unchanged; 2.25: +8, 4.5: +10 -6, 6.0: +15 -10
NEAR = 3.0
NEAR_KM = 150.0
SEAT_SAME_NAME = 0.1  # a town that is the seat of a same-named unit borrows the unit's prior (+this)
DATELINE_TOWN = 3.0  # a dateline names a town
FULL_NAME = 2.0  # the text's whole name, generic word included, is the row's name
PREFERRED = 2.0  # the row a curated alias names ("New York" -> the city; data/geo/aliases.tsv)
FOCUS_INFERRED = 1.0  # focus guessed from the report's places (no dateline): weaker than FOCUS
CAPITAL = 1.0  # a national capital is named more often than its namesakes
CONTEXT_ROUNDS = 2  # LGL exact .801 -> .809 with a second round; a third changed nothing
LARGEST_TOWN = 0.0  # bonus for its admin1's largest town: +0.5..1.5 lowered LGL exact (measured), kept off
# plus this times the share of the others in that admin1 (LGL exact +.004 at 1.5); ninth pass: 3.0,
# LGL +5 (Lewisburg, Raleigh County, Rockford, Montgomery County: a report of ten Kentucky places
# means Kentucky's county, not the bigger one of a state named once), GWN unchanged; 2.5-4.0 alike
# (LGL +5..+7), 5.0 lost 3 on GWN
DOC_ADMIN1_SHARE = 3.0
# first-pass probability above which a choice becomes context for the others; ninth pass 0.6 -> 0.55:
# LGL exact +8 (Anderson County 4, Clinton 2, Gainesville 2, ...), GWN and both countries unchanged;
# 0.5 the same on the sets but three New York villages then make a bare "Florida" the village (the
# fourth pass's state-namesake test); 0.4: GWN +1, LGL +12, LGL country -2 (Paris of Tennessee read
# as France); 0.7: LGL -19
CONFIDENT = 0.55
# a town and its county named in one report (see _co_located): LGL exact .828 -> .847, acc161
# .864 -> .884, GWN exact +.001, acc161 -.001 (1.5: LGL .845; 5.0: GWN exact .873)
CO_ADMIN2 = 3.0
# the county's bonus also goes to its same-named town among the name's readings (a town of the
# county named elsewhere supports both: "Rockingham" with "Safety Bay")
CO_SEAT = True
# the same for a province among another name's readings: 1.0 cost GWN exact .002 for LGL +.001; off
CO_ADMIN1 = 0.0
# only a county written as such counts (not "Washington" for each Washington County): LGL exact
# .847 -> .851; limiting the other direction to names of few readings (5 / 15) lost .006 / .002
CO_ADMIN2_WRITTEN = True
COUNTRY_CONTEXT = True  # a name sure of its country, not of its row, counts for the country: LGL country .956 -> .961, exact +.001; GWN exact -.002 (one article's Riverdale), acc161 +.001
# above the cap, this much of the rest: 0.3 lost LGL country .961 -> .959 (measured). 0.05 only
# breaks ties among towns above the cap ("Columbus police said": Ohio's, not the first row read,
# Georgia's); GWN unchanged, LGL exact -1 mention net (two Springfields right, three Rochesters
# wrong: ties the row order had decided), mean error km lower; 0.15 the same
LOCAL_POP_SLOPE = 0.05
LOCAL_COUNTRY = True  # a country named as a municipality ("a Jordan man") levelled too: LGL country +.001, GWN unchanged
LOCAL_POP_CAP = 5.0  # prior cap (log10 people) of a town named as a municipality ("a Paris man"); 4.5: LGL country -.001
EXTERNAL_HINT_SOFT = True  # a kind word after the name that no candidate fits is dropped, not the name
STATE_NAMESAKE = -3.0  # a small town named as its own country's province, read from the bare name
STATE_NAMESAKE_POP = 100_000
# one sense per report: a name some mention writes as a municipality ("a Jordan man") is never
# the country in the other mentions of that report
LOCAL_SENSE = True
# a city that is its own first-level unit inside a province named after it (Moscow in Moscow
# Oblast, Kyiv in Kyiv Oblast, Minsk in Minsk Region): the province's other places support the
# city as much as the province (LGL: Moscow read as the oblast in a report of its airports)
ENCLAVE_CITY = True
SENSE_UNIT_APART = True  # a name written as a unit ("Lagos State") does not share one reading with the bare name
# a metropolis (this many people: New York, Los Angeles) is named far beyond its province: it counts
# as context for its country, not for its province ("Boston" beside "New York City" is not the
# hamlet of Boston, New York). Issue 4, seventh pass: GWN exact +2, LGL +4, nothing lost (2M: a
# Toronto report's London, Ontario read as England; 1M likewise)
METRO_POP = 3_000_000
# a dateline naming a first-level unit ("CAMP MURRAY, Wash.", "RALEIGH, N.C."): a bare name that
# can be that unit leans to it (the reporter writes the state's name for the state)
DATELINE_UNIT = 6.0  # as strong as an explicit container (3.0 left "Washington" the capital: its alias and capital bonuses)
# a mention whose explicit container holds its own best reading keeps it when the report's shared
# reading of the name lies outside ("Washington, D.C." among bare "Washington"s of a Wash. report)
CONTAINER_KEEPS = True
# a small town (under SMALL_NAMESAKE_POP) sharing its name with a town of the same country at least
# NAMESAKE_RATIO times bigger and of BIG_NAMESAKE_POP people gets only this share of the bonus for
# its province being named in the report (issue 4, ninth pass: GWN exact +3 - Portland, Buffalo -,
# LGL +11 net - Santa Clara, Hartford, Boston, Springfield, Cambridge ...; 0.5: GWN +1, LGL +8;
# 0.0: GWN +3, LGL +9; 10k/50k/10x and 100k/200k/10x thresholds: LGL +6 / +2)
SMALL_NAMESAKE_CONTEXT = 0.25
SMALL_NAMESAKE_POP = 20_000
BIG_NAMESAKE_POP = 100_000
NAMESAKE_RATIO = 20
# a name two curated seas or regions share ("the Gulf") leans to the one within REGION_NEAR_KM of the
# report's other places and countries (times their share)
REGION_NEAR = 3.0
REGION_NEAR_KM = 1500.0
# a city-state: a country whose every town lies within this many km of its same-named seat
# (Singapore, Hong Kong, Monaco, Gibraltar) is, named bare, its city (GWN: Singapore twice)
CITY_STATE_KM = 40.0


# words that open the name of an office, not a place ("Police Department", "Fire District")
_OFFICE_WORDS = DESCRIPTIVE | {"police", "fire", "school", "schools", "health", "water", "sheriff", "sheriffs",
                               "transportation", "education", "justice", "defense", "defence", "state",
                               "public", "court", "housing", "parks", "sanitation", "library", "hospital"}


@dataclass
class Query:
    """One place name to resolve."""

    text: str
    container: int | None = None  # index (in the query list) of the place the text says contains it
    kind_hint: str | None = None  # "admin1" | "admin2" | "city" from a generic word next to the name
    dateline: bool = False
    weight: float = 1.0  # how much this mention counts as context for the others
    unit: bool = False  # written as an admin unit ("X region", "the province of X", "Lower X")
    local: int = 0  # written as a municipality ("a Paris man", "Paris City Council"); 2: not as a country


@dataclass
class Resolution:
    row: int | None
    score: float  # 0-1
    how: str  # "exact" | "full" | "code" | "variant" | "loose" | ""
    candidates: list[int] = field(default_factory=list)
    reason: str = ""


# countries whose first-level units are counties ("County Mayo", "Nimba County", "Turkana County")
COUNTY_ADMIN1 = {"IE", "KE", "LR", "HU", "HR", "EE", "SE", "NO", "RO", "TW", "LT", "AL"}


def _compatible(hint: str, kind: int) -> bool:
    if hint == "city":
        return kind in (PLACE, ADMIN2)
    return kind in (ADMIN1, ADMIN2)  # "county"/"district"/"province" vary by country


def _softmax_top(scores: list[float]) -> float:
    if not scores:
        return 0.0
    m = max(scores)
    z = sum(math.exp(s - m) for s in scores)
    return 1.0 / z


class Resolver:
    def __init__(self, gaz: Gazetteer):
        self.g = gaz

    # -- candidate priors -----------------------------------------------------------------
    def _prior(self, row: int, text: str, how: str, hint: str | None, rows: list[int],
               admins: list[int] | None = None, local: int = 0) -> float:
        g = self.g
        k = g.kind[row]
        if admins is None:
            admins = [r for r in rows if g.kind[r] in (ADMIN1, ADMIN2)]
        s = math.log10(g.pop[row] + 10) + KIND_BONUS.get(k, 0.0)
        if local == 2 and k == COUNTRY and LOCAL_COUNTRY:
            s = min(s, LOCAL_POP_CAP)  # "a Jordan man", "Lebanon High School": not the country
        if local and k == PLACE and s > LOCAL_POP_CAP:
            # a municipality: above a mid-sized town's, its size says less about which one it is
            s = LOCAL_POP_CAP + LOCAL_POP_SLOPE * (s - LOCAL_POP_CAP)
        same = full_key(g.names[row]) == full_key(text)
        if k == PLACE and admins and (same or (SEAT_SPELLING and seat_skeleton(g.names[row]) == seat_skeleton(text))):
            # Kabul (town) vs Kabul (province), Dubai vs Dubayy, Washington DC vs the state: the
            # unit's seat, or a national capital, called by the name itself is what the name means
            # (or by the unit's name when the seat is that name spelled otherwise: "Jenin", Janin)
            for other in admins:
                if not same and name_key(g.names[other]) != name_key(text):
                    continue
                if g.cci[other] == g.cci[row] and (g.seat[other] == row or row in g.capitals):
                    s = max(s, math.log10(g.pop[other] + 10) + KIND_BONUS[g.kind[other]] + SEAT_SAME_NAME)
        if k == PLACE and same and CITY_STATE_KM:
            # a city-state's country and its one city cover the same land: the city, the more
            # precise reading, is what the bare name means (as Kabul the city over the province)
            c = g.country_row.get(g.cc(row))
            if c is not None and g.seat[c] == row and c in rows and g.city_state(c, CITY_STATE_KM):
                s = max(s, math.log10(g.pop[c] + 10) + KIND_BONUS[COUNTRY] + SEAT_SAME_NAME)
        if full_key(text) != name_key(text) and full_key(g.names[row]) == full_key(text):
            s += FULL_NAME  # "Boulder City" is the town named so, not Boulder with a generic word
        if g.preferred.get("=" + full_key(text), g.preferred.get(name_key(text))) == row:
            s += PREFERRED
        if row in g.capitals and not local:
            s += CAPITAL
        elif k == PLACE and g.a1[row] >= 0 and g.seat[g.a1[row]] == row:
            s += LARGEST_TOWN
        if how == "loose":
            s += LOOSE_MATCH
        elif how == "variant":
            s += VARIANT_MATCH
        elif how in ("exact", "full") and k in (ADMIN1, ADMIN2):
            # the unit's own name carries a generic word the text lacks ("Washington County")
            if full_key(g.names[row]) != name_key(g.names[row]) and full_key(text) == name_key(text) \
                    and name_key(g.names[row]) == name_key(text):
                s += GENERIC_MISMATCH
        if hint:
            want = {"admin1": ADMIN1, "admin2": ADMIN2, "city": PLACE}[hint]
            if k == want:
                s += HINT_MATCH
            elif hint == "admin2" and k == ADMIN1 and g.ccs[g.cci[row]] in COUNTY_ADMIN1 \
                    and "county" in text.lower().split():
                s += HINT_MATCH  # "Mayo County", "Nimba County", "Turkana County": these counties are admin1
            elif hint == "admin2" and k == ADMIN1 and g.ccs[g.cci[row]] not in ("US",):
                s += 0.0  # "district"/"county" over an admin1 happens in translation; no penalty
            else:
                s += HINT_CLASH
        return s

    # -- main -----------------------------------------------------------------------------
    def resolve(self, queries: list[Query], focus: str | None = None, focus_weight: float = FOCUS,
                focus_unit: int | None = None) -> list[Resolution]:
        """``focus_unit``: the first-level unit a dateline names ("SEATTLE, Wash."); a bare name
        that can be that unit leans to it (DATELINE_UNIT)."""
        g = self.g
        self._focus_w = focus_weight
        self._focus_unit = focus_unit
        cands: list[list[int]] = []
        hows: list[str] = []
        priors: list[list[float]] = []
        for q in queries:
            rows, hint, how = g.candidates(q.text)
            if q.kind_hint in ("admin1", "admin2") and not hint and rows and all(g.kind[r] == PLACE for r in rows):
                # "Yemen's Hodeidah and Saada provinces" (QA round seventeen): a kind word shared
                # with the list asks for the unit named as the town is (Al Hudaydah), as the
                # gazetteer does for "Hodeidah province"
                rows, _h, how = g.candidates(f"{q.text} {'province' if q.kind_hint == 'admin1' else 'district'}")
            hint = q.kind_hint or hint
            if hint and rows and not any(_compatible(hint, g.kind[r]) for r in rows):
                if any(g.kind[r] == COUNTRY for r in rows) or (EXTERNAL_HINT_SOFT and not split_generic(q.text)[1]):
                    # "Czech Republic", "U.S. Department ...": the country it names; a hint from a
                    # word outside the name ("Cookeville Regional Medical Center") only steers
                    hint = None
                elif " " in q.text.strip() and name_key(q.text) and name_key(q.text) not in _OFFICE_WORDS:
                    # "Edwardsville District", "Grovetown Department" (a school district, a
                    # police department): the town the name part names, the generic word dropped
                    hint = None
                else:
                    # "Police Department": the generic word promises a unit no candidate is
                    rows, how = [], ""
            if FOCUS_UNIT_OVER_HINT and hint == "city" and focus and rows \
                    and any(g.cc(r) == focus and g.kind[r] in (ADMIN1, ADMIN2) for r in rows) \
                    and not any(g.cc(r) == focus and g.kind[r] == PLACE for r in rows):
                # "the town of Kale" in a Myanmar report: Kale District there, not a namesake
                # village in Turkey (the town the text means is the unit's, under another name);
                # "the city of Choluteca" (QA round eighteen): its municipality, the second-level
                # unit named so, before the department
                hint = "admin2" if any(g.cc(r) == focus and g.kind[r] == ADMIN2 for r in rows) else None
            if q.kind_hint == "city" and rows:
                # "the central Mexican city of Queretaro" (QA round seven): the city of a state's
                # name is the state's seat named with it (Santiago de Queretaro), not a hamlet named
                # like the state (not Montreal for "Quebec": the largest town, named otherwise)
                towns = [r for r in rows if g.kind[r] == PLACE]
                for u in [r for r in rows if g.kind[r] in (ADMIN1, ADMIN2)]:
                    st = g.seat[u]
                    if st >= 0 and st not in rows and g.kind[st] == PLACE \
                            and f" {name_key(g.names[u])} " in f" {name_key(g.names[st])} " \
                            and all(g.pop[t] < g.pop[st] for t in towns):
                        rows = rows + [st]
            if LOOSE_FOCUS_ONLY and how == "loose" and focus and rows and not any(g.cc(r) == focus for r in rows):
                # a spelling skeleton that only fits a town abroad ("Ashulia" outside Dhaka ->
                # Asela, Ethiopia) is chance: the name stays unresolved, its raw string kept
                rows, how = [], ""
            cands.append(rows)
            hows.append(how)
            admins = [r for r in rows if g.kind[r] in (ADMIN1, ADMIN2)]
            ps = [self._prior(r, q.text, how, hint, rows, admins, q.local) for r in rows]
            if q.dateline:
                ps = [p + (DATELINE_TOWN if g.kind[r] == PLACE else 0.0) for p, r in zip(ps, rows)]
            if STATE_NAMESAKE and not hint and not q.local:
                # "Florida" in a report of New York towns is the state, not Florida, New York: a
                # small town named after its country's province is rarely what the bare name means
                # (a town inside the province it is named like is its seat: Sligo, Cavan, Kabul)
                states = {(g.cci[r], full_key(g.names[r])): r for r in admins if g.kind[r] == ADMIN1}
                if states:
                    ps = [p + (STATE_NAMESAKE if g.kind[r] == PLACE and g.pop[r] < STATE_NAMESAKE_POP
                               and states.get((g.cci[r], full_key(g.names[r])), g.a1[r]) != g.a1[r] else 0.0)
                          for p, r in zip(ps, rows)]
            priors.append(ps)

        # per query: whether it may be two curated seas or regions far apart (REGION_NEAR)
        self._regions = [self._far_regions(rows) for rows in cands]
        # per query: the largest town reading in each country (SMALL_NAMESAKE_CONTEXT)
        self._bigpop: list[dict[int, int]] = []
        for rows in cands:
            big: dict[int, int] = {}
            for r in rows:
                if g.kind[r] == PLACE and g.pop[r] > big.get(g.cci[r], 0):
                    big[g.cci[r]] = g.pop[r]
            self._bigpop.append(big)
        # a town's same-named province of its country around it (ENCLAVE_CITY), per query
        self._enclave: list[dict[int, int]] = [self._enclaves(rows) if ENCLAVE_CITY else {} for rows in cands]
        self._cands = cands
        if CO_ADMIN2:
            self._co_located(queries, cands, priors)
        children: list[list[int]] = [[] for _ in queries]
        for i, q in enumerate(queries):
            if q.container is not None:
                children[q.container].append(i)
        # pass 1: priors, container and focus only
        choice: list[int | None] = [None] * len(queries)
        prob: list[float] = [0.0] * len(queries)
        ccp: list[tuple[int | None, float]] = [(None, 0.0)] * len(queries)
        for _ in range(2):  # containers first resolve on their own, then constrain their contents
            for i, q in enumerate(queries):
                scores = [p + self._local(r, q, choice, focus, children[i], cands[i]) for r, p in zip(cands[i], priors[i])]
                if scores:
                    j = max(range(len(scores)), key=scores.__getitem__)
                    choice[i], prob[i] = cands[i][j], _softmax_top(scores)
                    ccp[i] = self._country_prob(cands[i], scores)

        # pass 2 (and again): the report's other confident places as context; a second round lets
        # a name the first round read wrongly ("Georgia" the country in a report of Georgia towns)
        # be read again once its neighbours are settled
        all_scores: list[list[float]] = []
        for rnd in range(CONTEXT_ROUNDS):
            ctx = self._context(queries, choice, prob, ccp)
            all_scores = []
            # what the other names say depends only on this mention's name (its own and its
            # namesakes' entries are left out), so mentions of one name share it, and each
            # reading's document score (a town named eight times is scored once per round)
            others_of: dict[str, tuple] = {}
            doc_score: dict[tuple[str, int], float] = {}
            for i, q in enumerate(queries):
                if not cands[i]:
                    all_scores.append([])
                    continue
                me = name_key(q.text)
                pre = others_of.get(me)
                if pre is None:
                    pre = others_of[me] = self._others(i, q, ctx)
                row_scores = []
                for r, p in zip(cands[i], priors[i]):
                    d = doc_score.get((me, r))
                    if d is None:
                        d = doc_score[(me, r)] = self._doc(r, i, q, ctx, pre)
                    row_scores.append(p + self._local(r, q, choice, focus, children[i], cands[i]) + d)
                all_scores.append(row_scores)
            if rnd + 1 < CONTEXT_ROUNDS:
                for i, scores in enumerate(all_scores):
                    if scores:
                        j = max(range(len(scores)), key=scores.__getitem__)
                        choice[i], prob[i] = cands[i][j], _softmax_top(scores)
                        ccp[i] = self._country_prob(cands[i], scores)
        # one sense per report: mentions of one name share the reading their summed scores favour
        # ("Palestine city" settles the bare "Palestine"s of the same report)
        groups: dict[str, list[int]] = {}
        for i, q in enumerate(queries):
            if cands[i] and not (SENSE_UNIT_APART and (q.kind_hint or split_generic(q.text)[1]) in ("admin1", "admin2")):
                # "Lagos State" keeps its own reading: the bare "Lagos" of the same report is the city
                groups.setdefault(self._sense_key(q.text), []).append(i)
        shared: dict[int, int] = {}
        for members in groups.values():
            if len(members) < 2:
                continue
            total: dict[int, float] = {}
            for i in members:
                top = max(all_scores[i])
                for r, sc in zip(cands[i], all_scores[i]):
                    total[r] = total.get(r, 0.0) + (sc - top)
            # only rows every member can mean
            common = [r for r in total if all(r in cands[i] for i in members)]
            if LOCAL_SENSE and any(queries[i].local == 2 for i in members):
                # "Jordan High School" and then "Jordan" four times: a name once written as a
                # municipality is the town throughout the report, not the country
                towns = [r for r in common if g.kind[r] != COUNTRY]
                common = towns or common
            if common:
                best_r = max(common, key=total.__getitem__)
                for i in members:
                    c = queries[i].container
                    if CONTAINER_KEEPS and c is not None and choice[c] is not None and best_r != choice[c] \
                            and not g.within(best_r, choice[c]) and g.within(cands[i][all_scores[i].index(max(all_scores[i]))], choice[c]):
                        continue  # "Washington, D.C." stays in D.C. whatever the bare "Washington"s are
                    shared[i] = best_r
        self.last = (queries, cands, priors, all_scores)  # for explain() / error analysis
        self._cc_prob = [self._country_prob(cands[i], all_scores[i]) for i in range(len(queries))]
        out: list[Resolution] = []
        for i, q in enumerate(queries):
            if not cands[i]:
                out.append(Resolution(None, 0.0, "", [], "not in gazetteer"))
                continue
            scores = all_scores[i]
            j = max(range(len(scores)), key=scores.__getitem__)
            if i in shared:
                j = cands[i].index(shared[i])
            pr = _softmax_top(scores)
            quality = {"exact": 1.0, "full": 0.95, "code": 0.95, "variant": 0.85, "loose": 0.7}.get(hows[i], 0.5)
            reason = f"{hows[i]} match, {len(cands[i])} candidate(s)"
            if q.container is not None and choice[q.container] is not None and g.within(cands[i][j], choice[q.container]):
                reason += f", inside {g.names[choice[q.container]]}"
            elif focus and g.cc(cands[i][j]) == focus:
                reason += f", in focus country {focus}"
            out.append(Resolution(cands[i][j], round(pr * quality, 3), hows[i], cands[i], reason))
        return out

    def _co_located(self, queries: list[Query], cands: list[list[int]], priors: list[list[float]]) -> None:
        """A town and a county the report names together fit each other: "Paris" and "Henry
        County" are Paris, Tennessee and Henry County, Tennessee, although neither name alone is
        sure (a dozen Henry Counties, Paris the capital). Each reading gets CO_ADMIN2 when another
        name's readings include its county (a town) or a town of it (a county)."""
        g = self.g
        keys = [name_key(q.text) for q in queries]
        fkeys = [full_key(q.text) for q in queries]
        if len(set(keys)) < 2:
            return
        # row -> the names whose readings hold it (as a county, as a town's county, as a province)
        county_of: dict[int, set[str]] = {}
        holder_of: dict[int, set[str]] = {}
        state_of: dict[int, set[str]] = {}
        for q, k, rows in zip(queries, keys, cands):
            fk = full_key(q.text)
            for r in rows:
                kind = g.kind[r]
                if kind == ADMIN2:
                    # only a county the text names as written: "Washington" is not evidence for
                    # every town of the thirty Washington Counties (LGL: Arlington, Nebraska)
                    if CO_ADMIN2_WRITTEN and full_key(g.names[r]) != fk:
                        continue
                    county_of.setdefault(r, set()).add(k)
                elif kind == ADMIN1 and CO_ADMIN1:
                    state_of.setdefault(r, set()).add(k)
                elif kind == PLACE and g.a2[r] >= 0:
                    holder_of.setdefault(g.a2[r], set()).add(k)

        def other(names: set[str] | None, k: str) -> bool:
            return bool(names) and (len(names) > 1 or k not in names)

        for i, (k, rows) in enumerate(zip(keys, cands)):
            for j, r in enumerate(rows):
                kind = g.kind[r]
                if (kind == PLACE and other(county_of.get(g.a2[r]), k)) or (kind == ADMIN2 and other(holder_of.get(r), k)):
                    priors[i][j] += CO_ADMIN2
                elif CO_SEAT and kind == PLACE and g.a2[r] in rows and other(holder_of.get(g.a2[r]), k) \
                        and full_key(g.names[g.a2[r]]) == fkeys[i]:
                    # "Rockingham" with "Safety Bay" (a town of the City of Rockingham): the other
                    # town supports the county and the same-named town in it alike, so size decides
                    priors[i][j] += CO_ADMIN2
                elif CO_ADMIN1 and kind in (PLACE, ADMIN2) and other(state_of.get(g.a1[r]), k):
                    priors[i][j] += CO_ADMIN1

    def _far_regions(self, rows: list[int]) -> bool:
        """Two of the rows are curated seas or regions more than twice REGION_NEAR_KM apart."""
        g = self.g
        pts = [(g.lat[r], g.lon[r]) for r in rows if g.kind[r] == OTHER and not math.isnan(g.lat[r])]
        return any(haversine_km(*a, *b) > 2 * REGION_NEAR_KM for k, a in enumerate(pts) for b in pts[k + 1:])

    def _enclaves(self, rows: list[int]) -> dict[int, int]:
        """Town reading -> a same-named first-level unit of its country, other than its own, whose
        centre lies within NEAR_KM of it (the province around a city that is a unit of its own)."""
        g = self.g
        units = [r for r in rows if g.kind[r] == ADMIN1 and not math.isnan(g.lat[r])]
        if not units:
            return {}
        out: dict[int, int] = {}
        for r in rows:
            if g.kind[r] != PLACE or math.isnan(g.lat[r]) or g.a1[r] < 0 or g.seat[g.a1[r]] != r:
                continue  # only the main town of its own unit (Moscow of Moskva; not Columbia, Maryland)
            for u in units:
                if u != g.a1[r] and g.cci[u] == g.cci[r] \
                        and haversine_km(g.lat[r], g.lon[r], g.lat[u], g.lon[u]) <= NEAR_KM:
                    out[r] = u
                    break
        return out

    def _country_prob(self, rows: list[int], scores: list[float]) -> tuple[int | None, float]:
        """The country a name's readings agree on, and its share of the probability mass."""
        if not rows:
            return None, 0.0
        m = max(scores)
        mass: dict[int, float] = {}
        for r, sc in zip(rows, scores):
            mass[self.g.cci[r]] = mass.get(self.g.cci[r], 0.0) + math.exp(sc - m)
        ci = max(mass, key=mass.__getitem__)
        if ci != self.g.cci[rows[scores.index(m)]]:
            # the best reading lies elsewhere: many small namesakes in one country ("Oxford": a
            # dozen US towns) are not evidence for that country (LGL: British reports went US)
            return None, 0.0
        return ci, mass[ci] / sum(mass.values())

    def country_of(self, i: int) -> tuple[str | None, float]:
        """After resolve(): query i's country (ISO code) and how sure the scores are of it."""
        ci, p = self._cc_prob[i]
        return (self.g.ccs[ci] if ci is not None else None), p

    def _sense_key(self, text: str) -> str:
        """Which mentions share one reading: "Palestine city" and "Palestine" do (the generic word
        only says which Palestine), "Oklahoma City" and "Oklahoma" do not (a town is called so)."""
        fk = full_key(text)
        if fk != name_key(text) and any(self.g.kind[r] == PLACE and full_key(self.g.names[r]) == fk
                                        for r in self.g.index.get(fk, ())):
            return fk
        return name_key(text)

    def explain(self, text: str, top: int = 6) -> list[str]:
        """The last resolve()'s best candidates for a name: prior and total score (error analysis)."""
        g = self.g
        queries, cands, priors, scores = getattr(self, "last", ([], [], [], []))
        out = []
        for i, q in enumerate(queries):
            if q.text != text:
                continue
            order = sorted(range(len(cands[i])), key=lambda j: -scores[i][j])[:top]
            out.append("; ".join(f"{g.names[cands[i][j]]}/{g.cc(cands[i][j])}/"
                                 f"{g.names[g.a1[cands[i][j]]] if g.a1[cands[i][j]] >= 0 else '-'} "
                                 f"k{g.kind[cands[i][j]]} p{priors[i][j]:.1f} s{scores[i][j]:.1f}" for j in order))
        return out

    def _local(self, row: int, q: Query, choice: list[int | None], focus: str | None,
               children: list[int] = (), mine: list[int] = ()) -> float:
        g = self.g
        s = 0.0
        if DATELINE_UNIT and row == getattr(self, "_focus_unit", None) and not q.dateline:
            s += DATELINE_UNIT
        if focus and g.cc(row) == focus:
            s += getattr(self, "_focus_w", FOCUS)
            if q.unit and g.kind[row] in (ADMIN1, ADMIN2) and getattr(self, "_focus_w", FOCUS) >= FOCUS:
                s += FOCUS_UNIT  # a dateline's focus only (an inferred focus is a guess from the names)
        if q.container is not None:
            c = choice[q.container]
            if c is not None and c != row and g.within(row, c):
                s += CONTAINER
            elif CONTAINER_OUT and c is not None and g.kind[c] == COUNTRY and g.cc(row) != g.cc(c):
                s += CONTAINER_OUT  # "Beni territory in eastern Congo": not Bolivia's El Beni
        # a container is what contains its contents ("Imam Sahib district of Kunduz": the province)
        for ch in children:
            c = choice[ch]
            if c is not None and c != row and g.kind[row] < g.kind[c] and g.within(c, row):
                s += CONTAINER
                break
        else:
            # (or what contains one reading of them, before they are read: "DUBLIN, Georgia" is the US
            # state, which has a Dublin, not the country, which has none; QA round forty-four)
            # (only where a country and a province share the name: "New York" of "Brooklyn, New York"
            # stays the city, GWN)
            if CONTAINER_ANY and children and any(g.kind[r] == COUNTRY for r in mine) \
                    and any(g.kind[r] == ADMIN1 for r in mine) \
                    and any(x != row and g.kind[row] < g.kind[x] and g.within(x, row)
                            for ch in children for x in self._cands[ch]):
                s += CONTAINER
        return s

    def _context(self, queries: list[Query], choice: list[int | None], prob: list[float],
                 ccp: list[tuple[int | None, float]] | None = None):
        g = self.g
        items = []
        for i, (q, r) in enumerate(zip(queries, choice)):
            if r is None:
                continue
            if prob[i] < CONFIDENT:
                # unsure which row, sure of the country ("Henry County": a dozen counties, all in
                # the US): it counts for the country only (row -1 + the country index)
                if ccp is not None and ccp[i][0] is not None and ccp[i][1] >= CONFIDENT and COUNTRY_CONTEXT:
                    items.append((i, name_key(q.text), -1 - ccp[i][0], q.weight, False))
                continue
            # a dateline in a national capital says where the newsroom is, not the story's region:
            # it counts for the country only (QA: "Dnipro" in a Kyiv report is the city, not
            # Kyiv's Dnipro district). Other datelines keep their region (GWN: "Garden City" in a
            # report datelined in the state, 2 toponyms lost when every dateline counted so).
            items.append((i, name_key(q.text), r, q.weight, q.dateline and r in g.capitals))
        return items

    def _others(self, i: int, q: Query, ctx) -> tuple:
        """The context a mention sees: the other names' confident choices, with what _doc needs."""
        g = self.g
        me = name_key(q.text)
        others = [(r, w, dl) for j, k, r, w, dl in ctx if j != i and k != me and w > 0]
        total = sum(w for _, w, _ in others)
        by_cc: dict[int, float] = {}
        a1s: dict[int, set[int]] = {}
        a1w: dict[int, float] = {}
        pts = []
        a1pts = []  # provinces' centres (REGION_NEAR only)
        for r, w, dl in others:
            if r < 0:  # country only
                by_cc[-1 - r] = by_cc.get(-1 - r, 0.0) + w
                continue
            by_cc[g.cci[r]] = by_cc.get(g.cci[r], 0.0) + w
            if dl:
                continue
            a = r if g.kind[r] == ADMIN1 else g.a1[r]
            if a >= 0 and not (METRO_POP and g.kind[r] == PLACE and g.pop[r] >= METRO_POP):  # a metropolis: its country only
                a1s.setdefault(a, set()).add(r)
                a1w[a] = a1w.get(a, 0.0) + w
            if g.kind[r] in (PLACE, ADMIN2) and not math.isnan(g.lat[r]):
                pts.append((g.lat[r], g.lon[r], w))
            elif g.kind[r] == ADMIN1 and not math.isnan(g.lat[r]):
                a1pts.append((g.lat[r], g.lon[r], w))
        return total, by_cc, a1s, pts, a1w, a1pts

    def _doc(self, row: int, i: int, q: Query, ctx, pre: tuple | None = None) -> float:
        g = self.g
        total, by_cc, a1s, pts, a1w, a1pts = pre if pre is not None else self._others(i, q, ctx)
        if not total:
            return 0.0
        s = DOC_COUNTRY * by_cc.get(g.cci[row], 0.0) / total
        a1 = row if g.kind[row] == ADMIN1 else g.a1[row]
        named = a1s.get(a1) if a1 >= 0 else None
        if not named and g.kind[row] == PLACE:
            around = self._enclave[i].get(row) if getattr(self, "_enclave", None) else None
            if around is not None and a1s.get(around):
                a1, named = around, a1s[around]
        if named and (len(named) > 1 or row not in named):  # another place in the unit
            f = 1.0
            if g.kind[row] == PLACE and g.pop[row] < SMALL_NAMESAKE_POP \
                    and self._bigpop[i].get(g.cci[row], 0) >= max(BIG_NAMESAKE_POP, NAMESAKE_RATIO * g.pop[row]):
                # a hamlet named like a city of its country ("Buffalo" the Texas hamlet, "Portland"
                # the Texas town): a report that means it mostly says so ("Buffalo, Texas"), so its
                # province being named elsewhere in the report is weak evidence for it
                f = SMALL_NAMESAKE_CONTEXT
            s += f * (DOC_ADMIN1 + DOC_ADMIN1_SHARE * a1w.get(a1, 0.0) / total)
        la, lo = g.lat[row], g.lon[row]
        if REGION_NEAR and g.kind[row] == OTHER and not math.isnan(la) and self._regions[i]:
            # a name two curated seas or regions far apart share ("the Gulf": the Persian Gulf or
            # the Gulf of Mexico) is the one near the report's other places and countries (not
            # Europe against the European Union, which lie in one place)
            near = sum(w for pla, plo, w in (*pts, *a1pts) if haversine_km(la, lo, pla, plo) <= REGION_NEAR_KM)
            for ci, w in by_cc.items():
                c = g.country_row.get(g.ccs[ci])
                if c is not None and not math.isnan(g.lat[c]) \
                        and haversine_km(la, lo, g.lat[c], g.lon[c]) <= REGION_NEAR_KM:
                    near += w
            s += REGION_NEAR * near / total
        if pts and g.kind[row] in (PLACE, ADMIN2) and not math.isnan(la):
            near = 0.0
            dlat = NEAR_KM / 111.0
            for pla, plo, w in pts:
                if abs(pla - la) <= dlat and haversine_km(la, lo, pla, plo) <= NEAR_KM:
                    near += w
            s += NEAR * near / total
        return s


def countries_of(gaz: Gazetteer, rows: list[int | None]) -> Counter:
    c: Counter = Counter()
    for r in rows:
        if r is not None:
            c[gaz.cc(r)] += 1
    return c


__all__ = ["Query", "Resolution", "Resolver", "countries_of"]
