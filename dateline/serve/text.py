"""Evidence spans -> the sentences that contain them, for the API and the event page."""

from __future__ import annotations

import re
from typing import Any, Iterable

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace,
# or at a blank line / line break. Abbreviations like "Gen." split too early sometimes; the
# sentence is a reading aid, the exact evidence span is always given alongside it.
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The [start, end) of the sentence(s) covering text[start:end]."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    s = 0
    for m in _END.finditer(text, 0, start):
        s = m.end()
    e = len(text)
    m = _END.search(text, max(end, start + 1) - 1 if end > start else end)
    if m is not None and m.start() >= start:
        e = m.end() if text[m.start()] != "\n" else m.start()
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def evidence_sentences(report_id: str, text: str, evidence: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group evidence spans of one report by sentence, in text order.

    Spans whose offsets do not fit the text, or whose quoted text differs from the text at
    those offsets, are still listed but flagged ``"offsets_ok": false``."""
    by_sent: dict[tuple[int, int], dict[str, Any]] = {}
    for ev in evidence:
        try:
            a, b = int(ev.get("start")), int(ev.get("end"))
        except (TypeError, ValueError):
            continue
        ok = 0 <= a <= b <= len(text) and (not ev.get("text") or text[a:b] == ev.get("text"))
        if not (0 <= a <= b <= len(text)):
            continue
        s, e = sentence_bounds(text, a, b)
        row = by_sent.setdefault((s, e), {"report_id": report_id, "start": s, "end": e, "text": text[s:e],
                                          "fields": [], "spans": []})
        f = str(ev.get("field") or "")
        if f and f not in row["fields"]:
            row["fields"].append(f)
        row["spans"].append({"field": f, "start": a, "end": b, "text": text[a:b], "offsets_ok": ok})
    out = [by_sent[k] for k in sorted(by_sent)]
    # merge sentences that overlap (a span crossing a sentence boundary)
    merged: list[dict[str, Any]] = []
    for row in out:
        if merged and row["start"] < merged[-1]["end"]:
            last = merged[-1]
            last["end"] = max(last["end"], row["end"])
            last["text"] = text[last["start"]:last["end"]]
            last["fields"] += [f for f in row["fields"] if f not in last["fields"]]
            last["spans"] += row["spans"]
        else:
            merged.append(row)
    for row in merged:
        row["spans"].sort(key=lambda sp: (sp["start"], sp["end"]))
    return merged
