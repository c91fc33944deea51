"""The quality gate's own logic, on made-up results (no gold data needed)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.eval import runner
from dateline.eval.base import Metric, prf, sample


def _res(value, digest="abc", limit=None, higher=True):
    m = Metric("toy", "f1", value, 10, higher_is_better=higher)
    return runner.SetResult("toy", [m], 0.1, limit, {"toy/gold.tsv": digest})


FLOORS = {"toy.f1": {"floor": 0.8, "gold": {"toy/gold.tsv": "abc"}, "limit": None}}


def test_below_floor_fails_and_above_passes():
    assert runner.check([_res(0.85)], FLOORS) == []
    (msg,) = runner.check([_res(0.79)], FLOORS)
    assert "below its floor" in msg


def test_floor_applies_only_to_the_sample_it_was_pinned_on():
    # a whole-set floor (limit None) says nothing of a 20-item --limit run, and the reverse
    assert runner.check([_res(0.5, limit=20)], FLOORS) == []
    sampled = {"toy.f1": dict(FLOORS["toy.f1"], limit=100)}
    assert runner.check([_res(0.5)], sampled) == []
    assert runner.check([_res(0.5, limit=100)], sampled)


def test_changed_gold_file_is_reported():
    (msg,) = runner.check([_res(0.9, digest="zzz")], FLOORS)
    assert "gold file toy/gold.tsv changed" in msg


def test_lower_is_better_metrics_use_a_ceiling():
    floors = {"toy.f1": {"floor": 0.2, "gold": {}, "limit": None}}
    assert runner.check([_res(0.1, higher=False)], floors) == []
    assert runner.check([_res(0.3, higher=False)], floors)


def test_update_floors_only_moves_up(tmp_path, monkeypatch):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(FLOORS))
    monkeypatch.setattr(runner, "FLOORS_PATH", path)
    runner.update_floors([_res(0.95)])
    assert json.loads(path.read_text())["toy.f1"]["floor"] == pytest.approx(0.94)
    runner.update_floors([_res(0.5)])
    assert json.loads(path.read_text())["toy.f1"]["floor"] == pytest.approx(0.94)


def test_sample_is_reproducible_and_ordered():
    items = list(range(100))
    a, b = sample(items, 10, seed=3), sample(items, 10, seed=3)
    assert a == b == sorted(a) and len(a) == 10
    assert sample(items, None) == items


def test_prf():
    assert prf(8, 2, 2) == pytest.approx((0.8, 0.8, 0.8))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_unknown_set_is_a_usage_error():
    assert CliRunner().invoke(app, ["eval", "nosuchset"]).exit_code == 2


def test_missing_data_skips_visibly(tmp_path):
    res = CliRunner().invoke(app, ["eval", "gva", "--data", str(tmp_path), "--json"])
    assert res.exit_code == 0
    payload = json.loads(res.stdout)
    assert payload["rows"][0]["note"].startswith("skipped")
