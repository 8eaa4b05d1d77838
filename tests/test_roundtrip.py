"""Nothing is lost on save: JSON, DataFrame and JSON Lines round trips of any valid record."""

from __future__ import annotations

import io
import json
import string
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidtracker as at

COUNTED = ["vehicle", "system", "launcher", "missile", "round", "aircraft", "helicopter", "drone", "vessel",
           "weapon", "piece", "person", "brigade", "battalion", "company"]  # fmt: skip
CURRENCIES = ["EUR", "USD", "GBP", "CAD", "AUD", "NOK", "SEK", "DKK", "JPY", "CHF", "PLN", "CZK"]
UNITS = [*COUNTED, *CURRENCIES, *(f"{u} / year" for u in COUNTED[:4]), "EUR / year", "drone / month", "round / year"]

magnitudes = st.one_of(
    st.integers(min_value=0, max_value=10**12),
    st.floats(min_value=0, max_value=1e15, allow_nan=False, allow_infinity=False),
)
texts = st.one_of(st.none(), st.text(max_size=40))


@st.composite
def pledges(draw: st.DrawFn) -> at.Pledge:
    unit = draw(st.sampled_from(UNITS))
    data: dict[str, Any] = {
        "id": draw(st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=12)),
        "donor": draw(st.sampled_from([None, "DEU", "USA", "GBR", "EU", "NATO", "CAN", "NOR"])),
        "recipient": draw(st.sampled_from([None, "UKR", "MDA"])),
        "category": draw(st.sampled_from(list(at.Category))),
        "item": draw(texts),
        "evidence": draw(texts),
        "source": draw(texts),
        "announced": draw(st.one_of(st.none(), st.dates())),
    }
    has_quantity = draw(st.booleans())
    if has_quantity:
        value = draw(magnitudes)
        data["quantity"] = {"value": value, "unit": unit}
        if draw(st.booleans()):
            data["low"] = {"value": value * draw(st.floats(0, 1)), "unit": unit}
        if draw(st.booleans()):
            data["high"] = {"value": value * draw(st.floats(1, 4)), "unit": unit}
    if draw(st.booleans()) or not has_quantity:
        data["growth"] = {"value": draw(st.floats(-99, 500, allow_nan=False)), "unit": "percent / year"}
    if draw(st.booleans()):
        start = draw(st.one_of(st.none(), st.integers(1990, 2100)))
        end = (
            draw(st.one_of(st.none(), st.integers(start or 1990, 2100)))
            if start is not None
            else draw(st.integers(1990, 2100))
        )
        data["period"] = {"start": start, "end": end}
    if draw(st.booleans()):
        a = draw(st.integers(0, 10_000))
        data["span"] = (a, a + draw(st.integers(0, 500)))
    if draw(st.booleans()):
        data["equivalent_of"] = data["id"] + "-original"
    return at.Pledge.model_validate(data)


def same(a: at.Pledge, b: at.Pledge) -> None:
    """Equal as records, and written identically (same magnitudes, same unit spelling)."""
    assert a == b
    assert a.model_dump(mode="json") == b.model_dump(mode="json")


@settings(max_examples=150, deadline=None)
@given(pledges())
def test_json_round_trip_is_lossless(p: at.Pledge) -> None:
    dumped = json.dumps(p.model_dump(mode="json"))
    same(at.Pledge.model_validate(json.loads(dumped)), p)
    same(at.Pledge.model_validate_json(p.model_dump_json()), p)


@settings(max_examples=60, deadline=None)
@given(st.lists(pledges(), max_size=8))
def test_frame_round_trip_is_lossless(batch: list[at.Pledge]) -> None:
    back = at.from_frame(at.to_frame(batch))
    assert len(back) == len(batch)
    for a, b in zip(back, batch, strict=True):
        same(a, b)


@settings(max_examples=40, deadline=None)
@given(st.lists(pledges(), max_size=8))
def test_jsonl_round_trip_is_lossless(batch: list[at.Pledge]) -> None:
    buffer = io.StringIO()
    assert at.write_jsonl(batch, buffer) == len(batch)
    buffer.seek(0)
    for a, b in zip(at.read_jsonl(buffer), batch, strict=True):
        same(a, b)


def test_jsonl_file_on_disk(tmp_path: Any) -> None:
    p = at.Pledge(id="p1", donor="SWE", category="military_general", quantity="7.5e10 SEK",
                  period={"start": 2024, "end": 2026})  # fmt: skip
    path = tmp_path / "pledges.jsonl"
    at.write_jsonl([p], path)
    assert at.read_jsonl(path) == [p]


def test_jsonl_bad_line_names_its_number(tmp_path: Any) -> None:
    path = tmp_path / "bad.jsonl"
    good = at.Pledge(id="p1", category="armour", quantity="3 vehicle").model_dump_json()
    path.write_text(good + "\n" + '{"id": "p2", "category": "armour", "quantity": "3 blorps"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        at.read_jsonl(path)


def test_frame_layout() -> None:
    p = at.Pledge(id="p1", donor="DEU", category="armour", quantity="480 vehicle / year",
                  period={"start": 2026, "end": 2029})  # fmt: skip
    frame = at.to_frame([p])
    assert frame.loc[0, "quantity_value"] == 480.0
    assert frame.loc[0, "quantity_unit"] == "vehicle / year"
    assert frame.loc[0, "period_start"] == 2026
    assert str(frame["period_start"].dtype) == "Int64"
    assert at.to_frame([]).shape == (0, len(at.to_frame([p]).columns))


def test_from_frame_names_a_missing_column() -> None:
    frame = at.to_frame([at.Pledge(id="p1", category="armour", quantity="3 vehicle")]).drop(columns=["growth_unit"])
    with pytest.raises(ValueError, match="growth_unit"):
        at.from_frame(frame)
