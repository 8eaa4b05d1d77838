"""Reusable annotated types for the records: pint quantities, donor codes, spans.

``QuantityField`` makes a pint ``Quantity`` of :func:`aidtracker._units.registry` a pydantic field:

* it validates a ``Quantity`` (of this registry or another one with the same unit names), a string
  such as ``"480 vehicle / year"``, or a mapping ``{"value": 480, "unit": "vehicle / year"}``;
* in JSON mode it serialises to that mapping (python mode keeps the ``Quantity``);
* its JSON schema is the mapping's.

Magnitudes are plain Python numbers, finite, and canonical: a float that holds a whole number below
2**53 becomes an ``int``, so ``480.0`` and ``480`` are the same record and every round trip (JSON,
DataFrame, JSON Lines) gives back exactly what went in.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from ._errors import UnitError
from ._units import parse_unit, registry

if TYPE_CHECKING:
    import pint
    from pint.util import UnitsContainer

    Quantity = pint.Quantity[Any]
    UnitRegistry = pint.UnitRegistry[Any]
    Unit = pint.Unit

__all__ = ["ORGANISATIONS", "CountryOrOrganisation", "QuantityField", "canonical_magnitude", "quantity_dict"]

#: Donors that are organisations, by their usual abbreviation (SCHEMA.md rule 3).
ORGANISATIONS: frozenset[str] = frozenset(
    {
        "EU",
        "NATO",
        "G7",
        "G20",
        "UN",
        "IMF",
        "EIB",
        "EBRD",
        "OSCE",
        "OECD",
        "WB",
        "EPF",
        "UNHCR",
        "UNICEF",
        "WFP",
        "ICRC",
    }
)

_EXACT_INT_LIMIT = 2**53


def canonical_magnitude(value: object) -> int | float:
    """A finite real number as ``int`` when it is whole (below 2**53), else as ``float``."""
    kind = type(value)
    if kind is int:  # the common cases first, with the result the general rules below give
        return value  # type: ignore[return-value]
    if kind is float:
        number: float = value  # type: ignore[assignment]
    else:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise PydanticCustomError("quantity_value", "value must be a real number, got {value}", {"value": value})
        if isinstance(value, numbers.Integral):
            return int(value)
        number = float(value)
    if not math.isfinite(number):
        raise PydanticCustomError("quantity_value", "value must be finite, got {value}", {"value": value})
    if number.is_integer() and abs(number) < _EXACT_INT_LIMIT:
        return int(number)
    return number


@cache
def _builder() -> Callable[[int | float, UnitsContainer], Quantity]:
    """``registry().Quantity(magnitude, units)`` for a plain number and a units container, made fast.

    pint's ``Quantity.__new__`` accepts strings, arrays, other quantities and more, and takes ~10x the time
    of just filling the two slots it fills for a number and a units container. The fast builder is used
    only if it gives what pint gives for a probe (so a pint release that stores more falls back to pint).
    """
    cls = registry().Quantity

    def build(magnitude: int | float, units: UnitsContainer) -> Quantity:
        quantity: Quantity = object.__new__(cls)
        quantity._magnitude = magnitude
        quantity._units = units
        return quantity

    probe = parse_unit("vehicle / year")._units
    if vars(build(480, probe)) == vars(cls(480, probe)) and vars(build(0.5, probe)) == vars(cls(0.5, probe)):
        return build
    return cls  # pragma: no cover - only with a pint that keeps more state on a quantity


def _quantity(value: object, unit: object) -> Quantity:
    if not isinstance(unit, str):
        raise PydanticCustomError("quantity_unit", "unit must be a string, got {unit}", {"unit": unit})
    try:
        units = parse_unit(unit)
    except UnitError as exc:
        raise PydanticCustomError("quantity_unit", "{error}", {"error": str(exc)}) from None
    return _builder()(canonical_magnitude(value), units._units)


@lru_cache(maxsize=1024)
def _unit_text(ureg: UnitRegistry, units: UnitsContainer) -> str:
    """``format(quantity.units, "D")`` for a quantity of ``ureg`` with these units (cached: pint formats slowly)."""
    return format(ureg.Unit(units), "D")


_MAPPING_KEYS = frozenset({"value", "unit"})


def _mapping_quantity(raw: Mapping[Any, Any]) -> Quantity:
    if raw.keys() != _MAPPING_KEYS:
        raise PydanticCustomError(
            "quantity_mapping",
            "a quantity mapping needs exactly the keys 'value' and 'unit', got {keys}",
            {"keys": sorted(map(str, raw))},
        )
    return _quantity(raw["value"], raw["unit"])


def validate_quantity(raw: object) -> Quantity:
    """Any accepted input -> a ``Quantity`` of the package registry with a canonical magnitude."""
    if type(raw) is dict:  # the parser's records: decided before looking at pint's classes
        return _mapping_quantity(raw)

    import pint

    if isinstance(raw, pint.Quantity):
        return _quantity(raw.magnitude, _unit_text(raw._REGISTRY, raw._units))
    if isinstance(raw, Mapping):
        return _mapping_quantity(raw)
    if isinstance(raw, str):
        try:
            parsed: Quantity = registry().Quantity(raw)
        except Exception:
            raise PydanticCustomError(
                "quantity_string", "cannot read '{raw}' as a quantity such as '480 vehicle / year'", {"raw": raw}
            ) from None
        return _quantity(parsed.magnitude, format(parsed.units, "D"))
    raise PydanticCustomError(
        "quantity_type",
        "expected a pint Quantity, a string like '480 vehicle / year' or {{'value': 480, 'unit': 'vehicle / year'}}, "
        "got {raw}",
        {"raw": raw},
    )


def quantity_dict(quantity: Quantity) -> dict[str, Any]:
    """``{"value": 480, "unit": "vehicle / year"}``: the JSON form of a quantity."""
    return {"value": canonical_magnitude(quantity.magnitude), "unit": format(quantity.units, "D")}


class _QuantityAnnotation:
    """Pydantic glue for pint quantities (core schema, serialiser and JSON schema)."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            validate_quantity,
            serialization=core_schema.plain_serializer_function_ser_schema(quantity_dict, when_used="json"),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "object",
            "title": "Quantity",
            "description": "A pint quantity of aidtracker.ureg: a number and a unit string.",
            "properties": {
                "value": {"type": "number", "description": "magnitude, fully expanded (1.5 billion -> 1500000000)"},
                "unit": {"type": "string", "description": "unit of aidtracker.ureg, e.g. 'vehicle / year', 'EUR'"},
            },
            "required": ["value", "unit"],
            "additionalProperties": False,
        }


if TYPE_CHECKING:
    QuantityField = Annotated[Quantity, _QuantityAnnotation]
else:
    QuantityField = Annotated[object, _QuantityAnnotation]


@cache
def _alpha3() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_3 for country in pycountry.countries)


def _check_donor(code: str) -> str:
    if code in ORGANISATIONS or code in _alpha3():
        return code
    raise PydanticCustomError(
        "donor_code",
        "'{code}' is neither an ISO 3166-1 alpha-3 country code (e.g. 'DEU', 'USA') nor a known organisation "
        "({organisations})",
        {"code": code, "organisations": ", ".join(sorted(ORGANISATIONS))},
    )


CountryOrOrganisation = Annotated[str, AfterValidator(_check_donor)]
