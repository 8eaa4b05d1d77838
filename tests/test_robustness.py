"""The reader and the parser never crash, and their work grows linearly with the input.

* hypothesis feeds arbitrary Unicode, and texts assembled from the pieces numerals are made of
  (digits, separators, scale and currency words, cues) in bad orders, to ``read_numerals``,
  ``read_durations``, ``read_rates`` and ``aidtracker.parse``; what comes back must be well formed.
* linearity is checked by counting work, not by timing: the number of function calls (Python and
  C, counted by :mod:`cProfile`, the same on any machine) for a block of pathological input and for
  ten copies of it, and for one sentence of 100 and of 1000 numerals. Timings of 100 KB vs 1 MB are in ``benchmarks/bench_parse.py``. Catastrophic regex
  backtracking happens inside one C call and would not show in a call count; it would show in
  those benchmarks, and the regexes avoid it by construction (possessive quantifiers, no nested
  ambiguous repetition).
"""

from __future__ import annotations

import cProfile
import functools
import math
import pstats
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aidtracker
from aidtracker._numbers import Numeral, read_durations, read_numerals, read_rates

LANGS = ("de", "en")

# the stuff numerals are made of, for texts in bad orders
PIECES = [
    *"0123456789",
    "1.000",
    "2,5",
    "30'000",
    "20 000",
    ".",
    ",",
    " ",
    "  ",
    "'",
    "-",
    "–",
    "/",
    "%",
    "$",
    "€",
    "£",
    "CAN$",
    "A$",
    "USD",
    "Mio.",
    "Mrd.",
    "bn",
    "m",
    "k",
    "Milliarden",
    "million",
    "Millionen",
    "tausend",
    "hundert",
    "zwei",
    "einund",
    "zwanzig",
    "dreißig",
    "twenty",
    "one",
    "a",
    "ein",
    "eine",
    "halbe",
    "half",
    "dozen",
    "Dutzend",
    "und",
    "and",
    "bis",
    "bis zu",
    "to",
    "between",
    "zwischen",
    "mehr als",
    "at least",
    "Prozent",
    "per cent",
    "pro Jahr",
    "a year",
    "jährlich",
    "Jahre",
    "months",
    "Kronen",
    "dollars",
    "Euro",
    "point",
    "Komma",
    "F-",
    "http://x.org/",
    "Panzer",
    "Fahrzeuge",
    "tanks",
    "zugesagt",
    "pledged",
    "Deutschland",
    "Britain",
    "\n",
    "(",
    ")",
]

piece_texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def pathological(size: int, seed: int = 7, block: int = 10_000) -> str:
    """``size`` characters of numeral pieces in random (bad) orders, plus long runs of one kind.

    Made of one ``block`` of such text, repeated: inputs of different sizes are then the same
    material, so their costs compare (10x the input should cost 10x, not 10x give or take the luck
    of the draw).
    """
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < min(size, block):
        if len(parts) % 50 == 49:  # every 50th piece a long run: digits and separators, a word repeated
            piece = rng.choice(["1.", "1,", "1 ", "12", "zwei", "one-", "$1", "1-"]) * 100
        else:
            piece = rng.choice(PIECES)
        parts.append(piece)
        total += len(piece)
    text = "".join(parts)[:block]
    return (text * (size // len(text) + 1))[:size]


def check_numerals(text: str, found: list[Numeral]) -> None:
    last_end = 0
    for n in found:
        assert 0 <= last_end <= n.start < n.end <= len(text)
        last_end = n.end
        assert not math.isnan(n.value)
        if n.low is not None and n.high is not None:
            assert n.low <= n.high
        assert text[n.start : n.end].strip() == text[n.start : n.end]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.text(), lang=st.sampled_from(LANGS))
def test_arbitrary_unicode_never_crashes_the_reader(text: str, lang: str) -> None:
    check_numerals(text, read_numerals(text, lang))
    for d in read_durations(text, lang):
        assert 0 <= d.start < d.end <= len(text)
    for r in read_rates(text, lang):
        assert 0 <= r.start < r.end <= len(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=piece_texts, lang=st.sampled_from(LANGS))
def test_numeral_pieces_in_bad_orders_never_crash_the_reader(text: str, lang: str) -> None:
    check_numerals(text, read_numerals(text, lang))
    read_durations(text, lang)
    read_rates(text, lang)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.one_of(st.text(), piece_texts), lang=st.sampled_from((None, *LANGS)))
def test_parse_never_crashes(text: str, lang: str | None) -> None:
    pledges = aidtracker.parse(text, published="2025-09-04", lang=lang)
    ids = [p.id for p in pledges]
    assert len(ids) == len(set(ids))
    for p in pledges:
        if p.span is not None:
            assert 0 <= p.span[0] < p.span[1] <= len(text)


@pytest.mark.parametrize("lang", LANGS)
def test_long_input_never_crashes(lang: str) -> None:
    text = pathological(100_000, seed=11)
    check_numerals(text, read_numerals(text, lang))
    aidtracker.parse(text[:20_000], lang=lang)


def _calls(func: object, *args: object) -> int:
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)  # type: ignore[arg-type]
    return int(pstats.Stats(profiler).total_calls)  # type: ignore[attr-defined]


def one_sentence(n: int, lang: str) -> str:
    """One sentence with ``n`` numerals and no sentence break: per-sentence work must stay linear."""
    if lang == "de":
        return "Deutschland liefert " + ", ".join(f"{i % 900 + 2} Panzer" for i in range(n)) + "."
    return "Germany pledged " + ", ".join(f"{i % 900 + 2} tanks" for i in range(n)) + "."


@pytest.mark.parametrize("lang", LANGS)
def test_work_grows_linearly_on_pathological_input(lang: str) -> None:
    block = pathological(4_000)
    read_numerals(block, lang)  # lexicon and regexes built before counting
    ratio = _calls(read_numerals, " ".join([block] * 10), lang) / _calls(read_numerals, block, lang)
    assert ratio < 10 * 1.3, f"10x the input took {ratio:.1f}x the calls"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["pathological-blocks", "one-long-sentence"])
def test_parse_work_grows_linearly(lang: str, kind: str) -> None:
    if kind == "pathological-blocks":
        block = pathological(2_000)
        small, large = block, " ".join([block] * 10)
    else:
        small, large = one_sentence(100, lang), one_sentence(1000, lang)
    parse = functools.partial(aidtracker.parse, lang=lang)
    parse(small)
    ratio = _calls(parse, large) / _calls(parse, small)
    assert ratio < 10 * 1.3, f"10x the input took {ratio:.1f}x the calls"
