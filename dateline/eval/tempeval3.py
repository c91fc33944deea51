"""Scorer ``tempeval3``: date normalisation on the TempEval-3 "platinum" test set (20 news reports).

Each ``.tml`` file is stripped to plain text (the ``<TEXT>`` element, tags removed); its DCT
(document creation time) is the publication date. Gold: every TIMEX3 of type DATE in the
text (the DCT itself excluded), with its normalised ISO value.

- ``date_recall``: share of gold DATE expressions that overlap a date mention of
  ``doc._.dl_times`` (recognition, lenient span match as in TempEval-3's relaxed scoring);
- ``date_value_accuracy``: among those recognised, share whose TimeML value
  (:func:`dateline.nlp.dates.timex_value`) equals the gold value (the issue's target, >= .90);
- ``date_value_end_to_end``: correct values over all gold DATE expressions (recall x accuracy);
- (``$DATELINE_TEMPEVAL3_DIR`` scores every ``.tml`` under another TimeML folder instead, e.g. a
  held-out collection; see :func:`gold_files`)
- ``date_precision`` (not gated): share of our date mentions that overlap some gold TIMEX3 of
  any type (TempEval annotates only some expressions, so this is a lower bound).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import DatelineError, ErrorCode
from .base import Metric, sample

NAME = "tempeval3"
DIR = "tempeval3_platinum/te3-platinum"
FILES = [
    "AP_20130322.tml", "CNN_20130321_821.tml", "CNN_20130322_1003.tml", "CNN_20130322_1243.tml",
    "CNN_20130322_248.tml", "CNN_20130322_314.tml", "WSJ_20130318_731.tml", "WSJ_20130321_1145.tml",
    "WSJ_20130322_159.tml", "WSJ_20130322_804.tml", "bbc_20130322_1150.tml", "bbc_20130322_1353.tml",
    "bbc_20130322_1600.tml", "bbc_20130322_332.tml", "bbc_20130322_721.tml", "nyt_20130321_china_pollution.tml",
    "nyt_20130321_cyprus.tml", "nyt_20130321_sarcozy.tml", "nyt_20130321_women_senate.tml",
    "nyt_20130322_strange_computer.tml",
]
GOLD_FILES = [f"{DIR}/{f}" for f in FILES]
ENV_DIR = "DATELINE_TEMPEVAL3_DIR"  # another TimeML folder to score (held out: e.g. TBAQ-cleaned)


def gold_files(data_dir: Path) -> list[str]:
    """The platinum files, or every ``*.tml`` under ``$DATELINE_TEMPEVAL3_DIR`` (relative to the data
    dir, or absolute) — a held-out TimeML collection a user has, scored the same way."""
    other = os.environ.get(ENV_DIR, "").strip()
    if not other:
        return list(GOLD_FILES)
    root = Path(other) if Path(other).is_absolute() else data_dir / other
    files = sorted(str(p.relative_to(data_dir)) if not Path(other).is_absolute() else str(p)
                   for p in root.rglob("*.tml"))
    if not files:
        raise DatelineError(ErrorCode.E006, detail=f"{ENV_DIR}={other!r}: no .tml files there")
    return files
DEFAULT_LIMIT = None


def parse_tml(raw: str) -> dict[str, Any]:
    """Plain text of <TEXT>, the DCT value and the TIMEX3 spans (offsets into that text)."""
    from defusedxml import ElementTree as ET

    root = ET.fromstring(raw.encode("utf-8"))
    dct = None
    for el in root.iter("DCT"):
        for t in el.iter("TIMEX3"):
            dct = t.get("value")
    text_el = next(root.iter("TEXT"))
    parts: list[str] = []
    timexes: list[dict[str, Any]] = []
    pos = 0

    def walk(el) -> None:
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                timexes.append({"start": start, "end": pos, "type": child.get("type"),
                                "value": child.get("value"), "text": "".join(child.itertext())})
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(text_el)
    return {"text": "".join(parts), "dct": dct, "timexes": timexes}


def score(data_dir: Path, limit: int | None, seed: int) -> list[Metric]:
    from ..article import Article
    from ..nlp.dates import timex_value
    from ..nlp.pipeline import process

    files = sample(gold_files(data_dir), limit, seed)
    docs = [parse_tml((data_dir / f).read_text(encoding="utf-8")) for f in files]
    arts = [Article(text=d["text"], id=f"te3-{Path(f).name}", published=d["dct"][:10] if d["dct"] else None)
            for f, d in zip(files, docs)]
    gold_n = recognised = correct = 0
    pred_n = pred_hit = 0
    errors: Counter = Counter()
    examples: list[str] = []
    for d, res in zip(docs, process(arts, keep_docs=True)):
        if res.rejection is not None:
            gold_n += sum(1 for t in d["timexes"] if t["type"] == "DATE")
            errors[f"report rejected: {res.rejection.reason.value}"] += 1
            continue
        ours = [t for t in (res.doc._.dl_times or []) if t.kind == "date"]
        for t in ours:
            pred_n += 1
            pred_hit += any(t.start < g["end"] and g["start"] < t.end for g in d["timexes"])
        for g in d["timexes"]:
            if g["type"] != "DATE":
                continue
            gold_n += 1
            match = [t for t in ours if t.start < g["end"] and g["start"] < t.end]
            if not match:
                errors["not recognised"] += 1
                examples.append(f"missed {g['text']!r} ({g['value']})")
                continue
            recognised += 1
            val = timex_value(match[0])
            if val == g["value"]:
                correct += 1
            else:
                cause = "no value" if val is None else "wrong value"
                errors[cause] += 1
                examples.append(f"{g['text']!r}: gold {g['value']}, ours {val} ({match[0].text!r})")
        res.doc = None
    extra = {"errors": dict(errors.most_common()), "examples": examples[:40]}
    return [
        Metric(NAME, "date_value_accuracy", correct / recognised if recognised else None, recognised, extra=extra,
               note="TIMEX3 DATE values, among recognised expressions"),
        Metric(NAME, "date_recall", recognised / gold_n if gold_n else None, gold_n,
               note="DATE expressions recognised (overlap)"),
        Metric(NAME, "date_value_end_to_end", correct / gold_n if gold_n else None, gold_n,
               note="correct values over all gold DATE expressions"),
        Metric(NAME, "date_precision", pred_hit / pred_n if pred_n else None, pred_n, gated=False,
               note="our date mentions overlapping a gold TIMEX3 (lower bound: not every date is annotated)"),
    ]


def main() -> int:  # pragma: no cover - a debugging aid
    from .base import SEED, default_data_dir

    for m in score(default_data_dir(), None, SEED):
        print(f"{m.name:24s} {m.value if m.value is None else round(m.value, 4)!s:8s} n={m.n}")
        for k, v in (m.extra.get("errors") or {}).items():
            print(f"    {v:4d}  {k}")
        for e in m.extra.get("examples") or []:
            print("      ", e)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
