"""The number reader's fast paths return exactly what their straightforward reference returns.

Each fast mechanism of :mod:`aidtracker._numbers` is checked against the plain implementation it
replaced, kept here as the reference: on news-like text from the parse benchmark, on the
pathological pieces of the robustness tests, and on hypothesis-generated text (arbitrary unicode
and lexicon fragments).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aidtracker._lexicon import available_languages
from aidtracker._numbers import (
    _A,
    _J,
    _LETTERS,
    _O,
    _TWO_RUNS,
    Numeral,
    _alternation,
    _Reader,
    _reader,
    _trie,
    read_numerals,
)

ROOT = Path(__file__).resolve().parents[1]
LANGS = available_languages()
#: Compiled with mypyc (the optional build, see setup.py), the reader calls its methods directly and a patched
#: method changes nothing: the comparisons with a patched reader run on the pure-Python package only.
pure_only = pytest.mark.skipif(
    not str(sys.modules[_Reader.__module__].__file__).endswith(".py"),
    reason="compiled with mypyc: a patched method is not called",
)


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "tests"))
    from bench_parse import corpus
    from test_robustness import pathological

    return (
        *(corpus(lang, 30_000, seed=7) for lang in ("de", "en")),
        pathological(20_000),
        "3tausend 12eins _vier a million ein Dutzend İ einen Euro 4x4 ٣ tausend",
    )


# -------------------------------------------------------------------------------------- anchors


@lru_cache(maxsize=4)
def _anchor_reference_re(lang: str) -> re.Pattern[str]:
    """The anchor regex as it was first written: tried at every position of the text."""
    r = _reader(lang)
    morphemes = {*r.morph_table, *r.zero, *r.decimal_words}
    return re.compile(
        rf"""
        (?P<digits> \d+ )
        | (?<![^\W\d_]) (?P<article> {_alternation(r.articles)} )
          \s+ (?= (?:{_alternation(r.article_followers)}) (?![^\W\d_]) )
        | (?<![^\W\d_]) (?P<word> {_trie(morphemes)} )
        """,
        re.VERBOSE,
    )


def _anchors_reference(r: _Reader, lang: str, text: str) -> list[int]:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out = []
    for m in _anchor_reference_re(lang).finditer(low):
        if m.lastgroup == "word":
            word = _LETTERS.match(low, m.start())
            morphs = r.word_morphs(word.group()) if word else None
            if morphs is None or morphs[0][0] in (_O, _J, _A):
                continue
        out.append(m.start())
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_anchors_are_where_the_plain_scan_finds_them(lang: str) -> None:
    r = _reader(lang)
    for text in _texts():
        assert r.anchors(text) == _anchors_reference(r, lang, text)


_PIECES = st.sampled_from(
    ["ein", "eine", "einen", "a", "an", " ", "  ", "\n", "-", "_", "1", "23", "٣", "İ", "Million", "million",
     "dozen", "Dutzend", "Euro", "tausend", "vier", "four", "und", "and", "point", "o", "x", "é", "ß", "."]
)  # fmt: skip
_TEXT = st.lists(_PIECES | st.text(max_size=3), max_size=14).map("".join)


@lru_cache(maxsize=1)
def _numeral_pieces() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_robustness import PIECES

    return list(PIECES)


_NUMERAL_TEXT = st.lists(
    st.deferred(lambda: st.sampled_from(_numeral_pieces())) | st.sampled_from([" ", "  ", "-", ",", "."]),
    max_size=20,
).map("".join)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.one_of(st.text(), _TEXT), lang=st.sampled_from(LANGS))
def test_anchors_on_generated_text(text: str, lang: str) -> None:
    r = _reader(lang)
    assert r.anchors(text) == _anchors_reference(r, lang, text)


# ----------------------------------------------------------------------------- inert tokens


def _read_both(text: str, lang: str) -> tuple[list[Numeral], list[Numeral]]:
    """read_numerals with the inert-token short cut, and without it (every look-up done)."""
    fast = read_numerals(text, lang)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_Reader, "inert", lambda self, toks, j: False)
        slow = read_numerals(text, lang)
    return fast, slow


@pure_only
@pytest.mark.parametrize("lang", LANGS)
def test_inert_tokens_skip_only_look_ups_that_find_nothing(lang: str) -> None:
    for text in _texts():
        fast, slow = _read_both(text, lang)
        assert fast == slow


@pure_only
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.one_of(st.text(), _TEXT, _NUMERAL_TEXT), lang=st.sampled_from(LANGS))
def test_inert_tokens_on_generated_text(text: str, lang: str) -> None:
    fast, slow = _read_both(text, lang)
    assert fast == slow


# ------------------------------------------------------------------------------ numeral records


def test_numerals_built_by_slots_are_the_frozen_dataclass() -> None:
    """The reader builds Numerals without the frozen dataclass's __init__: the result is the same."""
    for lang in LANGS:
        for n in read_numerals(_texts()[0], lang)[:200]:
            assert type(n) is Numeral
            again = Numeral(**{f.name: getattr(n, f.name) for f in dataclasses.fields(Numeral)})
            assert again == n
            assert hash(again) == hash(n)
            assert repr(again) == repr(n)
    n = read_numerals("rund 1,5 Mrd. Euro", "de")[0]
    with pytest.raises(AttributeError):
        n.value = 2.0  # type: ignore[misc]


# -------------------------------------------------------------------------- two-run digit chunks


def _cut_chunk(lang: str, text: str, two_runs: bool) -> list[tuple[int, int, str, int, float | None, bool]]:
    """Tokens of the digit chunk that starts ``text``, by the two-run short cut or by the general split."""
    r = _reader(lang)
    chunk = r.tok.pattern.match(text)
    assert chunk is not None
    assert chunk.lastindex == 1
    toks = r.tok.tokenize("", 0, [])
    found = _TWO_RUNS.fullmatch(chunk.group(1))
    assert found is not None
    if two_runs:
        r.tok.split_two_runs(text, 0, toks, *found.groups())
    else:
        r.tok.split_runs(text, chunk.group(1), 0, toks)
    return [
        (toks.start[k], toks.end[k], toks.raw[k], toks.kind[k], toks.value.get(k), k in toks.plain4)
        for k in range(len(toks.start))
    ]


_DIGITS = st.text(alphabet="0123456789٣", min_size=1, max_size=6)


@settings(max_examples=500, deadline=None)
@given(
    a=_DIGITS,
    sep=st.sampled_from([".", ",", " ", "\u00a0", "\u202f", "'", "’"]),
    b=_DIGITS,
    after=st.sampled_from(["", " ", "mm", "x", ".", "5"]),
    lang=st.sampled_from(LANGS),
)
def test_two_digit_runs_split_like_the_general_split(a: str, sep: str, b: str, after: str, lang: str) -> None:
    text = a + sep + b + after
    chunk = _reader(lang).tok.pattern.match(text)
    assert chunk is not None
    if chunk.group(1) != a + sep + b:
        return  # the separator does not join here (not one of this language's)
    assert _cut_chunk(lang, text, two_runs=True) == _cut_chunk(lang, text, two_runs=False)


# ------------------------------------------------------------------------------ digits alone


def _read_without_digits_alone(text: str, lang: str) -> list[Numeral]:
    """read_numerals with every number read the full way (flatten and parse), as before the short cut."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_Reader, "digits_alone", lambda self, toks, i: None)
        return read_numerals(text, lang)


@pure_only
@pytest.mark.parametrize("lang", LANGS)
def test_digits_alone_reads_what_flatten_and_parse_read(lang: str) -> None:
    for text in _texts():
        assert read_numerals(text, lang) == _read_without_digits_alone(text, lang)


@pure_only
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.one_of(st.text(), _TEXT, _NUMERAL_TEXT), lang=st.sampled_from(LANGS))
def test_digits_alone_on_generated_text(text: str, lang: str) -> None:
    assert read_numerals(text, lang) == _read_without_digits_alone(text, lang)


# ---------------------------------------------------------------------------- digits numerals


def _read_without_digits_numeral(text: str, lang: str) -> list[Numeral]:
    """read_numerals with every numeral read the full way (side, number_at), as before the short cut."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_Reader, "digits_numeral", lambda self, toks, i: None)
        return read_numerals(text, lang)


_DIGIT_CASES = (
    "Es kamen 40 Haubitzen, 2025 weitere 12 Panzer und (5) Drohnen; F-16 und 155mm, 3tausend, 7.",
    "They sent 40 howitzers in 2025, 12 tanks, the 1 that stayed, $5, 14x Leopard, 20 000 rounds and 7",
    "1999 2000 2101 1,5 Mrd. Euro 30 bis 40 30-40 10 % 4 Jahre 5 pro Jahr 6 one 7 a year 8",
)


@pure_only
@pytest.mark.parametrize("lang", LANGS)
def test_digits_numeral_reads_what_the_full_way_reads(lang: str) -> None:
    for text in (*_texts(), *_DIGIT_CASES):
        assert read_numerals(text, lang) == _read_without_digits_numeral(text, lang)


@pure_only
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.one_of(st.text(), _TEXT, _NUMERAL_TEXT), lang=st.sampled_from(LANGS))
def test_digits_numeral_on_generated_text(text: str, lang: str) -> None:
    assert read_numerals(text, lang) == _read_without_digits_numeral(text, lang)
