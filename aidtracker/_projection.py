"""Project pledges year by year: :func:`project` and :class:`Projection`.

Every pledge becomes one line of a few float and integer columns, once; all arithmetic after that is
numpy on whole columns. A pledge ``i`` in year ``t`` is worth::

    value_i(t) = a_i * r_i ** (t - s_i)      for s_i <= t <= e_i, else 0

with ``s_i``/``e_i`` the first and last year it counts in, ``r_i = 1 + g_i`` its yearly growth factor and
``a_i`` its value in year ``s_i``:

* a rate (``480 vehicle / year``) is worth its yearly amount in every year of its period; without an end
  it runs to the last projected year; it starts at the period's start, else in the year announced;
* a one-off amount (``1.5e9 EUR``) over a period of ``n`` years is spread evenly (``A / n``; with growth
  ``A * r**k / sum(r**j for j < n)``, so the years still add up to ``A``); without a period, or with a
  start only, it counts in its start year;
* a growth-only pledge (``20 percent / year``) is an index starting at 1.0 (unit ``"index"``), or the
  baseline the caller gives for it, compounded yearly from its start;
* low and high bounds are projected with the same formula; a missing bound equals the value.

The per-pledge grid (``T x N``, years by pledges) is built from the number of years counted so far,
``m_i(t) = clip(t - lo_i + 1, 0, n_i)`` (``lo_i`` the first projected year the pledge counts in, ``a_i``
its value then) and its first difference ``step`` (1 in those years): value = ``a * step`` and
cumulative = ``a * m`` without growth, ``a * r**(m-1) * step`` and ``a * (r**m - 1) / (r - 1)`` with it;
no cumulative sum along the year axis is needed.
Totals never build the grid: a pledge adds ``b_i = a_i * r_i ** (first - s_i)`` to its group's bucket for
its growth factor at ``s_i`` and takes it away after ``e_i`` (a difference array filled with one
``np.bincount``); a cumulative sum over the few years of each (group, growth factor) bucket times
``r ** (t - first)`` gives the totals. Growing pledges that are few compared with the buckets (or whose
growth factors are many or extreme) are summed year by year instead, from a table of powers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from ._errors import EquipmentTableError, ProjectionError, UnitError

if TYPE_CHECKING:
    import pandas as pd
    from numpy.typing import NDArray

    from ._records import Pledge
    from ._units import EquipmentTable

    F64 = NDArray[np.float64]
    I64 = NDArray[np.int64]
    Bool = NDArray[np.bool_]
    Obj = NDArray[np.object_]

__all__ = ["GROUP_COLUMNS", "Projection", "project"]

#: Columns ``Projection.totals(by=...)`` and ``wide(by=...)`` can group by (``unit`` is always added).
GROUP_COLUMNS: Final = ("donor", "recipient", "category", "item", "pledge")

#: Unit of a growth-only pledge projected without a baseline.
INDEX: Final = "index"

#: End year of an open-ended rate (cut at the last projected year).
_OPEN: Final = 1 << 40

#: Growth factors outside this range are summed pledge by pledge in totals (no bucket), for precision.
_BUCKET_RATES: Final = (0.1, 10.0)
#: Most distinct growth factors bucketed together in totals before they are summed pledge by pledge.
_MAX_BUCKETS: Final = 64
#: Cells per chunk when growth pledges are summed pledge by pledge (bounds the memory of totals).
_CHUNK_CELLS: Final = 1 << 20
#: Relative cost per cell of summing growing pledges one by one rather than in buckets.
_DIRECT_COST = 0.1


# --------------------------------------------------------------------------------------------------------
# years


def _years(years: object) -> tuple[int, int]:
    """``range(2026, 2030)`` or ``(2026, 2029)`` -> ``(2026, 2029)``; anything else is an error."""
    if isinstance(years, range):
        if years.step != 1 or len(years) == 0:
            raise ProjectionError(
                f"years={years!r} must be an increasing range of consecutive years with at least one year, "
                "e.g. range(2026, 2030)",
                field="years",
            )
        return years.start, years.stop - 1
    if isinstance(years, Sequence) and not isinstance(years, str) and len(years) == 2:
        first, last = years
        if isinstance(first, bool | float) or isinstance(last, bool | float):
            raise ProjectionError(f"years={years!r} must be two whole years (first, last)", field="years")
        try:
            first, last = int(first), int(last)
        except (TypeError, ValueError):
            raise ProjectionError(f"years={years!r} must be two whole years (first, last)", field="years") from None
        if last < first:
            raise ProjectionError(
                f"years={years!r} run backwards: give (first, last) with first <= last, e.g. (2026, 2029)",
                field="years",
            )
        return first, last
    raise ProjectionError(
        f"years={years!r} is not understood: give a range (range(2026, 2030)) or (first, last) such as (2026, 2029)",
        field="years",
    )


# --------------------------------------------------------------------------------------------------------
# units: each distinct unit string is read once


@dataclass(frozen=True)
class _UnitInfo:
    """What one unit string means for the projection."""

    canonical: str  # the unit a yearly value is expressed in without unit= ("vehicle", "EUR")
    factor: float  # one of the unit, per year, in ``canonical`` (vehicle/month -> 12)
    rate: bool  # the unit is per time
    dims: str  # dimension of ``canonical``


def _unit_info(label: str) -> _UnitInfo:
    from ._units import parse_unit, registry

    ureg = registry()
    unit = parse_unit(label)
    quantity = ureg.Quantity(1.0, unit)
    time = dict(quantity.dimensionality).get("[time]", 0)
    if time == -1:
        amount = (quantity * ureg.Quantity(1.0, "year")).to_root_units()
    elif time == 0:
        amount = quantity.to_root_units()
    else:
        raise UnitError(f"unit {label!r} is neither an amount nor an amount per time", unit=label)
    return _UnitInfo(
        canonical=format(amount.units, "D"),
        factor=float(amount.magnitude),
        rate=time == -1,
        dims=str(amount.dimensionality),
    )


def _growth_factor(label: str) -> tuple[float, float]:
    """(fraction per unit value, periods per year) of a growth unit: percent/month -> (0.01, 12)."""
    from ._units import parse_unit, registry

    ureg = registry()
    unit = parse_unit(label)
    if dict(ureg.Quantity(1.0, unit).dimensionality) != {"[time]": -1}:
        raise UnitError(f"growth unit {label!r} is not a rate per time such as 'percent / year'", unit=label)
    times = [name for name in unit._units if dict(ureg.Quantity(1.0, name).dimensionality) == {"[time]": 1}]
    if len(times) != 1:  # e.g. "1 / year": one per year, linear in the time unit
        return float(ureg.Quantity(1.0, unit).to("1 / year").magnitude), 1.0
    period = ureg.Quantity(1.0, times[0])
    fraction = float((ureg.Quantity(1.0, unit) * period).to("dimensionless").magnitude)
    per_year = float(ureg.Quantity(1.0, "year").to(period.units).magnitude)
    return fraction, per_year


@dataclass(frozen=True)
class _Target:
    """The caller's ``unit=``, read once."""

    label: str  # the yearly unit totals are expressed in ("vehicle")
    dims: str
    table: EquipmentTable

    @classmethod
    def read(cls, unit: str, table: EquipmentTable) -> _Target:
        try:
            info = _unit_info(unit)
        except UnitError as exc:
            raise ProjectionError(f"unit={unit!r}: {exc}", field="unit") from exc
        if info.factor != 1.0 and not info.rate:
            raise ProjectionError(
                f"unit={unit!r} is a multiple of {info.canonical!r}; ask for {info.canonical!r}", field="unit"
            )
        if info.rate and info.factor != 1.0:
            raise ProjectionError(
                f"unit={unit!r}: projections are yearly; ask for {info.canonical!r} (or '{info.canonical} / year')",
                field="unit",
            )
        return cls(label=info.canonical, dims=info.dims, table=table)

    def factor(self, info: _UnitInfo) -> tuple[float, int, str]:
        """(factor from ``info.canonical`` into the target, how: 0 same dimension / 1 equipment / 2 none, why)."""
        from ._units import registry

        if info.canonical == INDEX:
            return math.nan, 2, "a growth index without a baseline has no unit (give baselines=)"
        ureg = registry()
        one = ureg.Quantity(1.0, info.canonical)
        if info.dims == self.dims:
            return float(one.to(self.label).magnitude), 0, ""
        if "currency" in info.dims and "currency" in self.dims:
            why = (
                f"{info.canonical} cannot be expressed in {self.label} without exchange rates, which "
                "aidtracker never assumes: project with unit=None (each currency stays apart) or convert "
                "the amounts before projecting"
            )
            return math.nan, 2, why
        row = self.table.factors.get(info.dims.strip("[]"), {})
        if self.dims.strip("[]") in row:  # only then can the table bridge the two
            try:
                return float(self.table.convert(one, self.label).magnitude), 1, ""
            except EquipmentTableError as exc:
                return math.nan, 2, str(exc)
        why = f"{info.canonical} is not {self.label}, and the equipment table has no factor between them"
        return math.nan, 2, why


# --------------------------------------------------------------------------------------------------------
# raw columns: what the records or the frame say, before any semantics


@dataclass(frozen=True)
class _Codes:
    """Integer codes into labels; code 0 is the missing value (label ``None``)."""

    codes: I64
    labels: Obj

    @classmethod
    def of(cls, values: Any) -> _Codes:
        """Codes of a sequence, array or Series (None, NaN and pd.NA are missing), hashed by pandas."""
        import pandas as pd

        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        labels = np.empty(len(uniques) + 1, dtype=object)
        labels[0] = None
        labels[1:] = np.asarray(uniques, dtype=object)
        return cls(codes=np.asarray(codes, dtype=np.int64) + 1, labels=labels)

    @classmethod
    def missing(cls, n: int) -> _Codes:
        return cls(codes=np.zeros(n, dtype=np.int64), labels=np.array([None], dtype=object))

    def label_of(self, value: object) -> int:
        """The code of ``value`` (0 for None, -1 when absent)."""
        if value is None:
            return 0
        for k, label in enumerate(self.labels):
            if label == value and k:
                return k
        return -1


@dataclass
class _Raw:
    ids: Obj
    donor: _Codes
    recipient: _Codes
    category: _Codes
    item: _Codes
    equivalent_of: _Codes
    value: F64
    value_unit: _Codes
    low: F64
    low_unit: _Codes
    high: F64
    high_unit: _Codes
    growth: F64
    growth_unit: _Codes
    start: F64  # NaN where missing
    end: F64
    announced: F64  # year announced, NaN where missing


def _objects(values: Iterable[Any]) -> Obj:
    listed = list(values)
    out = np.empty(len(listed), dtype=object)
    out[:] = listed
    return out


def _raw_from_records(pledges: Sequence[Pledge]) -> _Raw:
    """Records -> raw columns: one pass of attribute reads; units are formatted once per distinct unit."""
    unit_names: dict[Any, str] = {}
    n = len(pledges)

    def split(quantities: list[Any]) -> tuple[F64, _Codes]:
        values = np.fromiter((math.nan if q is None else q.magnitude for q in quantities), np.float64, n)
        units: list[str | None] = []
        for q in quantities:
            if q is None:
                units.append(None)
                continue
            key = q._units
            name = unit_names.get(key)
            if name is None:
                name = unit_names[key] = format(q.units, "D")
            units.append(name)
        return values, _Codes.of(_objects(units))

    value, value_unit = split([p.quantity for p in pledges])
    low, low_unit = split([p.low for p in pledges])
    high, high_unit = split([p.high for p in pledges])
    growth, growth_unit = split([p.growth for p in pledges])
    periods = [p.period for p in pledges]
    nan = math.nan
    return _Raw(
        ids=_objects(p.id for p in pledges),
        donor=_Codes.of(_objects(p.donor for p in pledges)),
        recipient=_Codes.of(_objects(p.recipient for p in pledges)),
        category=_Codes.of(_objects(str(p.category) for p in pledges)),
        item=_Codes.of(_objects(p.item for p in pledges)),
        equivalent_of=_Codes.of(_objects(p.equivalent_of for p in pledges)),
        value=value,
        value_unit=value_unit,
        low=low,
        low_unit=low_unit,
        high=high,
        high_unit=high_unit,
        growth=growth,
        growth_unit=growth_unit,
        start=np.fromiter((nan if q is None or q.start is None else q.start for q in periods), np.float64, n),
        end=np.fromiter((nan if q is None or q.end is None else q.end for q in periods), np.float64, n),
        announced=np.fromiter((nan if p.announced is None else p.announced.year for p in pledges), np.float64, n),
    )


def _raw_from_frame(frame: pd.DataFrame) -> _Raw:
    """A frame in ``to_frame``'s layout -> raw columns, without a Python object per row.

    Text columns are hashed to integer codes by pandas (each distinct unit string is then read once);
    only ``quantity_value`` or ``growth_value``, ``id`` and ``category`` are required.
    """
    import pandas as pd

    missing = [c for c in ("id", "category") if c not in frame.columns]
    if "quantity_value" not in frame.columns and "growth_value" not in frame.columns:
        missing.append("quantity_value")
    if missing:
        raise ProjectionError(
            f"the frame lacks the column(s) {missing}; aidtracker.to_frame() writes the layout project() reads",
            field=str(missing[0]),
        )
    n = len(frame)

    def codes(name: str) -> _Codes:
        return _Codes.of(frame[name]) if name in frame.columns else _Codes.missing(n)

    def number(name: str) -> F64:
        if name not in frame.columns:
            return np.full(n, math.nan)
        column = frame[name]
        if name == "announced" and not pd.api.types.is_numeric_dtype(column.dtype):
            try:  # dates (datetime64, or date objects) -> years
                column = pd.to_datetime(column).dt.year
            except (TypeError, ValueError) as exc:
                raise ProjectionError(f"column 'announced' must hold dates: {exc}", field=name) from exc
        try:
            return np.asarray(column.to_numpy(dtype=np.float64, na_value=math.nan), dtype=np.float64)
        except (TypeError, ValueError) as exc:
            raise ProjectionError(f"column {name!r} must hold numbers: {exc}", field=name) from exc

    recipient = codes("recipient")
    if "recipient" not in frame.columns:  # the records' default
        recipient = _Codes(codes=np.ones(n, dtype=np.int64), labels=np.array([None, "UKR"], dtype=object))
    return _Raw(
        ids=np.asarray(frame["id"].to_numpy(dtype=object), dtype=object),
        donor=codes("donor"),
        recipient=recipient,
        category=codes("category"),
        item=codes("item"),
        equivalent_of=codes("equivalent_of"),
        value=number("quantity_value"),
        value_unit=codes("quantity_unit"),
        low=number("low_value"),
        low_unit=codes("low_unit"),
        high=number("high_value"),
        high_unit=codes("high_unit"),
        growth=number("growth_value"),
        growth_unit=codes("growth_unit"),
        start=number("period_start"),
        end=number("period_end"),
        announced=number("announced"),
    )


# --------------------------------------------------------------------------------------------------------
# columns: the semantics, applied once, vectorised


def _fail(message: str, ids: Obj, bad: Bool, field: str) -> None:
    """Raise for the first pledge where ``bad`` is true, naming its id and the field."""
    if bad.any():
        first = int(np.argmax(bad))
        pledge = str(ids[first])
        count = int(bad.sum())
        more = f" ({count - 1} more pledge(s) alike)" if count > 1 else ""
        raise ProjectionError(f"pledge {pledge!r}: {field}: {message}{more}", pledge=pledge, field=field)


def _check_quantity(ids: Obj, values: F64, units: _Codes, field: str) -> Bool:
    """Where the field is given; a value without a unit (or the other way round) is an error."""
    present = ~np.isnan(values)
    has_unit = units.codes != 0
    _fail("has a value but no unit", ids, present & ~has_unit, f"{field}_unit")
    _fail("has a unit but no value (NaN)", ids, has_unit & ~present, f"{field}_value")
    _fail("must be finite", ids, np.isinf(values), f"{field}_value")
    return present


def _ids(ids: Obj, keys: Obj) -> I64:
    """Check that ids are present and unique; return the position of each key among them (-1: absent).

    One hash of ids and keys together (pandas): ids that are unique get the codes 0..n-1 in order, so a
    key's code is its position when it is below n.
    """
    import pandas as pd

    n = len(ids)
    codes, _ = pd.factorize(np.concatenate((ids, keys)), use_na_sentinel=True)
    codes = np.asarray(codes, dtype=np.int64)
    _fail("is missing", ids, codes[:n] < 0, "id")
    if n and not np.array_equal(codes[:n], np.arange(n)):
        seen = np.zeros(n, dtype=bool)
        first = np.zeros(n, dtype=bool)
        order = np.unique(codes[:n], return_index=True)[1]
        first[order] = True
        seen[~first] = True
        dup = np.isin(codes[:n], codes[:n][seen])
        _fail("appears more than once (ids must be unique)", ids, dup, "id")
    found = codes[n:]
    return np.where((found >= 0) & (found < n), found, -1)


@dataclass(frozen=True, eq=False)
class _Columns:
    """One line per pledge: what the kernels need, plus the labels the tables show."""

    ids: Obj
    donor: _Codes
    recipient: _Codes
    category: _Codes
    item: _Codes
    unit: _Codes  # the unit each pledge's values are expressed in
    start: I64  # first year the pledge counts in
    end: I64  # last year (``_OPEN`` for an open-ended rate)
    value: F64  # value in the start year, in ``unit``
    low: F64
    high: F64
    rate: F64  # yearly growth factor 1 + g
    counted: Bool  # False for a restatement counted through its original (or the other way round)

    def __len__(self) -> int:
        return len(self.ids)


def _lookup(codes: _Codes, fn: Any, ids: Obj, field: str) -> list[Any]:
    """``fn(label)`` for every distinct label (index 0, the missing label, gets None)."""
    out: list[Any] = [None]
    for k, label in enumerate(codes.labels[1:], 1):
        try:
            out.append(fn(str(label)))
        except UnitError as exc:
            _fail(str(exc), ids, codes.codes == k, field)
    return out


def _read_baselines(baselines: Mapping[Any, Any]) -> list[tuple[Any, float, str]]:
    """(key, magnitude, unit) of each baseline, checked."""
    from ._units import registry

    out = []
    for key, given in baselines.items():
        if isinstance(given, str):
            try:
                quantity: Any = registry().Quantity(given)
            except Exception as exc:
                raise ProjectionError(
                    f"baselines[{key!r}] = {given!r} is not a quantity: {exc}", field="baselines"
                ) from exc
        elif hasattr(given, "magnitude") and hasattr(given, "units"):
            quantity = given
        else:
            raise ProjectionError(
                f"baselines[{key!r}] = {given!r}: give a quantity such as '2e9 EUR / year' or at.ureg('2e9 EUR')",
                field="baselines",
            )
        magnitude = float(quantity.magnitude)
        if not math.isfinite(magnitude) or magnitude < 0:
            raise ProjectionError(f"baselines[{key!r}] = {given!r} must be finite and not negative", field="baselines")
        if not (isinstance(key, str) or (isinstance(key, tuple) and len(key) == 2)):
            raise ProjectionError(
                f"baselines key {key!r}: use a pledge id or a (donor, category) pair", field="baselines"
            )
        out.append((key, magnitude, format(quantity.units, "D")))
    return out


def _columns(
    raw: _Raw,
    first: int,
    unit: str | None,
    baselines: Mapping[Any, Any] | None,
    table: EquipmentTable | None,
) -> _Columns:
    ids = raw.ids
    n = len(ids)
    given = _read_baselines(baselines or {})
    id_keys = [key for key, _, _ in given if isinstance(key, str)]
    keys = np.concatenate((raw.equivalent_of.labels[1:], _objects(id_keys))).astype(object)
    positions = _ids(ids, keys)
    _fail("is missing", ids, raw.category.codes == 0, "category")

    # quantities and bounds ------------------------------------------------------------------------------
    has_value = _check_quantity(ids, raw.value, raw.value_unit, "quantity")
    has_growth = _check_quantity(ids, raw.growth, raw.growth_unit, "growth")
    _fail("must not be negative", ids, raw.value < 0, "quantity_value")
    _fail("neither a quantity nor a growth rate", ids, ~has_value & ~has_growth, "quantity")
    growth_only = ~has_value & has_growth

    # growth-only pledges take a baseline, else an index: codes after the quantity units
    labels = list(raw.value_unit.labels)
    value = np.where(has_value, raw.value, 1.0)
    unit_codes = raw.value_unit.codes.copy()
    if growth_only.any():
        index_code = len(labels)
        labels.append(INDEX)
        unit_codes[growth_only] = index_code
        id_positions = iter(positions[len(raw.equivalent_of.labels) - 1 :])
        for key, magnitude, base_unit in given:
            if isinstance(key, str):
                where = next(id_positions)
                match = np.zeros(n, dtype=bool)
                if where >= 0:
                    match[where] = True
            else:
                donor, category = raw.donor.label_of(key[0]), raw.category.label_of(str(key[1]))
                match = (raw.donor.codes == donor) & (raw.category.codes == category) & (unit_codes == index_code)
            match &= growth_only
            labels.append(base_unit)
            unit_codes[match] = len(labels) - 1
            value[match] = magnitude
    units = _Codes(codes=unit_codes, labels=_objects(labels))

    infos: list[_UnitInfo | None] = _lookup(
        units, lambda s: _UnitInfo(INDEX, 1.0, False, INDEX) if s == INDEX else _unit_info(s), ids, "quantity_unit"
    )
    unit_factor = np.array([1.0 if i is None else i.factor for i in infos])
    unit_rate = np.array([False if i is None else i.rate for i in infos])
    dims_labels = sorted({i.dims for i in infos if i is not None})
    unit_dims = np.array([-1 if i is None else dims_labels.index(i.dims) for i in infos], dtype=np.int64)
    flow = unit_rate[units.codes] | growth_only
    value = value * unit_factor[units.codes]

    bounds: list[F64] = []
    for side in ("low", "high"):
        values: F64 = getattr(raw, side)
        codes: _Codes = getattr(raw, f"{side}_unit")
        present = _check_quantity(ids, values, codes, side)
        _fail("given without a quantity", ids, present & ~has_value, side)
        _fail("must not be negative", ids, values < 0, f"{side}_value")
        binfo: list[_UnitInfo | None] = _lookup(codes, _unit_info, ids, f"{side}_unit")
        bfactor = np.array([1.0 if i is None else i.factor for i in binfo])
        bdims = np.array([-2 if i is None or i.dims not in dims_labels else dims_labels.index(i.dims) for i in binfo])
        brate = np.array([False if i is None else i.rate for i in binfo])
        wrong = present & (
            (bdims[codes.codes] != unit_dims[units.codes]) | (brate[codes.codes] != unit_rate[units.codes])
        )
        _fail("is not in the unit dimension of the quantity", ids, wrong, f"{side}_unit")
        bounds.append(np.where(present, values * bfactor[codes.codes], value))
    low, high = bounds
    tolerance = 1e-9 * np.abs(value)
    _fail("is greater than the quantity", ids, low > value + tolerance, "low")
    _fail("is less than the quantity", ids, high < value - tolerance, "high")

    # growth -------------------------------------------------------------------------------------------
    ginfo: list[tuple[float, float] | None] = _lookup(raw.growth_unit, _growth_factor, ids, "growth_unit")
    gfraction = np.array([0.0 if i is None else i[0] for i in ginfo])
    gperiods = np.array([1.0 if i is None else i[1] for i in ginfo])
    gcodes = raw.growth_unit.codes
    per_period = 1.0 + np.where(has_growth, raw.growth, 0.0) * gfraction[gcodes]
    _fail("is below -100 percent", ids, per_period < 0, "growth")
    rate = per_period ** gperiods[gcodes]

    # years --------------------------------------------------------------------------------------------
    start_f = np.where(np.isnan(raw.start), raw.announced, raw.start)
    # a growth-only pledge without a start year is indexed from the first projected year it is in force:
    # "grows 20 % a year", announced in 2025 and projected over 2026-2029, reads 1.0, 1.2, 1.44, 1.728
    undated = growth_only & np.isnan(raw.start) & ~(raw.end < first)
    start_f = np.where(undated, np.maximum(start_f, first), start_f)
    _fail("no start year: give the pledge a period start or an announced date", ids, np.isnan(start_f), "period")
    end_f = np.where(np.isnan(raw.end), np.where(flow, float(_OPEN), start_f), raw.end)
    _fail(
        "ends before it starts (period end before the period start or the year announced)",
        ids,
        end_f < start_f,
        "period",
    )
    _fail("years must be whole numbers", ids, (start_f != np.floor(start_f)) | (end_f != np.floor(end_f)), "period")
    start = start_f.astype(np.int64)
    end = end_f.astype(np.int64)

    # -100 percent: worth its start value in its start year only
    dead = rate == 0.0
    if dead.any():
        end[dead] = start[dead]
        rate[dead] = 1.0

    # one-off amounts over several years: spread so the years add up to the amount
    spread = ~flow & (end > start)
    if spread.any():
        share = np.where(spread, end - start + 1, 1).astype(np.float64)  # sum of r**k over the years
        curved = np.flatnonzero(spread & (rate != 1.0))
        if len(curved):
            r = rate[curved]
            share[curved] = np.expm1(share[curved] * np.log(r)) / (r - 1.0)
        for arr in (value, low, high):
            arr /= share

    # the caller's unit and the restatements -----------------------------------------------------------
    how = np.zeros(len(infos), dtype=np.int64)
    out_factor = np.ones(len(infos))
    out_label = [INDEX if i is None else i.canonical for i in infos]
    why = [""] * len(infos)
    if unit is not None:
        from ._units import equipment

        target = _Target.read(unit, table or equipment())
        for k, info in enumerate(infos):
            if info is None or info.canonical == INDEX:  # an index has no unit to convert: it stays an index
                continue
            f, h, w = target.factor(info)
            how[k], why[k] = h, w
            if h < 2:
                out_factor[k], out_label[k] = f, target.label
    parent = np.full(len(raw.equivalent_of.labels), -1, dtype=np.int64)
    parent[1:] = positions[: len(raw.equivalent_of.labels) - 1]
    counted = _counted(ids, parent[raw.equivalent_of.codes], how[units.codes])
    blocked = counted & (how[units.codes] == 2)
    if blocked.any():
        k = int(units.codes[int(np.argmax(blocked))])
        _fail(f"cannot be expressed in {unit!r}: {why[k]}", ids, blocked & (units.codes == k), "quantity_unit")
    factor = out_factor[units.codes]
    out_names = sorted(set(out_label))
    out_codes = np.array([out_names.index(label) + 1 for label in out_label], dtype=np.int64)
    return _Columns(
        ids=ids,
        donor=raw.donor,
        recipient=raw.recipient,
        category=raw.category,
        item=raw.item,
        unit=_Codes(codes=out_codes[units.codes], labels=_objects([None, *out_names])),
        start=start,
        end=end,
        value=value * factor,
        low=low * factor,
        high=high * factor,
        rate=rate,
        counted=counted,
    )


def _counted(ids: Obj, parent: I64, how: I64) -> Bool:
    """One pledge counted per group of restatements (an original and the pledges that restate it).

    ``parent`` is the position of the pledge each one restates (-1: none, or one outside the set).
    Without ``unit=`` the original counts. With it, the first of: a pledge already in the asked unit's
    dimension, one that the equipment table converts, ordered original first; ``how`` ranks each pledge
    (0 same dimension, 1 through the equipment table, 2 not expressible).
    """
    n = len(ids)
    restates = parent >= 0
    if not restates.any():
        return np.ones(n, dtype=bool)
    own = np.arange(n, dtype=np.int64)
    parent = np.where(restates, parent, own)
    root = parent
    for _ in range(16):  # restatements of restatements, resolved a level per step
        nxt = parent[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    else:
        _fail("restatements form a cycle", ids, parent[root] != root, "equivalent_of")
    involved = np.flatnonzero(restates | np.isin(own, root[restates]))  # only groups with a restatement
    r = root[involved]
    score = how[involved] * 2 + (r != involved)
    order = np.lexsort((involved, score, r))
    lead = np.ones(len(order), dtype=bool)
    lead[1:] = r[order][1:] != r[order][:-1]
    counted = np.ones(n, dtype=bool)
    counted[involved] = False
    counted[involved[order[lead]]] = True
    return counted


# --------------------------------------------------------------------------------------------------------
# kernels


def _window(cols: _Columns, first: int, last: int) -> tuple[I64, I64, F64]:
    """First and last projected year of each pledge (``lo > hi`` when it falls outside), and the growth
    factor's power that takes its start value to year ``lo``."""
    lo = np.maximum(cols.start, first)
    hi = np.minimum(cols.end, last)
    grows = cols.rate != 1.0
    shift = np.ones(len(lo))
    if grows.any():
        ahead = (lo[grows] - cols.start[grows]).astype(np.float64)
        shift[grows] = cols.rate[grows] ** ahead
    return lo, hi, shift


def _grid(cols: _Columns, first: int, last: int, bounds: bool) -> dict[str, F64]:
    """Per-pledge ``T x N`` arrays: value and cumulative (and low/high with their cumulatives).

    ``m[t, i]``, the years pledge ``i`` has counted in up to year ``t``, is ``clip(t - lo_i + 1, 0, n_i)``;
    its first difference ``step`` is 1.0 in the years it counts in. Without growth, value = ``a * step``
    and cumulative = ``a * m``; the few growing pledges get ``a r**(m-1) step`` and ``a (r**m - 1)/(r - 1)``
    from a table of powers per distinct growth factor. The last pair is computed in place (two T x N
    buffers in all without bounds).
    """
    lo, hi, shift = _window(cols, first, last)
    t = last - first + 1
    n = len(cols)
    m, step = _counts(lo, hi, first, last)
    grows = np.flatnonzero(cols.rate != 1.0)
    grown = _grown(cols.rate[grows], *_counts(lo[grows], hi[grows], first, last)) if len(grows) else None
    names = ("low", "high", "") if bounds else ("",)
    coefs = {"": cols.value, "low": cols.low, "high": cols.high}
    out: dict[str, F64] = {}
    for name in names:
        a = coefs[name] * shift
        last_pair = name == ""
        value = np.multiply(step, a, out=step if last_pair else np.empty((t, n)))
        cumulative = np.multiply(m, a, out=m if last_pair else np.empty((t, n)))
        if grown is not None:
            value[:, grows] = grown[0] * a[grows]
            cumulative[:, grows] = grown[1] * a[grows]
        out[name or "value"] = value
        out[f"cumulative_{name}" if name else "cumulative"] = cumulative
    return out


def _counts(lo: I64, hi: I64, first: int, last: int) -> tuple[F64, F64]:
    """``T x N``: years counted so far ``m = clip(t - lo + 1, 0, hi - lo + 1)``, and ``step``, its first
    difference (1.0 in the years a pledge counts in)."""
    t = last - first + 1
    span = np.maximum(hi - lo + 1, 0).astype(np.float64)
    m = np.empty((t, len(lo)))
    np.subtract.outer(np.arange(first, last + 1, dtype=np.float64), (lo - 1).astype(np.float64), out=m)
    np.maximum(m, 0.0, out=m)
    np.minimum(m, span, out=m)
    step = np.empty((t, len(lo)))
    step[:1] = m[:1]
    np.subtract(m[1:], m[:-1], out=step[1:])
    return m, step


def _grown(rate: F64, m: F64, step: F64) -> tuple[F64, F64]:
    """For growing pledges (columns): ``r**(m-1) * step`` and ``sum(r**j for j < m)``, from tables."""
    t = m.shape[0]
    rates, code = np.unique(rate, return_inverse=True)
    powers = np.power.outer(rates, np.arange(t + 1, dtype=np.float64))  # r**j, j = 0..T
    sums = np.zeros_like(powers)  # sum of r**i for i < j
    np.cumsum(powers[:, :-1], axis=1, out=sums[:, 1:])
    row = (code * (t + 1))[None, :]
    flat = m.astype(np.int64) + row
    before = np.maximum(flat - 1, row)
    return powers.ravel()[before] * step, sums.ravel()[flat]


def _group_codes(cols: _Columns, by: Sequence[str], counted: Bool) -> tuple[I64, list[Obj]]:
    """Dense group codes of every pledge for the columns ``by`` (+ unit), and each group's labels.

    Groups are those of the counted pledges; a pledge not counted gets the code of its group if it has
    one, else an arbitrary code (it is never summed).
    """
    parts = [_column_codes(cols, name) for name in (*by, "unit")]
    key = np.zeros(len(cols), dtype=np.int64)
    size = 1
    for codes, labels in parts:
        key *= len(labels)
        key += codes
        size *= len(labels)
    if size <= max(len(cols), 1 << 16):
        present = np.zeros(size, dtype=bool)
        present[key[counted]] = True
        used = np.flatnonzero(present)
        remap = np.cumsum(present, dtype=np.int64) - 1
        group = remap[key]
    else:
        used, inverse = np.unique(key[counted], return_inverse=True)
        group = np.clip(np.searchsorted(used, key), 0, max(len(used) - 1, 0))
        group[counted] = inverse
    labels_out: list[Obj] = []
    rest = used
    for _codes, labels in reversed(parts):
        labels_out.append(labels[rest % len(labels)])
        rest = rest // len(labels)
    labels_out.reverse()
    return group.astype(np.int64), labels_out


def _column_codes(cols: _Columns, name: str) -> tuple[I64, Obj]:
    if name == "pledge":
        return np.arange(len(cols), dtype=np.int64), cols.ids
    codes: _Codes = getattr(cols, name)
    return codes.codes, codes.labels


def _totals(
    cols: _Columns, first: int, last: int, group: I64, groups: int, counted: Bool, bounds: bool
) -> dict[str, F64]:
    """``groups x T`` totals of the ``counted`` pledges (group codes ``group``), without a per-pledge grid.

    Pledges go through in chunks so the memory stays bounded whatever N; the work within a chunk is
    vectorised (difference arrays filled by ``np.bincount``).
    """
    t = last - first + 1
    width = t + 1
    names = ("value", "low", "high") if bounds else ("value",)
    growing = cols.rate[counted & (cols.rate != 1.0)]
    rates = np.unique(growing)
    if len(rates) > _MAX_BUCKETS:
        rates = rates[:0]
    rates = rates[(rates >= _BUCKET_RATES[0]) & (rates <= _BUCKET_RATES[1])]
    if len(growing) * t * _DIRECT_COST < groups * len(rates) * width:  # few growing pledges: one by one
        rates = rates[:0]
    del growing
    factors = np.concatenate(([1.0], rates))  # buckets: one per (group, growth factor); factor 1 first
    k = len(factors)
    size = groups * k * width
    diffs = {name: np.zeros(size) for name in names}
    starts = np.zeros(size)
    out = {name: np.zeros((groups, t)) for name in names}
    years = np.arange(first, last + 1)
    chunk = 1 << 18 if size <= 1 << 22 else max(len(cols), 1)
    for begin in range(0, len(cols), chunk):  # chunks bound the memory; within a chunk all is vectorised
        part = slice(begin, begin + chunk)
        g = group[part]
        start = cols.start[part]
        lo = np.maximum(start, first)
        hi = np.minimum(cols.end[part], last)
        rate = cols.rate[part]
        if k == 1:  # only the bucket of factor 1
            code = np.zeros(len(rate), dtype=np.int64)
            bucketed = rate == 1.0
        else:
            code = np.minimum(np.searchsorted(factors[1:], rate) + 1, k - 1)
            code[rate == 1.0] = 0
            bucketed = factors[code] == rate
        live = (lo <= hi) & counted[part]
        take = np.flatnonzero(bucketed & live)
        if len(take):
            bucket = (g[take] * k + code[take]) * width
            keys = np.concatenate((bucket + (lo[take] - first), bucket + (hi[take] - first + 1)))
            # value in year ``first`` of a pledge that counted from its start: value * r**(first - start)
            back = np.ones(len(take))
            curved = np.flatnonzero(code[take])
            if len(curved):
                back[curved] = rate[take[curved]] ** (first - start[take[curved]]).astype(np.float64)
            ones = np.ones(len(take))
            starts += np.bincount(keys, weights=np.concatenate((ones, -ones)), minlength=size)
            for name in names:
                b = getattr(cols, name)[part][take] * back
                diffs[name] += np.bincount(keys, weights=np.concatenate((b, -b)), minlength=size)
        rest = np.flatnonzero(~bucketed & live)  # growth factors summed pledge by pledge
        for sub in range(0, len(rest), max(1, _CHUNK_CELLS // t)):
            each = rest[sub : sub + max(1, _CHUNK_CELLS // t)]
            r = rate[each]
            distinct, code = np.unique(r, return_inverse=True)
            # value(t) = value * r**(lo - start) * r**(t - lo); the last factor from a table per rate
            table = np.power.outer(distinct, np.arange(t, dtype=np.float64)).ravel()
            np.minimum(table, np.finfo(np.float64).max, out=table)  # so that 0 * a wrong entry stays 0
            ahead = years[:, None] - lo[each]
            active = (ahead >= 0) & (years[:, None] <= hi[each])
            ahead += code * t  # the cells before lo read a wrong entry (or clip) but are multiplied by 0
            grown = np.take(table, ahead, mode="clip")
            grown *= active
            shift = r ** (lo[each] - start[each]).astype(np.float64)
            cell = (np.arange(t)[:, None] + g[each] * t).ravel()
            for name in names:
                weights = (grown * (getattr(cols, name)[part][each] * shift)).ravel()
                out[name] += np.bincount(cell, weights=weights, minlength=groups * t).reshape(groups, t)
    # pledges active per bucket and year: where none is, the total is exactly 0 (no rounding residue)
    idle = np.cumsum(starts.reshape(groups, k, width)[:, :, :t], axis=2) == 0
    powers = np.power.outer(factors, np.arange(t, dtype=np.float64))  # r**(t - first)
    for name in names:
        running = np.cumsum(diffs[name].reshape(groups, k, width)[:, :, :t], axis=2)
        running[idle] = 0.0
        out[name] += np.einsum("gkt,kt->gt", running, powers)
    return out


# --------------------------------------------------------------------------------------------------------
# the public surface


@dataclass(frozen=True, eq=False)
class Projection:
    """Pledges projected over a run of years; see :func:`project`.

    ``frame`` is the tidy per-pledge table, ``totals()`` sums groups per unit and year, ``wide()`` is the
    year-by-year table for a report. Arrays are computed on first use and kept.
    """

    first: int
    last: int
    unit: str | None
    _cols: _Columns = field(repr=False)

    @property
    def years(self) -> range:
        """The projected years."""
        return range(self.first, self.last + 1)

    def __len__(self) -> int:
        return len(self._cols)

    def _grid(self, bounds: bool = True) -> dict[str, F64]:
        """The per-pledge arrays, ``T x N`` (years by pledges), as numpy."""
        return _grid(self._cols, self.first, self.last, bounds)

    @cached_property
    def frame(self) -> pd.DataFrame:
        """One row per pledge and year (pledge by pledge, years in order).

        Columns: pledge, donor, category, item, unit, year, value, low, high, cumulative,
        cumulative_low, cumulative_high (cumulative from the first projected year) and counted (False
        for a restatement whose original is counted instead, or the other way round).
        """
        import pandas as pd

        cols = self._cols
        n, t = len(cols), self.last - self.first + 1
        grid = self._grid(bounds=True)
        row = np.repeat(np.arange(n), t)

        def labels(codes: _Codes) -> Any:
            used = pd.Index(codes.labels[1:], dtype=object)
            return pd.Categorical.from_codes(np.repeat(codes.codes - 1, t), categories=used)

        data: dict[str, Any] = {
            "pledge": pd.Categorical.from_codes(row, categories=pd.Index(cols.ids.astype(str))),
            "donor": labels(cols.donor),
            "category": labels(cols.category),
            "item": labels(cols.item),
            "unit": labels(cols.unit),
            "year": np.tile(np.arange(self.first, self.last + 1, dtype=np.int64), n),
        }
        for name in ("value", "low", "high", "cumulative", "cumulative_low", "cumulative_high"):
            data[name] = grid[name].T.ravel()
        data["counted"] = np.repeat(cols.counted, t)
        return pd.DataFrame(data)

    def _totals_arrays(self, by: Sequence[str], bounds: bool) -> tuple[list[Obj], dict[str, F64]]:
        unknown = [b for b in by if b not in GROUP_COLUMNS]
        if unknown or isinstance(by, str):
            raise ProjectionError(
                f"by={by!r}: group by a tuple of {', '.join(GROUP_COLUMNS)} (unit is always added)", field="by"
            )
        cols = self._cols
        group, labels = _group_codes(cols, by, cols.counted)
        groups = len(labels[0]) if labels else 0
        values = _totals(cols, self.first, self.last, group, groups, cols.counted, bounds)
        return labels, values

    def totals(self, by: Sequence[str] = ("donor", "category"), cumulative: bool = False) -> pd.DataFrame:
        """Counted pledges summed per group, unit and year: columns ``*by, unit, year, value, low, high``.

        Restatements count once; different dimensions (vehicles, euros, one currency and another)
        never add up, they are separate rows. ``cumulative=True`` gives running sums from the first
        projected year.
        """
        import pandas as pd

        by = tuple(by)
        labels, values = self._totals_arrays(by, bounds=True)
        t = self.last - self.first + 1
        keys = [*by, "unit"]
        # groups in the order of their labels (missing labels last), then years in order
        names = pd.DataFrame({k: pd.Series(lab, dtype=object) for k, lab in zip(keys, labels, strict=True)})
        order = names.sort_values(keys, na_position="last", kind="stable").index.to_numpy()
        rows = (order[:, None] * t + np.arange(t)[None, :]).ravel()
        data: dict[str, Any] = {k: np.repeat(names[k].to_numpy(dtype=object)[order], t) for k in keys}
        data["year"] = np.tile(np.arange(self.first, self.last + 1, dtype=np.int64), len(order))
        for name in ("value", "low", "high"):
            arr = values[name]
            data[name] = (np.cumsum(arr, axis=1) if cumulative else arr).ravel()[rows]
        return pd.DataFrame(data)

    def wide(self, by: Sequence[str] | None = None, cumulative: bool = False) -> pd.DataFrame:
        """Years as columns, for a report: one row per pledge (``by=None``) or per group and unit.

        Per pledge the index is (pledge, donor, category, item, unit, counted); per group it is
        ``(*by, unit)``. A ``total`` column adds the projected years (left out when ``cumulative``).
        """
        import pandas as pd

        years = list(range(self.first, self.last + 1))
        if by is None:
            cols = self._cols
            grid = self._grid(bounds=False)["cumulative" if cumulative else "value"]
            index = pd.MultiIndex.from_arrays(
                [
                    cols.ids,
                    cols.donor.labels[cols.donor.codes],
                    cols.category.labels[cols.category.codes],
                    cols.item.labels[cols.item.codes],
                    cols.unit.labels[cols.unit.codes],
                    cols.counted,
                ],
                names=["pledge", "donor", "category", "item", "unit", "counted"],
            )
            table = pd.DataFrame(grid.T, index=index, columns=years)
        else:
            tot = self.totals(by=by, cumulative=cumulative)
            keys = [*tuple(by), "unit"]
            table = tot.pivot_table(index=keys, columns="year", values="value", aggfunc="sum", dropna=False, sort=True)
            table = table.dropna(how="all")
            table.columns = list(table.columns)
        table.columns.name = "year"
        if not cumulative:
            table["total"] = table[years].sum(axis=1)
        return table


def project(
    pledges: Iterable[Pledge] | pd.DataFrame,
    years: range | tuple[int, int],
    *,
    baselines: Mapping[str | tuple[str, str], Any] | None = None,
    unit: str | None = None,
    equipment: EquipmentTable | None = None,
) -> Projection:
    """Project pledges over ``years`` (``range(2026, 2030)`` or ``(2026, 2029)``, both inclusive).

    ``pledges`` are :class:`~aidtracker.Pledge` records or the DataFrame of :func:`~aidtracker.to_frame`.
    ``unit`` expresses every counted pledge in that unit (``"vehicle"`` turns brigades into vehicles
    through the equipment table, ``equipment`` or the package's default); a pledge it cannot express
    raises :class:`~aidtracker.ProjectionError`, so does a currency other than the one asked for
    (exchange rates are never assumed). ``baselines`` gives growth-only pledges a base value in their
    first year, by pledge id or by ``(donor, category)``; without one they project as an index 1.0,
    1.2, 1.44, ...

    >>> import aidtracker as at
    >>> p = at.Pledge(id="p1", donor="DEU", category="armour", quantity="480 vehicle / year",
    ...               period=at.Period(start=2026, end=2029))
    >>> at.project([p], range(2026, 2030)).totals()["value"].sum()
    np.float64(1920.0)
    """
    import pandas as pd

    first, last = _years(years)
    if isinstance(pledges, pd.DataFrame):
        raw = _raw_from_frame(pledges)
    else:
        records = list(pledges)
        from ._records import Pledge

        wrong = next((p for p in records if not isinstance(p, Pledge)), None)
        if wrong is not None:
            raise ProjectionError(
                f"pledges must be aidtracker.Pledge records or a DataFrame of to_frame(), got {type(wrong).__name__}",
                field="pledges",
            )
        raw = _raw_from_records(records)
    cols = _columns(raw, first, unit, baselines, equipment)
    return Projection(first=first, last=last, unit=unit, _cols=cols)
