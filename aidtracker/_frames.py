"""Pledges as a pandas DataFrame and as JSON Lines, both ways, losslessly.

``to_frame`` writes one column per field; a quantity becomes two columns, ``<field>_value`` (float64)
and ``<field>_unit`` (string); a period ``period_start``/``period_end`` and a span
``span_start``/``span_end`` (nullable Int64); ``announced`` a datetime64 column. ``from_frame`` reads
exactly that layout back into records (validating every row). Magnitudes are stored as float64, which
holds every whole number below 2**53 exactly; records make whole floats ``int`` again.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ._records import Pledge

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "QUANTITY_FIELDS", "from_frame", "read_jsonl", "to_frame", "write_jsonl"]

QUANTITY_FIELDS = ("quantity", "low", "high", "growth")
_TEXT_FIELDS = ("id", "donor", "recipient", "category", "item", "equivalent_of", "evidence", "source")

#: Column order of :func:`to_frame`.
COLUMNS: tuple[str, ...] = (
    "id", "donor", "recipient", "category", "item",
    *(f"{name}_{part}" for name in QUANTITY_FIELDS for part in ("value", "unit")),
    "period_start", "period_end", "equivalent_of", "span_start", "span_end", "evidence", "source", "announced",
)  # fmt: skip


def to_frame(pledges: Iterable[Pledge]) -> pd.DataFrame:
    """One row per pledge, one column per field (see the module docstring for the layout).

    >>> import aidtracker as at
    >>> p = at.Pledge(id="p1", donor="DEU", category="armour", quantity="480 vehicle / year")
    >>> at.to_frame([p])[["id", "quantity_value", "quantity_unit"]].to_dict("records")
    [{'id': 'p1', 'quantity_value': 480.0, 'quantity_unit': 'vehicle / year'}]
    """
    import numpy as np
    import pandas as pd

    rows = list(pledges)
    columns: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        columns[name] = pd.array([_text(getattr(p, name)) for p in rows], dtype="object")
    for name in QUANTITY_FIELDS:
        values = [getattr(p, name) for p in rows]
        columns[f"{name}_value"] = np.array(
            [math.nan if q is None else float(q.magnitude) for q in values], dtype="float64"
        )
        columns[f"{name}_unit"] = pd.array(
            [None if q is None else format(q.units, "D") for q in values], dtype="object"
        )
    columns["period_start"] = pd.array([p.period.start if p.period else None for p in rows], dtype="Int64")
    columns["period_end"] = pd.array([p.period.end if p.period else None for p in rows], dtype="Int64")
    columns["span_start"] = pd.array([p.span[0] if p.span else None for p in rows], dtype="Int64")
    columns["span_end"] = pd.array([p.span[1] if p.span else None for p in rows], dtype="Int64")
    columns["announced"] = pd.to_datetime(pd.Series([p.announced for p in rows], dtype="object")).astype(
        "datetime64[s]"
    )
    frame = pd.DataFrame(columns)
    return frame.loc[:, list(COLUMNS)]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def from_frame(frame: pd.DataFrame) -> list[Pledge]:
    """Records from a frame in :func:`to_frame`'s layout; raises ``ValueError`` naming a missing column."""
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"frame lacks the column(s) {missing}; to_frame() writes {list(COLUMNS)}")
    return [Pledge.model_validate(_row_to_record(row)) for row in frame.loc[:, list(COLUMNS)].itertuples(index=False)]


def _missing(value: object) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))  # type: ignore[call-overload]


def _row_to_record(row: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = getattr(row, name)
        if not _missing(value):
            data[name] = value
        elif name == "recipient":
            data[name] = None
    for name in QUANTITY_FIELDS:
        value, unit = getattr(row, f"{name}_value"), getattr(row, f"{name}_unit")
        if not _missing(value):
            data[name] = {"value": float(value), "unit": unit}
    start, end = row.period_start, row.period_end
    if not (_missing(start) and _missing(end)):
        data["period"] = {"start": None if _missing(start) else int(start), "end": None if _missing(end) else int(end)}
    if not _missing(row.span_start):
        data["span"] = (int(row.span_start), int(row.span_end))
    if not _missing(row.announced):
        data["announced"] = row.announced.date()
    return data


def write_jsonl(pledges: Iterable[Pledge], path: str | Path | TextIO) -> int:
    """Write one JSON object per pledge (``model_dump(mode="json")``); returns how many were written."""
    if isinstance(path, str | Path):
        with open(path, "w", encoding="utf-8") as fh:
            return write_jsonl(pledges, fh)
    count = 0
    for pledge in pledges:
        path.write(json.dumps(pledge.model_dump(mode="json"), ensure_ascii=False) + "\n")
        count += 1
    return count


def read_jsonl(path: str | Path | TextIO) -> list[Pledge]:
    """Read what :func:`write_jsonl` wrote; a bad line raises ``ValueError`` naming its line number."""
    if isinstance(path, str | Path):
        with open(path, encoding="utf-8") as fh:
            return read_jsonl(fh)
    pledges = []
    for number, line in enumerate(path, 1):
        if not line.strip():
            continue
        try:
            pledges.append(Pledge.model_validate_json(line))
        except ValueError as exc:
            raise ValueError(f"line {number}: {exc}") from exc
    return pledges
