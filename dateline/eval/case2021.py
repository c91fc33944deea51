"""CASE 2021 Task 2: fine-grained event classification of short snippets (25 ACLED + 5 unseen types).

Gold: ``case2021_task2/dev_odd_ids.tsv`` (odd ids; the even ids are held out: where a user has
the task's labelled test release, ``DATELINE_CASE2021_GOLD=case2021_task2/<file>.tsv
DATELINE_CASE2021_IDS=even dateline eval case2021`` scores that half). Each snippet runs
through the whole pipeline (:func:`dateline.nlp.pipeline.process`).

Prediction rule (one label per snippet, as the task asks): the snippet's **main record** — among
the records the pipeline emits with an ACLED sub-event type and status ``occurred``, the most
confident (ties: the earliest). A snippet with no such record predicts nothing (a miss).
The same figure computed from the event mentions alone (:func:`dateline.nlp.events.main_event`
over ``doc._.dl_events``) is reported beside it, ungated, to tell typing errors from fusion ones.

Metrics:

- ``subtype_micro_f1``: micro-F1 over the 25 ACLED sub-event types on the snippets whose gold
  is an ACLED type (CASE 2021 subtask 1's measure; a snippet with no prediction is a false
  negative, a wrong label is a false positive and a false negative);
- ``subtype_macro_f1``: the unweighted mean of the per-type F1;
- ``unseen_no_violence``: the share of the 5 non-ACLED types' snippets (ORG_CRIME,
  NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) that yield no occurred, political,
  violent record (ordinary crime may yield a record flagged ``political_violence=False``).
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from pathlib import Path

from .base import Metric, prf, sample

NAME = "case2021"
GOLD = "case2021_task2/dev_odd_ids.tsv"
GOLD_FILES = (GOLD,)

DEFAULT_LIMIT = None  # 509 snippets of 1-3 sentences: about 15 s on 2 cores


def gold_file() -> str:
    """The TSV scored: ``$DATELINE_CASE2021_GOLD`` (a path under the data directory, same three
    columns, e.g. the task's full labelled test release), default the odd-id half."""
    return os.environ.get("DATELINE_CASE2021_GOLD", "").strip() or GOLD


def gold_files(data_dir: Path) -> list[str]:
    return [gold_file()]


def id_parity() -> str:
    """``$DATELINE_CASE2021_IDS``: ``all`` (default), ``even`` (the half held out here) or ``odd``."""
    from ..errors import DatelineError, ErrorCode

    v = os.environ.get("DATELINE_CASE2021_IDS", "all").strip().lower() or "all"
    if v not in ("all", "even", "odd"):
        raise DatelineError(ErrorCode.E006, detail=f"DATELINE_CASE2021_IDS={v!r}: choose all, even or odd")
    return v


# The set's label codes -> ACLED sub-event type names (event_types.txt / the task description).
CODES: dict[str, str] = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
UNSEEN = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")

# Best peer on the CASE 2021 Task 2 test set, subtask 1 (25 ACLED types): a fine-tuned
# RoBERTa ensemble, micro-F1 0.839 (Haneczok et al. 2021, CASE overview, ACL Anthology 2021.case-1).
PEER_MICRO_F1 = 0.839


def load(data_dir: Path) -> list[tuple[str, str, str]]:
    with open(data_dir / gold_file(), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    keep = {"all": (0, 1), "even": (0,), "odd": (1,)}[id_parity()]
    return [(r[0], r[1], r[2].strip()) for r in rows[1:]
            if len(r) >= 3 and (not r[0].strip().isdigit() or int(r[0]) % 2 in keep)]


def main_record(records):
    """The record a one-paragraph report is mainly about (see the module's prediction rule)."""
    cands = [(k, r) for k, r in enumerate(records) if r.sub_event_type and r.status == "occurred"]
    if not cands:
        return None
    return max(cands, key=lambda kr: (kr[1].confidence, -kr[0]))[1]


def violent_record(records) -> bool:
    from ..taxonomy import VIOLENT_EVENT_TYPES

    return any(r.status == "occurred" and r.event_type in VIOLENT_EVENT_TYPES and r.political_violence
               for r in records)


def run_pipeline(texts: list[tuple[str, str]], published=None):
    """(id, text) pairs -> {id: Result} with the docs kept."""
    from ..article import Article
    from ..nlp.pipeline import process

    arts = [Article(text=t, id=i, published=published) for i, t in texts]
    return {r.article.id: r for r in process(arts, keep_docs=True)}


def f1_table(pairs: list[tuple[str, str | None]], labels) -> tuple[float, float, dict[str, float]]:
    """(gold, predicted) pairs -> micro-F1, macro-F1, per-label F1 over ``labels``."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in pairs:
        if p == g:
            tp[g] += 1
        else:
            if p in labels:
                fp[p] += 1
            if g in labels:
                fn[g] += 1
    micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]
    per = {lab: prf(tp[lab], fp[lab], fn[lab])[2] for lab in labels}
    present = [lab for lab in labels if tp[lab] + fn[lab] > 0]
    macro = sum(per[lab] for lab in present) / len(present) if present else 0.0
    return micro, macro, per


def predictions(data_dir: Path, limit: int | None, seed: int):
    from ..nlp.events import main_event
    from ..taxonomy import VIOLENT_EVENT_TYPES

    items = sample(load(data_dir), limit, seed)
    results = run_pipeline([(i, t) for i, t, _ in items])
    out = []
    for i, text, code in items:
        res = results[i]
        recs = res.records if res.ok else []
        rec = main_record(recs)
        evs = res.doc._.dl_events if res.ok and res.doc is not None else []
        ev = main_event([e for e in evs if e.sub_event_type and e.status == "occurred" and not e.background
                         and not e.generic])
        ev_violent = any(e.status == "occurred" and not e.background and not e.generic and e.political
                         and e.event_type in VIOLENT_EVENT_TYPES for e in evs)
        out.append({"id": i, "text": text, "gold": code, "gold_type": CODES.get(code),
                    "pred": rec.sub_event_type if rec else None, "pred_mention": ev.sub_event_type if ev else None,
                    "violent": violent_record(recs), "violent_mention": ev_violent})
    return out


def score(data_dir: Path, limit: int | None, seed: int) -> list[Metric]:
    rows = predictions(data_dir, limit, seed)
    labels = set(CODES.values())
    seen = [r for r in rows if r["gold"] in CODES]
    unseen = [r for r in rows if r["gold"] in UNSEEN]
    micro, macro, per = f1_table([(r["gold_type"], r["pred"]) for r in seen], labels)
    micro_m, macro_m, _ = f1_table([(r["gold_type"], r["pred_mention"]) for r in seen], labels)
    quiet = sum(not r["violent"] for r in unseen) / len(unseen) if unseen else None
    quiet_m = sum(not r["violent_mention"] for r in unseen) / len(unseen) if unseen else None
    worst = sorted((v, k) for k, v in per.items() if any(r["gold_type"] == k for r in seen))[:5]
    note_worst = "weakest: " + ", ".join(f"{k} {v:.2f}" for v, k in worst)
    return [
        Metric(NAME, "subtype_micro_f1", micro, len(seen), PEER_MICRO_F1, "best CASE 2021 system (test set)",
               note="main record per snippet; " + note_worst, extra={"per_type_f1": per}),
        Metric(NAME, "subtype_macro_f1", macro, len(seen)),
        Metric(NAME, "unseen_no_violence", quiet, len(unseen), note="non-ACLED snippets with no violent record"),
        Metric(NAME, "subtype_micro_f1_mentions", micro_m, len(seen), gated=False,
               note="main event mention, before fusion"),
        Metric(NAME, "subtype_macro_f1_mentions", macro_m, len(seen), gated=False),
        Metric(NAME, "unseen_no_violence_mentions", quiet_m, len(unseen), gated=False),
    ]
