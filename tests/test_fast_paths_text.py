"""The text-structure fast paths (`_match`, `_sentences`, `_donors`) answer exactly as their references.

Each reference is the straightforward code the fast path replaced, kept here; both run on news-like
text from the parse benchmark, on the team's corpora, and on hypothesis-generated text built from
lexicon words and awkward characters.
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aidtracker import _match
from aidtracker._lexicon import available_languages, load_lexicon
from aidtracker._match import fold, may_match
from aidtracker._sentences import compile_patterns, sentences

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def _texts() -> tuple[tuple[str, str], ...]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_parse import corpus

    texts = [(corpus(lang, 20_000, seed=11), lang) for lang in ("de", "en")]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                record = json.loads(line)
                texts.append((record["text"], record.get("lang") or "en"))
    return tuple(texts)


def _sentence_texts() -> list[tuple[str, str, int, int]]:
    return [(text, lang, a, b) for text, lang in _texts() for a, b in sentences(text, load_lexicon(lang))]


_AWKWARD = ["\u0130", "\u0131", "\u017f", "\u039c", "\u03bc", "K", "ß", "Ü", "é", "’", "–", " ", "-", ".", "\n", "_"]
_WORDS = st.sampled_from(["Panzer", "liefert", "Hilfe", "tanks", "supply", "USA", "Deutschland", "air-defence"])
_TEXT = st.lists(_WORDS | st.sampled_from(_AWKWARD) | st.text(max_size=3), max_size=16).map("".join)


# ---------------------------------------------------------------------- fold

_FOLD_REFERENCE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u039c": "µ", "\u03bc": "µ"})


def _fold_reference(text: str) -> str:
    return text.translate(_FOLD_REFERENCE).lower()


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
def test_fold_as_the_translation(text: str) -> None:
    assert fold(text) == _fold_reference(text)


def test_fold_as_the_translation_on_every_code_point() -> None:
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for k in range(0, len(everything), 4096):
        chunk = everything[k : k + 4096]
        assert fold(chunk) == _fold_reference(chunk)


# ---------------------------------------------------------------------- may_match


def _may_match_reference(pattern: re.Pattern[str], folded: str) -> bool:
    """As first written: one regex of the pattern's needles searched in the folded text."""
    registered = _match._NEEDLES.get(id(pattern))
    if registered is None:
        return True
    return re.compile("|".join(re.escape(n) for n in registered[1])).search(folded) is not None


def _lexicon_patterns() -> list[re.Pattern[str]]:
    patterns: list[re.Pattern[str]] = []
    for lang in available_languages():
        lex = load_lexicon(lang)
        for section in (lex.cues, lex.restatements, lex.periods):
            for _, value in section:
                if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                    pattern = compile_patterns(value)
                    if pattern is not None:
                        patterns.append(pattern)
    return patterns


def test_may_match_as_the_needle_search_on_sentences() -> None:
    patterns = _lexicon_patterns()
    for text, _, a, b in _sentence_texts():
        folded = fold(text[a:b])
        for pattern in patterns:
            assert may_match(pattern, folded) == _may_match_reference(pattern, folded), (pattern.pattern, folded)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, upper=st.booleans(), words=st.lists(st.text(alphabet="abAB-.' *sü", min_size=1, max_size=6)))
def test_may_match_as_the_needle_search_on_generated_text(text: str, upper: bool, words: list[str]) -> None:
    folded = fold(text.upper() if upper else text)
    fresh = compile_patterns(words)  # a new pattern, asked about after others: the screen grows
    for pattern in [*_lexicon_patterns()[:20], *([fresh] if fresh is not None else [])]:
        assert may_match(pattern, folded) == _may_match_reference(pattern, folded)


def test_may_match_says_yes_to_a_pattern_it_does_not_know() -> None:
    assert may_match(re.compile("x"), "")
