"""A small trained model of report relevance: does the report tell of a specific incident of
political violence (the MUC-4 sense: an attack, bombing, kidnapping or arson that happened),
or only talk about violence (commentary, policy, history, military campaigns in general)?

Logistic regression over binary word unigrams and bigrams of the lower-cased report, weights in
``dateline/data/models/muc4_relevance.json`` (numpy only at run time; trained by
``scripts/train_muc4_relevance.py`` on MUC-4 DEV; model card: ``dateline/data/models/README.md``).

The events stage consults it only where its rules are unsure (see ``events._apply_relevance``).
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

_WORD = re.compile(r"[a-z]+")
MODEL_FILE = "muc4_relevance.json"


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def features(text: str) -> set[str]:
    """Binary features of a report: its lower-case words and adjacent word pairs ("car_bomb")."""
    w = words(text)
    return set(w) | {f"{a}_{b}" for a, b in zip(w, w[1:])}


class RelevanceModel:
    def __init__(self, weights: dict[str, float], bias: float, meta: dict | None = None):
        self.weights = weights
        self.bias = bias
        self.meta = meta or {}

    @classmethod
    def from_json(cls, data: dict) -> "RelevanceModel":
        return cls(data["weights"], data["bias"], data.get("meta"))

    def score(self, feats: set[str]) -> float:
        """Probability that the report tells of a specific incident. Features are scaled by
        1/sqrt(n + 1) (n: how many the report has), as in training, so long and short reports
        are comparable."""
        if not feats:
            return 1.0 / (1.0 + math.exp(-self.bias))
        z = sum(self.weights.get(f, 0.0) for f in feats) / math.sqrt(len(feats) + 1) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def prob(self, text: str) -> float:
        return self.score(features(text))


@functools.lru_cache(maxsize=1)
def model() -> RelevanceModel | None:
    """The shipped model, or None when its file is absent (the rules then decide alone)."""
    path = Path(__file__).resolve().parents[1] / "data" / "models" / MODEL_FILE
    if not path.is_file():
        return None
    raw = path.read_text(encoding="utf-8")
    return RelevanceModel.from_json(json.loads(raw))
