"""Deduplication across reports: mentions of the same real event become one event.

Two steps, as in record linkage:

1. **Blocking** (:func:`block_of`, :class:`BlockIndex`): a mention can only join an event in the
   same country, with the same status, in the same *type group* (political violence / demonstrations
   / strategic developments) and with an event date inside a window that depends on the date
   precision. The store turns a block into one indexed range query; :func:`cluster` keeps one sorted
   list per (country, group, status) and bisects it. Either way each mention is compared with the
   few events in its window, so the cost grows as n log n, not n^2.
2. **Matching** (:func:`pair_score`): hard conflicts (different admin1, admin2, or a date gap above the
   window) rule a pair out; otherwise evidence for "same event" is added up from the date, the place,
   the sub-event type, the actors, the casualty figures and the wording. A mention joins the best
   candidate event whose score reaches :data:`MATCH_THRESHOLD` and that has no hard conflict with any
   of the event's mentions (so a cluster cannot drift by chaining). Mentions from the same report
   never merge with each other: the per-report fusion (:mod:`.within`) already decided they differ.

:func:`fuse` builds the event's record from its mentions: fatalities = the most conservative figure
any source reports (ACLED's rule), with the low/high range across sources; date and place precision =
the best any source gives.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import datetime as dt
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..record import EventRecord

# --- parameters, set on tests/dedup's generated sets, seeds 1-8 (480 events, ~1,450 reports; seeds
# 9-16 held out). A sweep of threshold x type penalty x wording weight (see docs/store.md):

# Score a mention needs to join an event. On seeds 1-8, 2.5 gave pair P .970 / R .968 (3.0: .978 / .940;
# 2.0: .92 / .98); held-out seeds 9-16: P .936 / R .966.
MATCH_THRESHOLD = 2.5

# Weight of the wording overlap (Jaccard of content words, 0-1). 1.5-3.0 changed F1 by under .01;
# 2.0 keeps formulaic wire phrasing from outweighing a different district or actor.
WORDING_WEIGHT = 2.0

# Subtracted when two mentions give different ACLED event types (an air strike is not a clash, but
# outlets do code one incident as a clash or an attack on civilians). 0.3 -> 1.0 raised dev
# precision .953 -> .970 at the same threshold for a .005 recall loss.
TYPE_MISMATCH_PENALTY = 1.0

# Largest gap (days) between the dates of two mentions of one event, by the coarser ACLED time
# precision of the two: 1 (day) allows one day, because "overnight" attacks are dated to either day
# by different outlets (the reference article's R2/R3); 2 (week) and 3 (month) allow what they say.
DATE_WINDOW_DAYS = {1: 1, 2: 7, 3: 31}

# ACLED event types that may describe the same incident differently (an "attack" on a checkpoint is
# an armed clash for one outlet and a remote explosive for another): matched across, penalised below.
TYPE_GROUPS = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Riots": "demonstrations",
    "Protests": "demonstrations",
    "Strategic developments": "strategic",
}

# Words that say nothing about which actor is meant ("Taliban fighters" == "the Taliban").
_ACTOR_STOP = frozenset(
    """the of and a an forces force militants militant fighters fighter group groups members member
    armed men gunmen suspected alleged unidentified unknown some local""".split()
)
# Function words and reporting verbs left out of the wording comparison.
_TEXT_STOP = frozenset(
    """the a an and or of to in on at by for from with as that this these those was were is are be
    been being has have had said says say told according after before during while when where which
    who whom whose it its their they them he she his her we our you your not no but also than then
    there here into onto over under about against between among more most other some such only own
    same so too very can will would could should may might must did does do done just least
    people local officials official spokesman spokeswoman spokesperson statement reported report
    reports news agency""".split()
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def type_group(event_type: str | None) -> str:
    return TYPE_GROUPS.get(event_type or "", "other")


def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def window_days(a: EventRecord, b: EventRecord | None = None) -> int:
    """The date window for a pair: by the coarser (larger) time precision of the two."""
    p = max(a.time_precision or 1, (b.time_precision or 1) if b is not None else 1)
    return DATE_WINDOW_DAYS.get(p, DATE_WINDOW_DAYS[3])


@dataclass(frozen=True)
class Block:
    """Where a mention's candidate events can be: the store runs this as one range query."""

    country_code: str
    group: str
    status: str
    date_from: dt.date
    date_to: dt.date
    admin1: str | None  # candidates must have this admin1 or none


def block_of(rec: EventRecord) -> Block | None:
    """The blocking key of a record, or None when it cannot be matched (no country or no date)."""
    d = _date(rec.event_date)
    if d is None or not rec.country_code:
        return None
    # the window of the candidate is unknown here: use the widest window this record could share
    # with a day-precise mention (its own precision) and let pair_score apply the exact pair window
    w = max(window_days(rec), DATE_WINDOW_DAYS[1])
    return Block(rec.country_code.upper(), type_group(rec.event_type), rec.status or "occurred",
                 d - dt.timedelta(days=w), d + dt.timedelta(days=w), _norm(rec.admin1) or None)


# --- pair scoring ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)  # pure; place and actor names repeat across pairs
def _norm(s: str | None) -> str:
    if not s:
        return ""
    return " ".join(_WORD.findall(s.casefold()))


# Role words: different outlets name the same victims or forces with different words.
_ROLE = {
    "military": "military", "army": "military", "soldier": "military", "troop": "military", "fardc": "military",
    "navy": "military", "airforce": "military", "warplane": "military",
    "police": "police", "policemen": "police", "policeman": "police", "officer": "police", "gendarme": "police",
    "gendarmerie": "police",
    "civilian": "civilian", "villager": "civilian", "resident": "civilian", "farmer": "civilian",
    "worshipper": "civilian", "passenger": "civilian", "student": "civilian", "people": "civilian",
}
_ROLES = frozenset(_ROLE.values())
_GENERIC = frozenset({"national", "government", "state", "security", "rebel", "rebels", "insurgent", "insurgents",
                      "jihadist", "jihadists", "islamist", "islamists"})


@functools.lru_cache(maxsize=8192)  # a pure function of a short string; actor names repeat across pairs
def _actor_tokens(s: str | None) -> frozenset[str]:
    if not s or s.casefold().startswith(("unidentified", "unknown", "protesters (", "rioters (")):
        return frozenset()  # no one named: the convention's crowd of a country names no group
    out = set()
    for t in _WORD.findall(s.casefold()):
        if t in _ACTOR_STOP or t in _GENERIC:
            continue
        if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]  # plurals meet: soldiers/soldier
        out.add(_ROLE.get(t, t))
    return frozenset(out)


def _tok_match(a: str, b: str) -> bool:
    """Same word, or a name and its demonym ("Afghan"/"Afghanistan", "Russian"/"Russia")."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 5


def _actor_sim(a: str | None, b: str | None) -> float:
    """1 for the same actor, 0 when either is unknown, -1 for two different named actors (or
    two different roles: soldiers are not civilians)."""
    ta, tb = _actor_tokens(a), _actor_tokens(b)
    if not ta or not tb:
        return 0.0
    ra, rb = ta & _ROLES, tb & _ROLES
    if ra and rb and not (ra & rb):
        return -1.0
    na, nb = ta - _ROLES, tb - _ROLES
    if na and nb:
        hits = sum(1 for x in na if any(_tok_match(x, y) for y in nb))
        return -1.0 if hits == 0 else hits / min(len(na), len(nb))
    if ra and rb:
        return 1.0  # same role, named on one side only ("villagers" / "Civilians (Mali)")
    return 0.0


def _words(rec: EventRecord) -> frozenset[str]:
    parts = [rec.notes or ""]
    parts.extend(e.text for e in rec.evidence if hasattr(e, "text"))
    text = " ".join(parts)
    # a stored mention is scored against every new mention of its block: keep its words on the
    # record, keyed by the text they came from (a changed record recomputes them)
    cached = rec.__dict__.get("_dl_words")
    if cached is not None and cached[0] == text:
        return cached[1]
    words = _text_words(text)
    rec.__dict__["_dl_words"] = (text, words)
    return words


@functools.lru_cache(maxsize=16384)  # records re-read from the store are new objects with the same text
def _text_words(text: str) -> frozenset[str]:
    toks = _WORD.findall(text.casefold())
    return frozenset(t for t in toks if len(t) > 2 and t not in _TEXT_STOP)


def _killed(rec: EventRecord) -> int | None:
    """The mention's reported death toll, or None when it reports none (0 means 'not reported')."""
    for v in (rec.killed_best, rec.killed_low, rec.fatalities or None):
        if v:
            return int(v)
    return None


def _injured(rec: EventRecord) -> int | None:
    for v in (rec.injured_best, rec.injured_low):
        if v:
            return int(v)
    return None


@dataclass
class PairScore:
    score: float
    reasons: list[str] = field(default_factory=list)
    conflict: str | None = None  # set when the pair can never be the same event

    @property
    def ok(self) -> bool:
        return self.conflict is None


def conflict(a: EventRecord, b: EventRecord) -> str | None:
    """Why two mentions cannot be the same event, or None."""
    if a.country_code and b.country_code and a.country_code.upper() != b.country_code.upper():
        return "different country"
    if (a.status or "occurred") != (b.status or "occurred"):
        return "different status"
    if type_group(a.event_type) != type_group(b.event_type):
        return "different kind of event"
    da, db = _date(a.event_date), _date(b.event_date)
    if da is None or db is None:
        return "no date"
    if abs((da - db).days) > window_days(a, b):
        return f"dates {abs((da - db).days)} days apart"
    if a.admin1 and b.admin1 and _norm(a.admin1) != _norm(b.admin1):
        return "different admin1"
    if a.admin2 and b.admin2 and _norm(a.admin2) != _norm(b.admin2):
        return "different admin2"
    return None


def pair_score(a: EventRecord, b: EventRecord) -> PairScore:
    """Evidence that two mentions describe the same event (see the module docstring)."""
    why = conflict(a, b)
    if why:
        return PairScore(float("-inf"), [], why)
    s = 0.0
    reasons: list[str] = []
    gap = abs((_date(a.event_date) - _date(b.event_date)).days)  # type: ignore[operator]
    if gap == 0:
        s += 1.0
        reasons.append("same date")
    elif gap == 1:
        s += 0.4
        reasons.append("dates one day apart")
    else:
        s += 0.2
        reasons.append(f"dates {gap} days apart, within the precision window")

    if a.admin2 and b.admin2:
        s += 1.0
        reasons.append(f"same admin2 {a.admin2}")
        if a.location and b.location and _norm(a.location) == _norm(b.location):
            s += 0.5
            reasons.append(f"same location {a.location}")
    elif a.admin1 and b.admin1:
        s += 0.3
        reasons.append(f"same admin1 {a.admin1}")
        if a.location and b.location and _norm(a.location) == _norm(b.location):
            s += 0.7
            reasons.append(f"same location {a.location}")

    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        s += 1.0
        reasons.append(f"same sub-event type {a.sub_event_type}")
    elif a.event_type and a.event_type == b.event_type:
        s += 0.3
        reasons.append("same event type")
    else:
        s -= TYPE_MISMATCH_PENALTY
        reasons.append("different event types")

    straight = _actor_sim(a.actor1, b.actor1) + _actor_sim(a.actor2, b.actor2)
    crossed = _actor_sim(a.actor1, b.actor2) + _actor_sim(a.actor2, b.actor1)
    act = max(straight, crossed)  # clashes: who is actor1 is the outlet's choice
    if act:
        s += 1.0 * act
        reasons.append(f"actors {'agree' if act > 0 else 'differ'} ({act:+.1f})")

    ka, kb = _killed(a), _killed(b)
    if ka and kb:
        r = min(ka, kb) / max(ka, kb)
        # tolls grow as bodies are found: 10 vs 14 is the same event, 2 vs 30 rarely
        f = 1.0 * r if r >= 0.5 else (-0.8 if r < 0.25 else 0.0)
        s += f
        reasons.append(f"killed {ka} vs {kb} ({f:+.1f})")
    ia, ib = _injured(a), _injured(b)
    if ia and ib:
        r = min(ia, ib) / max(ia, ib)
        f = 0.4 * r if r >= 0.5 else (-0.3 if r < 0.25 else 0.0)
        s += f

    wa, wb = _words(a), _words(b)
    if wa and wb:
        jac = len(wa & wb) / len(wa | wb)
        s += WORDING_WEIGHT * jac
        if jac:
            reasons.append(f"wording overlap {jac:.2f}")
    return PairScore(s, reasons)


@dataclass
class Match:
    event_key: str
    score: float
    reasons: list[str]


def best_match(rec: EventRecord, candidates: Iterable[tuple[str, Sequence[tuple[str, EventRecord]]]],
               report_id: str | None = None, threshold: float = MATCH_THRESHOLD) -> Match | None:
    """The candidate event ``rec`` belongs to, or None.

    ``candidates``: (event key, [(report id, mention record), ...]) for the events in rec's block.
    An event that already holds a mention of ``report_id`` is skipped (one report, distinct events).
    """
    best: Match | None = None
    for key, members in candidates:
        if report_id is not None and any(rid == report_id for rid, _ in members):
            continue
        top: PairScore | None = None
        bad = False
        for _, m in members:
            ps = pair_score(rec, m)
            if not ps.ok:
                bad = True
                break
            if top is None or ps.score > top.score:
                top = ps
        if bad or top is None or top.score < threshold:
            continue
        if best is None or top.score > best.score:
            best = Match(key, top.score, top.reasons)
    return best


# --- batch clustering (tests, rebuilds) ---------------------------------------------------------


class BlockIndex:
    """Events kept sorted by date per (country, type group, status): candidates by bisection."""

    def __init__(self) -> None:
        self._dates: dict[tuple, list[tuple[dt.date, int]]] = defaultdict(list)

    def add(self, rec: EventRecord, key: int) -> None:
        b = block_of(rec)
        if b is None:
            return
        lst = self._dates[(b.country_code, b.group, b.status)]
        bisect.insort(lst, (_date(rec.event_date), key))  # type: ignore[arg-type]

    def candidates(self, rec: EventRecord) -> list[int]:
        b = block_of(rec)
        if b is None:
            return []
        lst = self._dates.get((b.country_code, b.group, b.status), [])
        lo = bisect.bisect_left(lst, (b.date_from, -1))
        hi = bisect.bisect_right(lst, (b.date_to, float("inf")))
        return sorted({k for _, k in lst[lo:hi]})


def cluster(items: Sequence[tuple[str, EventRecord]], threshold: float = MATCH_THRESHOLD) -> list[list[int]]:
    """Group (report id, record) items into events, the same way the store does when it ingests
    them in this order. Returns lists of item indexes."""
    clusters: list[list[int]] = []
    index = BlockIndex()
    for i, (rid, rec) in enumerate(items):
        cands = index.candidates(rec)
        m = best_match(rec, ((c, [items[j] for j in clusters[c]]) for c in cands), rid, threshold)
        if m is None:
            clusters.append([i])
            index.add(rec, len(clusters) - 1)
        else:
            clusters[m.event_key].append(i)  # type: ignore[index]
            # the cluster's date set grows: index the new date too so later mentions find it
            index.add(rec, m.event_key)  # type: ignore[arg-type]
    return clusters


# --- fusing mentions into one event record --------------------------------------------------------


def _vote(values: Iterable[str | None]) -> str | None:
    vals = [v for v in values if v]
    if not vals:
        return None
    return Counter(vals).most_common(1)[0][0]


def _join_unique(values: Iterable[str | None]) -> str | None:
    out: list[str] = []
    for v in values:
        for part in (v or "").split(";"):
            p = part.strip()
            if p and p not in out:
                out.append(p)
    return "; ".join(out) or None


def fuse(mentions: Sequence[EventRecord], event_id: str = "") -> EventRecord:
    """One record from all the mentions of an event (the first mention is the oldest)."""
    if not mentions:
        raise ValueError("fuse() needs at least one mention")
    ms = list(mentions)
    primary = max(ms, key=lambda m: (m.confidence or 0.0, len(m.evidence), -ms.index(m)))
    out = dataclasses.replace(primary, evidence=list(primary.evidence), warnings=list(primary.warnings))
    out.event_id = event_id or primary.event_id

    # date: the most precise; among equally precise ones, the date most sources give (then earliest)
    dated = [m for m in ms if m.event_date]
    if dated:
        best_p = min(m.time_precision or 3 for m in dated)
        pool = [m for m in dated if (m.time_precision or 3) == best_p]
        counts = Counter(m.event_date for m in pool)
        out.event_date = min(counts, key=lambda d: (-counts[d], d))
        out.time_precision = best_p
        ends = [m.event_date_end for m in pool if m.event_date_end]
        out.event_date_end = max(ends) if ends else None
        precs = [m.date_prec for m in dated if m.date_prec]
        out.date_prec = min(precs) if precs else out.date_prec

    # place: the most precise any source gives (ACLED geo_precision 1 best), with its coordinates
    placed = [m for m in ms if m.country_code]
    if placed:
        geo = min(placed, key=lambda m: (m.geo_precision or 4, 0 if m.admin2 else 1, 0 if m.admin1 else 1,
                                          -(m.confidence or 0.0)))
        for f in ("country", "country_code", "admin1", "admin2", "location", "latitude", "longitude",
                  "geo_precision", "geonames_id"):
            setattr(out, f, getattr(geo, f))
        if not out.admin1:
            out.admin1 = _vote(m.admin1 for m in ms)
        wps = [m.where_prec for m in placed if m.where_prec]
        out.where_prec = min(wps) if wps else out.where_prec

    # type and actors: what most sources say, the primary mention breaking ties
    sub = _vote([primary.sub_event_type] + [m.sub_event_type for m in ms])
    if sub:
        src = next(m for m in [primary, *ms] if m.sub_event_type == sub)
        out.sub_event_type, out.event_type = sub, src.event_type
        out.plover_type, out.plover_mode = src.plover_type, src.plover_mode
    for a, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        v = _vote([getattr(primary, a)] + [getattr(m, a) for m in ms])
        if v:
            src = next(m for m in [primary, *ms] if getattr(m, a) == v)
            setattr(out, a, v)
            setattr(out, inter, getattr(src, inter))
    out.assoc_actor_1 = _join_unique(m.assoc_actor_1 for m in ms)
    out.assoc_actor_2 = _join_unique(m.assoc_actor_2 for m in ms)

    # figures: ACLED codes the most conservative credible figure; keep the range across sources
    for kind in ("killed", "injured"):
        reported = [m for m in ms if (_killed(m) if kind == "killed" else _injured(m))]
        if not reported:
            continue
        lows = [getattr(m, f"{kind}_low") or getattr(m, f"{kind}_best") or (m.fatalities if kind == "killed" else 0)
                for m in reported]
        bests = [getattr(m, f"{kind}_best") or getattr(m, f"{kind}_low") or (m.fatalities if kind == "killed" else 0)
                 for m in reported]
        highs = [getattr(m, f"{kind}_high") or getattr(m, f"{kind}_best") or getattr(m, f"{kind}_low") or 0
                 for m in reported]
        setattr(out, f"{kind}_low", min(v for v in lows if v) if any(lows) else None)
        setattr(out, f"{kind}_best", int(statistics.median_low([b for b in bests if b])) if any(bests) else None)
        setattr(out, f"{kind}_high", max(highs) if any(highs) else None)
        if kind == "killed":
            # each source's own conservative figure, then the lowest of those
            out.fatalities = min(m.fatalities or _killed(m) or 0 for m in reported)
    out.incident_count = max(m.incident_count or 1 for m in ms)
    out.abducted_best = max((m.abducted_best or 0 for m in ms), default=0) or None
    out.arrested_best = max((m.arrested_best or 0 for m in ms), default=0) or None
    out.civilian_targeting = any(m.civilian_targeting for m in ms)
    out.perpetrators_included = primary.perpetrators_included
    out.source = _join_unique(m.source for m in ms)
    out.confidence = max(m.confidence or 0.0 for m in ms)
    warns: list[str] = []
    for m in ms:
        for w in m.warnings:
            if w not in warns:
                warns.append(w)
    out.warnings = warns
    return out


__all__ = [
    "Block", "BlockIndex", "DATE_WINDOW_DAYS", "MATCH_THRESHOLD", "Match", "PairScore", "best_match",
    "block_of", "cluster", "conflict", "fuse", "pair_score", "type_group", "window_days",
]
