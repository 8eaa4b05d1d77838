"""Record building's fast paths give exactly what the plain code they replaced gave.

The plain versions are kept here as the reference: quantity validation as it parsed every unit string
and built every quantity with pint's general ``Quantity(...)``; results are compared by type and by the
quantity's stored state, refusals by pydantic error type, message and context.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pint
import pytest
from pydantic_core import PydanticCustomError

import aidtracker as at
from aidtracker._errors import UnitError
from aidtracker._types import _builder, canonical_magnitude, validate_quantity
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
