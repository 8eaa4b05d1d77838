"""aidtracker: military-aid pledges from German and English text, as unit-aware records, projected by year.

>>> import aidtracker as at
>>> at.ureg("480 vehicle / year") * at.ureg("4 year")
<Quantity(1920.0, 'vehicle')>

Importing the package is cheap: the unit registry, the lexicons, pandas and numpy load on first use
of the name that needs them (module ``__getattr__``, as attrs does).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._errors import AidtrackerError, EquipmentTableError, LexiconError, ProjectionError, UnitError
    from ._frames import from_frame, read_jsonl, to_frame, write_jsonl
    from ._parser import parse, parse_many
    from ._projection import Projection, project
    from ._records import Category, Period, Pledge
    from ._types import UnitRegistry
    from ._units import EquipmentTable, equipment

    ureg: UnitRegistry

__all__ = [
    "AidtrackerError",
    "Category",
    "EquipmentTable",
    "EquipmentTableError",
    "LexiconError",
    "Period",
    "Pledge",
    "Projection",
    "ProjectionError",
    "UnitError",
    "__version__",
    "equipment",
    "from_frame",
    "parse",
    "parse_many",
    "project",
    "read_jsonl",
    "to_frame",
    "ureg",
    "write_jsonl",
]

# public name -> private module that defines it
_LAZY = {
    "AidtrackerError": "_errors",
    "EquipmentTableError": "_errors",
    "LexiconError": "_errors",
    "ProjectionError": "_errors",
    "UnitError": "_errors",
    "Category": "_records",
    "Period": "_records",
    "Pledge": "_records",
    "EquipmentTable": "_units",
    "equipment": "_units",
    "from_frame": "_frames",
    "to_frame": "_frames",
    "read_jsonl": "_frames",
    "write_jsonl": "_frames",
    "parse": "_parser",
    "parse_many": "_parser",
    "project": "_projection",
    "Projection": "_projection",
}


def __getattr__(name: str) -> Any:
    if name == "ureg":
        from ._units import registry

        value: Any = registry()
    elif name in _LAZY:
        value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
