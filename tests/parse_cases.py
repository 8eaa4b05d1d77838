"""Helpers for the parser's case tables (tests/test_parse_de.py, tests/test_parse_en.py).

A case says what ``aidtracker.parse`` must return for one text, as compact tuples that read like the
records: ``Expect("DEU", "armour", "480 vehicle / year", same_as=1)`` is a pledge by Germany of 480
vehicles a year that restates the expected pledge at index 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pytest

import aidtracker


@dataclass(frozen=True)
class Expect:
    donor: str | None
    category: str
    quantity: str | None = None  # "4 brigade", "1.5e9 EUR", None for growth only
    low: str | None = None
    high: str | None = None
    growth: str | None = None  # "20 percent / year"
    period: tuple[int | None, int | None] | None = None
    same_as: int | None = None  # index of the expected pledge this one restates


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: tuple[Expect, ...]
    published: str | None = None


def _equal(got: Any, want: str | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    q = aidtracker.ureg.Quantity(want)
    try:
        value = got.to(q.units).magnitude
    except Exception:
        return False
    return math.isclose(float(value), float(q.magnitude), rel_tol=1e-9)


def check(case: Case, lang: str) -> None:
    pledges = aidtracker.parse(case.text, published=case.published, lang=lang)
    described = [_describe(p) for p in pledges]
    assert len(pledges) == len(case.expected), f"got {described}"
    ids = [p.id for p in pledges]
    for k, (p, e) in enumerate(zip(pledges, case.expected, strict=True)):
        where = f"pledge {k}: {described[k]}"
        assert p.donor == e.donor, where
        assert p.category.value == e.category, where
        assert _equal(p.quantity, e.quantity), where
        assert _equal(p.low, e.low), where
        assert _equal(p.high, e.high), where
        assert _equal(p.growth, e.growth), where
        period = None if p.period is None else (p.period.start, p.period.end)
        assert period == e.period, where
        assert p.equivalent_of == (None if e.same_as is None else ids[e.same_as]), where
        start, end = p.span or (0, 0)
        assert case.text[start:end].strip(), where  # the span points at the quantity's words
        assert p.evidence, where
        assert case.text[start:end] in p.evidence, where


def _describe(p: aidtracker.Pledge) -> str:
    parts = [p.id, str(p.donor), p.category.value, str(p.quantity), f"low={p.low}", f"high={p.high}"]
    parts += [f"growth={p.growth}", f"period={p.period}", f"same_as={p.equivalent_of}"]
    return " ".join(parts)


def table(cases: list[Case]) -> Any:
    return pytest.mark.parametrize("case", cases, ids=[c.id for c in cases])


def tables(**groups: list[Case]) -> Any:
    """One parametrization over several named tables; test ids read ``group/case``."""
    params = [pytest.param(case, id=f"{name}/{case.id}") for name, cases in groups.items() for case in cases]
    return pytest.mark.parametrize("case", params)
