"""Scorer ``tempeval3``: date normalisation on the TempEval-3 "platinum" test set (20 news reports).

Each ``.tml`` file is stripped to plain text (the ``<TEXT>`` element, tags removed); its DCT
(document creation time) is the publication date. Gold: every TIMEX3 of type DATE in the
text (the DCT itself excluded), with its normalised ISO value.

- ``date_recall``: share of gold DATE expressions that overlap a date mention of
  ``doc._.dl_times`` (recognition, lenient span match as in TempEval-3's relaxed scoring);
- ``date_value_accuracy``: among those recognised, share whose TimeML value
  (:func:`dateline.nlp.dates.timex_value`) equals the gold value (the issue's target, >= .90);
- ``date_value_end_to_end``: correct values over all gold DATE expressions (recall x accuracy);
- ``date_precision`` (not gated): share of our date mentions that overlap some gold TIMEX3 of
  any type (TempEval annotates only some expressions, so this is a lower bound).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

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

    files = sample(FILES, limit, seed)
    docs = [parse_tml((data_dir / DIR / f).read_text(encoding="utf-8")) for f in files]
    arts = [Article(text=d["text"], id=f"te3-{f}", published=d["dct"][:10] if d["dct"] else None)
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
