"""What every scorer returns, and helpers they share.

A scorer is a module ``dateline.eval.<name>`` with:

- ``NAME``: the set's name on the command line (``dateline eval NAME``);
- ``GOLD_FILES``: paths (relative to the data dir) of the gold files it reads; their sha256
  is pinned beside each floor in ``floors.json`` so a change to the data cannot move a score
  unnoticed. A scorer whose split is chosen by an environment variable (gva, muc4: to score a
  held-out split a user has) defines ``gold_files(data_dir) -> list[str]`` instead, which the
  runner prefers; a floor pinned on other gold files then fails ``--gate`` with "gold file
  changed" rather than passing silently;
- ``DEFAULT_LIMIT``: ``None`` (whole set) or a sample size used by ``dateline eval all`` to stay
  inside CI's budget (sampled with :func:`sample` and a fixed seed);
- ``score(data_dir: Path, limit: int | None, seed: int) -> list[Metric]``.
"""

from __future__ import annotations

import hashlib
import os
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence, TypeVar

T = TypeVar("T")

SEED = 13  # fixed sampling seed for every --limit


@dataclass
class Metric:
    set: str
    name: str  # e.g. "killed_exact", "subtype_micro_f1"
    value: float | None
    n: int = 0  # how many items the figure is over
    peer: float | None = None  # the published peer figure, where one exists
    peer_name: str | None = None
    higher_is_better: bool = True
    gated: bool = True  # False: reported only, never compared with a floor
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.set}.{self.name}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_data_dir() -> Path:
    """``$DATELINE_DATA`` or ``../shared/data`` next to the checkout / current directory."""
    env = os.environ.get("DATELINE_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        cand = base.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    return Path.cwd().parent / "shared" / "data"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sample(items: Sequence[T], limit: int | None, seed: int = SEED) -> list[T]:
    """A reproducible sample of ``limit`` items (all of them, in order, when limit is None)."""
    items = list(items)
    if limit is None or limit >= len(items):
        return items
    idx = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[i] for i in idx]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
