"""The unit registry and the equipment table.

One pint registry, built once on first use from ``units.txt`` (data kept in the package, like pint's
own ``default_en.txt``). Counted items, formations and currencies are each a dimension of their own,
so nothing converts between them silently. The only bridge from formations to equipment is an
:class:`EquipmentTable`: explicit, sourced and replaceable.
"""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._errors import EquipmentTableError, UnitError

if TYPE_CHECKING:
    import pint

    from ._types import Quantity, UnitRegistry

__all__ = ["EquipmentFactor", "EquipmentTable", "equipment", "parse_unit", "registry"]

#: How quantities print: up to 15 significant digits, so 480 vehicle/year * 4 year prints "1920 vehicle".
DISPLAY_FORMAT = ".15g"


@cache
def registry() -> UnitRegistry:
    """The package's unit registry (created on first call, then shared).

    >>> registry()("480 vehicle / year") * registry()("4 year")
    <Quantity(1920.0, 'vehicle')>
    """
    import pint

    ureg: UnitRegistry = pint.UnitRegistry(None, cache_folder=None)
    with resources.as_file(resources.files(__package__) / "units.txt") as path:
        ureg.load_definitions(str(path))
    ureg.formatter.default_format = DISPLAY_FORMAT
    ureg.add_context(equipment().context(ureg))
    return ureg


@lru_cache(maxsize=1024)
def parse_unit(text: str) -> pint.Unit:
    """The registry's unit for ``text`` ("vehicle / year", "EUR"), or :class:`UnitError` naming it.

    Cached: a parser run asks for the same few units thousands of times (pint units are immutable).
    """
    import pint

    try:
        return registry().Unit(text)
    except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, AttributeError, TypeError, ValueError) as exc:
        raise UnitError(
            f"unknown unit {text!r}: use units of aidtracker.ureg such as 'vehicle', 'EUR', "
            "'round / year' or 'percent / year'",
            unit=text,
        ) from exc


class EquipmentFactor(BaseModel):
    """``per`` items of a unit for one formation, with where that number comes from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    per: float = Field(gt=0, allow_inf_nan=False)
    source: str = Field(min_length=1)


class EquipmentTable(BaseModel):
    """Formation -> equipment factors: ``{"brigade": {"vehicle": EquipmentFactor(per=120, ...)}}``.

    The default table (``equipment.toml`` in the package) is what :func:`equipment` returns; pass your
    own wherever a table is accepted, or load one with :meth:`from_toml`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    factors: dict[str, dict[str, EquipmentFactor]]

    @classmethod
    def from_toml(cls, path: str | Path) -> EquipmentTable:
        """Read a table written like the package's ``equipment.toml``."""
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        try:
            return cls(factors=data)
        except ValidationError as exc:
            raise EquipmentTableError(f"equipment table {str(path)!r} does not validate: {exc}") from exc

    def factor(self, formation: str, unit: str) -> float:
        """Items of ``unit`` per one ``formation``; :class:`EquipmentTableError` when the table lacks it."""
        try:
            return self.factors[formation][unit].per
        except KeyError:
            known = ", ".join(f"{f}->{u}" for f, row in self.factors.items() for u in row) or "none"
            raise EquipmentTableError(
                f"the equipment table has no factor for {formation!r} -> {unit!r} (it has: {known}); "
                "pass an EquipmentTable that has one",
                unit=unit,
            ) from None

    def convert(self, quantity: Quantity, unit: str) -> Quantity:
        """``quantity`` with its formation replaced by equipment, expressed in ``unit``.

        Works for amounts and rates alike: ``4 brigade`` -> ``480 vehicle``,
        ``2 brigade / year`` -> ``240 vehicle / year`` (with the default table).
        """
        ureg = quantity._REGISTRY
        target = ureg.Unit(unit)
        for formation in self.factors:
            dim = f"[{formation}]"
            if quantity.dimensionality.get(dim, 0) == 1:
                equipment_units = [u for u in self.factors[formation] if target.dimensionality.get(f"[{u}]") == 1]
                if not equipment_units:
                    break
                item = equipment_units[0]
                per = self.factor(formation, item)
                bridge = ureg.Quantity(per, f"{item} / {formation}")
                converted: Quantity = (quantity * bridge).to(target)
                return converted
        if quantity.dimensionality == target.dimensionality:
            return quantity.to(target)
        raise EquipmentTableError(
            f"cannot express {quantity} in {unit!r}: the equipment table has no bridge between them",
            unit=unit,
        )

    def context(self, ureg: UnitRegistry, name: str = "equipment") -> Any:
        """A pint context with this table, so ``q.to("vehicle", "equipment")`` works for amounts."""
        import pint

        ctx = pint.Context(name)
        for formation, row in self.factors.items():
            for item, factor in row.items():
                ctx.add_transformation(f"[{formation}]", f"[{item}]", _scale(factor.per, item, formation))
        return ctx


def _scale(per: float, item: str, formation: str) -> Any:
    def transform(ureg: UnitRegistry, value: Quantity) -> Quantity:
        scaled: Quantity = value * ureg.Quantity(per, f"{item} / {formation}")
        return scaled

    return transform


@cache
def equipment() -> EquipmentTable:
    """The default equipment table shipped with the package (``equipment.toml``); see its sources."""
    with resources.as_file(resources.files(__package__) / "equipment.toml") as path:
        return EquipmentTable.from_toml(path)
