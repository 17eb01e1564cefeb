"""``benchmarks/pathological.py``: time against size for adversarial inputs (issue #13).

The slow test runs every family up to 100 KB in a fresh process and asserts
that none is super-linear or over the 100 KB limit; the quick ones check the
judging on made-up timings and one small family in-process.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest
from conftest import REPO

_SPEC = importlib.util.spec_from_file_location("pathological",
                                               REPO / "benchmarks" / "pathological.py")
pathological = importlib.util.module_from_spec(_SPEC)
sys.modules["pathological"] = pathological
_SPEC.loader.exec_module(pathological)


def _judged(seconds: dict[int, float]) -> list[str]:
    row = pathological.Row("made-up", "check", seconds, pathological._slope(seconds))
    pathological._judge(row, complete=True)
    return row.failures


def test_linear_growth_passes_and_quadratic_growth_fails() -> None:
    assert _judged({1_000: 0.001, 10_000: 0.01, 100_000: 0.1}) == []
    assert _judged({1_000: 0.001, 10_000: 0.01, 100_000: 0.45}) == [
        "super-linear (slope 1.65)"]


def test_tiny_times_are_not_judged_by_their_slope_but_limits_hold() -> None:
    assert _judged({1_000: 0.00001, 10_000: 0.001}) == []
    assert _judged({10_000: 0.05, 100_000: 0.6}) == ["100 KB took 0.60 s (limit 0.5 s)"]


def test_every_family_makes_text_of_about_the_size_asked() -> None:
    for family in pathological.FAMILIES:
        small, large = (len(family.make(size)) for size in (1_000, 10_000))
        assert 5 < large / small < 15, family.name


def test_one_family_in_process_reports_rows_as_json(capsys) -> None:
    assert pathological.main(["--max-size", "10000", "--family", "dots", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["family"], row["phase"]) for row in rows] == [
        ("dots", "check"), ("dots/cable", "check"), ("dots/cable", "fix")]
    assert all(set(row["seconds"]) == {"1000", "10000"} for row in rows)


@pytest.mark.slow
def test_every_family_is_linear_up_to_100_kb() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "pathological.py"), "--max-size", "100000"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stdout + result.stderr
