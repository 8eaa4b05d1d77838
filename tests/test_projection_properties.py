"""Properties of aidtracker.project, checked with hypothesis against a plain-Python reference."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from projection_reference import reference, reference_totals

import aidtracker as at

RTOL = 1e-9
UNITS = ["vehicle / year", "vehicle", "EUR", "EUR / year", "brigade", "drone / month", "round / year", "USD"]
DONORS = ["DEU", "FRA", "SWE", None]
CATEGORIES = ["armour", "air_defence", "military_general"]
years = st.integers(2018, 2034)


@st.composite
def pledges(draw: st.DrawFn, min_size: int = 0, max_size: int = 8, growth: bool = True) -> list[at.Pledge]:
    count = draw(st.integers(min_size, max_size))
    out: list[at.Pledge] = []
    for i in range(count):
        fields: dict[str, Any] = {
            "id": f"p{i}",
            "donor": draw(st.sampled_from(DONORS)),
            "category": draw(st.sampled_from(CATEGORIES)),
        }
        growth_only = growth and draw(st.booleans()) and draw(st.booleans())
        if not growth_only:
            value = draw(st.one_of(st.integers(0, 10**6), st.floats(0, 1e9, allow_nan=False)))
            unit = draw(st.sampled_from(UNITS))
            fields["quantity"] = {"value": value, "unit": unit}
            if draw(st.booleans()):
                fields["low"] = {"value": value * draw(st.floats(0, 1)), "unit": unit}
            if draw(st.booleans()):
                fields["high"] = {"value": value * draw(st.floats(1, 3)), "unit": unit}
        if growth_only or (growth and draw(st.booleans())):
            fields["growth"] = {"value": draw(st.floats(-95, 150)), "unit": "percent / year"}
        start = draw(st.one_of(st.none(), years))
        end = draw(st.one_of(st.none(), years))
        if start is not None and end is not None and end < start:
            start, end = end, start
        if start is not None or end is not None:
            fields["period"] = {"start": start, "end": end}
        if start is None or draw(st.booleans()):
            latest = end if end is not None else 2034
            fields["announced"] = dt.date(draw(st.integers(2018, latest)), 6, 1)
        if out and draw(st.integers(0, 3)) == 0:
            original = draw(st.sampled_from(out))
            if original.equivalent_of is None:
                fields["equivalent_of"] = original.id
        out.append(at.Pledge.model_validate(fields))
    return out


windows = st.tuples(st.integers(2020, 2032), st.integers(1, 12)).map(lambda w: (w[0], w[0] + w[1] - 1))


def close(actual: float, expected: float, scale: float) -> bool:
    return abs(actual - expected) <= RTOL * max(abs(expected), scale) + 1e-12


def scale_of(pledges: list[at.Pledge], window: tuple[int, int]) -> float:
    """Largest magnitude in the problem: the tolerance of sums is relative to it."""
    values, _, _ = reference(pledges, *window)
    return max([abs(c[k]) for cells in values.values() for c in cells for k in range(3)], default=1.0)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pledges(), windows)
def test_the_grid_equals_the_reference(pledges: list[at.Pledge], window: tuple[int, int]) -> None:
    values, units, counted = reference(pledges, *window)
    frame = at.project(pledges, window).frame
    scale = scale_of(pledges, window)
    for p in pledges:
        rows = frame[frame["pledge"] == p.id]
        assert rows["unit"].unique().tolist() == [units[p.id]]
        assert rows["counted"].unique().tolist() == [p.id in counted]
        for column, k in (("value", 0), ("low", 1), ("high", 2)):
            got = rows[column].tolist()
            want = [cell[k] for cell in values[p.id]]
            assert all(close(g, w, scale) for g, w in zip(got, want, strict=True)), (p.id, column, got, want)


def assert_totals_match(
    got: pd.DataFrame, want: dict[tuple[Any, ...], list[Any]], by: tuple[str, ...], scale: float
) -> None:
    rows = {}
    for key, group in got.groupby([*by, "unit"], dropna=False, sort=False):
        key = tuple(None if isinstance(k, float) and np.isnan(k) else k for k in key)
        rows[key] = list(zip(group["value"], group["low"], group["high"], strict=True))
    assert set(rows) == set(want)
    for key, cells in want.items():
        for (gv, gl, gh), (wv, wl, wh) in zip(rows[key], cells, strict=True):
            assert close(gv, wv, scale)
            assert close(gl, wl, scale)
            assert close(gh, wh, scale)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pledges(), windows, st.sampled_from([("donor", "category"), ("donor",), (), ("pledge",)]))
def test_totals_equal_the_reference(pledges: list[at.Pledge], window: tuple[int, int], by: tuple[str, ...]) -> None:
    got = at.project(pledges, window).totals(by=by)
    assert_totals_match(got, reference_totals(pledges, *window, by=by), by, scale_of(pledges, window))


VEHICLE_UNITS = ["vehicle / year", "vehicle", "brigade", "brigade / year", "battalion"]


@st.composite
def armour(draw: st.DrawFn) -> list[at.Pledge]:
    out = draw(pledges(growth=True))
    return [
        p.model_copy(
            update={
                "quantity": at.ureg.Quantity(p.quantity.magnitude, draw(st.sampled_from(VEHICLE_UNITS))),
                "low": None,
                "high": None,
            }
        )
        if p.quantity is not None
        else p.model_copy(update={"growth": None, "quantity": at.ureg("3 vehicle / year")})
        for p in out
    ]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(armour(), windows)
def test_unit_vehicle_equals_the_reference(pledges: list[at.Pledge], window: tuple[int, int]) -> None:
    got = at.project(pledges, window, unit="vehicle").totals()
    want = reference_totals(pledges, *window, unit="vehicle")
    assert_totals_match(got, want, ("donor", "category"), scale_of(pledges, window) * 120)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pledges(min_size=1), windows, st.data())
def test_adding_a_restatement_changes_no_total(
    pledges: list[at.Pledge], window: tuple[int, int], data: st.DataObject
) -> None:
    before = at.project(pledges, window).totals(by=("donor",))
    original = data.draw(st.sampled_from([p for p in pledges if p.equivalent_of is None]))
    restatement = at.Pledge(
        id="restated",
        donor=original.donor,
        category=original.category,
        quantity=data.draw(st.sampled_from(["1e9 EUR", "77 vehicle / year", "3 brigade"])),
        period=original.period,
        announced=original.announced or dt.date(2020, 1, 1),
        equivalent_of=original.id,
    )
    after = at.project([*pledges, restatement], window).totals(by=("donor",))
    pd.testing.assert_frame_equal(before, after)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pledges(), windows)
def test_cumulative_is_the_running_sum(pledges: list[at.Pledge], window: tuple[int, int]) -> None:
    projection = at.project(pledges, window)
    frame = projection.frame
    scale = scale_of(pledges, window) * (window[1] - window[0] + 1)
    for value, cumulative in (("value", "cumulative"), ("low", "cumulative_low"), ("high", "cumulative_high")):
        running = frame.groupby("pledge", observed=True)[value].cumsum()
        assert all(close(a, b, scale) for a, b in zip(frame[cumulative], running, strict=True))
    per_year = projection.totals(by=("donor",))
    cumulated = projection.totals(by=("donor",), cumulative=True)
    running = per_year.groupby(["donor", "unit"], dropna=False)["value"].cumsum()
    assert all(close(a, b, scale) for a, b in zip(cumulated["value"], running, strict=True))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pledges(growth=True), windows, st.floats(0, 50))
def test_totals_are_monotone_in_the_growth_rate(
    pledges: list[at.Pledge], window: tuple[int, int], extra: float
) -> None:
    # A spread one-off keeps its sum whatever the growth (growth shapes it), so only rates, growth-only
    # pledges and single-year one-offs are raised here.
    def single_year(p: at.Pledge) -> bool:
        return p.period is None or p.period.end is None or p.period.start == p.period.end

    kept = [p for p in pledges if p.quantity is None or p.quantity.dimensionality.get("[time]") == -1 or single_year(p)]
    raised = [
        p.model_copy(
            update={"growth": at.ureg.Quantity((p.growth.magnitude if p.growth else 0) + extra, "percent / year")}
        )
        for p in kept
    ]
    low = at.project(kept, window).totals(by=("donor", "category"))
    high = at.project(raised, window).totals(by=("donor", "category"))
    assert (high["value"].to_numpy() >= low["value"].to_numpy() * (1 - 1e-12) - 1e-9).all()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pledges(), windows)
def test_low_value_high_are_ordered_everywhere(pledges: list[at.Pledge], window: tuple[int, int]) -> None:
    projection = at.project(pledges, window)
    for table in (projection.frame, projection.totals()):
        slack = 1e-12 * table["high"].abs() + 1e-9
        assert (table["low"] <= table["value"] + slack).all()
        assert (table["value"] <= table["high"] + slack).all()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pledges(), windows)
def test_a_frame_projects_like_its_records(pledges: list[at.Pledge], window: tuple[int, int]) -> None:
    from_records = at.project(pledges, window)
    from_frame = at.project(at.to_frame(pledges), window)
    pd.testing.assert_frame_equal(from_records.frame, from_frame.frame)
    pd.testing.assert_frame_equal(from_records.totals(), from_frame.totals())


def random_frame(n: int, seed: int, rates: np.ndarray) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    start = rng.integers(2018, 2034, n)
    value = rng.uniform(0, 1000, n)
    return pd.DataFrame(
        {
            "id": [f"p{i}" for i in range(n)],
            "donor": rng.choice(["DEU", "FRA", "POL", "SWE"], n),
            "category": rng.choice(["armour", "drones"], n),
            "quantity_value": value,
            "quantity_unit": rng.choice(["vehicle / year", "vehicle", "EUR"], n),
            "high_value": value * 1.5,
            "high_unit": None,
            "growth_value": rng.choice(rates, n),
            "growth_unit": "percent / year",
            "period_start": start,
            "period_end": np.where(rng.random(n) < 0.3, pd.NA, start + rng.integers(0, 8, n)),
        }
    ).assign(high_unit=lambda f: f["quantity_unit"])


@pytest.mark.parametrize(
    "rates",
    [
        np.array([0.0]),
        np.array([0.0, 5.0, 10.0, 20.0]),
        np.linspace(-50, 80, 500),
        np.array([-99.5, -95.0, 400.0, 2000.0]),
    ],
    ids=["no growth", "a few rates", "many distinct rates", "extreme rates"],
)
@pytest.mark.parametrize("direct_cost", [0.0, 1e9], ids=["growth one by one", "growth in buckets"])
def test_totals_paths_equal_the_summed_grid(
    rates: np.ndarray, direct_cost: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Totals sum growing pledges one by one or in (group, growth factor) buckets, by cost; force each.
    monkeypatch.setattr("aidtracker._projection._DIRECT_COST", direct_cost)
    projection = at.project(random_frame(600, seed=len(rates), rates=rates), (2020, 2035))
    frame = projection.frame
    summed = frame.groupby(["donor", "category", "unit", "year"], observed=True)[["value", "high"]].sum()
    totals = projection.totals().set_index(["donor", "category", "unit", "year"])[["value", "high"]]
    summed = summed.reindex(totals.index)
    np.testing.assert_allclose(totals.to_numpy(), summed.to_numpy(), rtol=1e-9, atol=1e-9 * frame["high"].abs().max())
