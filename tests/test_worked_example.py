"""The worked example of DESIGN.md end to end: the bundled German text, parsed, then projected."""

from __future__ import annotations

from importlib import resources

import pytest

import aidtracker as at


@pytest.fixture(scope="module")
def pledges() -> list[at.Pledge]:
    text = (resources.files("aidtracker") / "examples" / "worked_example_de.txt").read_text(encoding="utf-8")
    return at.parse(text, published="2025-09-04")


def by_unit(pledges: list[at.Pledge], unit: str) -> at.Pledge:
    (found,) = [p for p in pledges if p.quantity is not None and str(p.quantity.units) == unit]
    return found


def test_three_pledges_one_restatement(pledges: list[at.Pledge]) -> None:
    growth = [p for p in pledges if p.growth is not None]
    assert len(growth) == 1
    assert growth[0].donor == "DEU"
    assert growth[0].category is at.Category.AIR_DEFENCE
    assert growth[0].quantity is None
    brigades, vehicles = by_unit(pledges, "brigade"), by_unit(pledges, "vehicle / year")
    assert (brigades.donor, brigades.category, brigades.quantity.magnitude) == ("DEU", at.Category.ARMOUR, 4)
    assert (vehicles.donor, vehicles.quantity.magnitude) == ("DEU", 480)
    assert vehicles.equivalent_of == brigades.id
    assert len(pledges) == 3


def test_vehicles_come_to_1920_over_2026_2029(pledges: list[at.Pledge]) -> None:
    projection = at.project(pledges, range(2026, 2030), unit="vehicle")
    totals = projection.totals(cumulative=True)
    armour = totals[totals["category"] == "armour"]
    assert armour["unit"].tolist() == ["vehicle"] * 4
    assert armour["value"].tolist() == [480, 960, 1440, 1920]


def test_air_defence_is_an_index(pledges: list[at.Pledge]) -> None:
    frame = at.project(pledges, range(2026, 2030)).frame
    air = frame[frame["category"] == "air_defence"]
    assert air["unit"].unique().tolist() == ["index"]
    assert air["value"].round(9).tolist() == [1.0, 1.2, 1.44, 1.728]


def test_air_defence_in_money_with_a_baseline(pledges: list[at.Pledge]) -> None:
    projection = at.project(pledges, range(2026, 2030), baselines={("DEU", "air_defence"): "1e9 EUR / year"})
    air = projection.frame[projection.frame["category"] == "air_defence"]
    assert air["unit"].unique().tolist() == ["EUR"]
    assert air["value"].round(0).tolist() == [1.0e9, 1.2e9, 1.44e9, 1.728e9]
