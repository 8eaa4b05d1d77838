"""The text-structure fast paths (`_match`, `_sentences`, `_donors`) answer exactly as their references.

Each reference is the straightforward code the fast path replaced, kept here; both run on news-like
text from the parse benchmark, on the team's corpora, and on hypothesis-generated text built from
lexicon words and awkward characters.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aidtracker import _donors, _match, _sentences
from aidtracker._lexicon import available_languages, load_lexicon
from aidtracker._match import fold, may_match
from aidtracker._sentences import Token, clauses, compile_patterns, sentences, tokens

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
    """Straight from the words of the alternatives (_match._words): one all of whose words' regexes match in some
    chunk of the text."""
    regexes = _word_regexes(id(pattern))
    if regexes is None:
        return True
    chunks = folded.split()
    return any(all(any(r.search(c) for c in chunks) for r in words) for words in regexes)


@cache
def _word_regexes(key: int) -> list[list[re.Pattern[str]]] | None:
    alternatives = _match._alternatives(key)
    if alternatives is None:
        return None
    return [[re.compile(w.source, w.flags) for w in words] for words in alternatives]


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


def test_may_match_as_the_word_search_on_sentences() -> None:
    patterns = _lexicon_patterns()
    for text, _, a, b in _sentence_texts():
        folded = fold(text[a:b])
        for pattern in patterns:
            may = may_match(pattern, folded)
            assert may == _may_match_reference(pattern, folded), (pattern.pattern, folded)
            assert may or pattern.search(text, a, b) is None, (pattern.pattern, folded)  # a "no" is never wrong


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, upper=st.booleans(), words=st.lists(st.text(alphabet="abAB-.' *sü", min_size=1, max_size=6)))
def test_may_match_as_the_word_search_on_generated_text(text: str, upper: bool, words: list[str]) -> None:
    text = text.upper() if upper else text
    folded = fold(text)
    fresh = compile_patterns(words)  # a new pattern, asked about after others: the screen grows
    for pattern in [*_lexicon_patterns()[:20], *([fresh] if fresh is not None else [])]:
        may = may_match(pattern, folded)
        assert may == _may_match_reference(pattern, folded)
        assert may or pattern.search(text) is None


def test_words_of_an_alternative() -> None:
    """The words a phrase needs, each where it can stand in its chunk of the text."""
    pattern = compile_patterns(["wie viele ... eigenen", "*bestand*", "u.a.", "a"])
    assert pattern is not None
    found = _match._alternatives(id(pattern))
    assert found is not None
    alternatives = {tuple((w.gate, w.source) for w in words) for words in found}
    assert alternatives == {
        (("wie", r"(?<!\w)wie\Z"), ("viele", r"\Aviele\Z"), ("eigenen", r"eigenen(?!\w)")),
        (("bestand", r"(?<!\w)\w*bestand\w*(?!\w)"),),
        (("u.a.", r"(?<!\w)u\.a\.(?!\w)"),),
        (("a", r"(?<!\w)a(?!\w)"),),
    }
    assert not may_match(pattern, fold("Die Debatte über Beständen"))  # "a", "bestand", but not as the words
    assert may_match(pattern, fold("Die Bestandsaufnahme"))
    assert not may_match(pattern, fold("Wie viele Panzer hat es?"))  # "wie viele" without "eigenen"
    assert may_match(pattern, fold("Wie viele der eigenen Panzer"))


def test_may_match_says_yes_to_a_pattern_it_does_not_know() -> None:
    assert may_match(re.compile("x"), "")


# ---------------------------------------------------------------------- sentences, clauses, tokens

_TOKEN_REFERENCE = re.compile(r"\w+(?:[-'’/.]+\w+)*|[^\w\s]")
_END_REFERENCE = re.compile(r"[.!?]+[\"'”“»«)\]]*(?=\s)|\n+")


def _tokens_reference(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_REFERENCE.finditer(text, start, end)]


def _sentences_reference(text: str, lang: str) -> list[tuple[int, int]]:
    """As first written: every candidate end from the plain pattern, its word looked at through ``split``."""
    lex = load_lexicon(lang)
    abbreviations = {a.lower() for a in lex.sentences.abbreviations}
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _END_REFERENCE.finditer(text):
        if m.group()[0] == ".":
            word = text[max(begin, m.start() - 30) : m.start() + 1].split()
            last = word[-1].lower() if word else ""
            core = last.rstrip(".")
            after = text[m.end() : m.end() + 20].split(None, 1)
            opens = bool(after) and after[0][:1].isupper() and after[0].lower() in lex.sentences.openers
            letter = len(core) == 1 and core.isalpha() and core not in lex.sentences.letter_names  # "auf X." ends (22)
            if (last in abbreviations or letter) and not opens:  # "… from the U.S. Much of …" ends there (session 9)
                continue
            if lex.sentences.ordinal_dot and core.isdigit() and len(core) <= 2 and not opens:
                continue  # "am 17. August" goes on; "auf 16. Das neue Paket" ends (session 22)
            following = text[m.end() : m.end() + 3].lstrip()
            if following[:1].islower():
                continue
        _sentences._append(text, begin, m.end() if m.group()[0] != "\n" else m.start(), spans)
        begin = m.end()
    _sentences._append(text, begin, len(text), spans)
    # what opens a sentence before its first word (a dateline, a quote mark) is not the splitter's business: cut as
    # the parser does
    return [_sentences._opening(text, a, b) for a, b in spans]


def _clauses_reference(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """As first written: the break pattern tried at every position of the sentence."""
    lex = load_lexicon(lang)
    pattern = _sentences._clause_break(lex.lang, tuple(lex.sentences.clause_breaks))
    out: list[tuple[int, int]] = []
    begin = start
    brackets = [(start + g.start(), start + g.end()) for g in re.finditer(r"\([^()]*\)", text[start:end])]
    breaks = [m.span() for m in pattern.finditer(text, start, end)]
    # "As ..., Washington announced"; "A week after ..., Canberra confirmed" (the third word, no comma after the first)
    opening = re.match(r"\s*([^\W\d_]+)(,?)(?:\s*([^\W\d_]+)(?:\s*([^\W\d_]+))?)?", text[start:end])
    words = [(w or "").lower() for w in opening.group(1, 3, 4)] if opening else []
    fronted = bool(words) and (
        words[0] in lex.sentences.fronted
        or (not opening.group(2) and words[1] not in lex.sentences.fronted and words[2] in lex.sentences.fronted)
    )
    if fronted:
        commas = [k for k in range(start, end) if text[k] == "," and not any(a <= k < b for a, b in brackets)]
        if commas and not any(a <= commas[0] < b for a, b in breaks):
            gap = re.match(r",\s*", text[commas[0] : end])
            breaks = sorted([*breaks, (commas[0], commas[0] + (gap.end() if gap else 1))])
    for a, b in breaks:
        if any(x <= a < y for x, y in brackets):
            continue
        if a > begin:
            out.append((begin, a))
        begin = b
    if begin < end:
        out.append((begin, end))
    return out or [(start, end)]


def _token_tuples(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    found = tokens(text, start, end)
    assert all(isinstance(t, Token) and t.low == t.text.lower() for t in found)
    return [(t.start, t.end, t.text) for t in found]


def test_sentences_clauses_and_tokens_as_the_references_on_the_corpora() -> None:
    for text, lang in _texts():
        assert sentences(text, load_lexicon(lang)) == _sentences_reference(text, lang)
    for text, lang, a, b in _sentence_texts():
        assert clauses(text, a, b, load_lexicon(lang)) == _clauses_reference(text, a, b, lang)
        assert _token_tuples(text, a, b) == _tokens_reference(text, a, b)


_PUNCTUATED = st.lists(
    st.sampled_from([*_AWKWARD, ";", ":", "—", ",", " - ", "(", ")", "!", "?", "»", "17", "Mio", "und", "which", "\t"])
    | _WORDS
    | st.text(max_size=3),
    max_size=24,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(
    text=_PUNCTUATED, lang=st.sampled_from(available_languages()), start=st.integers(-3, 40), end=st.integers(-3, 80)
)
def test_sentences_clauses_and_tokens_as_the_references_on_generated_text(
    text: str, lang: str, start: int, end: int
) -> None:
    assert sentences(text, load_lexicon(lang)) == _sentences_reference(text, lang)
    a, b = min(max(start, 0), len(text)), min(max(end, 0), len(text))
    if a <= b:
        assert clauses(text, a, b, load_lexicon(lang)) == _clauses_reference(text, a, b, lang)
    assert _token_tuples(text, start, end) == _tokens_reference(text, start, end)
    assert _token_tuples(text, start, len(text)) == _tokens_reference(text, start, len(text))


# ---------------------------------------------------------------------- donor names


def _excluded_after_reference(text: str, end: int, not_after: list[str]) -> bool:
    rest = text[end : end + 40].lower()
    glued = re.match(r"\.?(-[\w-]+)", rest)
    if glued and any(glued.group(1).startswith(w) for w in not_after if w.startswith("-")):
        return True
    following = re.match(r"[\s-]*([\w-]+)", rest)
    if not following:
        return False
    word = following.group(1)
    return any(word.startswith(w.rstrip("*")) if w.endswith("*") else word == w for w in not_after)


def _name_spans(lang: str, text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    finder = _donors._finder(lang)
    fast = [m.span() for m in _donors._names(finder, text, start, end)]
    return fast, [m.span() for m in finder.names.finditer(text, start, end)]


def test_names_found_without_the_look_behind_as_with_it_on_the_corpora() -> None:
    for text, lang, a, b in _sentence_texts():
        fast, slow = _name_spans(lang, text, a, b)
        assert fast == slow
        finder, lex = _donors._finder(lang), load_lexicon(lang).donors
        for end in (b, *(e for _, e in slow)):
            assert finder.not_after.excludes(text, end) == _excluded_after_reference(text, end, lex.not_after)
            assert finder.companies.excludes(text, end) == _excluded_after_reference(text, end, lex.companies)


_NAMED = st.lists(
    st.sampled_from(["Deutschland", "US", "USA", "U.S.", "United States", "the State of Palestine", "von der Leyen"])
    | st.sampled_from(["-", "x", "_", " ", "s", "es", "'s", "-made", "Zeitung", "newspaper", ".", "Ü", "\n"])
    | st.text(max_size=2),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_NAMED, lang=st.sampled_from(available_languages()), start=st.integers(0, 30), end=st.integers(0, 90))
def test_names_found_without_the_look_behind_as_with_it_on_generated_text(
    text: str, lang: str, start: int, end: int
) -> None:
    fast, slow = _name_spans(lang, text, start, end)
    assert fast == slow
    words = [*load_lexicon(lang).donors.not_after, "-x*", "*"]
    for at in range(len(text) + 1):
        assert _donors._After.of(words).excludes(text, at) == _excluded_after_reference(text, at, words)


def test_find_donors_given_the_folded_sentence_as_without() -> None:
    for text, lang, a, b in _sentence_texts():
        assert _donors.find_donors(text, a, b, lang, fold(text[a:b])) == _donors.find_donors(text, a, b, lang)


def _named_reference(lang: str, text: str, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """The names of ``text[start:end]`` scanned in that part alone."""
    finder = _donors._finder(lang)
    return [
        (m.start(), m.end(), m.group(), _donors._lookup(finder, m.group()))
        for m in finder.names.finditer(text, start, end)
    ]


def test_names_of_a_part_taken_from_the_whole_text_as_scanned_in_the_part_on_the_corpora() -> None:
    for text, lang, a, b in _sentence_texts():
        finder = _donors._finder(lang)
        parts = [(a, b), *clauses(text, a, b, load_lexicon(lang))]
        parts += [(x, y) for x, _ in parts for y in (x + 1, x + 7, min(b, x + 15)) if y <= len(text)]
        for x, y in parts:
            assert _donors._named(finder, lang, text, x, y) == _named_reference(lang, text, x, y)


@settings(max_examples=500, deadline=None)
@given(text=_NAMED, lang=st.sampled_from(available_languages()), bounds=st.lists(st.integers(0, 90), max_size=6))
def test_names_of_a_part_taken_from_the_whole_text_as_scanned_in_the_part_on_generated_text(
    text: str, lang: str, bounds: list[int]
) -> None:
    finder = _donors._finder(lang)
    for x, y in pairwise(bounds):
        assert _donors._named(finder, lang, text, x, y) == _named_reference(lang, text, x, y)
