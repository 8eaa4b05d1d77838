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
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

if TYPE_CHECKING:
    import pint

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


def _quantity(value: object, unit: object) -> Quantity:
    from ._errors import UnitError
    from ._units import parse_unit, registry

    if not isinstance(unit, str):
        raise PydanticCustomError("quantity_unit", "unit must be a string, got {unit}", {"unit": unit})
    try:
        units = parse_unit(unit)
    except UnitError as exc:
        raise PydanticCustomError("quantity_unit", "{error}", {"error": str(exc)}) from None
    return registry().Quantity(canonical_magnitude(value), units)


def validate_quantity(raw: object) -> Quantity:
    """Any accepted input -> a ``Quantity`` of the package registry with a canonical magnitude."""
    import pint

    if isinstance(raw, pint.Quantity):
        return _quantity(raw.magnitude, format(raw.units, "D"))
    if isinstance(raw, Mapping):
        if set(raw) != {"value", "unit"}:
            raise PydanticCustomError(
                "quantity_mapping",
                "a quantity mapping needs exactly the keys 'value' and 'unit', got {keys}",
                {"keys": sorted(map(str, raw))},
            )
        return _quantity(raw["value"], raw["unit"])
    if isinstance(raw, str):
        from ._units import registry

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
