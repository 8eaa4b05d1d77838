"""The records: :class:`Pledge`, :class:`Period` and :class:`Category`.

Records are frozen pydantic models that forbid unknown fields. Quantities are pint quantities of
``aidtracker.ureg``; ``model_dump(mode="json")`` writes them as ``{"value": 480, "unit": "vehicle / year"}``
and ``model_validate`` reads that back exactly. Impossible records raise pydantic's ``ValidationError``
with the field and the value in the message.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from ._types import CountryOrOrganisation, QuantityField
from ._units import parse_unit, registry

if TYPE_CHECKING:
    from pint.util import UnitsContainer

    from ._types import Quantity

__all__ = ["Category", "Period", "Pledge", "Record"]


class Record(BaseModel):
    """Base of every aidtracker record: immutable and closed to unknown fields (``model_copy`` does not validate;
    build changed records with ``model_validate``)."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


class Category(StrEnum):
    """What a pledge is for (the categories of the annotation schema)."""

    AIR_DEFENCE = "air_defence"
    ARMOUR = "armour"
    ARTILLERY = "artillery"
    AMMUNITION = "ammunition"
    AIRCRAFT = "aircraft"
    DRONES = "drones"
    NAVAL = "naval"
    SMALL_ARMS = "small_arms"
    MILITARY_GENERAL = "military_general"
    FINANCIAL = "financial"
    HUMANITARIAN = "humanitarian"
    PERSONNEL = "personnel"
    OTHER = "other"


Year = Annotated[int, Field(ge=1900, le=2200, description="calendar year")]


class Period(Record):
    """The years a pledge covers, both inclusive; either end may be open (``None``), not both."""

    start: Year | None = None
    end: Year | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start is None and self.end is None:
            raise PydanticCustomError("period_empty", "a period needs a start or an end year (both are None)")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise PydanticCustomError(
                "period_order",
                "period ends ({end}) before it starts ({start})",
                {"start": self.start, "end": self.end},
            )
        return self

    @property
    def years(self) -> range | None:
        """The years as a range, when both ends are known."""
        if self.start is None or self.end is None:
            return None
        return range(self.start, self.end + 1)


def _dims(quantity: Quantity) -> str:
    return str(quantity.dimensionality)


def _same_units(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities of the registry have the same units (then converting one to the other's keeps it)."""
    return a._units is b._units or a._units == b._units


@cache
def _percent_per_year() -> tuple[UnitsContainer, float]:
    """The units of '20 percent / year' (the parser's growth unit) and pint's factor from them to '1 / year'.

    pint converts a number between units without an offset by one multiplication with that factor, so a
    growth in these units needs neither the dimension lookup nor pint's conversion machinery.
    """
    units = parse_unit("percent / year")
    factor: float = registry().Quantity(1, units).to(parse_unit("1 / year")).magnitude
    return units._units, factor


def _per_year(growth: Quantity) -> float:
    """``growth.to("1 / year").magnitude`` for a growth known to be per time."""
    units, factor = _percent_per_year()
    if growth._units is units or growth._units == units:
        rate: float = growth.magnitude * factor  # what pint's conversion computes
        return rate
    rate = growth.to(parse_unit("1 / year")).magnitude  # parse_unit is cached: no parse per record
    return rate


def _is_per_time(growth: Quantity) -> bool:
    units, _ = _percent_per_year()
    return growth._units is units or dict(growth.dimensionality) == {"[time]": -1}


# The checks of single pledge fields. Each sits inside its field's ``| None``, so pydantic calls it only
# for a value that is there (a parsed record has no low and mostly no high or growth).


def _non_negative(value: Quantity) -> Quantity:
    if value.magnitude < 0:
        raise PydanticCustomError(
            "quantity_negative", "quantity must not be negative, got {value}", {"value": f"{value}"}
        )
    return value


def _bound(side: str, value: Quantity, info: ValidationInfo) -> Quantity:
    if "quantity" not in info.data:  # the quantity itself failed; that error is reported already
        return value
    quantity = info.data["quantity"]
    if quantity is None:
        raise PydanticCustomError(
            "bound_without_quantity",
            "{side} ({value}) given without a quantity",
            {"side": side, "value": f"{value}"},
        )
    same_units = _same_units(value, quantity)
    if not same_units and value.dimensionality != quantity.dimensionality:
        raise PydanticCustomError(
            "bound_dimension",
            "{side} ({value}) is not in the dimension of quantity ({quantity}: {dims})",
            {"side": side, "value": f"{value}", "quantity": f"{quantity}", "dims": _dims(quantity)},
        )
    bound = value.magnitude if same_units else value.to(quantity.units).magnitude
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


def _low(value: Quantity, info: ValidationInfo) -> Quantity:
    return _bound("low", value, info)


def _high(value: Quantity, info: ValidationInfo) -> Quantity:
    return _bound("high", value, info)


def _per_time(value: Quantity) -> Quantity:
    if not _is_per_time(value):
        raise PydanticCustomError(
            "growth_dimension",
            "growth ({value}) must be a rate per time such as '20 percent / year', not {dims}",
            {"value": f"{value}", "dims": _dims(value)},
        )
    if _per_year(value) <= -1:
        raise PydanticCustomError(
            "growth_range", "growth ({value}) must be above -100 percent / year", {"value": f"{value}"}
        )
    return value


def _span_order(value: tuple[int, int]) -> tuple[int, int]:
    if value[1] < value[0]:
        raise PydanticCustomError(
            "span_order", "span ends ({end}) before it starts ({start})", {"start": value[0], "end": value[1]}
        )
    return value


Offset = Annotated[int, Field(ge=0)]


class Pledge(Record):
    """One quantified pledge read from text (or written by hand).

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
    quantity: Annotated[QuantityField, AfterValidator(_non_negative)] | None = Field(
        default=None, description="amount or rate pledged"
    )
    low: Annotated[QuantityField, AfterValidator(_low)] | None = Field(
        default=None, description="lower bound of the quantity"
    )
    high: Annotated[QuantityField, AfterValidator(_high)] | None = Field(
        default=None, description="upper bound of the quantity"
    )
    growth: Annotated[QuantityField, AfterValidator(_per_time)] | None = Field(
        default=None, description="growth rate per time, e.g. 20 percent / year"
    )
    period: Period | None = Field(default=None, description="years the pledge covers")
    equivalent_of: str | None = Field(default=None, min_length=1, description="id of the pledge this one restates")
    span: Annotated[tuple[Offset, Offset], AfterValidator(_span_order)] | None = Field(
        default=None, description="(start, end) offsets of the quantity's phrase in the parsed text"
    )
    evidence: str | None = Field(default=None, description="the sentence the pledge was read from")
    source: str | None = Field(default=None, description="where the text came from (URL or title)")
    announced: dt.date | None = Field(default=None, description="date of publication")

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

    def __repr_args__(self) -> Any:
        # Leave out fields that are None so reprs in a notebook stay readable.
        return [(k, v) for k, v in super().__repr_args__() if v is not None]
