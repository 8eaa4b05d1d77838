"""The record contract: validation, JSON round trips, the public names and the JSON schema."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

import aidtracker as at

GOLDEN = Path(__file__).parent / "golden"


def pledge(**fields: object) -> at.Pledge:
    base: dict[str, object] = {"id": "p1", "donor": "DEU", "category": "armour"}
    base.update(fields)
    return at.Pledge.model_validate(base)


# --- the contract is pinned: change these files only on purpose -------------------------------------


def _golden(name: str, actual: object) -> None:
    path = GOLDEN / name
    text = json.dumps(actual, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("AIDTRACKER_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == actual, (
        f"{name} changed; if on purpose, rerun with AIDTRACKER_UPDATE_GOLDEN=1 and review the diff"
    )


def test_public_names_are_pinned() -> None:
    _golden("all.json", sorted(at.__all__))


def test_every_public_name_resolves() -> None:
    for name in at.__all__:
        assert getattr(at, name) is not None, name


def test_pledge_json_schema_is_pinned() -> None:
    _golden("pledge_schema.json", at.Pledge.model_json_schema())


# --- what a record accepts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("480 vehicle / year", id="string"),
        pytest.param("480 vehicles/year", id="string-plural"),
        pytest.param({"value": 480, "unit": "vehicle / year"}, id="mapping"),
        pytest.param({"value": 480.0, "unit": "vehicle / year"}, id="mapping-float"),
    ],
)
def test_quantity_inputs_agree(raw: object) -> None:
    p = pledge(quantity=raw)
    assert p.quantity == at.ureg.Quantity(480, "vehicle / year")
    assert p.model_dump(mode="json")["quantity"] == {"value": 480, "unit": "vehicle / year"}


def test_quantity_from_pint_object() -> None:
    q = at.ureg("1.5e9 EUR")
    p = pledge(category="military_general", quantity=q)
    assert p.quantity is not None
    assert p.quantity.magnitude == 1_500_000_000
    assert isinstance(p.quantity.magnitude, int), "whole magnitudes are canonical ints"


def test_python_dump_keeps_quantities() -> None:
    p = pledge(quantity="4 brigade")
    assert p.model_dump()["quantity"] is p.quantity


def test_worked_example_records() -> None:
    growth = at.Pledge(id="p1", donor="DEU", category=at.Category.AIR_DEFENCE, growth="20 percent / year")
    brigades = pledge(id="p2", quantity="4 brigade", item="mechanisierte Infanteriebrigaden")
    vehicles = pledge(id="p3", quantity="480 vehicle / year", equivalent_of="p2")
    assert growth.growth is not None
    assert growth.growth.to("1 / year").magnitude == pytest.approx(0.2)
    assert growth.quantity is None
    assert vehicles.equivalent_of == brigades.id
    assert str(at.ureg("480 vehicle/year") * at.ureg("4 year")) == "1920 vehicle"


def test_records_are_immutable() -> None:
    p = pledge(quantity="4 brigade")
    with pytest.raises(ValidationError, match="frozen"):
        p.donor = "FRA"  # type: ignore[misc]


def test_json_mode_dump_and_back() -> None:
    p = pledge(
        quantity="30 round",
        high="30 round",
        period={"start": 2025, "end": 2027},
        span=(4, 19),
        evidence="Berlin sagt bis zu 30 Schuss zu.",
        source="example",
        announced="2025-09-04",
    )
    data = json.loads(json.dumps(p.model_dump(mode="json")))
    assert data["announced"] == "2025-09-04"
    assert data["high"] == {"value": 30, "unit": "round"}
    assert at.Pledge.model_validate(data) == p
    assert at.Pledge.model_validate_json(p.model_dump_json()) == p


# --- what a record refuses: each error names the field ---------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        pytest.param(
            {"quantity": "550 vehicle", "low": "600 vehicle"}, "low", "greater than quantity", id="low>quantity"
        ),
        pytest.param(
            {"quantity": "550 vehicle", "high": "500 vehicle"}, "high", "less than quantity", id="high<quantity"
        ),
        pytest.param(
            {"quantity": "5 vehicle", "low": "9 vehicle", "high": "8 vehicle"}, "low", "greater", id="low>high"
        ),
        pytest.param({"quantity": "5 vehicle", "high": "3 EUR"}, "high", "dimension", id="bound-other-dimension"),
        pytest.param({"low": "3 vehicle"}, "low", "without a quantity", id="bound-without-quantity"),
        pytest.param({"growth": "20 percent"}, "growth", "per time", id="growth-not-per-time"),
        pytest.param({"growth": "5 vehicle / year"}, "growth", "per time", id="growth-of-items"),
        pytest.param({"growth": "-150 percent / year"}, "growth", "-100", id="growth-below-minus-100"),
        pytest.param({"quantity": "1 EUR", "donor": "XXX"}, "donor", "'XXX'", id="donor-unknown-code"),
        pytest.param({"quantity": "1 EUR", "donor": "Germany"}, "donor", "'Germany'", id="donor-name-not-code"),
        pytest.param({"quantity": "1 EUR", "recipient": "UA"}, "recipient", "'UA'", id="recipient-alpha2"),
        pytest.param(
            {"quantity": "1 EUR", "period": {"start": 2029, "end": 2026}},
            "period",
            "before it starts",
            id="period-reversed",
        ),
        pytest.param({"quantity": "1 EUR", "period": {}}, "period", "start or an end", id="period-empty"),
        pytest.param({"quantity": "-5 vehicle"}, "quantity", "negative", id="quantity-negative"),
        pytest.param({"quantity": {"value": float("nan"), "unit": "EUR"}}, "quantity", "finite", id="quantity-nan"),
        pytest.param({"quantity": "4 blorps"}, "quantity", "blorps", id="quantity-unknown-unit"),
        pytest.param({"quantity": {"value": 4, "units": "EUR"}}, "quantity", "'value' and 'unit'", id="mapping-keys"),
        pytest.param({"quantity": "4 vehicle", "span": (9, 3)}, "span", "before it starts", id="span-reversed"),
        pytest.param({"quantity": "4 vehicle", "category": "tanks"}, "category", "tanks", id="category-unknown"),
        pytest.param({"quantity": "4 vehicle", "colour": "red"}, "colour", "Extra inputs", id="unknown-field"),
        pytest.param({}, "", "neither a quantity nor a growth", id="nothing-pledged"),
        pytest.param(
            {"quantity": "4 vehicle", "equivalent_of": "p1"}, "", "names the pledge itself", id="restates-itself"
        ),
    ],
)
def test_impossible_records_are_refused(fields: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        pledge(**fields)
    message = str(caught.value)
    assert words in message
    if field:
        assert field in {str(loc) for error in caught.value.errors() for loc in error["loc"]}, message


def test_currencies_never_convert_silently() -> None:
    with pytest.raises(Exception, match="Cannot convert"):
        at.ureg("1 EUR").to("USD")


def test_period_years() -> None:
    assert at.Period(start=2026, end=2029).years == range(2026, 2030)
    assert at.Period(end=2030).years is None


def test_announced_accepts_date_and_iso_string() -> None:
    assert pledge(quantity="1 EUR", announced=dt.date(2024, 1, 5)) == pledge(quantity="1 EUR", announced="2024-01-05")
