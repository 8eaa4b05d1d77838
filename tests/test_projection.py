"""aidtracker.project: oracle figures, the semantics one by one, the tables, and bad input."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

import aidtracker as at


def pledge(id: str = "p1", **fields: object) -> at.Pledge:
    base: dict[str, object] = {"id": id, "donor": "DEU", "category": "armour"}
    base.update(fields)
    return at.Pledge.model_validate(base)


def yearly(projection: at.Projection, pledge_id: str, column: str = "value") -> list[float]:
    frame = projection.frame
    return frame.loc[frame["pledge"] == pledge_id, column].tolist()


# --- oracles ---------------------------------------------------------------------------------------------


def test_sweden_75bn_sek_over_2024_2026_is_25bn_a_year() -> None:
    # Source: Swedish government press release, January 2024: SEK 75 billion of military support to
    # Ukraine for 2024-2026, i.e. a frame of SEK 25 billion a year.
    sweden = pledge(
        "swe", donor="SWE", category="military_general", quantity="75e9 SEK", period={"start": 2024, "end": 2026}
    )
    projection = at.project([sweden], range(2024, 2027))
    assert yearly(projection, "swe") == pytest.approx([25e9, 25e9, 25e9], rel=1e-12)
    totals = projection.totals()
    assert set(totals["unit"]) == {"SEK"}
    assert totals["value"].sum() == pytest.approx(75e9, rel=1e-12)


def test_norway_75bn_nok_over_2023_2027_is_15bn_a_year() -> None:
    # Source: Norwegian government, February 2023: the Nansen support programme for Ukraine, NOK 75
    # billion over the five years 2023-2027, i.e. NOK 15 billion a year.
    norway = pledge(
        "nor", donor="NOR", category="military_general", quantity="75e9 NOK", period={"start": 2023, "end": 2027}
    )
    projection = at.project([norway], (2023, 2027))
    assert yearly(projection, "nor") == pytest.approx([15e9] * 5, rel=1e-12)
    assert yearly(projection, "nor", "cumulative")[-1] == pytest.approx(75e9, rel=1e-12)


def worked_example() -> list[at.Pledge]:
    # DESIGN.md's worked example (German government plans reported 2025-09-04): four brigades, restated
    # as 480 infantry fighting vehicles a year, and air-defence support growing 20 % a year.
    announced = dt.date(2025, 9, 4)
    return [
        pledge("brigades", quantity="4 brigade", announced=announced),
        pledge(
            "vehicles",
            quantity="480 vehicle / year",
            period={"start": 2026, "end": 2029},
            equivalent_of="brigades",
            announced=announced,
        ),
        pledge("air", category="air_defence", growth="20 percent / year", period={"start": 2026}, announced=announced),
    ]


def test_worked_example_vehicles_come_to_1920() -> None:
    vehicles = [p for p in worked_example() if p.id != "air"]
    projection = at.project(vehicles, range(2026, 2030), unit="vehicle")
    totals = projection.totals()
    assert totals["unit"].unique().tolist() == ["vehicle"]
    assert totals["value"].tolist() == pytest.approx([480, 480, 480, 480])
    assert projection.totals(cumulative=True)["value"].iloc[-1] == pytest.approx(1920)
    frame = projection.frame
    assert frame.loc[frame["counted"], "pledge"].unique().tolist() == ["vehicles"]


def test_worked_example_growth_is_an_index() -> None:
    projection = at.project(worked_example(), range(2026, 2030))
    assert yearly(projection, "air") == pytest.approx([1, 1.2, 1.44, 1.728], rel=1e-12)
    assert set(projection.frame.loc[projection.frame["pledge"] == "air", "unit"]) == {"index"}


# --- semantics -----------------------------------------------------------------------------------------


def test_a_rate_counts_in_every_year_of_its_period() -> None:
    p = pledge(quantity="50 drone / month", period={"start": 2026, "end": 2027}, category="drones")
    assert yearly(at.project([p], range(2025, 2029)), "p1") == pytest.approx([0, 600, 600, 0])


def test_an_open_ended_rate_runs_from_the_year_announced_to_the_last_year() -> None:
    p = pledge(quantity="100 vehicle / year", announced=dt.date(2027, 1, 15))
    assert yearly(at.project([p], range(2025, 2031)), "p1") == [0, 0, 100, 100, 100, 100]


def test_a_rate_with_an_end_alone_starts_in_the_year_announced() -> None:
    p = pledge(quantity="100 vehicle / year", period={"end": 2027}, announced=dt.date(2025, 6, 1))
    assert yearly(at.project([p], range(2024, 2029)), "p1") == [0, 100, 100, 100, 0]


def test_a_one_off_over_several_years_is_spread_evenly() -> None:
    # "8,3 Mrd. Euro für die Jahre 2026 bis 2029" -> 2.075 bn a year (the example).
    p = pledge(category="military_general", quantity="8.3e9 EUR", period={"start": 2026, "end": 2029})
    assert yearly(at.project([p], range(2026, 2030)), "p1") == pytest.approx([2.075e9] * 4, rel=1e-12)


def test_a_one_off_without_a_period_counts_in_the_year_announced() -> None:
    p = pledge(quantity="40 vehicle", announced=dt.date(2026, 3, 2))
    assert yearly(at.project([p], range(2025, 2028)), "p1") == [0, 40, 0]


def test_a_one_off_with_a_start_only_counts_in_that_year() -> None:
    p = pledge(quantity="40 vehicle", period={"start": 2027})
    assert yearly(at.project([p], range(2025, 2029)), "p1") == [0, 0, 40, 0]


def test_a_spread_one_off_with_growth_still_adds_up_to_the_amount() -> None:
    p = pledge(
        quantity="1000 round", category="ammunition", period={"start": 2026, "end": 2028}, growth="10 percent / year"
    )
    values = yearly(at.project([p], range(2026, 2029)), "p1")
    assert sum(values) == pytest.approx(1000, rel=1e-12)
    assert values[1] / values[0] == pytest.approx(1.1)
    assert values[2] / values[1] == pytest.approx(1.1)


def test_growth_compounds_from_the_first_year_of_the_period() -> None:
    # value(t) = base * (1 + g) ** (t - t0), here base 100 000 rounds a year from 2025, g = 10 %.
    p = pledge(
        quantity="100000 round / year",
        category="ammunition",
        growth="10 percent / year",
        period={"start": 2025, "end": 2030},
    )
    values = yearly(at.project([p], range(2027, 2030)), "p1")
    assert values == pytest.approx([100000 * 1.1**2, 100000 * 1.1**3, 100000 * 1.1**4], rel=1e-12)


def test_a_monthly_growth_rate_compounds_to_a_yearly_one() -> None:
    p = pledge(growth="1 percent / month", category="air_defence", period={"start": 2026})
    assert yearly(at.project([p], range(2026, 2028)), "p1") == pytest.approx([1.0, 1.01**12], rel=1e-12)


def test_minus_100_percent_growth_leaves_only_the_first_year() -> None:
    frame = pd.DataFrame(
        {
            "id": ["p1"],
            "donor": ["DEU"],
            "category": ["armour"],
            "quantity_value": [10.0],
            "quantity_unit": ["vehicle / year"],
            "growth_value": [-100.0],
            "growth_unit": ["percent / year"],
            "period_start": [2026],
            "period_end": [2029],
        }
    )
    assert yearly(at.project(frame, range(2026, 2030)), "p1") == [10, 0, 0, 0]


def test_bounds_are_projected_and_a_missing_bound_equals_the_value() -> None:
    p = pledge(quantity="400 vehicle / year", high="500 vehicle / year", period={"start": 2026, "end": 2027})
    projection = at.project([p], range(2026, 2028))
    assert yearly(projection, "p1", "low") == [400, 400]
    assert yearly(projection, "p1", "high") == [500, 500]
    assert yearly(projection, "p1", "cumulative_high") == [500, 1000]


def test_years_outside_the_window_are_cut_and_cumulative_starts_at_the_first_year() -> None:
    p = pledge(quantity="10 system / year", period={"start": 2020, "end": 2030}, category="air_defence")
    projection = at.project([p], range(2025, 2028))
    assert yearly(projection, "p1") == [10, 10, 10]
    assert yearly(projection, "p1", "cumulative") == [10, 20, 30]


def test_a_restatement_is_shown_but_counted_once() -> None:
    projection = at.project(worked_example(), range(2025, 2030))
    frame = projection.frame
    assert not frame.loc[frame["pledge"] == "vehicles", "counted"].any()
    assert yearly(projection, "vehicles") == [0, 480, 480, 480, 480]
    totals = projection.totals()
    armour = totals[totals["category"] == "armour"]
    assert armour["unit"].unique().tolist() == ["brigade"]
    assert armour["value"].tolist() == [4, 0, 0, 0, 0]


def test_unit_picks_the_member_of_a_restatement_that_is_already_in_that_unit() -> None:
    projection = at.project([p for p in worked_example() if p.id != "air"], range(2025, 2030), unit="vehicle")
    assert projection.frame.groupby("pledge", observed=True)["counted"].first().to_dict() == {
        "brigades": False,
        "vehicles": True,
    }
    # the original is still converted in the frame, through the equipment table (120 vehicles a brigade)
    assert yearly(projection, "brigades") == [480, 0, 0, 0, 0]


def test_unit_converts_formations_through_the_equipment_table() -> None:
    p = pledge(quantity="2 brigade / year", period={"start": 2026, "end": 2027})
    projection = at.project([p], range(2026, 2028), unit="vehicle")
    assert yearly(projection, "p1") == [240, 240]
    table = at.EquipmentTable(factors={"brigade": {"vehicle": {"per": 100, "source": "a test table"}}})
    assert yearly(at.project([p], range(2026, 2028), unit="vehicle", equipment=table), "p1") == [200, 200]


def test_baselines_by_pledge_id_and_by_donor_and_category() -> None:
    air = [p for p in worked_example() if p.id == "air"]
    by_id = at.project(air, range(2026, 2029), baselines={"air": "2e9 EUR / year"})
    assert yearly(by_id, "air") == pytest.approx([2e9, 2.4e9, 2.88e9], rel=1e-12)
    assert set(by_id.frame["unit"]) == {"EUR"}
    by_pair = at.project(air, range(2026, 2029), baselines={("DEU", at.Category.AIR_DEFENCE): at.ureg("5 system")})
    assert yearly(by_pair, "air") == pytest.approx([5, 6, 7.2], rel=1e-12)


def test_totals_never_add_different_dimensions() -> None:
    pledges = [
        pledge("a", quantity="10 vehicle", period={"start": 2026}),
        pledge("b", quantity="1e6 EUR", period={"start": 2026}),
        pledge("c", quantity="1e6 USD", period={"start": 2026}),
        pledge("d", quantity="5 vehicle / year", period={"start": 2026, "end": 2026}),
    ]
    totals = at.project(pledges, (2026, 2026)).totals(by=())
    assert dict(zip(totals["unit"], totals["value"], strict=True)) == {"EUR": 1e6, "USD": 1e6, "vehicle": 15}


def test_totals_by_other_columns_and_cumulative() -> None:
    pledges = [
        pledge("a", donor="DEU", quantity="10 vehicle / year", period={"start": 2026, "end": 2027}),
        pledge("b", donor="FRA", quantity="5 vehicle / year", period={"start": 2027, "end": 2027}),
    ]
    projection = at.project(pledges, range(2026, 2028))
    by_donor = projection.totals(by=("donor",), cumulative=True)
    assert by_donor.to_dict("list") == {
        "donor": ["DEU", "DEU", "FRA", "FRA"],
        "unit": ["vehicle"] * 4,
        "year": [2026, 2027, 2026, 2027],
        "value": [10, 20, 0, 5],
        "low": [10, 20, 0, 5],
        "high": [10, 20, 0, 5],
    }
    overall = projection.totals(by=())
    assert overall["value"].tolist() == [10, 15]


def test_wide_tables_per_pledge_and_per_group() -> None:
    projection = at.project(worked_example(), range(2026, 2030))
    per_pledge = projection.wide()
    assert list(per_pledge.columns) == [2026, 2027, 2028, 2029, "total"]
    assert per_pledge.xs("vehicles", level="pledge")["total"].iloc[0] == 1920
    per_group = projection.wide(by=("donor", "category"))
    assert per_group.loc[("DEU", "air_defence", "index"), "total"] == pytest.approx(1 + 1.2 + 1.44 + 1.728)


def test_frame_columns() -> None:
    frame = at.project(worked_example(), range(2026, 2030)).frame
    assert list(frame.columns) == [
        "pledge",
        "donor",
        "category",
        "item",
        "unit",
        "year",
        "value",
        "low",
        "high",
        "cumulative",
        "cumulative_low",
        "cumulative_high",
        "counted",
    ]
    assert len(frame) == 3 * 4


def test_a_dataframe_projects_like_the_records() -> None:
    pledges = worked_example()
    from_records = at.project(pledges, range(2024, 2031))
    from_frame = at.project(at.to_frame(pledges), range(2024, 2031))
    pd.testing.assert_frame_equal(from_records.frame, from_frame.frame)
    pd.testing.assert_frame_equal(from_records.totals(), from_frame.totals())


def test_no_pledges_projects_to_empty_tables() -> None:
    projection = at.project([], range(2026, 2030))
    assert projection.frame.empty
    assert projection.totals().empty


@pytest.mark.parametrize("years", [range(2026, 2030), (2026, 2029), [2026, 2029]])
def test_years_as_a_range_or_a_pair(years: object) -> None:
    assert at.project(worked_example(), years).years == range(2026, 2030)  # type: ignore[arg-type]


# --- bad input -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "years",
    [(2030, 2026), range(2030, 2026, -1), range(2026, 2030, 2), range(2026, 2026), "2026-2029", (2026.0, 2029), 2026],
    ids=["pair backwards", "range backwards", "range with a step", "empty range", "a string", "floats", "a year"],
)
def test_years_that_are_not_an_increasing_run_are_refused(years: object) -> None:
    with pytest.raises(at.ProjectionError, match="years") as info:
        at.project(worked_example(), years)  # type: ignore[arg-type]
    assert info.value.field == "years"


def test_a_unit_that_cannot_express_a_pledge_names_it() -> None:
    with pytest.raises(at.ProjectionError, match=r"'swe'.*quantity_unit") as info:
        at.project(
            [pledge("swe", donor="SWE", quantity="1e9 SEK", period={"start": 2026})], (2026, 2027), unit="vehicle"
        )
    assert info.value.pledge == "swe"
    assert info.value.field == "quantity_unit"


def test_a_currency_needs_exchange_rates() -> None:
    p = pledge("usd", quantity="1e9 USD", period={"start": 2026})
    with pytest.raises(at.ProjectionError, match="exchange rates"):
        at.project([p], (2026, 2027), unit="EUR")


def test_an_unknown_target_unit_is_refused() -> None:
    with pytest.raises(at.ProjectionError, match="unit='tank'"):
        at.project(worked_example(), (2026, 2027), unit="tank")


def test_a_pledge_without_a_start_year_is_an_error_not_a_guess() -> None:
    with pytest.raises(at.ProjectionError, match=r"'p1'.*period.*no start year") as info:
        at.project([pledge(quantity="480 vehicle / year")], (2026, 2027))
    assert info.value.field == "period"


def test_a_period_ending_before_the_year_announced_is_refused() -> None:
    p = pledge(quantity="10 vehicle", period={"end": 2024}, announced=dt.date(2026, 1, 1))
    with pytest.raises(at.ProjectionError, match=r"'p1'.*ends before it starts"):
        at.project([p], (2026, 2027))


def frame_of(**columns: object) -> pd.DataFrame:
    base: dict[str, object] = {
        "id": ["ok", "bad"],
        "donor": ["DEU", "DEU"],
        "category": ["armour", "armour"],
        "quantity_value": [1.0, 1.0],
        "quantity_unit": ["vehicle", "vehicle"],
        "period_start": [2026, 2026],
        "period_end": [2027, 2027],
    }
    base.update(columns)
    return pd.DataFrame(base)


@pytest.mark.parametrize(
    ("columns", "field", "message"),
    [
        ({"quantity_value": [1.0, math.nan]}, "quantity_value", "no value"),
        ({"quantity_value": [1.0, -5.0]}, "quantity_value", "negative"),
        ({"quantity_value": [1.0, math.inf]}, "quantity_value", "finite"),
        ({"quantity_unit": ["vehicle", "tank"]}, "quantity_unit", "unknown unit 'tank'"),
        ({"growth_value": [None, -150.0], "growth_unit": [None, "percent / year"]}, "growth", "below -100"),
        ({"low_value": [None, 2.0], "low_unit": [None, "vehicle"]}, "low", "greater than"),
        ({"high_value": [None, -1.0], "high_unit": [None, "vehicle"]}, "high_value", "negative"),
        ({"high_value": [None, 2.0], "high_unit": [None, "EUR"]}, "high_unit", "dimension"),
        ({"period_start": [2026, 2028]}, "period", "ends before"),
        ({"id": ["ok", "ok"]}, "id", "more than once"),
    ],
    ids=[
        "NaN amount",
        "negative amount",
        "infinite amount",
        "unknown unit",
        "growth below -100 %",
        "low above the value",
        "negative bound",
        "bound in another dimension",
        "period backwards",
        "duplicate id",
    ],
)
def test_bad_frame_rows_name_the_pledge_and_the_field(columns: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(at.ProjectionError, match=message) as info:
        at.project(frame_of(**columns), (2026, 2027))
    assert info.value.field == field
    assert info.value.pledge == ("ok" if field == "id" else "bad")
    assert isinstance(info.value, ValueError)


def test_restatements_in_a_cycle_are_refused() -> None:
    frame = frame_of(equivalent_of=["bad", "ok"])
    with pytest.raises(at.ProjectionError, match="cycle"):
        at.project(frame, (2026, 2027))


def test_a_restatement_of_an_absent_pledge_counts_itself() -> None:
    frame = frame_of(equivalent_of=[None, "elsewhere"])
    assert at.project(frame, (2026, 2027)).frame["counted"].all()


def test_totals_by_an_unknown_column_is_refused() -> None:
    with pytest.raises(at.ProjectionError, match="by="):
        at.project(worked_example(), (2026, 2027)).totals(by=("country",))


def test_bad_baselines_are_refused() -> None:
    with pytest.raises(at.ProjectionError, match="baselines"):
        at.project(worked_example(), (2026, 2027), baselines={"air": 3.5})


def test_the_grid_arrays_match_the_frame() -> None:
    projection = at.project(worked_example(), range(2026, 2030))
    grid = projection._grid(bounds=True)
    assert grid["value"].shape == (4, 3)
    np.testing.assert_array_equal(grid["value"].T.ravel(), projection.frame["value"].to_numpy())


def test_announced_may_be_dates_or_years_in_a_frame() -> None:
    base = {"id": ["p1"], "category": ["armour"], "quantity_value": [5.0], "quantity_unit": ["vehicle"]}
    as_dates = pd.DataFrame({**base, "announced": [dt.date(2027, 5, 1)]})
    as_years = pd.DataFrame({**base, "announced": [2027]})
    for frame in (as_dates, as_years):
        assert yearly(at.project(frame, (2026, 2028)), "p1") == [0, 5, 0]
