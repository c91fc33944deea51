"""Run scorers, compare with pinned floors, write the quality table.

``floors.json`` (next to this file) maps ``"set.metric"`` to
``{"floor": x, "gold": {"relative/path": "sha256"}, "measured": y, "date": "YYYY-MM-DD"}``.
Floors only move up, in the commit that earned them (``dateline eval all --update-floors``
raises a floor to the measured figure minus a small margin, never lowers one).
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DatelineError, ErrorCode
from .base import SEED, Metric, sha256_file

# scorer modules, in the order `dateline eval all` runs them
SETS: tuple[str, ...] = ("seed", "gva", "tempeval3", "muc4", "case2021", "wikievents", "indiapolice",
                         "plover", "geoparsing")

FLOORS_PATH = Path(__file__).with_name("floors.json")

# Margin below the measured figure at which a new floor is pinned: sampling is seeded, so
# figures are deterministic; the margin only absorbs float noise and harmless rule changes.
FLOOR_MARGIN = 0.01


def scorer(name: str):
    if name not in SETS:
        raise DatelineError(ErrorCode.E006, detail=f"unknown gold set {name!r}; choose one of {', '.join(SETS)}")
    return importlib.import_module(f"{__package__}.{name}")


def gold_files(mod: Any, data_dir: Path) -> list[str]:
    """The gold files a scorer reads: ``gold_files(data_dir)`` where the split is chosen at run
    time (held-out splits), else the module's ``GOLD_FILES``."""
    fn = getattr(mod, "gold_files", None)
    return list(fn(data_dir)) if fn else list(mod.GOLD_FILES)


def available(name: str, data_dir: Path) -> bool:
    mod = scorer(name)
    files = gold_files(mod, data_dir)
    return bool(files) and all((data_dir / f).exists() for f in files)


def fingerprints(name: str, data_dir: Path) -> dict[str, str]:
    mod = scorer(name)
    return {f: sha256_file(data_dir / f) for f in gold_files(mod, data_dir)}


@dataclass
class SetResult:
    name: str
    metrics: list[Metric]
    seconds: float
    limit: int | None
    gold: dict[str, str]
    skipped: str | None = None


def run_set(name: str, data_dir: Path, limit: int | None | str = "default", seed: int = SEED) -> SetResult:
    try:
        mod = scorer(name)
    except ModuleNotFoundError as exc:
        return SetResult(name, [], 0.0, None, {}, skipped=f"scorer not available ({exc.name})")
    if not available(name, data_dir):
        return SetResult(name, [], 0.0, None, {}, skipped=f"gold files missing under {data_dir}")
    lim = getattr(mod, "DEFAULT_LIMIT", None) if limit == "default" else limit
    t0 = time.perf_counter()
    metrics = mod.score(data_dir, lim, seed)
    return SetResult(name, metrics, time.perf_counter() - t0, lim, fingerprints(name, data_dir))


def load_floors() -> dict[str, Any]:
    if FLOORS_PATH.exists():
        return json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    return {}


def check(results: list[SetResult], floors: dict[str, Any] | None = None) -> list[str]:
    """Return the failures: metrics below their floor, or measured on different gold data."""
    floors = load_floors() if floors is None else floors
    failures = []
    for res in results:
        if res.skipped:
            continue
        for m in res.metrics:
            f = floors.get(m.key)
            if not f or not m.gated:
                continue
            if "limit" in f and f["limit"] != res.limit:
                continue  # a floor pinned on another sample (or the whole set: limit None) does not apply
            for path, digest in f.get("gold", {}).items():
                if res.gold.get(path) not in (None, digest):
                    failures.append(f"{m.key}: gold file {path} changed (sha256 {res.gold[path][:12]} != {digest[:12]})")
            if m.value is None:
                failures.append(f"{m.key}: no value (floor {f['floor']})")
            elif m.higher_is_better and m.value < f["floor"] - 1e-9:
                failures.append(f"{m.key}: {m.value:.4f} is below its floor {f['floor']:.4f}")
            elif not m.higher_is_better and m.value > f["floor"] + 1e-9:
                failures.append(f"{m.key}: {m.value:.4f} is above its ceiling {f['floor']:.4f}")
    return failures


def update_floors(results: list[SetResult]) -> dict[str, Any]:
    """Raise floors to measured - margin (never lower them). Returns the new floors."""
    floors = load_floors()
    today = dt.date.today().isoformat()
    for res in results:
        if res.skipped:
            continue
        for m in res.metrics:
            if not m.gated or m.value is None:
                continue
            new = round(m.value - FLOOR_MARGIN if m.higher_is_better else m.value + FLOOR_MARGIN, 4)
            old = floors.get(m.key)
            if old and old.get("limit") == res.limit:
                better = new > old["floor"] if m.higher_is_better else new < old["floor"]
                if not better:
                    continue
            floors[m.key] = {"floor": new, "measured": round(m.value, 4), "n": m.n, "limit": res.limit,
                             "gold": res.gold, "date": today}
    FLOORS_PATH.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return floors


def table_rows(results: list[SetResult], floors: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    floors = load_floors() if floors is None else floors
    rows = []
    for res in results:
        if res.skipped:
            rows.append({"set": res.name, "metric": "-", "ours": None, "floor": None, "peer": None,
                         "n": 0, "note": f"skipped: {res.skipped}", "seconds": 0.0, "limit": None})
            continue
        for m in res.metrics:
            f = floors.get(m.key, {})
            rows.append({"set": res.name, "metric": m.name, "ours": m.value, "floor": f.get("floor"),
                         "peer": m.peer, "peer_name": m.peer_name, "n": m.n, "note": m.note,
                         "seconds": round(res.seconds, 1), "limit": res.limit, "gated": m.gated})
    return rows


def markdown_report(results: list["SetResult"], rows: list[dict[str, Any]]) -> str:
    """The docs/QUALITY.md page: how it was measured, then the table."""
    lines = [
        "# Quality",
        "",
        f"Measured by `make quality` (`dateline eval all`) on {dt.date.today().isoformat()}. Each figure is",
        "compared with the floor pinned in `dateline/eval/floors.json` (with the sha256 of the gold files it",
        "was measured on); CI fails when one drops below its floor. Peer figures are the published ones named",
        "in each row (on the sets' test splits, which are held out here). Samples are drawn with a fixed seed.",
        "",
        "| set | items scored | seconds |",
        "|---|---|---|",
    ]
    for r in results:
        if r.skipped:
            lines.append(f"| {r.name} | skipped: {r.skipped} | |")
        else:
            n = max((m.n for m in r.metrics), default=0)
            lim = "all" if r.limit is None else f"fixed-seed sample of {r.limit}"
            lines.append(f"| {r.name} | {lim} (largest n = {n}) | {r.seconds:.0f} |")
    lines += ["", markdown(rows)]
    return "\n".join(lines)


def markdown(rows: list[dict[str, Any]]) -> str:
    def fmt(v):
        return "" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))

    out = ["| set | metric | ours | floor | peer | n | note |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        peer = fmt(r.get("peer"))
        if peer and r.get("peer_name"):
            peer = f"{peer} ({r['peer_name']})"
        out.append(f"| {r['set']} | {r['metric']} | {fmt(r['ours'])} | {fmt(r['floor'])} | {peer} | {r['n']} | {r.get('note') or ''} |")
    return "\n".join(out) + "\n"
