"""The quality gate: every gold set scored (each set's CI sample size) against the floors pinned in
dateline/eval/floors.json, with the gold files' sha256 checked. Skips visibly without ../shared/data."""

from __future__ import annotations

import pytest

from dateline.eval import runner

pytestmark = [pytest.mark.gold, pytest.mark.slow]


@pytest.mark.parametrize("name", runner.SETS)
def test_gold_set_meets_its_floors(name, data_dir):
    res = runner.run_set(name, data_dir)
    if res.skipped:
        pytest.skip(f"{name}: {res.skipped}")
    assert res.metrics, f"{name} produced no metrics"
    floors = runner.load_floors()
    pinned = [m for m in res.metrics if m.key in floors and m.gated]
    assert pinned or name == "plover", f"{name}: no floor pinned for any of its metrics"
    failures = runner.check([res], floors)
    assert not failures, "\n".join(failures)


def test_floors_file_is_consistent():
    floors = runner.load_floors()
    for key, f in floors.items():
        set_name = key.split(".", 1)[0]
        assert set_name in runner.SETS, key
        assert 0 <= f["floor"] <= max(1.0, f["floor"]), key
        assert f["gold"], f"{key}: floor without gold fingerprints"
