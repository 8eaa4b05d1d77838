"""A plain-Python reference for ``aidtracker.project``: one pledge and one year at a time.

Written from the semantics in docs/projection.md, not from the vectorized code: each year's value is
computed by its definition (a rate in every year of its period, a one-off spread over its years, growth
compounded from the start year). The tests compare the engine with it; the benchmarks time it as the
naive baseline. Units are read with pint once per distinct unit (a dict), so the loop itself is what
is timed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import aidtracker as at

INDEX = "index"
Cell = tuple[float, float, float]  # value, low, high


class ReferenceError_(ValueError):
    """What the reference raises where the engine must raise a ProjectionError."""


_units: dict[Any, tuple[float, str, bool, str]] = {}


def _amount(quantity: Any) -> tuple[float, str, bool, str]:
    """(factor per year into the canonical unit, canonical unit, is a rate, dimension) of a quantity's unit."""
    key = quantity.units
    if key not in _units:
        ureg = at.ureg
        one = ureg.Quantity(1.0, quantity.units)
        rate = one.dimensionality.get("[time]", 0) == -1
        root = (one * ureg.Quantity(1.0, "year")).to_root_units() if rate else one.to_root_units()
        _units[key] = (float(root.magnitude), format(root.units, "D"), rate, str(root.dimensionality))
    return _units[key]


def _yearly_growth(growth: Any) -> float:
    """1 + g per year, compounding a rate given per month or quarter."""
    ureg = at.ureg
    times = [name for name, power in growth.unit_items() if power == -1]
    period = ureg.Quantity(1.0, times[0])
    fraction = float((growth * period).to("dimensionless").magnitude)
    periods = float(ureg.Quantity(1.0, "year").to(period.units).magnitude)
    return (1.0 + fraction) ** periods


def _in_target(value: float, canonical: str, target: str | None) -> tuple[float, str, int]:
    """value in the target unit, the unit, and how (0 same dimension, 1 equipment table, 2 impossible)."""
    if target is None:
        return value, canonical, 0
    if canonical == INDEX:
        return value, canonical, 2
    ureg = at.ureg
    quantity = ureg.Quantity(value, canonical)
    if quantity.dimensionality == ureg.Quantity(1.0, target).dimensionality:
        return float(quantity.to(target).magnitude), target, 0
    try:
        return float(at.equipment().convert(quantity, target).magnitude), target, 1
    except at.EquipmentTableError:
        return value, canonical, 2


def reference(
    pledges: Sequence[at.Pledge],
    first: int,
    last: int,
    *,
    unit: str | None = None,
    baselines: Mapping[Any, Any] | None = None,
) -> tuple[dict[str, list[Cell]], dict[str, str], set[str]]:
    """Per pledge id: the yearly (value, low, high) from ``first`` to ``last``; its unit; the counted ids."""
    baselines = baselines or {}
    values: dict[str, list[Cell]] = {}
    units: dict[str, str] = {}
    how: dict[str, int] = {}
    for p in pledges:
        r = 1.0 if p.growth is None else _yearly_growth(p.growth)
        if p.quantity is not None:
            factor, canonical, is_rate, _ = _amount(p.quantity)
            amount = float(p.quantity.magnitude) * factor
            low = amount if p.low is None else float(p.low.magnitude) * _amount(p.low)[0]
            high = amount if p.high is None else float(p.high.magnitude) * _amount(p.high)[0]
            flow = is_rate
        else:
            base = baselines.get(p.id, baselines.get((p.donor, str(p.category))))
            if base is None:
                amount, canonical = 1.0, INDEX
            else:
                base = at.ureg.Quantity(base) if isinstance(base, str) else base
                factor, canonical, _, _ = _amount(base)
                amount = float(base.magnitude) * factor
            low = high = amount
            flow = True
        if p.period is not None and p.period.start is not None:
            start = p.period.start
        elif p.announced is not None:
            start = p.announced.year
            ends = p.period.end if p.period is not None else None
            if p.quantity is None and (ends is None or ends >= first):
                start = max(start, first)  # an undated growth-only pledge is indexed from the first year shown
        else:
            raise ReferenceError_(f"{p.id}: no start year")
        end = p.period.end if p.period is not None and p.period.end is not None else max(last, start) if flow else start
        if end < start:
            raise ReferenceError_(f"{p.id}: ends before it starts")
        cells: list[Cell] = []
        for year in range(first, last + 1):
            if not start <= year <= end:
                cells.append((0.0, 0.0, 0.0))
                continue
            weight = r ** (year - start)
            if not flow:  # a one-off amount: its years add up to the amount
                weight /= sum(r**k for k in range(end - start + 1))
            cells.append((amount * weight, low * weight, high * weight))
        converted = [_in_target(v, canonical, unit) for cell in cells for v in cell]
        how[p.id] = _in_target(1.0, canonical, unit)[2]
        if how[p.id] < 2:
            values[p.id] = [tuple(c[0] for c in converted[i : i + 3]) for i in range(0, len(converted), 3)]  # type: ignore[misc]
            units[p.id] = _in_target(1.0, canonical, unit)[1]
        else:
            values[p.id] = cells
            units[p.id] = canonical
    return values, units, _counted(pledges, how)


def _counted(pledges: Sequence[at.Pledge], how: Mapping[str, int]) -> set[str]:
    by_id = {p.id: p for p in pledges}
    groups: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    for order, p in enumerate(pledges):
        root, restated = p.id, 0
        while by_id[root].equivalent_of in by_id:
            root, restated = by_id[root].equivalent_of, 1  # type: ignore[assignment]
        groups[root].append((how[p.id], restated, order, p.id))
    counted = set()
    for members in groups.values():
        best = min(members)
        if best[0] == 2:
            raise ReferenceError_(f"{best[3]}: cannot be expressed")
        counted.add(best[3])
    return counted


def reference_totals(
    pledges: Iterable[at.Pledge],
    first: int,
    last: int,
    by: Sequence[str] = ("donor", "category"),
    **kwargs: Any,
) -> dict[tuple[Any, ...], list[Cell]]:
    """Counted pledges summed per (*by, unit): a list of yearly (value, low, high)."""
    pledges = list(pledges)
    values, units, counted = reference(pledges, first, last, **kwargs)
    totals: dict[tuple[Any, ...], list[list[float]]] = {}
    for p in pledges:
        if p.id not in counted:
            continue
        key = tuple(p.id if b == "pledge" else (str(getattr(p, b)) if b == "category" else getattr(p, b)) for b in by)
        key = (*key, units[p.id])
        rows = totals.setdefault(key, [[0.0, 0.0, 0.0] for _ in range(first, last + 1)])
        for row, cell in zip(rows, values[p.id], strict=True):
            for k in range(3):
                row[k] += cell[k]
    return {k: [(r[0], r[1], r[2]) for r in v] for k, v in totals.items()}


def reference_grid(
    start: Sequence[int], end: Sequence[int], value: Sequence[float], rate: Sequence[float], first: int, last: int
) -> tuple[list[list[float]], list[list[float]]]:
    """The bare loop the benchmarks time: per pledge and year, value and running sum (plain floats)."""
    values, cumulative = [], []
    for s, e, a, r in zip(start, end, value, rate, strict=True):
        row, run, total = [], [], 0.0
        for year in range(first, last + 1):
            v = a * r ** (year - s) if s <= year <= e else 0.0
            total += v
            row.append(v)
            run.append(total)
        values.append(row)
        cumulative.append(run)
    return values, cumulative


def reference_grouped(
    group: Sequence[int], start: Sequence[int], end: Sequence[int], value: Sequence[float], rate: Sequence[float],
    first: int, last: int,
) -> dict[int, list[float]]:  # fmt: skip
    """The bare loop the benchmarks time for totals: per pledge and year, added to its group's row."""
    totals: dict[int, list[float]] = {}
    width = last - first + 1
    for g, s, e, a, r in zip(group, start, end, value, rate, strict=True):
        row = totals.get(g)
        if row is None:
            row = totals[g] = [0.0] * width
        for k, year in enumerate(range(first, last + 1)):
            if s <= year <= e:
                row[k] += a * r ** (year - s)
    return totals


def reference_load(frame: Any) -> tuple[list[int], list[float], list[float], list[float]]:
    """The naive way to put a frame into columns, row by row (what the benchmarks time as the baseline).

    Reads each row as a Python object, looks its unit up in a dict and applies the one-off/rate rule.
    """
    import pandas as pd

    ureg = at.ureg
    factors: dict[str, tuple[float, bool]] = {}
    start, end, value, rate = [], [], [], []
    for row in frame.itertuples(index=False):
        unit = row.quantity_unit
        if unit not in factors:
            one = ureg.Quantity(1.0, unit)
            is_rate = one.dimensionality.get("[time]", 0) == -1
            root = (one * ureg.Quantity(1.0, "year")).to_root_units() if is_rate else one.to_root_units()
            factors[unit] = (float(root.magnitude), is_rate)
        factor, is_rate = factors[unit]
        s = int(row.period_start)
        e = (10**6 if is_rate else s) if pd.isna(row.period_end) else int(row.period_end)
        g = row.growth_value
        r = 1.0 if pd.isna(g) else 1.0 + g / 100.0
        v = row.quantity_value * factor
        if not is_rate and e > s:
            v /= sum(r**k for k in range(e - s + 1))
        start.append(s)
        end.append(e)  # type: ignore[arg-type]
        value.append(v)
        rate.append(r)
    return start, value, rate, [float(x) for x in end]
