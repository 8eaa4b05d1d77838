"""Projection scaling: each path beside the floor and the plain-Python loop, measured in the same run.

Run: ``pytest benchmarks/bench_projection.py --benchmark-only`` (add ``--benchmark-json out.json`` and
then ``python benchmarks/bench_projection.py out.json`` for the medians side by side with their ratios).

Sizes: N = 1e3 ... 1e6 pledges, T = 10 and 30 years. Paths, each in a benchmark group ``N=.. T=..``:

* ``floor``: a bare numpy multiply writing a T x N float64 grid into a preallocated array, plus its
  running sum (``np.cumsum(axis=0)`` into another preallocated array): the least any grid can cost;
* ``grid`` / ``grid+bounds``: the per-pledge arrays behind ``Projection.frame`` (value and cumulative;
  with bounds also low, high and their cumulatives);
* ``totals`` / ``totals+bounds``: totals by (donor, category, unit), without the grid;
* ``load frame`` / ``load records``: a DataFrame of ``to_frame``'s layout, or Pledge records, into
  columns (``project()`` itself: the grid and totals are computed on first use);
* ``python grid`` / ``python totals`` / ``python load``: the plain-Python loops of
  ``tests/projection_reference.py`` on the same data (N <= 1e5 only).

Goals at N = 1e6, T = 30 (issue 4): grid <= 2x floor; totals <= 1x floor, <= 3x with bounds;
>= 50x faster than plain Python at N = 1e5; peak extra memory of totals under 100 MiB
(``test_totals_peak_memory``, tracemalloc). Each case runs 7 rounds after one warm-up (records at
N = 1e6: 3); cases with N = 1e6 are marked ``slow`` (``-m "not slow"`` leaves them out); the Python
loops at N = 1e5 run once.

The data: a mix like a tracker's (70 % rates, some open-ended; one-offs, some spread over up to 6
years; 10 % with growth from a handful of round rates; 30 % with a high bound; 5 % restatements),
22 donors, 13 categories, 10 units (vehicles, euros, dollars, rounds, drones a month, brigades...).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tracemalloc
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import aidtracker as at

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from projection_reference import reference_grid, reference_grouped, reference_load

SIZES = [1_000, 10_000, 100_000, 1_000_000]
YEARS = [10, 30]
FIRST = 2026
PYTHON_MAX = 100_000

DONORS = [
    "DEU",
    "FRA",
    "GBR",
    "USA",
    "POL",
    "SWE",
    "NOR",
    "DNK",
    "NLD",
    "CAN",
    "ITA",
    "ESP",
    "FIN",
    "EST",
    "LVA",
    "LTU",
    "CZE",
    "BEL",
    "AUT",
    "JPN",
    "EU",
    "NATO",
]
CATEGORIES = [c.value for c in at.Category]
UNITS = [
    "vehicle / year",
    "vehicle",
    "EUR",
    "EUR / year",
    "USD",
    "round / year",
    "drone / month",
    "system",
    "brigade",
    "missile",
]


@cache
def pledge_frame(n: int) -> pd.DataFrame:
    """N pledges in to_frame's layout, drawn with a fixed seed."""
    rng = np.random.default_rng(n)
    start = rng.integers(2015, 2040, n)
    value = rng.uniform(1, 1e6, n).round(0)
    growth = np.where(rng.random(n) < 0.1, rng.choice([5.0, 10.0, 15.0, 20.0, 25.0, 30.0], n), np.nan)
    unit = rng.choice(UNITS, n)
    end = np.where(rng.random(n) < 0.3, np.nan, start + rng.integers(0, 6, n))
    bounded = rng.random(n) < 0.3
    ids = np.char.add("p", np.arange(n).astype(str)).astype(object)
    restates = rng.random(n) < 0.05
    restates[0] = False
    original = (rng.random(n) * np.arange(n)).astype(np.int64)  # an earlier pledge
    equivalent = np.where(restates & ~restates[original], ids[original], None)
    return pd.DataFrame(
        {
            "id": ids,
            "donor": pd.array(rng.choice(DONORS, n), dtype=object),
            "recipient": pd.array(np.full(n, "UKR"), dtype=object),
            "category": pd.array(rng.choice(CATEGORIES, n), dtype=object),
            "quantity_value": value,
            "quantity_unit": pd.array(unit, dtype=object),
            "high_value": np.where(bounded, value * 1.5, np.nan),
            "high_unit": pd.array(np.where(bounded, unit, None), dtype=object),
            "growth_value": growth,
            "growth_unit": pd.array(np.where(np.isnan(growth), None, "percent / year"), dtype=object),
            "period_start": pd.array(start, dtype="Int64"),
            "period_end": pd.array(end, dtype="Int64"),
            "equivalent_of": pd.array(equivalent, dtype=object),
        }
    )


@cache
def pledge_records(n: int) -> list[at.Pledge]:
    """N records: a validated pool of 1000 copied with new ids (and restatements pointing into the pool)."""
    pool = at.from_frame(pledge_frame(1000).assign(equivalent_of=None).reindex(columns=list(at.to_frame([]).columns)))
    return [pool[i % 1000].model_copy(update={"id": f"p{i}"}) for i in range(n)]


@cache
def projection(n: int, t: int) -> at.Projection:
    return at.project(pledge_frame(n), (FIRST, FIRST + t - 1))


@cache
def plain_columns(n: int, t: int) -> tuple[list[Any], ...]:
    """The plain-Python loops' input: the engine's own columns as lists, cut to the window."""
    cols = projection(n, t)._cols
    last = FIRST + t - 1
    counted = cols.counted
    key = (cols.donor.codes * 1000 + cols.category.codes) * 1000 + cols.unit.codes
    return (
        key[counted].tolist(),
        cols.start[counted].tolist(),
        np.minimum(cols.end[counted], last).tolist(),
        cols.value[counted].tolist(),
        cols.rate[counted].tolist(),
    )


def run(benchmark: Any, n: int, t: int, fn: Any, *args: Any, slow: bool = False, rounds: int = 7) -> None:
    benchmark.group = f"N={n:.0e} T={t}"
    rounds = 1 if slow else rounds
    benchmark.extra_info.update(n=n, t=t)
    benchmark.pedantic(fn, args=args, rounds=rounds, iterations=1, warmup_rounds=0 if slow else 1)


def sized(n: int, *rest: int) -> Any:
    """A parameter set; N = 1e6 is marked ``slow`` (deselect with ``-m "not slow"``)."""
    return pytest.param(n, *rest, marks=[pytest.mark.slow] if n >= 1_000_000 else [])


cases = pytest.mark.parametrize(("n", "t"), [sized(n, t) for n in SIZES for t in YEARS], ids=lambda v: f"{v:g}")


@cases
def test_floor(benchmark: Any, n: int, t: int) -> None:
    grid, running = np.empty((t, n)), np.empty((t, n))
    grid.fill(0.0)
    running.fill(0.0)
    column, row = np.random.default_rng(0).random(n), np.arange(1.0, t + 1)

    def floor() -> None:
        np.multiply(row[:, None], column[None, :], out=grid)
        np.cumsum(grid, axis=0, out=running)

    run(benchmark, n, t, floor)


@cases
def test_grid(benchmark: Any, n: int, t: int) -> None:
    run(benchmark, n, t, projection(n, t)._grid, False)


@cases
def test_grid_bounds(benchmark: Any, n: int, t: int) -> None:
    run(benchmark, n, t, projection(n, t)._grid, True)


@cases
def test_totals(benchmark: Any, n: int, t: int) -> None:
    run(benchmark, n, t, projection(n, t)._totals_arrays, ("donor", "category"), False)


@cases
def test_totals_bounds(benchmark: Any, n: int, t: int) -> None:
    run(benchmark, n, t, projection(n, t)._totals_arrays, ("donor", "category"), True)


@cases
def test_load_frame(benchmark: Any, n: int, t: int) -> None:
    run(benchmark, n, t, at.project, pledge_frame(n), (FIRST, FIRST + t - 1))


@pytest.mark.parametrize("n", [sized(n) for n in SIZES], ids=lambda v: f"{v:g}")
def test_load_records(benchmark: Any, n: int) -> None:
    run(benchmark, n, 30, at.project, pledge_records(n), (FIRST, FIRST + 29), rounds=3 if n >= 1_000_000 else 7)


python_cases = pytest.mark.parametrize(
    ("n", "t"), [(n, t) for n in SIZES if n <= PYTHON_MAX for t in YEARS], ids=lambda v: f"{v:g}"
)


@python_cases
def test_python_grid(benchmark: Any, n: int, t: int) -> None:
    _, start, end, value, rate = plain_columns(n, t)
    run(benchmark, n, t, reference_grid, start, end, value, rate, FIRST, FIRST + t - 1, slow=n >= PYTHON_MAX)


@python_cases
def test_python_totals(benchmark: Any, n: int, t: int) -> None:
    key, start, end, value, rate = plain_columns(n, t)
    run(benchmark, n, t, reference_grouped, key, start, end, value, rate, FIRST, FIRST + t - 1, slow=n >= PYTHON_MAX)


@pytest.mark.parametrize("n", [n for n in SIZES if n <= PYTHON_MAX], ids=lambda v: f"{v:g}")
def test_python_load(benchmark: Any, n: int) -> None:
    frame = pledge_frame(n).astype({"period_end": "float64"})
    run(benchmark, n, 30, reference_load, frame, slow=n >= PYTHON_MAX)


def test_plain_loops_agree_with_the_engine() -> None:
    """The loops timed above compute what the engine computes (else the ratios would mean nothing)."""
    n, t = 2_000, 12
    key, start, end, value, rate = plain_columns(n, t)
    proj = projection(n, t)
    cols = proj._cols
    values, cumulative = reference_grid(start, end, value, rate, FIRST, FIRST + t - 1)
    grid = proj._grid(bounds=False)
    np.testing.assert_allclose(grid["value"][:, cols.counted].T, values, rtol=1e-9)
    np.testing.assert_allclose(grid["cumulative"][:, cols.counted].T, cumulative, rtol=1e-9)
    totals = reference_grouped(key, start, end, value, rate, FIRST, FIRST + t - 1)
    engine = proj.totals(by=("donor", "category"))
    assert len(engine) == len(totals) * t
    np.testing.assert_allclose(sorted(engine["value"]), sorted(v for row in totals.values() for v in row), rtol=1e-9)


@pytest.mark.slow
def test_totals_peak_memory(benchmark: Any) -> None:
    """Peak memory numpy allocates for totals by (donor, category, unit) at N = 1e6, T = 30 (< 100 MiB)."""
    proj = projection(1_000_000, 30)
    peaks = {}
    for bounds in (False, True):
        tracemalloc.start()
        before, _ = tracemalloc.get_traced_memory()
        proj._totals_arrays(("donor", "category"), bounds)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        peaks[bounds] = (peak - before) / 2**20
    benchmark.group = "memory"
    benchmark.extra_info.update(peak_mib=peaks[False], peak_mib_bounds=peaks[True])
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    assert peaks[True] < 100, peaks


def summarise(path: str) -> None:
    """Print medians and ratios from ``--benchmark-json`` output."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    table: dict[tuple[int, int], dict[str, float]] = {}
    for bench in data["benchmarks"]:
        info = bench["extra_info"]
        if "n" not in info:
            continue
        name = bench["name"].split("[")[0].removeprefix("test_")
        table.setdefault((info["n"], info["t"]), {})[name] = bench["stats"]["median"]
    print(f"{'N':>9} {'T':>3} {'path':<14} {'median ms':>10} {'x floor':>8} {'python/x':>9}")
    for (n, t), row in sorted(table.items()):
        floor = row.get("floor", float("nan"))
        for name, median in sorted(row.items()):
            if name.startswith("python"):
                continue
            python = row.get(f"python_{name.split('_')[0]}")
            faster = f"{python / median:9.0f}" if python else " " * 9
            print(f"{n:>9} {t:>3} {name:<14} {median * 1e3:>10.2f} {median / floor:>8.2f} {faster}")
    print(f"generated {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC from {path}")


if __name__ == "__main__":
    summarise(sys.argv[1])
