"""Exceptions raised by aidtracker.

Every exception is an :class:`AidtrackerError`; each also inherits the builtin it resembles, so
``except ValueError`` keeps working for callers that do not know this package::

    AidtrackerError(Exception)
    ├── UnitError(AidtrackerError, ValueError)         a unit the registry does not know, or a conversion
    │   │                                              that needs data the caller did not give
    │   └── EquipmentTableError(UnitError, KeyError)   no equipment factor for a formation -> unit pair
    ├── LexiconError(AidtrackerError, ValueError)      a language file that is missing or malformed
    └── ProjectionError(AidtrackerError, ValueError)   pledges or arguments that cannot be projected

Record validation raises pydantic's ``ValidationError`` (itself a ``ValueError``) naming the field and
the value. Text without pledges is not an error: ``parse`` returns an empty list.
"""

from __future__ import annotations

__all__ = [
    "AidtrackerError",
    "EquipmentTableError",
    "LexiconError",
    "ProjectionError",
    "UnitError",
]


class AidtrackerError(Exception):
    """Base class of every error aidtracker raises on purpose."""


class UnitError(AidtrackerError, ValueError):
    """A unit that cannot be read, or a conversion that cannot be made without more data."""

    def __init__(self, message: str, *, unit: object = None) -> None:
        super().__init__(message)
        self.unit = unit


class EquipmentTableError(UnitError, KeyError):
    """The equipment table has no factor for converting a formation into the asked unit."""

    def __str__(self) -> str:  # KeyError would quote the message otherwise
        return str(self.args[0])


class LexiconError(AidtrackerError, ValueError):
    """A language lexicon file that is missing or does not validate."""


class ProjectionError(AidtrackerError, ValueError):
    """Pledges or arguments that cannot be projected; names the pledge id and field when there is one."""

    def __init__(self, message: str, *, pledge: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.pledge = pledge
        self.field = field
