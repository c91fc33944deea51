"""PLOVER gold-standard records (OEDA, adapted from the CAMEO manual): PLOVER type per sentence.

Gold: ``plover_gsr/PLOVER_GSR_CAMEO.txt`` (322 sentences, PLOVER 0.5b1 categories). The 2024
manual's 16 types folded DEMAND into REQUEST, DISAPPROVE into ACCUSE, FIGHT into ASSAULT and
INVESTIGATE into ACCUSE (the set's SOURCE.txt); the gold is mapped that way.

Prediction rule: each sentence runs through the pipeline; the prediction is the PLOVER type
of its main record (the most confident record with a PLOVER type, any status: the gold codes
threats and promises too), else of its main event mention. ``type_accuracy_mentions`` is the
figure from the mentions alone. Reported, not gated: the sentences are the CAMEO manual's
diplomatic examples, far from the violent events Dateline is built for.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .base import Metric, sample

NAME = "plover"
GOLD = "plover_gsr/PLOVER_GSR_CAMEO.txt"
GOLD_FILES = (GOLD,)
DEFAULT_LIMIT = None  # 322 single sentences: about 10 s

TO_2024 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def load(data_dir: Path) -> list[tuple[str, str, str]]:
    recs = json.loads((data_dir / GOLD).read_text(encoding="utf-8"))
    return [(r["id"], r["text"], TO_2024.get(r["event"], r["event"])) for r in recs
            if r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def score(data_dir: Path, limit: int | None, seed: int) -> list[Metric]:
    from ..article import Article
    from ..nlp.events import main_event
    from ..nlp.pipeline import process

    items = sample(load(data_dir), limit, seed)
    arts = [Article(text=t, id=i) for i, t, _ in items]
    results = {r.article.id: r for r in process(arts, keep_docs=True)}
    ok = ok_m = 0
    confusion: Counter = Counter()
    for i, _, gold in items:
        res = results[i]
        recs = [r for r in (res.records if res.ok else []) if r.plover_type]
        ev = main_event([e for e in (res.doc._.dl_events if res.ok else []) if e.plover_type and not e.generic])
        pred_m = ev.plover_type if ev else None
        pred = max(recs, key=lambda r: r.confidence).plover_type if recs else pred_m
        ok += pred == gold
        ok_m += pred_m == gold
        if pred != gold:
            confusion[(gold, pred)] += 1
    n = len(items)
    top = ", ".join(f"{g}->{p} {k}" for (g, p), k in confusion.most_common(4))
    return [
        Metric(NAME, "type_accuracy", ok / n if n else None, n, gated=False, note=f"most confused: {top}"),
        Metric(NAME, "type_accuracy_mentions", ok_m / n if n else None, n, gated=False),
    ]
