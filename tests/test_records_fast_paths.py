"""Record building's fast paths give exactly what the plain code they replaced gave.

The plain versions are kept here as the reference: quantity validation as it parsed every unit string
and built every quantity with pint's general ``Quantity(...)``; results are compared by type and by the
quantity's stored state, refusals by pydantic error type, message and context.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Self

import pint
import pytest
from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

import aidtracker as at
from aidtracker._errors import UnitError
from aidtracker._records import Category, Period, Record, _per_year
from aidtracker._types import CountryOrOrganisation, QuantityField, _builder, canonical_magnitude, validate_quantity
from aidtracker._units import parse_unit, registry

# --- the reference: validation as written before the fast paths ------------------------------------


def _reference_canonical(value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise PydanticCustomError("quantity_value", "value must be a real number, got {value}", {"value": value})
    if isinstance(value, numbers.Integral):
        return int(value)
    number = float(value)
    if not math.isfinite(number):
        raise PydanticCustomError("quantity_value", "value must be finite, got {value}", {"value": value})
    if number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number


def _reference_quantity(value: object, unit: object) -> Any:
    if not isinstance(unit, str):
        raise PydanticCustomError("quantity_unit", "unit must be a string, got {unit}", {"unit": unit})
    try:
        units = parse_unit(unit)
    except UnitError as exc:
        raise PydanticCustomError("quantity_unit", "{error}", {"error": str(exc)}) from None
    return registry().Quantity(_reference_canonical(value), units)


def _reference_validate(raw: object) -> Any:
    if isinstance(raw, pint.Quantity):
        return _reference_quantity(raw.magnitude, format(raw.units, "D"))
    if isinstance(raw, Mapping):
        if set(raw) != {"value", "unit"}:
            raise PydanticCustomError(
                "quantity_mapping",
                "a quantity mapping needs exactly the keys 'value' and 'unit', got {keys}",
                {"keys": sorted(map(str, raw))},
            )
        return _reference_quantity(raw["value"], raw["unit"])
    if isinstance(raw, str):
        try:
            parsed: Any = registry().Quantity(raw)
        except Exception:
            raise PydanticCustomError(
                "quantity_string", "cannot read '{raw}' as a quantity such as '480 vehicle / year'", {"raw": raw}
            ) from None
        return _reference_quantity(parsed.magnitude, format(parsed.units, "D"))
    raise PydanticCustomError(
        "quantity_type",
        "expected a pint Quantity, a string like '480 vehicle / year' or {{'value': 480, 'unit': 'vehicle / year'}}, "
        "got {raw}",
        {"raw": raw},
    )


# --- inputs ---------------------------------------------------------------------------------------

UNITS = [
    "vehicle",
    "vehicle / year",
    "EUR",
    "vehicle / month",
    "percent",
    "percent / year",
    "1 / year",
    "brigade",
    "round / quarter",
]
NUMBERS: list[object] = [
    0,
    480,
    -3,
    2**60,
    480.0,
    0.5,
    -0.0,
    1.5e9,
    2.0**53,
    2.0**53 - 1,
    1e300,
    float("nan"),
    float("inf"),
    -float("inf"),
    True,
    False,
    Fraction(3, 2),
    Fraction(4, 2),
    Decimal("2.5"),
    Decimal("7"),
    "480",
    None,
    1 + 2j,
]


class _Keys(Mapping[str, object]):
    """A mapping that is not a dict."""

    def __init__(self, data: dict[str, object]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> object:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class _IntLike(int):
    """An int subclass (not exactly ``int``: takes the general path)."""


class _FloatLike(float):
    """A float subclass (not exactly ``float``: takes the general path)."""


def _raw_inputs() -> list[object]:
    other: Any = pint.UnitRegistry()
    other.define("vehicle = [vehicle]")
    raws: list[object] = []
    for unit in UNITS:
        for number in NUMBERS:
            raws.append({"value": number, "unit": unit})
        raws.append(_Keys({"value": 4, "unit": unit}))
        raws.append(f"12 {unit}")
        raws.append(registry().Quantity(7.0, unit))
        raws.append(registry().Quantity(_IntLike(7), unit))
        raws.append(registry().Quantity(_FloatLike(7.5), unit))
    raws += [
        {"value": 4, "unit": "blorps"},
        {"value": 4, "unit": 5},
        {"value": 4, "units": "EUR"},
        {"value": 4},
        {"value": 4, "unit": "EUR", "extra": 1},
        _Keys({"unit": "EUR"}),
        "4 blorps",
        "",
        "vehicle",
        "12",
        42,
        None,
        [480, "vehicle"],
        other.Quantity(3, "vehicle"),
        other.Quantity(3.5, "meter"),
        other.Quantity(2, "1 / year"),
        registry().Quantity(float("nan"), "EUR"),
        registry().Quantity(1, ""),
    ]
    return raws


def _outcome(fn: Any, raw: object) -> tuple[Any, ...]:
    try:
        result = fn(raw)
    except PydanticCustomError as exc:
        return ("error", exc.type, exc.message(), repr(exc.context))
    return ("ok", type(result), type(result.magnitude), repr(vars(result)))


@pytest.mark.parametrize("raw", _raw_inputs(), ids=repr)
def test_quantity_validation_matches_reference(raw: object) -> None:
    assert _outcome(validate_quantity, raw) == _outcome(_reference_validate, raw)


@pytest.mark.parametrize("value", [*NUMBERS, _IntLike(5), _FloatLike(5.0), _FloatLike(5.5)], ids=repr)
def test_canonical_magnitude_matches_reference(value: object) -> None:
    def run(fn: Any) -> tuple[Any, ...]:
        try:
            result = fn(value)
        except PydanticCustomError as exc:
            return ("error", exc.type, exc.message())
        return ("ok", type(result), result)

    assert run(canonical_magnitude) == run(_reference_canonical)


def test_fast_builder_is_in_use_and_equals_pint() -> None:
    build = _builder()
    assert build is not registry().Quantity, "the probe failed: pint keeps more state on a quantity now"
    for unit in UNITS:
        units = parse_unit(unit)._units
        for magnitude in (0, 480, -2, 0.25, 1.5e9):
            fast, plain = build(magnitude, units), registry().Quantity(magnitude, units)
            assert type(fast) is type(plain)
            assert vars(fast) == vars(plain)
            assert fast == plain
            assert str(fast) == str(plain)
            assert fast.to_base_units() == plain.to_base_units()


def test_validated_quantity_is_a_copy() -> None:
    mine = at.ureg.Quantity(12, "vehicle / month")
    stored = validate_quantity(mine)
    assert stored is not mine
    mine.ito("vehicle / year")  # changing the caller's quantity in place leaves the record's alone
    assert vars(stored) == vars(at.ureg.Quantity(12, "vehicle / month"))


# --- the checks of a pledge: fast unit comparisons and the growth check -----------------------------


class _ReferencePledge(Record):
    """The pledge as written before the fast paths: every check a field validator, conversions by pint.

    ``quantity`` is what was pledged (``4 brigade``, ``480 vehicle / year``, ``1.5e9 EUR``);
    ``low``/``high`` bound it ("bis zu 500" -> ``high``); ``growth`` is a rate per time
    (``20 percent / year``); a growth-only pledge has no quantity. ``equivalent_of`` names the
    pledge this one restates (counted once). ``span`` are offsets into the parsed text.
    """

    id: str = Field(min_length=1, description="unique within a parse result or a tracker")
    donor: CountryOrOrganisation | None = Field(
        default=None, description="ISO 3166-1 alpha-3 code of the donor state, or an organisation (EU, NATO, ...)"
    )
    recipient: CountryOrOrganisation | None = Field(default="UKR", description="ISO 3166-1 alpha-3 of the recipient")
    category: Category
    item: str | None = Field(default=None, description="the equipment as named in the text")
    quantity: QuantityField | None = Field(default=None, description="amount or rate pledged")
    low: QuantityField | None = Field(default=None, description="lower bound of the quantity")
    high: QuantityField | None = Field(default=None, description="upper bound of the quantity")
    growth: QuantityField | None = Field(default=None, description="growth rate per time, e.g. 20 percent / year")
    period: Period | None = Field(default=None, description="years the pledge covers")
    equivalent_of: str | None = Field(default=None, min_length=1, description="id of the pledge this one restates")
    span: tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=0)]] | None = Field(
        default=None, description="(start, end) offsets of the quantity's phrase in the parsed text"
    )
    evidence: str | None = Field(default=None, description="the sentence the pledge was read from")
    source: str | None = Field(default=None, description="where the text came from (URL or title)")
    announced: dt.date | None = Field(default=None, description="date of publication")

    @field_validator("quantity")
    @classmethod
    def _non_negative(cls, value: Any) -> Any:
        if value is not None and value.magnitude < 0:
            raise PydanticCustomError(
                "quantity_negative", "quantity must not be negative, got {value}", {"value": f"{value}"}
            )
        return value

    @field_validator("low", "high")
    @classmethod
    def _bound(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None:
            return None
        side = info.field_name
        if "quantity" not in info.data:  # the quantity itself failed; that error is reported already
            return value
        quantity = info.data["quantity"]
        if quantity is None:
            raise PydanticCustomError(
                "bound_without_quantity",
                "{side} ({value}) given without a quantity",
                {"side": side, "value": f"{value}"},
            )
        if value.dimensionality != quantity.dimensionality:
            raise PydanticCustomError(
                "bound_dimension",
                "{side} ({value}) is not in the dimension of quantity ({quantity}: {dims})",
                {"side": side, "value": f"{value}", "quantity": f"{quantity}", "dims": str(quantity.dimensionality)},
            )
        bound = value.to(quantity.units).magnitude
        if side == "low" and bound > quantity.magnitude:
            raise PydanticCustomError(
                "bound_order",
                "low ({value}) is greater than quantity ({quantity})",
                {"value": f"{value}", "quantity": f"{quantity}"},
            )
        if side == "high":
            if bound < quantity.magnitude:
                raise PydanticCustomError(
                    "bound_order",
                    "high ({value}) is less than quantity ({quantity})",
                    {"value": f"{value}", "quantity": f"{quantity}"},
                )
            low = info.data.get("low")
            if low is not None and low.dimensionality == value.dimensionality and low.to(value.units) > value:
                raise PydanticCustomError(
                    "bound_order", "low ({low}) is greater than high ({value})", {"low": f"{low}", "value": f"{value}"}
                )
        return value

    @field_validator("growth")
    @classmethod
    def _per_time(cls, value: Any) -> Any:
        if value is None:
            return None
        if dict(value.dimensionality) != {"[time]": -1}:
            raise PydanticCustomError(
                "growth_dimension",
                "growth ({value}) must be a rate per time such as '20 percent / year', not {dims}",
                {"value": f"{value}", "dims": str(value.dimensionality)},
            )
        if value.to("1 / year").magnitude <= -1:
            raise PydanticCustomError(
                "growth_range", "growth ({value}) must be above -100 percent / year", {"value": f"{value}"}
            )
        return value

    @field_validator("span")
    @classmethod
    def _span_order(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None and value[1] < value[0]:
            raise PydanticCustomError(
                "span_order", "span ends ({end}) before it starts ({start})", {"start": value[0], "end": value[1]}
            )
        return value

    @model_validator(mode="after")
    def _something_pledged(self) -> Self:
        if self.quantity is None and self.growth is None:
            raise PydanticCustomError(
                "pledge_empty", "pledge '{id}' has neither a quantity nor a growth rate", {"id": self.id}
            )
        if self.equivalent_of == self.id:
            raise PydanticCustomError(
                "equivalent_of_self", "equivalent_of ('{id}') names the pledge itself", {"id": self.id}
            )
        return self


def _pledge_outcome(model: type[Record], fields: dict[str, object]) -> Any:
    try:
        return model.model_validate({"id": "p1", "category": "other", **fields}).model_dump(mode="json")
    except ValidationError as exc:
        return [(e["type"], e["loc"], e["msg"]) for e in exc.errors()]


def _edge(x: float) -> list[float]:
    return [x, math.nextafter(x, -math.inf), math.nextafter(x, math.inf)]


GROWTHS: list[object] = [
    *({"value": v, "unit": "percent / year"} for v in [*_edge(-100.0), -100, -99, 0, 20, 1e300, -1e300, 0.5]),
    *({"value": v, "unit": "1 / year"} for v in [*_edge(-1.0), -1, 0, 0.2]),
    *({"value": v, "unit": "percent / month"} for v in [*_edge(-100 / 12), -9, 2]),
    *({"value": v, "unit": "percent / quarter"} for v in [-25, -26, 5]),
    "20 percent",
    "5 vehicle / year",
    "3 year",
    "-150 percent / year",
]
BOUNDS: list[dict[str, object]] = [
    {"quantity": "550 vehicle", "low": "600 vehicle"},
    {"quantity": "550 vehicle", "low": "500 vehicle"},
    {"quantity": "550 vehicle", "high": "500 vehicle"},
    {"quantity": "550 vehicle", "high": "550 vehicle"},
    {"quantity": "550 vehicle", "high": "600 vehicles"},
    {"quantity": "5 vehicle", "low": "9 vehicle", "high": "8 vehicle"},
    {"quantity": "5 vehicle", "low": "4 vehicle", "high": "8 vehicle"},
    {"quantity": "5 vehicle", "high": "3 EUR"},
    {"quantity": "5 vehicle", "low": "3 EUR", "high": "9 vehicle"},
    {"quantity": "12 vehicle / year", "high": "1 vehicle / month"},
    {"quantity": "12 vehicle / year", "high": "1.01 vehicle / month"},
    {"quantity": "12 vehicle / year", "low": "0.99 vehicle / month", "high": "3 vehicle / quarter"},
    {"quantity": "12 vehicle / year", "low": "1.01 vehicle / month", "high": "3 vehicle / quarter"},
    {"quantity": {"value": 0.1, "unit": "EUR"}, "high": {"value": 0.1, "unit": "EUR"}},
    {"quantity": {"value": 1.5e9, "unit": "EUR"}, "high": {"value": 1500000000, "unit": "EUR"}},
    {"low": "3 vehicle"},
    {"quantity": "-1 vehicle", "high": "3 vehicle"},
    {"quantity": "4 blorps", "high": "3 vehicle"},
]


@pytest.mark.parametrize("growth", GROWTHS, ids=repr)
def test_growth_check_matches_reference(growth: object) -> None:
    fields = {"growth": growth}
    assert _pledge_outcome(at.Pledge, fields) == _pledge_outcome(_ReferencePledge, fields)


@pytest.mark.parametrize("fields", BOUNDS, ids=repr)
def test_bound_checks_match_reference(fields: dict[str, object]) -> None:
    assert _pledge_outcome(at.Pledge, fields) == _pledge_outcome(_ReferencePledge, fields)


def test_percent_per_year_rate_is_pints_conversion() -> None:
    values = [*_edge(-100.0), -100, 0, 1, 20, 33.3, -0.1, 1e300, 12345678901234567, 0.1 + 0.2]
    for value in values:
        growth = validate_quantity({"value": value, "unit": "percent / year"})
        assert _per_year(growth) == growth.to("1 / year").magnitude, value


def _reference_number(value: float) -> float | int:
    rounded = round(value)
    if abs(value - rounded) <= 1e-9 * max(1.0, abs(value)):
        return int(rounded)
    return float(f"{value:.12g}")


@pytest.mark.parametrize(
    "value",
    [
        *[0.0, -0.0, 4.0, 480.0, 1.5e9, 2.0**53, 2.0**60, 1e300, -7.0, 0.5, 2.5, 1.0000000001, 1e-12, 123.456],
        *[7, -3, 2**70, *_edge(1e9), *_edge(3.0)],
    ],
    ids=repr,
)
def test_parser_number_matches_reference(value: float) -> None:
    from aidtracker._parser import _number

    fast, plain = _number(value), _reference_number(value)
    assert (type(fast), fast) == (type(plain), plain)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=repr)
def test_parser_number_refuses_like_reference(value: float) -> None:
    from aidtracker._parser import _number

    with pytest.raises((ValueError, OverflowError)) as fast:
        _number(value)
    with pytest.raises((ValueError, OverflowError)) as plain:
        _reference_number(value)
    assert (fast.type, str(fast.value)) == (plain.type, str(plain.value))


OTHERS: list[dict[str, object]] = [
    {"quantity": "-5 vehicle"},
    {"quantity": "0 vehicle", "high": "0 vehicle"},
    {"quantity": {"value": -0.5, "unit": "EUR"}, "low": "3 vehicle"},
    {"quantity": "4 vehicle", "span": (9, 3)},
    {"quantity": "4 vehicle", "span": (3, 3)},
    {"quantity": "4 vehicle", "span": (-1, 3)},
    {"quantity": "4 vehicle", "span": (1, 2, 3)},
    {"quantity": "4 vehicle", "span": None, "growth": None, "low": None, "high": None},
    {"quantity": "4 vehicle", "high": "3 vehicle", "span": (9, 3), "growth": "-200 percent / year"},
    {"quantity": None, "growth": None},
    {"quantity": "4 vehicle", "equivalent_of": "p1"},
    {"quantity": "4 vehicle", "period": {"start": 2029, "end": 2026}, "donor": "XXX"},
]


@pytest.mark.parametrize("fields", OTHERS, ids=repr)
def test_other_checks_match_reference(fields: dict[str, object]) -> None:
    assert _pledge_outcome(at.Pledge, fields) == _pledge_outcome(_ReferencePledge, fields)


def test_parsed_records_match_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every record the parser builds for the benchmark text validates exactly as the reference does."""
    import sys
    from pathlib import Path

    from aidtracker import _records

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_parse import corpus

    seen: list[dict[str, object]] = []

    class Recording(at.Pledge):
        @classmethod
        def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
            seen.append(dict(obj))
            return at.Pledge.model_validate(obj, **kwargs)

    monkeypatch.setattr(_records, "Pledge", Recording)
    for lang in ("de", "en"):
        at.parse(corpus(lang, 20_000, seed=3), lang=lang, published="2024-05-01", source="bench")
    assert len(seen) > 100
    for record in seen:
        fast, plain = at.Pledge.model_validate(record), _ReferencePledge.model_validate(record)
        assert fast.model_dump(mode="json") == plain.model_dump(mode="json")
        assert fast.model_dump() == plain.model_dump()
