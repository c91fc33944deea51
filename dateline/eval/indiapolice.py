"""IndiaPoliceEvents (Halterman et al. 2021): did the police kill, arrest, use force? Per sentence.

Gold: ``india_police_events/data/final/sents.jsonl`` (Times of India, March 2002, Gujarat;
adjudicated sentence labels). Label semantics (the set's README): KILL = "did police kill
someone?"; ARREST = "did police arrest someone?"; FORCE = "did police use force or violence?"
(it includes KILL).

Each sentence runs through the pipeline alone (the labels are per sentence; the text is
lower case with mojibake, kept as it is). Prediction rule, from the records:

- ARREST: an occurred ``Arrests`` record (or a protest with intervention that arrested people)
  whose initiator is police or unnamed (arrests are made by the police in these reports);
- KILL: an occurred record whose initiator is police (``actor1`` names police, or the state
  forces when the sentence says "police", or nobody when the sentence names police force such
  as "police firing") with a death figure, or a violent record of theirs (attack, excessive
  force, armed clash, or a riot or protest record whose crowd (actor1) the police met with force
  (actor2), as ACLED codes riots) in a sentence with a killing word;
- FORCE: KILL, or an occurred violent/force record (firing, lathi-charge, tear gas, excessive
  force, protest with intervention other than arrests) initiated by police.

Sampling: documents are sampled (fixed seed) and all their sentences scored; ``--full`` scores
all 1,257 documents (21,391 sentences, about 10 minutes on 2 cores).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .base import Metric, prf, sample

NAME = "indiapolice"
GOLD = "india_police_events/data/final/sents.jsonl"
GOLD_FILES = (GOLD,)
DEFAULT_LIMIT = 150  # documents (about 2,500 sentences, 1-2 minutes)
LABELS = ("KILL", "ARREST", "FORCE")

_POLICE = re.compile(r"\b(police|policem[ae]n|cops?|constables?|sub-inspector|inspector|sp|dsp|srp|crpf|rapid action force|raf|bsf|army|jawans?|troops|soldiers|security forces|paramilitary)\b", re.I)
# the registry's name for the state forces a sentence calls "security forces" or "army" (India's
# or of no country told; another state's forces are not the police of these reports)
_STATE_FORCES = re.compile(r"^Military Forces(?! of (?!India))")
_FORCE_TYPES = frozenset({"Attack", "Armed clash", "Excessive force against protesters", "Protest with intervention",
                          "Mob violence", "Violent demonstration", "Shelling/artillery/missile attack", "Grenade"})


def load(data_dir: Path) -> list[tuple[int, list[dict]]]:
    docs: dict[int, list[dict]] = {}
    with open(data_dir / GOLD, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs.setdefault(d["doc_id"], []).append(d)
    return sorted(docs.items())


_KILLING = re.compile(r"\b(kill(ed|ing|s)?|shot dead|gunned down|died|dead|deaths?|lives)\b", re.I)
# ("lathicharge" written as one word: a protest record with the crowd first, QA round twenty)
_FORCE_WORDS = re.compile(r"\b(fir(ed|ing|es)|open(ed)? fire|lathi\w*|baton|tear[- ]?gas|shot|shoot(ing)?)\b", re.I)
_POLICE_FORCE = re.compile(r"\bpolice (firing|fire[ds]?|opened fire|lathi|baton|beat)", re.I)


def _police_initiated(rec, text: str) -> bool:
    if rec.actor1 and (_POLICE.search(rec.actor1) or _STATE_FORCES.match(rec.actor1)):
        return True
    # the actor registry may name the state forces generically; the sentence says who
    if rec.inter1 == 1 and bool(_POLICE.search(text)):
        return True
    # an unattributed violent record in a sentence that names police force ("died in police
    # firing"): the police are the initiator the parse left unattached. A protest or riot record
    # names the crowd first, as ACLED does ("Rioters (India)" when the text names no group): the
    # police force in its sentence is still the police's act
    crowd = getattr(rec, "event_type", None) in ("Protests", "Riots") \
        and (rec.actor1 or "").startswith(("Protesters", "Rioters"))
    if crowd and rec.actor2 and (_POLICE.search(rec.actor2) or (rec.inter2 == 1 and bool(_POLICE.search(text)))) \
            and _FORCE_WORDS.search(text):
        return True  # the force that met the crowd (actor2, as ACLED codes riots), told using force
    return (rec.actor1 is None or crowd) and bool(_POLICE_FORCE.search(text))


def predict(records, doc, text: str) -> set[str]:
    out: set[str] = set()
    occurred = [r for r in records if r.status == "occurred"]
    for r in occurred:
        police = _police_initiated(r, text)
        if r.sub_event_type == "Arrests" and (police or r.actor1 is None):
            out.add("ARREST")
        if r.sub_event_type == "Protest with intervention" and re.search(r"\b(arrest|detain)", text, re.I) and police:
            out.add("ARREST")
        if not police:
            continue
        # a death figure, or a killing trigger in the sentence ("the policemen who killed a man")
        killed = (r.fatalities or 0) > 0 or (r.killed_best or 0) > 0 or (
            r.sub_event_type in _FORCE_TYPES - {"Protest with intervention"} and bool(_KILLING.search(text)))
        if killed and r.sub_event_type in _FORCE_TYPES | {None}:
            out.update({"KILL", "FORCE"})
        if r.sub_event_type in _FORCE_TYPES and not (r.sub_event_type == "Protest with intervention"
                                                    and not re.search(r"(lathi|tear|fire|firing|beat|baton|force)", text, re.I)):
            out.add("FORCE")
    return out


def score(data_dir: Path, limit: int | None, seed: int) -> list[Metric]:
    from ..article import Article
    from ..nlp.pipeline import process

    docs = sample(load(data_dir), limit, seed)
    sents = [s for _, ss in docs for s in ss if s["sent_text"].strip()]
    arts = [Article(text=s["sent_text"], id=f"{s['doc_id']}-{s['sent_id']}", published="2002-03-15") for s in sents]
    results = {r.article.id: r for r in process(arts, batch_size=64)}
    counts = {lab: [0, 0, 0] for lab in LABELS}
    for s in sents:
        res = results[f"{s['doc_id']}-{s['sent_id']}"]
        pred = predict(res.records, res.doc, s["sent_text"]) if res.ok else set()
        gold = set(s["sent_labels"])
        for lab in LABELS:
            c = counts[lab]
            if lab in pred and lab in gold:
                c[0] += 1
            elif lab in pred:
                c[1] += 1
            elif lab in gold:
                c[2] += 1
    out = []
    for lab in LABELS:
        tp, fp, fn = counts[lab]
        p, r, f = prf(tp, fp, fn)
        out.append(Metric(NAME, f"{lab.lower()}_f1", f, tp + fn, gated=lab != "FORCE" and tp + fn >= 5,
                          note=f"P {p:.3f} R {r:.3f}; {len(sents)} sentences of {len(docs)} documents"))
    return out
