"""The parser's fast paths return exactly what their straightforward reference returns.

Each fast mechanism is checked against the plain implementation it replaced, kept here as the
reference: on the lexicons' own word lists, on news-like text from the parse benchmark, on the
corpora in ../shared when present, and on hypothesis-generated text built from lexicon fragments.
"""

from __future__ import annotations

import gc
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidtracker
from aidtracker import _extract
from aidtracker._lexicon import available_languages, load_lexicon
from aidtracker._match import WHOLE_WORDS, WORD_LED, compile_alternation, factor, fold, may_match
from aidtracker._sentences import _pattern_source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
#: Compiled with mypyc (the optional build, see setup.py), compiled code calls compiled functions and methods
#: directly and a patched one changes nothing: the comparisons with patched code run on the pure-Python package.
pure_only = pytest.mark.skipif(
    not str(_extract.__file__).endswith(".py"), reason="compiled with mypyc: a patched function is not called"
)


def _reference(sources: list[str], before: str, after: str, flags: int) -> re.Pattern[str]:
    """The alternation as it was written before the fast path: joined in order, no factoring."""
    return re.compile(f"{before}(?:{'|'.join(sources)}){after}", flags)


def _word_lists(lang: str) -> dict[str, list[str]]:
    """Every pattern list of the lexicon (cues, restatements, periods, categories, adjectives)."""
    lex = load_lexicon(lang)
    lists: dict[str, list[str]] = {}
    for section in (lex.cues, lex.restatements, lex.periods):
        for name, value in section:
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                lists[f"{type(section).__name__}.{name}"] = value
    for category, entries in lex.categories.keywords.items():
        lists[f"keywords.{category}"] = entries
    lists["adjectives"] = list(lex.donors.adjectives)
    lists["all"] = sorted({w for ws in lists.values() for w in ws})
    return lists


def _sources(entries: list[str]) -> list[str]:
    ordered = sorted({e for e in entries if e.strip()}, key=len, reverse=True)
    return [_pattern_source(e) for e in ordered]


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_parse import corpus

    texts = [corpus(lang, 30_000, seed=7) for lang in ("de", "en")]
    for path in (SHARED / "eval" / "dev.jsonl", ROOT / "tests" / "corpus" / "holdout.jsonl"):
        if path.exists():
            texts.extend(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line)
    return tuple(texts)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


CASES = [(lang, name) for lang in available_languages() for name in _word_lists(lang)]


@pytest.mark.parametrize(("lang", "name"), CASES, ids=[f"{lang}-{name}" for lang, name in CASES])
def test_factored_lexicon_patterns_match_like_the_plain_alternation(lang: str, name: str) -> None:
    sources = _sources(_word_lists(lang)[name])
    fast = compile_alternation(sources, r"(?<!\w)", r"(?!\w)", re.IGNORECASE)
    slow = _reference(sources, r"(?<!\w)", r"(?!\w)", re.IGNORECASE)
    for text in _texts():
        expected = _spans(slow, text)
        assert _spans(fast, text) == expected
        assert may_match(fast, fold(text)) or not expected


def _fragments() -> list[str]:
    words = sorted({w.strip("*").replace("*", "") for lang in available_languages() for w in _word_lists(lang)["all"]})
    return [w for w in words if w] + [" ", "-", "'", ".", ",", "Ü", "ß", "İ", "ſ", "K", "SS", "\n"]


_TEXT = st.lists(st.sampled_from(_fragments()) | st.text(max_size=3), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, lang=st.sampled_from(available_languages()), upper=st.booleans())
def test_factored_patterns_on_generated_text(text: str, lang: str, upper: bool) -> None:
    text = text.upper() if upper else text
    sources = _sources(_word_lists(lang)["all"])
    fast = compile_alternation(sources, r"(?<!\w)", r"(?!\w)", re.IGNORECASE)
    slow = _reference(sources, r"(?<!\w)", r"(?!\w)", re.IGNORECASE)
    expected = _spans(slow, text)
    assert _spans(fast, text) == expected
    assert may_match(fast, fold(text)) or not expected


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abAB-. *s", min_size=1, max_size=6), min_size=1, max_size=8),
    text=st.text(alphabet="abAB-. s\u017f\u0130", max_size=30),
    ignorecase=st.booleans(),
)
def test_factor_keeps_the_order_of_preference(words: list[str], text: str, ignorecase: bool) -> None:
    """Arbitrary word lists, in any order (not longest first): every match and every span stays."""
    sources = [_pattern_source(w) for w in words if w.strip()]
    if not sources:
        return
    flags = re.IGNORECASE if ignorecase else 0
    for before, after in ((r"(?<!\w)", r"(?!\w)"), ("", "")):
        fast = compile_alternation(sources, before, after, flags)
        slow = _reference(sources, before, after, flags)
        for pos in range(len(text) + 1):
            got, want = fast.match(text, pos), slow.match(text, pos)
            assert (got and got.span()) == (want and want.span())
        expected = _spans(slow, text)
        assert _spans(fast, text) == expected
        assert may_match(fast, fold(text)) or not expected


def test_infixes_of_a_run_of_whole_words_are_joined_with_the_same_matches() -> None:
    """ "*hilfe*", "*paket*" between whole words are tried as one infix group; a phrase ends the run, so an infix
    after it keeps its own place (the phrase still wins where both match)."""
    words = ["*hilfe*", "lieferung", "*paket*", "militär hilfe", "*militär*", "waffe*", "*panzer*"]
    sources = [_pattern_source(w) for w in words]
    fast = compile_alternation(sources, r"(?<!\w)", r"(?!\w)", re.IGNORECASE)
    assert r"\w*(?:" in fast.pattern  # the joined group is there: the fast path is the one tested
    slow = _reference(sources, r"(?<!\w)", r"(?!\w)", re.IGNORECASE)
    text = (
        "Militärhilfe, Hilfspaket und Militär Hilfe; Kampfpanzer-Paket, Waffenlieferung, Lieferung; "
        "MILITÄR  HILFE, militär-hilfe, Paketdienst, Ölpaket2, _hilfe_, hilfe"
    )
    for pos in range(len(text) + 1):
        got, want = fast.match(text, pos), slow.match(text, pos)
        assert (got and got.span()) == (want and want.span())
    assert _spans(fast, text) == _spans(slow, text)


def test_factor_leaves_capturing_groups_and_bars_alone() -> None:
    assert factor(["(a)b", "ac"]) == "(a)b|ac"
    assert factor(["a|b", "ac"]) == "a|b|ac"
    assert factor(["ab", "ac"]) == "a(?:b|c)"
    assert factor(["ab", r"\w*", "ac"]) == r"ab|\w*|ac"  # nothing moves across a non-literal start


def test_every_languages_screened_cue_lists_fit_in_one_screen() -> None:
    """The cue screen holds at most ``_SCREEN_PATTERNS`` patterns and starts afresh past it: if the lexicons' screened
    lists outgrew it, a batch that mixes the languages would rebuild the screen for every sentence (the answers stay
    the same, so no other test would notice; only the time would, as in session 25 at 256)."""
    from dataclasses import fields

    from aidtracker import _match

    screened = set()
    for lang in available_languages():
        patterns = _extract._patterns(lang)
        words = _extract._word_sets(lang)
        for value in [*(getattr(patterns, f.name) for f in fields(patterns)), words.may_be_one, words.countable]:
            if isinstance(value, re.Pattern) and _match._alternatives(id(value)) is not None:
                screened.add(id(value))
    assert len(screened) < _match._SCREEN_PATTERNS, (len(screened), _match._SCREEN_PATTERNS)


def test_fold_is_what_ignorecase_matches() -> None:
    """Every code point that ``re.IGNORECASE`` matches to a character below U+0100 folds to its lower case."""
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert len(fold(everything)) == len(everything)
    latin = "[" + "".join(re.escape(chr(i)) for i in range(0x100)) + "]"
    for t in set(re.findall(latin, everything, re.IGNORECASE)):
        for i in range(0x100):
            c = chr(i)
            if re.fullmatch(re.escape(c), t, re.IGNORECASE):
                assert fold(t) == c.lower(), (hex(ord(t)), c)


def test_fold_keeps_word_characters_and_white_space() -> None:
    """The screen finds a pattern's words in the folded text by ``\\w`` and white space (_match._words): folding must
    not make a word character of another, nor move white space."""
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    folded = fold(everything)
    assert [m.start() for m in re.finditer(r"\w", everything)] == [m.start() for m in re.finditer(r"\w", folded)]
    assert [m.start() for m in re.finditer(r"\s", everything)] == [m.start() for m in re.finditer(r"\s", folded)]


# ---------------------------------------------------------------------- restatement look-ups


def _repeated_reference(ex: Any, s: Any, m: Any) -> Any:
    """`_Extractor.repeated` as first written: every mention of every sentence before, in text order."""
    if m.kind == "growth" or m.extra.get("one"):
        return None
    if ex.has(ex.p.additional, _extract._window_before(s.toks, m.start, 2), m.end):
        return None
    for prev in ex.sentences[: s.index]:
        for o in prev.mentions:
            same = (o.kind, o.unit, o.per, o.value) == (m.kind, m.unit, m.per, m.value)
            if same and o.restates is None and o.extra.get("head") == m.extra.get("head"):
                mine = [h.code for h in s.donors if h.start < m.start and h.code is not None]
                theirs = [h.code for h in prev.donors if h.start < o.start and h.code is not None]
                if mine and theirs and mine[-1] != theirs[-1]:
                    return None  # (another giver's figure, as the fast path decides since session 15)
                return o
    return None


def _passages() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_parse import _articles, corpus

    out = [(a, lang) for lang in ("de", "en") for a in _articles(corpus(lang, 20_000, seed=11))]
    out += [(corpus(lang, 20_000, seed=3), lang) for lang in ("de", "en")]  # long texts: many repeats
    for path in (SHARED / "eval" / "dev.jsonl", ROOT / "tests" / "corpus" / "holdout.jsonl"):
        if path.exists():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
            out += [(r["text"], r["lang"]) for r in rows]
    return out


@pure_only
def test_repeated_index_finds_what_the_scan_found(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _extract._Extractor.repeated
    calls = 0

    def both(self: Any, s: Any, m: Any) -> Any:
        nonlocal calls
        calls += 1
        got = fast(self, s, m)
        assert got is _repeated_reference(self, s, m)
        return got

    monkeypatch.setattr(_extract._Extractor, "repeated", both)
    for text, lang in _passages():
        _extract.extract(text, lang, None)
    assert calls > 100


def test_equivalent_of_is_the_first_mention_at_the_restated_place() -> None:
    from aidtracker._parser import _pledges

    linked = 0
    for text, lang in _passages():
        mentions = _extract.extract(text, lang, None)
        ids = {id(m): f"p{k}" for k, m in enumerate(mentions, 1)}
        for m, pledge in zip(mentions, _pledges(text, mentions, None, None), strict=True):
            want = None
            if m.restates is not None:
                r = m.restates
                want = next(
                    (ids[id(o)] for o in mentions if o is r or (o.start, o.end, o.donor) == (r.start, r.end, r.donor)),
                    None,
                )
            assert pledge.equivalent_of == (want if want != pledge.id else None)
            linked += want is not None
    assert linked > 10


# ---------------------------------------------------------------------- donor names


@pure_only
@pytest.mark.parametrize("lang", available_languages())
def test_factored_donor_names_match_like_the_plain_alternation(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from aidtracker import _donors

    _donors._finder.cache_clear()
    fast = _donors._finder(lang).names
    with monkeypatch.context() as patch:
        patch.setattr(_donors, "factor", lambda sources, ignorecase=False: "|".join(sources))
        _donors._finder.cache_clear()
        slow = _donors._finder(lang).names
    _donors._finder.cache_clear()
    assert fast.pattern != slow.pattern
    texts = [*_texts(), *(t.upper() for t in _texts()[:2])]
    assert sum(len(_spans(slow, text)) for text in texts) > 100
    for text in texts:
        assert _spans(fast, text) == _spans(slow, text)


# ---------------------------------------------------------------------- word windows


def _before_reference(toks: list[Any], pos: int, count: int) -> int:
    before = [t for t in toks if t.end <= pos]
    if not before:
        return pos
    return before[max(0, len(before) - count)].start


def _after_reference(toks: list[Any], pos: int, count: int) -> int:
    after = [t for t in toks if t.start >= pos]
    if not after:
        return pos
    return after[min(len(after), count) - 1].end


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.sampled_from(["Panzer", "a-b", "1.500", " ", "  ", ",", "(", "Ü", "x"]), max_size=20).map("".join),
    pos=st.integers(-2, 70),
    count=st.integers(1, 16),
    lo=st.integers(0, 10),
)
def test_word_windows_match_the_scans(text: str, pos: int, count: int, lo: int) -> None:
    from aidtracker._sentences import tokens

    toks = tokens(text, min(lo, len(text)))
    assert _extract._window_before(toks, pos, count) == _before_reference(toks, pos, count)
    assert _extract._window_after(toks, pos, count) == _after_reference(toks, pos, count)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(["Panzer", "a-b", "1.500", " ", ",", "(", "Ü"]), max_size=20).map("".join),
    pos=st.integers(-2, 70),
)
def test_token_slices_match_the_scans(text: str, pos: int) -> None:
    from aidtracker._sentences import tokens

    toks = tokens(text)
    assert _extract._toks_before(toks, pos) == [t for t in toks if t.end <= pos]
    assert _extract._toks_from(toks, pos) == [t for t in toks if t.start >= pos]
    assert _extract._toks_from(tuple(toks), pos) == [t for t in toks if t.start >= pos]


# ---------------------------------------------------------------------- category keywords and rate phrases


def _keyword_category_reference(ex: Any, start: int, end: int, order: Any) -> Any:
    """`_Extractor.keyword_category` as first written: every category tested, then the first of ``order`` found."""
    found = {c for c, pattern in ex.p.keywords if c in order and ex.keyword_in(c, pattern, start, end)}
    return next((c for c in order if c in found), None)


def _records(passages: list[tuple[str, str]]) -> list[list[str]]:
    from aidtracker import parse

    return [[p.model_dump_json() for p in parse(text, lang=lang, published="2024-03-01")] for text, lang in passages]


@pure_only
def test_first_keyword_category_and_rate_phrase_reject_change_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast paths against the references: every category tested, every rate phrase tried at every word.

    A rate-phrase tuple of the empty string passes every ``startswith`` guard: the loops then run as
    they did before the guard.
    """
    passages = _passages()
    fast = _records(passages)
    assert sum(map(len, fast)) > 200
    monkeypatch.setattr(_extract._Extractor, "keyword_category", _keyword_category_reference)
    monkeypatch.setattr(_extract, "_rate_phrases", lambda lang: ("",))
    assert _records(passages) == fast


@pytest.mark.parametrize("lang", available_languages())
def test_rate_phrase_tuple_starts_what_a_phrase_starts(lang: str) -> None:
    phrases = _extract._rate_phrases(lang)
    pairs = _extract._patterns(lang).rate_after
    assert len(phrases) == len(pairs) > 0
    for text in _texts():
        low = text.lower()
        for m in re.finditer(r"\w+", low):
            rest = low[m.start() : m.start() + 30]
            assert rest.startswith(phrases) == any(rest.startswith(p) for p, _ in pairs)


@pytest.mark.parametrize("lang", available_languages())
def test_countable_screen_rejects_no_sentence_with_a_countable_word(lang: str) -> None:
    """A sentence the screen of the countable words rejects (ones() and read() skip it) has no token with a unit, a
    formation, a noun pair or a model: noun_phrase and formation_of_count would find nothing there."""
    rejected = 0
    for text in _texts():
        ex = _extract._Extractor(text, lang, None)
        assert ex.countable is not None
        nouns = ex.lex.units.nouns
        for s in ex.sentences:
            if ex.may_hold(ex.countable, s):
                continue
            rejected += 1
            toks = s.toks
            for i, t in enumerate(toks):
                pair = i + 1 < len(toks) and f"{t.low} {toks[i + 1].low}" in nouns
                assert not pair
                assert ex.unit_of(t.low) is None
                assert ex.model_at(t) is None
                assert ex.lex.restatements.formations.get(t.low) is None
    assert rejected > 100  # the screen does reject: the fast path is the one tested


@pytest.mark.parametrize("lang", available_languages())
def test_screened_window_scans_find_what_finditer_finds(lang: str) -> None:
    """_Extractor.scan (the screen asked before a window's scan) against finditer, for the cue lists it serves, on
    windows of every sentence that end at a word's end or the sentence's end (the only ones it screens)."""
    p = _extract._patterns(lang)
    patterns = [x for x in (p.minimum, p.parts, p.restate_after, p.share_of, p.rate_adverb) if x is not None]
    screened = 0
    for text in _texts()[:4]:
        ex = _extract._Extractor(text, lang, None)
        for s in ex.sentences:
            toks = s.toks
            for lo in [s.start, *(t.start for t in toks[::3])]:
                for hi in [s.end, *(t.end for t in toks[::2] if t.end >= lo)]:
                    for pattern in patterns:
                        got = [m.span() for m in ex.scan(pattern, s, lo, hi)]
                        assert got == [m.span() for m in pattern.finditer(text, lo, hi)]
                        screened += not ex.may_hold(pattern, s)
    assert screened > 0  # the screen does rule scans out: the fast path is the one tested


@pytest.mark.parametrize("lang", available_languages())
def test_chunk_guided_scans_find_what_the_sentence_scan_finds(lang: str) -> None:
    """_Extractor.word_matches (a list whose alternatives open with a word, tried only from the chunks whose screen
    bits may start a match) against finditer over the sentence, for every such cue pattern of the language (whole
    words and phrases), on every sentence of the texts."""
    p = _extract._patterns(lang)
    patterns: list[re.Pattern[str]] = []
    for value in vars(p).values():
        for x in value if isinstance(value, tuple) else (value,):
            for y in x if isinstance(x, tuple) else (x,):
                if isinstance(y, re.Pattern) and id(y) in WORD_LED and y not in patterns:
                    patterns.append(y)
    assert sum(id(x) in WHOLE_WORDS for x in patterns) > 5  # the giving verbs, the aid nouns, category lists, ...
    assert sum(id(x) not in WHOLE_WORDS for x in patterns) > 5  # lists with phrases: "so far", "made ... available"
    skipped = {True: 0, False: 0}
    for text in _texts():
        ex = _extract._Extractor(text, lang, None)
        for s in ex.sentences:
            for pattern in patterns:
                if ex.may_hold(pattern, s):
                    got = ex.word_matches(pattern, s)
                    assert got == [m.span() for m in pattern.finditer(text, s.start, s.end)]
                    assert s.chunks is not None
                    screen, _, _, found = s.chunks
                    mask = screen.starts(id(pattern))
                    assert mask is not None
                    skipped[id(pattern) in WHOLE_WORDS] += sum(1 for chunk in found if not chunk & mask)
    assert skipped[True] > 0  # chunks are passed over: the fast paths are the ones tested
    assert skipped[False] > 0


def test_a_parse_leaves_no_reference_cycles() -> None:
    """The sentences of a parse do not point back at the extractor that holds them: what a parse made is freed as soon
    as it is done with, not left for the cyclic GC to find (as every parse's sentences, words and mentions were)."""
    text = "Deutschland liefert der Ukraine 40 Marder und sagt weitere 500 Millionen Euro zu. " * 20
    aidtracker.parse(text, lang="de")  # (the lexicon, its patterns and caches are made once, by the first parse)
    gc.collect()
    gc.disable()
    try:
        records = aidtracker.parse(text, lang="de")
        assert records
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.parametrize("lang", available_languages())
def test_sentence_windows_are_the_module_windows(lang: str) -> None:
    """_Sentence.window_before/window_after/toks_before/toks_from (bisecting the tokens' offsets) against the module's
    functions over the sentence's tokens, at every token edge of every sentence of a text."""
    for text in _texts()[:2]:
        ex = _extract._Extractor(text, lang, None)
        for s in ex.sentences:
            toks = s.toks
            for pos in sorted({s.start, s.end, *(t.start for t in toks), *(t.end for t in toks)}):
                assert s.toks_before(pos) == _extract._toks_before(toks, pos)
                assert s.toks_from(pos) == _extract._toks_from(toks, pos)
                for count in (1, 2, 5, 12):
                    assert s.window_before(pos, count) == _extract._window_before(toks, pos, count)
                    assert s.window_after(pos, count) == _extract._window_after(toks, pos, count)
