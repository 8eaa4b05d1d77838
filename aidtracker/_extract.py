"""The pledge extraction engine: numerals and unit nouns -> mentions -> pledge records.

Language-neutral: every word it knows comes from the lexicon (:mod:`aidtracker._lexicon`), every
number from the number reader (:mod:`aidtracker._numbers`). Per sentence it

1. reads the numerals and, after each, the counted noun (its unit, the item, a model name), a sum of
   money (its currency), or a growth rate; plus "ein zweites System"-style quantities of one;
2. keeps a mention only with evidence that it is a pledge (a giving verb, an aid noun, the recipient)
   and without evidence against it (a need, a price, a stock, a running total, a casualty count, a
   superseded figure — SCHEMA.md "Annotation rules");
3. links restatements ("was auf 480 Fahrzeuge hinausliefe", "(rund 228 Millionen Euro)", "worth");
4. finds the donor (named in the mention, nearest in the clause, in the sentence, carried over from the
   sentence before, or implied by a national currency), the category and the period.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter
from typing import Any

from ._donors import (
    NOT_DONORS,
    DonorHit,
    country_of_currency,
    currency_of,
    find_donors,
    is_source,
    names_giver,
    state_named,
    third_party,
)
from ._lexicon import Lexicon, load_lexicon
from ._lexicon_parse import DonorNames, EquipmentModel
from ._match import (
    WHOLE_WORDS,
    WORD_LED,
    Chunks,
    Screen,
    chunk_bits,
    factor,
    fold,
    forget_texts,
    may_match,
    screen_chunks,
)
from ._numbers import Numeral, read_numerals
from ._sentences import (
    BRACKETED,
    BULLETS,
    QUOTES,
    Token,
    clauses,
    cleaned,
    compile_patterns,
    sentences,
    tokens,
    unwrapped,
)
from ._types import ORGANISATIONS

__all__ = ["Mention", "extract"]

#: The recipient's code: the one state in :data:`NOT_DONORS` that is not the aggressor.
_RECIPIENT = "UKR"
#: The recipient's and the aggressor's currencies: a sum in them is a budget of their own, never a donor's pledge
#: ("2,2 Billionen Hrywnja für Verteidigung", "13 trillion roubles on defence"); so is its conversion after it.
_OWN_CURRENCIES = frozenset({"UAH", "RUB"})
#: A fact box's label: a few words, then a colon ("Polen: ", "Gesamtvolumen (G7): ").
_LABEL = re.compile(r"[^\W\d_][^\n:]{0,40}:[ \t]")
#: A clause break or a digit: what separates a cue from a figure it does not belong to.
_BREAK_OR_FIGURE = re.compile(r"[,;:()\d]")
#: What a counted unit says about the category by itself (SCHEMA.md categories).
_CATEGORY_OF_UNIT = {
    "round": "ammunition",
    "aircraft": "aircraft",
    "helicopter": "aircraft",
    "drone": "drones",
    "vessel": "naval",
    "weapon": "small_arms",
    "person": "personnel",
}
#: The category a unit falls back to when no word in the item says more.
_DEFAULT_OF_UNIT = {
    "vehicle": "other",  # "100 vehicles", "Militärfahrzeuge": not armour unless a word or model says so
    "launcher": "artillery",
    "missile": "ammunition",
    "system": "other",
    "piece": "other",
    "brigade": "military_general",
    "battalion": "military_general",
    "company": "military_general",
}
#: Units whose category comes from the sentence when the noun itself is generic ("drei Systeme").
_CONTEXT_UNITS = frozenset({"brigade", "battalion", "company"})
#: Equipment categories, in the order a word in the item decides between them.
_ITEM_ORDER = (
    "air_defence",
    "drones",
    "artillery",
    "ammunition",
    "aircraft",
    "naval",
    "small_arms",
    "armour",
    "personnel",
)
_PER_YEAR_FACTOR = {"quarter": 4.0}
#: how many of a rate's time unit make a year (a rate times this times a period's years is the whole sum)
_PER_YEAR_OF = {"year": 1.0, "quarter": 4.0, "month": 12.0}


@dataclass
class Mention:
    """A quantity read from the text, before it becomes a :class:`~aidtracker.Pledge`."""

    kind: str  # "count", "money", "growth"
    start: int
    end: int
    value: float
    unit: str | None  # "vehicle", "EUR"; None for growth
    sentence: int
    low: float | None = None
    high: float | None = None
    per: str | None = None
    growth: float | None = None
    item: str | None = None
    item_span: tuple[int, int] | None = None
    category: str | None = None
    model: EquipmentModel | None = None
    currency_token: str | None = None
    donor: str | None = None
    donors: tuple[str | None, ...] = ()
    period: tuple[int | None, int | None] | None = None
    restates: Mention | None = None
    value_of: bool = False  # money named as the value of something ("worth", "im Wert von")
    accepted: bool = True
    elliptic: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Patterns:
    pledge: re.Pattern[str] | None
    aid: re.Pattern[str] | None
    recipient: re.Pattern[str] | None
    additional: re.Pattern[str] | None
    also_opening: re.Pattern[str] | None
    negative_before: re.Pattern[str] | None
    negative_near: re.Pattern[str] | None
    negative_sentence: re.Pattern[str] | None
    superseded: re.Pattern[str] | None
    superseded_after: re.Pattern[str] | None
    progress: re.Pattern[str] | None
    one_words: re.Pattern[str] | None
    articles: re.Pattern[str] | None
    one_of: re.Pattern[str] | None
    pieces_of: re.Pattern[str] | None
    distributive: re.Pattern[str] | None
    group: re.Pattern[str] | None
    elliptic: re.Pattern[str] | None
    same_type: re.Pattern[str] | None
    minimum: re.Pattern[str] | None
    growth: re.Pattern[str] | None
    running_total: re.Pattern[str] | None
    superlative: re.Pattern[str] | None
    offices: re.Pattern[str] | None
    home_budget: re.Pattern[str] | None
    joint: re.Pattern[str] | None
    plan: re.Pattern[str] | None
    disbursed: re.Pattern[str] | None
    weak_total: re.Pattern[str] | None
    together: re.Pattern[str] | None
    of_own: re.Pattern[str] | None
    adds_up: re.Pattern[str] | None
    formation_holds: re.Pattern[str] | None
    takes_delivery: re.Pattern[str] | None
    remaining: re.Pattern[str] | None
    offered: re.Pattern[str] | None
    added_to: re.Pattern[str] | None
    rejected: re.Pattern[str] | None
    share_of_pledge: re.Pattern[str] | None
    to_the_day: re.Pattern[str] | None
    lasting: re.Pattern[str] | None
    already_given: re.Pattern[str] | None
    elaboration: re.Pattern[str] | None
    past: re.Pattern[str] | None
    promise: re.Pattern[str] | None
    negative_clause: re.Pattern[str] | None
    separable: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    not_negative: re.Pattern[str] | None
    negative_after: re.Pattern[str] | None
    progress_of: re.Pattern[str] | None
    part_of: re.Pattern[str] | None
    share_of: re.Pattern[str] | None
    value_prepositions: frozenset[str]
    particle_verbs: frozenset[str]
    benefactive: re.Pattern[str] | None
    rearming: re.Pattern[str] | None
    inclusion: re.Pattern[str] | None
    holding: re.Pattern[str] | None
    number_of: re.Pattern[str] | None
    figure_verbs: re.Pattern[str] | None
    figure_at: re.Pattern[str] | None
    adverbials: re.Pattern[str] | None
    added_items: re.Pattern[str] | None
    package_with: re.Pattern[str] | None
    earlier_plans: re.Pattern[str] | None
    spend_verbs: re.Pattern[str] | None
    worth_after: re.Pattern[str] | None
    made_for: re.Pattern[str] | None
    capable: re.Pattern[str] | None
    orders: re.Pattern[str] | None
    unused_stock: re.Pattern[str] | None
    contained: re.Pattern[str] | None
    handed_on: re.Pattern[str] | None
    value_nouns: re.Pattern[str] | None
    bought_attributes: re.Pattern[str] | None
    amount_of: re.Pattern[str] | None
    new_total: re.Pattern[str] | None
    increment: re.Pattern[str] | None
    base_before: re.Pattern[str] | None
    needed: re.Pattern[str] | None
    sole: re.Pattern[str] | None
    specification: re.Pattern[str] | None
    crew_after: re.Pattern[str] | None
    arrived: re.Pattern[str] | None
    such: re.Pattern[str] | None
    plural_ones: re.Pattern[str] | None
    requested: re.Pattern[str] | None
    already: re.Pattern[str] | None
    future_total: re.Pattern[str] | None
    tally_verbs: re.Pattern[str] | None
    trackers: re.Pattern[str] | None
    fraction_words: re.Pattern[str] | None
    share_words: re.Pattern[str] | None
    outbids: re.Pattern[str] | None
    some_of: re.Pattern[str] | None
    hostile_weapons: re.Pattern[str] | None
    receive_verbs: re.Pattern[str] | None
    own_forces: re.Pattern[str] | None
    strength_verbs: re.Pattern[str] | None
    of_that_sum: re.Pattern[str] | None
    money_anaphora: re.Pattern[str] | None
    partial_purpose: re.Pattern[str] | None
    spoken_of: re.Pattern[str] | None
    backing: re.Pattern[str] | None
    mixed_purpose: re.Pattern[str] | None
    instruments: re.Pattern[str] | None
    training: re.Pattern[str] | None
    relief_items: re.Pattern[str] | None
    raised_to: re.Pattern[str] | None
    raise_verbs: re.Pattern[str] | None
    recipient_industry: re.Pattern[str] | None
    only: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    not_negation: re.Pattern[str] | None
    fresh: re.Pattern[str] | None
    partitive: re.Pattern[str] | None
    past_perfect: re.Pattern[str] | None
    dated_total: re.Pattern[str] | None
    dated_total_perfect: re.Pattern[str] | None
    ordinal_units: re.Pattern[str] | None
    after_comma: re.Pattern[str] | None
    attribute_end: re.Pattern[str] | None
    parts: re.Pattern[str] | None
    rate_adverb: re.Pattern[str] | None
    restate_before: re.Pattern[str] | None
    restate_after: re.Pattern[str] | None
    value: re.Pattern[str] | None
    anaphora: re.Pattern[str] | None
    bought: re.Pattern[str] | None
    keywords: tuple[tuple[str, re.Pattern[str]], ...]
    excluded: tuple[tuple[str, re.Pattern[str]], ...]
    this_year: re.Pattern[str] | None
    next_year: re.Pattern[str] | None
    last_year: re.Pattern[str] | None
    compared: re.Pattern[str] | None
    end_of_year: re.Pattern[str] | None
    in_year: re.Pattern[str] | None
    until: re.Pattern[str] | None
    year_prefixed: re.Pattern[str] | None
    since: re.Pattern[str] | None
    next_years: re.Pattern[str] | None
    over_years: re.Pattern[str] | None
    not_period: re.Pattern[str] | None
    rolling: re.Pattern[str] | None
    within: re.Pattern[str] | None
    previous: re.Pattern[str] | None
    previous_year_after: re.Pattern[str] | None
    following: re.Pattern[str] | None
    months: re.Pattern[str] | None
    it_counts: re.Pattern[str] | None
    vague_parts: re.Pattern[str] | None
    cost: re.Pattern[str] | None
    n_year: re.Pattern[str] | None
    n_year_not: re.Pattern[str] | None
    models: re.Pattern[str] | None
    model_prefixes: frozenset[str]
    noun_end: re.Pattern[str]
    nouns_by_length: tuple[tuple[str, str], ...]
    rate_after: tuple[tuple[str, str], ...]
    rate_adverbs: frozenset[str]
    strength: re.Pattern[str] | None


#: The lexicon sections whose phrase lists :func:`_cue_patterns` compiles by name.
_CUE_SECTIONS: tuple[str, ...] = ("cues", "periods", "restatements", "donors", "categories")
#: The fields :func:`_patterns` makes itself (from other sections, or not a plain phrase list); every other field
#: of :class:`_Patterns` is an optional pattern compiled from the cue list of its name.
_BUILT = frozenset(
    {"attribute_end", "rate_adverb", "restate_before", "restate_after", "over_years", "n_year", "models"}
    | {"separable", "value_prepositions", "particle_verbs", "keywords", "excluded", "model_prefixes", "noun_end"}
    | {"nouns_by_length", "rate_after", "rate_adverbs", "strength", "year_prefixed"}
)


def _cue_patterns(lex: Lexicon, *, built: frozenset[str]) -> dict[str, re.Pattern[str] | None]:
    """Each optional pattern field of :class:`_Patterns` named like a phrase list of a cue section, compiled.

    A new cue is then a list field in the lexicon model and a ``_Patterns`` field of the same name; fields
    in ``built`` are made another way by the caller. A name found in two sections is an error here, so a
    list is never silently compiled from the wrong one. (Fields are told apart by name, not by their
    annotation: compiled with mypyc, a dataclass field's ``type`` is no longer the annotation's text.)
    """
    wanted = {f.name for f in fields(_Patterns)} - built
    where: dict[str, str] = {}
    out: dict[str, re.Pattern[str] | None] = {}
    for section_name in _CUE_SECTIONS:
        section = getattr(lex, section_name)
        for name in type(section).model_fields:
            if name not in wanted:
                continue
            if name in where:
                raise TypeError(f"cue list {name!r} is in both lexicon sections {where[name]!r} and {section_name!r}")
            where[name] = section_name
            out[name] = compile_patterns(getattr(section, name))
    return out


@lru_cache(maxsize=8)
def _patterns(lang: str) -> _Patterns:
    lex = load_lexicon(lang)
    cues, periods = lex.cues, lex.periods
    number_words = sorted(
        set(lex.numbers.units) | set(lex.numbers.teens) | set(lex.numbers.tens), key=len, reverse=True
    )
    n_year = None
    if periods.n_year:
        words = "|".join(re.escape(w) for w in number_words)
        suffix = "|".join(periods.n_year)
        n_year = re.compile(rf"(?<!\w)(\d{{1,2}}|{words})(?:{suffix})(?!\w)", re.IGNORECASE)
    models = None
    if lex.units.models:
        # factored (same matches, see _match.factor): model_at asks at most words of a sentence, and the plain
        # alternation tried all ~130 names one after another at each
        body = factor([re.escape(k) for k in sorted(lex.units.models, key=len, reverse=True)], ignorecase=True)
        models = re.compile(rf"(?:{body})(?=s?(?![a-zäöüß])|s$)", re.IGNORECASE)
    keywords = tuple(
        (category, pattern)
        for category, entries in lex.categories.keywords.items()
        if (pattern := compile_patterns(entries)) is not None
    )
    return _Patterns(
        **_cue_patterns(lex, built=_BUILT),
        separable=tuple(
            (verb, particle)
            for a, b in cues.separable
            if (verb := compile_patterns([a])) is not None and (particle := compile_patterns([b])) is not None
        ),
        value_prepositions=frozenset(w.lower() for w in cues.value_prepositions),
        particle_verbs=frozenset(w.lower() for w in cues.particle_verbs),
        attribute_end=re.compile(lex.units.attribute_end) if lex.units.attribute_end else None,
        rate_adverb=compile_patterns([f"{k}*" for k in lex.rates.adverbs]),
        restate_before=compile_patterns(lex.restatements.before),
        restate_after=compile_patterns(lex.restatements.after),
        keywords=keywords,
        excluded=tuple(
            (category, pattern)
            for category, entries in lex.categories.excluded.items()
            if (pattern := compile_patterns(entries)) is not None
        ),
        over_years=compile_patterns(periods.over),
        n_year=n_year,
        models=models,
        model_prefixes=frozenset(p.lower() for p in lex.units.model_prefixes),
        noun_end=re.compile(lex.units.noun_end),
        nouns_by_length=tuple(sorted(lex.units.nouns.items(), key=lambda kv: len(kv[0]), reverse=True)),
        rate_after=tuple(sorted(lex.rates.after.items(), key=lambda kv: len(kv[0]), reverse=True)),
        rate_adverbs=frozenset(lex.rates.adverbs),
        strength=compile_patterns(lex.units.strength),
        year_prefixed=(
            re.compile(rf"(?<![\w-])(?:{words})-((?:19|20)\d\d)(?![\w-])", re.IGNORECASE)
            if (words := "|".join(re.escape(w) for w in periods.year_prefixes))
            else None
        ),
    )


@lru_cache(maxsize=1 << 16)
def _compound_unit(lang: str, low: str) -> str | None:
    """The unit of a compound by its longest head noun ("Schützenpanzer" -> "panzer"), memoised per word."""
    for key, unit in _patterns(lang).nouns_by_length:
        if " " not in key and low.endswith(key) and len(low) > len(key):
            return unit
    return None


@lru_cache(maxsize=8)
def _countable_words(lang: str) -> re.Pattern[str] | None:
    """Any word holding a counted noun, a formation or a model's name (the first word of each): a token whose unit
    :meth:`_Extractor.unit_of` knows, a noun pair's first word or a model that ``models`` matches holds one of them
    (case aside), so a sentence the screen finds none of in (see :meth:`_Extractor.may_hold`) has no countable noun
    phrase. Only its screen is asked, never the regex: a list of infixes costs many tries per word."""
    lex = load_lexicon(lang)
    keys = [*lex.units.nouns, *lex.restatements.formations, *lex.units.models]
    return compile_patterns(sorted({f"*{key.split()[0]}*" for key in keys if key.split()}))


class _WordSets:
    """Word sets and patterns of one language's lexicon that every parse asks about (see :func:`_word_sets`)."""

    def __init__(self, lex: Lexicon, lang: str) -> None:
        cues = lex.cues
        self.may_be_one = compile_patterns([*cues.articles, *cues.one_words, *cues.one_of, *cues.sole])
        self.countable = _countable_words(lang)
        self.rate_phrases = _rate_phrases(lang)
        self.rate_every = tuple(f"{w} " for w in lex.rates.every)  # "every month": an adverb of two words
        self.each_words = frozenset([*cues.distributive, *lex.rates.every])  # "each", "je", "every": per item
        self.each_year_after = tuple(lex.rates.each_year_after)  # (a tuple for str.startswith)
        self.range_openers = frozenset(o for o, _ in lex.ranges.frames)  # "von", "from": "von 14 auf 18"
        self.frames = frozenset((o.lower(), c.lower()) for o, c in lex.ranges.frames)
        self.joiners = frozenset([*lex.units.coordinators, *cues.contrast])  # open another clause: "and", "but"
        # plain words of the plan and past lists ("wird", "soll", "hat"): an auxiliary after the verb closing a clause
        self.auxiliaries = frozenset(w for w in (*cues.plan, *cues.past) if w.isalpha())
        # the phrases passed over between a holder and its verb, as word lists ("is thought to"), and the length in
        # words of the longest cost phrase ("is expected to cost"): asked of many figures, worked out once
        self.reported_as = tuple(phrase.split() for phrase in lex.donors.reported_as)
        self.cost_words = max((len(phrase.split()) for phrase in lex.restatements.cost), default=0)
        self.apposed_totals = tuple(phrase.split() for phrase in lex.units.apposed_totals)  # "in all" as words


@lru_cache(maxsize=8)
def _word_sets(lang: str) -> _WordSets:
    """The language's :class:`_WordSets`, built once (like :func:`_patterns`)."""
    return _WordSets(load_lexicon(lang), lang)


@lru_cache(maxsize=8)
def _rate_phrases(lang: str) -> tuple[str, ...]:
    """The rate phrases as one tuple: a single ``str.startswith`` test rejects a word none of them starts."""
    return tuple(phrase for phrase, _ in _patterns(lang).rate_after)


#: categories that name no kind of equipment: a purpose naming two kinds is a general one
_NOT_EQUIPMENT = frozenset({"financial", "humanitarian", "military_general", "other", "personnel"})
#: Money for civilians (a sum whose parts are of both kinds is "other": 11 of 13 such sums in the corpora).
_NOT_MILITARY = frozenset({"financial", "humanitarian"})


@lru_cache(maxsize=8)
def _keyword_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    return dict(_patterns(lang).keywords)


def _is_sum(n: Numeral) -> bool:
    """Whether the numeral names a currency (a sum of money)."""
    return n.currency is not None or n.currency_token is not None


def _ends_with(pattern: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether a match of ``pattern`` ends at ``end`` (only space between)."""
    if pattern is None:
        return False
    return any(not text[m.end() : end].strip() for m in pattern.finditer(text, start, end))


def _whole_at(pattern: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` matches all of ``text[start:end]`` (a whole token)."""
    m = _starts_at(pattern, text, start, end)
    return m is not None and m.end() == end


def _starts_at(pattern: re.Pattern[str] | None, text: str, start: int, end: int) -> re.Match[str] | None:
    if pattern is None:
        return None
    m = pattern.match(text, start, end)
    return m


def _starts_after_spaces(pattern: re.Pattern[str] | None, text: str, pos: int, end: int) -> re.Match[str] | None:
    """:func:`_starts_at` after the white space at ``pos`` (not across a comma or any other character)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return _starts_at(pattern, text, pos, end)


#: The spaces a word may stand apart by on one line: a space, a no-break space, a thin one, a narrow no-break one.
_SPACES = " \u00a0\u2009\u202f"


def _one_space(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one space ("2000 Panzer", "2000\u00a0Panzer")."""
    return end - start == 1 and text[start] in _SPACES


def _comma(text: str, start: int, end: int, *, last: bool = False) -> int:
    """The first (``last``: the last) comma of ``text[start:end]`` that separates words, not digit groups ("3,615",
    "1,5"), or -1: how a figure is written must not move a clause's edge."""
    k = text.rfind(",", start, end) if last else text.find(",", start, end)
    while k > 0 and text[k - 1].isdigit() and text[k + 1 : k + 2].isdigit():
        k = text.rfind(",", start, k) if last else text.find(",", k + 1, end)
    return k


def _window_before(toks: Sequence[Token], pos: int, count: int) -> int:
    """Offset where the ``count`` words before ``pos`` begin (``toks`` in text order)."""
    if count < 1:  # not asked by the engine; kept as first written
        before = [t for t in toks if t.end <= pos]
        return before[max(0, len(before) - count)].start if before else pos
    n = bisect.bisect_right(toks, pos, key=_END)  # the tokens ending by pos: a prefix, ends ascend
    return toks[max(0, n - count)].start if n else pos


def _window_after(toks: Sequence[Token], pos: int, count: int) -> int:
    """Offset where the ``count`` words from ``pos`` on end (``toks`` in text order)."""
    if count < 1:  # not asked by the engine; kept as first written
        after = [t for t in toks if t.start >= pos]
        return after[min(len(after), count) - 1].end if after else pos
    j = bisect.bisect_left(toks, pos, key=_START)  # the tokens starting at pos or later: a suffix
    return toks[min(len(toks), j + count) - 1].end if j < len(toks) else pos


_START = attrgetter("start")
_END = attrgetter("end")


#: Letters in a numeral after its first digit, or in one of words only: a scale word ("3 Milliarden", "drei
#: Milliarden"), not a hedge before digits ("more than 660,000").
_SCALE_WORD = re.compile(r"\D*\d.*?[^\W\d]|[^\d]*[^\W\d][^\d]*$", re.DOTALL)  # use with match(text, start, end)
_NEXT_WORD = re.compile(r"\W*(\w+)")
#: The years pledges are made for: a year-like number outside them may count things ("2000 Javelins").
_YEARS = (2010, 2040)


def _item_end(m: Mention) -> int:
    """Where ``m``'s words end: its item's end, or its own."""
    return m.item_span[1] if m.item_span else m.end


def _designation(text: str, prev: Token, start: int) -> bool:
    """ "ASC 890", "RCH 155": 2-6 capitals, one space, then the number at ``start``: a model's name, not a count."""
    letters = prev.text.replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and _one_space(text, prev.end, start)


def _outside_brackets(toks: list[Token]) -> list[Token]:
    """``toks`` without a bracketed aside that opens right away: "3 billion pounds ($3.75 billion) of aid a year"."""
    if not toks or toks[0].text != "(":
        return toks
    close = next((i for i, t in enumerate(toks) if t.text == ")"), None)
    return toks if close is None else toks[close + 1 :]


def _toks_before(toks: Sequence[Token], pos: int) -> list[Token]:
    """The tokens ending by ``pos``: ``[t for t in toks if t.end <= pos]`` for tokens in text order."""
    part = toks[: bisect.bisect_right(toks, pos, key=_END)]
    return part if isinstance(part, list) else list(part)


def _toks_from(toks: Sequence[Token], pos: int) -> list[Token]:
    """The tokens starting at ``pos`` or later: ``[t for t in toks if t.start >= pos]`` for tokens in text order."""
    part = toks[bisect.bisect_left(toks, pos, key=_START) :]
    return part if isinstance(part, list) else list(part)


_FIRST_NAME = re.compile(r"\s+(?:[^\W\d_][\w.'-]*\s+)?")


def _first_name_between(text: str, start: int, end: int) -> bool:
    """Whether only space or a first name lies between an office and a surname (" ", " Mark "); a word in lower
    case is none ("NATO-Verbündeter bezahlt Den Haag")."""
    gap = text[start:end].strip()
    return _FIRST_NAME.fullmatch(text, start, end) is not None and (not gap or gap[0].isupper())


#: Between two givers of a list: a comma or a short word, and a leader's first name ("Macron and Justin Trudeau").
#: A word of a gap, with where it stands.
_WORD_SPAN = re.compile(r"\S+")
#: Between a sum and a group owning its noun: white space, and a short lower-case word ("$50bn in G7 loans").
_GROUP_GAP = re.compile(r"\s+(?:[a-z]{1,2}\s+)?")
#: The rest of a compound after its first part ("G7-Kredit"), and the white space after it.
_COMPOUND_TAIL = re.compile(r"-\w+\s+")
_LIST_GAP = re.compile(r"\s*(?:,|\w{1,4})\s*(?:[A-Z]\w+\s+|[a-zäöü]{2,3}\s+)?")


def _shared_seats(text: str, hits: list[DonorHit], lex: Lexicon) -> list[DonorHit]:
    """ "Belgien will … 30 F-16 überlassen …; für 2024 sagt Brüssel zudem 977 Millionen Euro zu": a shared seat
    (donors.shared_seats) stands for its state when the text names that state elsewhere."""
    seats = lex.donors.shared_seats
    if not seats or not any(text[h.start : h.end] in seats for h in hits):
        return hits
    named = _codes_named(text, lex.lang)
    out: list[DonorHit] = []
    for h in hits:
        state = seats.get(text[h.start : h.end])
        out.append(h if state is None or state not in named else DonorHit(h.start, h.end, state, h.adjective))
    return out


@lru_cache(maxsize=4)
def _codes_named(text: str, lang: str) -> frozenset[str]:
    """The states the whole text names (asked only when a shared seat stands in it)."""
    return frozenset(h.code for h in find_donors(text, 0, len(text), lang) if h.code is not None)


def _qualified(text: str, hits: list[DonorHit], names: DonorNames) -> list[DonorHit]:
    """An institution's name that another state qualifies is that state's: "die österreichische Bundesregierung"
    (an adjective right before it), "die Bundesregierung in Wien" (a government word "in" a capital)."""
    out: list[DonorHit] = []
    k = 0
    while k < len(hits):
        h = hits[k]
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            nxt is not None
            and h.adjective
            and not nxt.adjective
            and h.code is not None
            and nxt.code is not None
            and nxt.code != h.code
            and not text[h.end : nxt.start].strip()
        ):
            out.append(DonorHit(h.start, nxt.end, h.code, adjective=True))  # "österreichische Bundesregierung"
            k += 2
            continue
        if (
            nxt is not None
            and h.code in ORGANISATIONS
            and not h.adjective
            and nxt.code is not None
            and nxt.code != h.code
            and _first_name_between(text, h.end, nxt.start)
        ):
            out.append(DonorHit(h.start, nxt.end, h.code))  # "NATO-Generalsekretär Mark Rutte" speaks for NATO
            k += 2
            continue
        if (
            nxt is not None
            and not h.adjective
            and h.code is not None
            and nxt.code is not None
            and nxt.code != h.code
            and text[h.end : nxt.start].strip().lower() in names.seat
            and text[h.start : h.end].lower().endswith(tuple(names.government))
        ):
            out.append(DonorHit(h.start, nxt.end, nxt.code))  # "die Bundesregierung in Wien"
            k += 2
            continue
        out.append(h)
        k += 1
    return out


#: A sentence's screen before it is asked for (empty: no pattern is known to be absent).
_UNSCREENED: dict[int, int] = {}


class _Sentence:
    """One sentence and what was found in it; words, clauses, donors and periods are read on first use."""

    def __init__(self, index: int, start: int, end: int, text: str, lex: Lexicon) -> None:
        self.index = index
        self.start = start
        self.end = end
        # the text and the lexicon, not the extractor: a sentence that pointed back at the extractor holding it made
        # every parse's sentences, words and mentions a reference cycle, left for the cyclic GC to find and free
        self.text = text
        self.lex = lex
        self.mentions: list[Mention] = []
        self.candidates: list[Mention] = []  # counted mentions, kept or not (for "acht davon")
        self.numerals: list[Numeral] = []
        self.found: dict[int, list[tuple[int, int]]] = {}  # spans in the sentence by id of the cue pattern
        # Read on first use (the properties below). Plain attributes, no descriptor of our own: the same code
        # runs unchanged and fast in CPython and compiled with mypyc (optional build, see setup.py).
        self._toks: list[Token] | None = None
        self.starts: list[int] = []  # the tokens' starts and ends (set with them)
        self.ends: list[int] = []
        self._folded: str | None = None
        self._clauses: list[tuple[int, int]] | None = None
        self._donors: list[DonorHit] | None = None
        self.found_periods: list[tuple[int, int, tuple[int | None, int | None]]] | None = None  # Extractor.periods
        self._clause = (0, 0)  # the clause clause_of found last (at first an empty one)
        # which cue patterns may match at all, answered for all of them at once on first use (see screen_bits);
        # a pattern's bit clear in ``screened`` cannot match, so :meth:`_Extractor.has` answers without a call
        self.screen: dict[int, int] = _UNSCREENED
        self.screened = 0
        self.chunks: Chunks | None = None  # chunk_bits of the sentence, worked out on first use
        self.screened_by: Screen | None = None  # the screen that answered ``screen`` and the chunks it split
        self.words: list[str] | None = None

    @property
    def toks(self) -> list[Token]:
        toks = self._toks
        if toks is None:
            toks = self._toks = tokens(self.text, self.start, self.end)
            self.starts = list(map(_START, toks))
            self.ends = list(map(_END, toks))
        return toks

    # The word windows of the sentence: the module's functions for ``s.toks``, bisecting the tokens' offsets (kept
    # beside them) instead of the tokens through a key function.

    def window_before(self, pos: int, count: int) -> int:
        """:func:`_window_before` of the sentence's tokens."""
        toks = self._toks
        if toks is None:
            toks = self.toks
        if count < 1:
            return _window_before(toks, pos, count)
        n = bisect.bisect_right(self.ends, pos)
        return toks[max(0, n - count)].start if n else pos

    def window_after(self, pos: int, count: int) -> int:
        """:func:`_window_after` of the sentence's tokens."""
        toks = self._toks
        if toks is None:
            toks = self.toks
        if count < 1:
            return _window_after(toks, pos, count)
        j = bisect.bisect_left(self.starts, pos)
        return toks[min(len(toks), j + count) - 1].end if j < len(toks) else pos

    def toks_before(self, pos: int) -> list[Token]:
        """:func:`_toks_before` of the sentence's tokens."""
        toks = self._toks
        if toks is None:
            toks = self.toks
        return toks[: bisect.bisect_right(self.ends, pos)]

    def toks_from(self, pos: int) -> list[Token]:
        """:func:`_toks_from` of the sentence's tokens."""
        toks = self._toks
        if toks is None:
            toks = self.toks
        return toks[bisect.bisect_left(self.starts, pos) :]

    def token_from(self, pos: int, *, word: bool = False) -> Token | None:
        """The first token (with ``word``, the first word) that starts at or after ``pos``: ``toks_from(pos)[0]``
        without copying the rest of the sentence's tokens."""
        toks = self._toks
        if toks is None:
            toks = self.toks
        j = bisect.bisect_left(self.starts, pos)
        while j < len(toks) and word and not toks[j].is_word:
            j += 1
        return toks[j] if j < len(toks) else None

    @property
    def folded(self) -> str:
        folded = self._folded
        if folded is None:
            folded = self._folded = fold(self.text[self.start : self.end])
        return folded

    @property
    def clauses(self) -> list[tuple[int, int]]:
        found = self._clauses
        if found is None:
            found = self._clauses = clauses(self.text, self.start, self.end, self.lex)
        return found

    @property
    def donors(self) -> list[DonorHit]:
        donors = self._donors
        if donors is None:
            spans = [(n.start, n.end) for n in self.numerals]
            hits = [
                h
                for h in find_donors(self.text, self.start, self.end, self.lex.lang, self.folded)
                if not any(a <= h.start < b for a, b in spans)  # "4.85 billion Swedish kronor"
            ]
            members = _members(self.lex.lang)
            if members is not None and self.numerals:  # "alle 27 Staats- und Regierungschefs": the organisation
                found = [
                    DonorHit(g.start(), g.end(), members[1][" ".join(g.group().lower().split())])
                    for g in members[0].finditer(self.text, self.start, self.end)
                ]
                if found:
                    hits = sorted([*hits, *found], key=lambda h: h.start)
            donors = _qualified(self.text, hits, self.lex.donors)
            if any(self.text.find(seat, self.start, self.end) >= 0 for seat in self.lex.donors.shared_seats):
                donors = _shared_seats(self.text, donors, self.lex)
            self._donors = donors
        return donors

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos`` (the sentence when none does). Clauses do not overlap, so the one found last
        is the answer whenever it holds ``pos``: most questions are about the same figure."""
        c = self._clause
        if c[0] <= pos < c[1]:
            return c
        for c in self.clauses:
            if c[0] <= pos < c[1]:
                self._clause = c
                return c
        return (self.start, self.end)


def _givers_named(s: _Sentence) -> set[str]:
    """The codes of the states and organisations ``s`` names that may give (not the recipient or the aggressor)."""
    return {h.code for h in s.donors if h.code is not None and h.code not in NOT_DONORS}


@functools.cache
def _members(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The phrases of ``donors.members`` ("alle 27 Staats- und Regierungschefs") as one pattern, and their codes by
    the phrase lower-cased with single spaces."""
    phrases = {" ".join(k.lower().split()): v for k, v in load_lexicon(lang).donors.members.items()}
    if not phrases:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), phrases


_BULLETS = frozenset(BULLETS)

#: An ordinal in figures with an English suffix: "13th", "2nd".
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)

#: No sum under 100,000 units of a currency is pledged ("je ein Euro", "€8,000 a shell"): the least in any corpus is €500,000.
_LEAST_SUM = 100_000.0


class _Extractor:
    def __init__(self, text: str, lang: str, published: dt.date | None) -> None:
        self.text = text
        self.lang = lang
        self.lex = load_lexicon(lang)
        self.p = _patterns(lang)
        self.published = published
        forget_texts()
        self.numerals = [self.counted_year(n) for n in read_numerals(text, lang) if not self.hyphened_calibre(n)]
        self.numeral_starts = frozenset(n.start for n in self.numerals)
        self.sentences = [_Sentence(i, s, e, text, self.lex) for i, (s, e) in enumerate(sentences(text, self.lex))]
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        w = _word_sets(lang)  # the language's, built once: a parse of a short text should not rebuild them
        self.may_be_one = w.may_be_one
        self.countable = w.countable
        self.rate_phrases = w.rate_phrases
        self.rate_every = w.rate_every
        self.each_words = w.each_words
        self.each_year_after = w.each_year_after
        self.range_openers = w.range_openers
        self.frames = w.frames
        self.joiners = w.joiners
        self.auxiliaries = w.auxiliaries
        self.reported_as = w.reported_as
        self.cost_words = w.cost_words
        self.apposed_totals = w.apposed_totals
        #: The sentence :meth:`has` was last asked about (a range inside it); at first one no range lies in.
        self.last = _Sentence(-1, -1, -1, text, self.lex)
        # the first unlinked mention of each (kind, unit, per, value, head) in sentences [0, repeat_upto)
        self.repeat_index: dict[tuple[Any, ...], Mention] = {}
        self.repeat_upto = 0
        self.list_starts: list[int] | None = None  # list_start's answers, by sentence

    def hyphened_calibre(self, n: Numeral) -> bool:
        """ "eighteen 155-millimetre howitzers", "das 155-mm-Geschütz": a calibre, no figure (it would cut the noun
        phrase of the count before it)."""
        if self.text[n.end : n.end + 1] != "-" or n.currency is not None:
            return False
        glued = _NEXT_WORD.match(self.text, n.end + 1)
        return glued is not None and glued.start(1) == n.end + 1 and glued.group(1).lower() in self.lex.units.calibres

    def hyphen_adjective(self, n: Numeral) -> bool:
        """Whether the number word ``n`` is glued by a hyphen to a word that counts nothing ("one-way", "one-off",
        "two-way"): no counted noun, formation or model, so the two make an adjective."""
        glued = _NEXT_WORD.match(self.text, n.end + 1)
        if glued is None or glued.start(1) != n.end + 1:
            return False
        word = glued.group(1).lower()
        model = self.p.models is not None and self.p.models.match(self.text, glued.start(1)) is not None
        return not model and self.unit_of(word) is None and word not in self.lex.restatements.formations

    def counted_year(self, n: Numeral) -> Numeral:
        """ "2000 Panzerabwehrwaffen": a number read as a year, outside the years pledges are made for and
        right before a counted noun, counts that noun."""
        if not n.is_year or _YEARS[0] <= n.value <= _YEARS[1]:
            return n
        word = _NEXT_WORD.match(self.text, n.end)
        if word is None or not _one_space(self.text, n.end, word.start(1)):
            return n
        model = self.p.models is not None and self.p.models.match(self.text, word.start(1)) is not None
        if not model and self.unit_of(word.group(1).lower()) is None:
            return n  # "2000 Javelin missiles", "2000 Panzerabwehrwaffen" count; "2000 in Kiew" is a year
        return replace(n, is_year=False)

    def has(self, pattern: re.Pattern[str] | None, start: int, end: int) -> bool:
        """Whether ``pattern`` matches inside ``text[start:end]``.

        Each pattern runs once over each sentence (matches cached), so the many questions asked about
        one sentence cost a look at its few matches each, not a regex scan each. Most questions ask
        about a part of the sentence the previous one was about: that sentence is tried first, without
        a search for it (:meth:`has_across` for the others).
        """
        if pattern is None or end <= start:
            return False
        s = self.last
        if start < s.start or s.end < end:
            return self.has_across(pattern, start, end)
        key = id(pattern)  # a pattern's hash hashes its compiled code: use its id
        found = s.found.get(key)
        if found is None:
            bit = s.screen.get(key)
            if bit is not None and not s.screened & bit:
                return False  # none of the pattern's literals in the sentence (the answer sentence_matches would give)
            found = self.sentence_matches(pattern, s.index)
        # the matches are in text order and do not overlap, so their ends ascend too: the first one that
        # starts in the range is the one that ends earliest
        for a, b in found:
            if a >= start:
                return b <= end
        return False

    def has_across(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """:meth:`has` for a range outside :attr:`last`: over every sentence it touches (and it becomes
        :attr:`last` when it lies inside one)."""
        sentences, key = self.sentences, id(pattern)
        k = bisect.bisect_right(self.sentence_starts, start) - 1
        if k < 0:
            k = 0
        if k < len(sentences) and sentences[k].start <= start and end <= sentences[k].end:
            self.last = sentences[k]
        while k < len(sentences):
            s = sentences[k]
            if s.start >= end:
                break
            found = s.found.get(key)
            if found is None:
                found = self.sentence_matches(pattern, k)
            for a, b in found:  # most lists are empty: their sentence lacks the pattern's words
                if a >= start:  # the first match from start on ends earliest (as in has)
                    if b <= end:
                        return True
                    break
            k += 1
        return False

    def sentence_matches(self, pattern: re.Pattern[str], k: int) -> list[tuple[int, int]]:
        """The spans of ``pattern`` in sentence ``k`` (computed once, cached)."""
        sentence = self.sentences[k]
        key = id(pattern)
        found = sentence.found.get(key)
        if found is None:
            if not self.may_hold(pattern, sentence):
                found = []  # none of its literals in the sentence: no match
            elif key in WORD_LED:
                found = self.word_matches(pattern, sentence)
            else:
                found = [m.span() for m in pattern.finditer(self.text, sentence.start, sentence.end)]
            sentence.found[key] = found
        return found

    def sentence_matches_or_none(self, pattern: re.Pattern[str] | None, s: _Sentence) -> list[tuple[int, int]]:
        """:meth:`sentence_matches`, or no spans for a list the lexicon leaves empty."""
        return [] if pattern is None else self.sentence_matches(pattern, s.index)

    def word_matches(self, pattern: re.Pattern[str], s: _Sentence) -> list[tuple[int, int]]:
        """``pattern.finditer`` over ``s`` for a pattern whose alternatives each open with a word (:data:`WORD_LED`),
        tried only from the chunks of the sentence (its pieces between white space) where the screen finds a word a
        match may start with (:func:`chunk_bits`, :meth:`~aidtracker._match._Screen.starts`).

        No match starts elsewhere. For a list of whole words (:data:`WHOLE_WORDS`) every match lies inside such a
        chunk, and a chunk's scan finds what the sentence's scan finds in it: the look-behind sees the text before
        the chunk, white space (or the sentence's end, the scan's end either way) follows it, and the sentence's scan
        enters each chunk afresh (no match reaches across white space). Any other such list is searched as finditer
        does (the leftmost match from the end of the last one, no match being empty), each search starting at the
        next chunk a match may start in. So the spans are the same, in the same order, and the regex is not tried at
        every character of the sentence (a lexicon list of infixes, "*hilfe*", tries every split of every word).
        """
        key = id(pattern)
        chunks = s.chunks
        if chunks is None or key not in chunks[0].bits:  # (a screen made before the pattern was asked about lacks it)
            if s.screened_by is not None and key in s.screened_by.bits:
                chunks = s.chunks = chunk_bits(s.folded, s.screened_by, s.words)  # the chunks the screen split
            else:
                chunks = s.chunks = chunk_bits(s.folded)
        screen, starts, ends, found = chunks
        mask = screen.starts(key)
        text, base = self.text, s.start
        if mask is None:  # a pattern the screen does not know: the whole sentence
            return [m.span() for m in pattern.finditer(text, s.start, s.end)]
        out: list[tuple[int, int]] = []
        if key in WHOLE_WORDS:
            for j, chunk in enumerate(found):
                if chunk & mask:
                    out.extend(m.span() for m in pattern.finditer(text, base + starts[j], base + ends[j]))
            return out
        pos, end = s.start, s.end  # where finditer would search next
        for j, chunk in enumerate(found):
            if not chunk & mask:
                continue
            stop = base + ends[j]
            pos = max(pos, base + starts[j])
            while pos < stop:  # (a chunk a match ended beyond is passed over)
                m = pattern.search(text, pos, end)
                if m is None:
                    return out
                out.append(m.span())
                pos = m.end()
        return out

    def may_hold(self, pattern: re.Pattern[str], s: _Sentence) -> bool:
        """False only when the screen rules out every match of ``pattern`` in ``s`` (no regex is run); a pattern not
        screened yet (or never: it has no literals) is asked about by itself."""
        if not s.screen:
            screen, s.screened, s.words = screen_chunks(s.folded)
            s.screen, s.screened_by = screen.bits, screen
        bit = s.screen.get(id(pattern))
        return may_match(pattern, s.folded) if bit is None else s.screened & bit != 0

    def scan(self, pattern: re.Pattern[str], s: _Sentence, lo: int, hi: int) -> Iterable[re.Match[str]]:
        """``pattern.finditer(text, lo, hi)`` for a window of the sentence ``s``, without the scan when the screen
        rules out every match in the sentence (:meth:`may_hold`).

        A match in the window is one in the whole text, and so in the sentence, unless it is cut at ``hi`` where
        ``(?!\\w)`` would fail in the text: so the screen is asked only when no word character follows ``hi``
        (``hi`` the end of a word or clause) and the window lies in the sentence.
        """
        text = self.text
        inside = s.start <= lo and hi <= s.end
        if inside and (hi == s.end or not (text[hi].isalnum() or text[hi] == "_")) and not self.may_hold(pattern, s):
            return ()
        return pattern.finditer(text, lo, hi)

    def first(self, pattern: re.Pattern[str], s: _Sentence, lo: int, hi: int) -> re.Match[str] | None:
        """``pattern.search(text, lo, hi)`` for a window of the sentence ``s``, the screen asked first (:meth:`scan`)."""
        return next(iter(self.scan(pattern, s, lo, hi)), None)

    def has_negative(
        self,
        pattern: re.Pattern[str] | None,
        s: _Sentence,
        start: int,
        end: int,
        also: Sequence[tuple[int, int]] = (),
    ) -> bool:
        """Like :meth:`has`, but a match inside a ``not_negative`` phrase ("aus Beständen") or a span of ``also``
        does not count."""
        if pattern is None or end <= start or not self.has(pattern, start, end):
            return False
        for a, b in self.sentence_matches(pattern, s.index):
            if a < start or b > end or self.shielded(s, a, b) or any(x <= a and b <= y for x, y in also):
                continue
            if not self.in_name(s, a, b):
                return True
        return False

    def in_name(self, s: _Sentence, a: int, b: int) -> bool:
        """Whether the words ``text[a:b]`` stand inside a name: capitalised, between capitalised words, where only
        names are ("the Extraordinary Revenue Acceleration loans": no tax revenue; but "the Canadian Armed Forces
        hold" ends the name with the cue, which keeps its sense). German capitalises every noun: there it says
        nothing."""
        if not self.lex.units.names_capitalised or not self.text[a : a + 1].isupper():
            return False
        before = s.toks_before(a)[-1:]
        after = s.toks_from(b)[:1]
        if not before or not after or before[0].start <= s.start:
            return False
        return all(t.is_word and t.text[:1].isupper() for t in (before[0], after[0]))

    # ------------------------------------------------------------------ the counted noun

    def modifies_noun_after(self, toks: Sequence[Token], i: int) -> bool:
        """Whether the word ``toks[i]``, ending like a plural, modifies a counted noun after it: the next word
        ("special operations vehicles"), or for a capitalised name one of the next three ("650 Thales lightweight
        multirole missiles")."""
        if i + 1 < len(toks) and toks[i + 1].is_word and self.unit_of(toks[i + 1].low) is not None:
            return True
        return toks[i].text[:1].isupper() and self.unit_within(toks, i + 1, 3)

    def unit_within(self, toks: Sequence[Token], i: int, count: int) -> bool:
        """Whether a counted noun stands among the ``count`` words from ``toks[i]`` on, with only words before it."""
        for tok in toks[i : i + count]:
            if not tok.is_word or tok.low in self.lex.units.stop:
                return False
            if self.unit_of(tok.low) is not None:
                return True
        return False

    def unit_of(self, low: str) -> str | None:
        unit = self.stem_unit(low)
        if unit is not None:
            return unit
        for ending in self.lex.units.genitive_endings:  # "eines Flugabwehrsystems"
            if low.endswith(ending) and len(low) > len(ending) + 3:
                unit = self.stem_unit(low[: -len(ending)])
                if unit is not None:
                    return unit
        return None

    def stem_unit(self, low: str) -> str | None:
        """The unit a word names as it stands (the lexicon's nouns, a German compound by its head)."""
        nouns = self.lex.units.nouns
        if low in nouns:
            return nouns[low]
        if self.lex.units.compound_heads and low not in self.lex.units.not_compounds:
            return _compound_unit(self.lang, low)
        return None

    def is_weak(self, low: str) -> bool:
        weak = self.lex.units.weak
        if low in weak:
            return True
        return self.lex.units.compound_heads and any(low.endswith(w) for w in weak)

    def model_at(self, tok: Token) -> tuple[EquipmentModel, int] | None:
        found = self.model_match(tok.start)
        if found is None:
            return None
        model = self.lex.units.models.get(found[0])
        return (model, found[1]) if model is not None else None

    def model_match(self, start: int) -> tuple[str, int] | None:
        """The lexicon's model name matched at ``start`` (lower case, one space between its words) and its end."""
        if self.p.models is None:
            return None
        m = self.p.models.match(self.text, start, min(len(self.text), start + 40))
        return (re.sub(r"\s+", " ", m.group().lower()), m.end()) if m is not None else None

    def noun_phrase(self, toks: Sequence[Token], start: int) -> dict[str, Any] | None:
        """The counted noun after a number: unit, head token, model, end of the item words."""
        units = self.lex.units
        after = _toks_from(toks, start)
        numeral_starts = self.numeral_starts
        model: EquipmentModel | None = None
        model_end = -1
        head: Token | None = None
        unit: str | None = None
        counter_unit: str | None = None
        i = 0
        limit = units.max_tokens
        while i < len(after) and i < limit:
            tok = after[i]
            low = tok.low
            listed = tok.text == "," and 0 < i < len(after) - 1 and head is None and model is None
            if listed and after[i - 1].is_word and after[i + 1].is_word and after[i + 1].low not in units.stop:
                i += 1  # "18 moderne, radgestützte Haubitzen": adjectives listed before the noun
                continue
            if (
                head is None
                and model is None
                and tok.is_word
                and i + 3 < len(after)
                and after[i + 1].text == "-"
                and after[i + 1].start == tok.end
                and after[i + 2].low in units.coordinators
            ):
                i += 3  # "zwei Aufklärungs- und Führungsflugzeuge": a suspended compound, counted by the last word
                limit += 3
                continue
            if not tok.is_word:
                break
            if i + 1 < len(after):
                pair = f"{low} {after[i + 1].low}"
                if pair in units.nouns:
                    head, unit = after[i + 1], units.nouns[pair]
                    break
            if low in units.stop:
                if (
                    head is None
                    and model is None
                    and i > 0
                    and low in units.coordinators
                    and self.modifier_next(after, i)
                ):
                    i += 1  # "strike and air defence missiles": modifiers joined before their noun
                    continue
                jump = self.attribute(after, i) if head is None and model is None else None
                if jump is None:
                    break
                i, limit = jump, max(limit, jump + units.max_tokens)
                continue  # "19 bei einem Hersteller bestellten Haubitzen": an attribute before the noun
            found = self.model_at(tok)
            if found is not None and tok.start >= model_end:
                model, model_end = found
                # "Patriot-Raketen", "IRIS-T-Startgeräte": a noun glued after the model's name is the counted one
                rest = self.text[model_end + 1 : tok.end].lower() if self.text[model_end : model_end + 1] == "-" else ""
                glued = self.unit_of(rest) if rest and "-" not in rest else None
                if glued is not None and not self.is_overridable(rest):
                    head, unit = tok, glued
                    break
                i += 1
                continue
            if tok.start < model_end:
                i += 1
                continue
            if low[:1].isdigit():
                if model is not None and after[i - 1].end >= model_end - 1:
                    i += 1  # "Leopard 1 tanks": the model's number
                    continue
                if tok.start in numeral_starts and not (i > 0 and self.designates(after[i - 1], tok)):
                    break
                i += 1  # "155mm", "M1", "ASC 890": designations (a type's number, no word of the phrase's length)
                limit += 1
                continue
            u = self.unit_of(low)
            if u is not None:
                if low in units.counters:
                    counter_unit = u
                    limit = i + 1 + units.max_tokens
                    if i + 1 < len(after) and after[i + 1].low in units.counter_links:
                        i += 1
                    i += 1
                    continue
                head, unit = tok, u
                while i + 1 < len(after) and after[i + 1].is_word:
                    nxt = self.unit_of(after[i + 1].low)
                    if nxt is None or after[i + 1].low in units.stop:
                        break
                    i += 1
                    head, unit = after[i], nxt  # "tank battalion", "Schuss Munition": the last noun counts
                break
            if self.p.noun_end.search(tok.text) and (
                units.compound_heads  # (German writes "Spezialeinsatzfahrzeuge" as one word)
                or not self.modifies_noun_after(after, i)
            ):
                break  # a plural ends the phrase, unless a counted noun follows it ("special operations vehicles")
            i += 1
        if head is None and model is not None:
            unit = model.unit
        if unit is None and counter_unit is not None:
            unit = counter_unit
        if unit is None:
            return None
        end = head.end if head is not None else max(model_end, after[0].end if after else start)
        # the item may go on: "Schützenpanzer vom Typ Marder", "Batterien des IRIS-T SLM"
        tail_end = end
        if head is not None:
            tail_end, tail_model = self.tail(toks, head.end)
            if tail_model is not None and model is None:
                model = tail_model
            if model is not None and self.is_overridable(head.low):
                unit = model.unit
        return {"unit": unit, "head": head, "model": model, "end": end, "tail_end": tail_end}

    def designates(self, word: Token, number: Token) -> bool:
        """ "ASC 890", and where only names are capitalised "Stridsvagn 122": a word and the number after it (one space)
        name a type inside a noun phrase ("ten Stridsvagn 122 tanks")."""
        if _designation(self.text, word, number.start):
            return True
        return (
            self.lex.units.names_capitalised
            and word.text[:1].isupper()
            and word.text.isalpha()
            and _one_space(self.text, word.end, number.start)
        )

    def is_overridable(self, low: str) -> bool:
        """A head whose unit a model overrides ("Flugabwehrkanonen Gepard": vehicles; "systems" stays)."""
        heads = self.lex.units.overridable
        return low in heads or (self.lex.units.compound_heads and any(low.endswith(w) for w in heads))

    def modifier_next(self, after: Sequence[Token], i: int) -> bool:
        if i + 1 >= len(after):
            return False
        nxt = after[i + 1]
        if not nxt.is_word or nxt.start in self.numeral_starts or nxt.low in self.lex.units.stop:
            return False
        # no number before the noun the modifiers qualify: "500 people and turn out roughly 120 drones" joins two
        # counts, not two modifiers of one noun
        for tok in after[i + 2 : i + 5]:
            if tok.start in self.numeral_starts:
                return False
            if not tok.is_word or self.unit_of(tok.low) is not None:
                break
        return True

    def attribute(self, after: Sequence[Token], i: int) -> int | None:
        """Index of the noun after an attribute closed by a participle ("bei X bestellten"), if any."""
        closing = self.p.attribute_end
        if closing is None:
            return None
        for j in range(i + 1, min(len(after) - 1, i + 7)):
            tok = after[j]
            if not tok.is_word or tok.start in self.numeral_starts:
                return None
            if closing.fullmatch(tok.text):
                nxt = after[j + 1]
                if nxt.is_word and (self.unit_of(nxt.low) is not None or self.model_at(nxt) is not None):
                    return j + 1
                return None
        return None

    def tail(self, toks: Sequence[Token], start: int) -> tuple[int, EquipmentModel | None]:
        units = self.lex.units
        skip = self.lex.donors.skip
        after = _toks_from(toks, start)[:6]
        numeral_starts = self.numeral_starts
        end = start
        model: EquipmentModel | None = None
        linked = False
        for tok in after:
            low = tok.low
            if tok.start in numeral_starts and model is None:
                break
            rest = self.text[tok.start : tok.start + 20].lower()
            if rest.startswith(self.rate_phrases) and any(rest.startswith(phrase) for phrase, _ in self.p.rate_after):
                break  # "vehicles a year": the rate is not part of the item (the tuple is a quick guard)
            if low in units.tail_links or low in skip:
                linked = True
                continue
            found = self.model_at(tok)
            if found is not None:
                model = model or found[0]
                end = max(tok.end, found[1])
                linked = False
                continue
            if tok.is_word and (any(c.isupper() for c in tok.text) or any(c.isdigit() for c in tok.text)):
                if low in units.stop:
                    break
                end = tok.end
                linked = False
                continue
            if tok.is_word and linked:
                end = tok.end
                linked = False
                continue
            break
        return end, model

    # ------------------------------------------------------------------ reading mentions

    def read(self) -> list[Mention]:
        by_sentence: dict[int, list[Numeral]] = {}
        starts = [s.start for s in self.sentences]
        for n in self.numerals:
            k = bisect.bisect_right(starts, n.start) - 1
            if k >= 0 and n.start < self.sentences[k].end:
                by_sentence.setdefault(k, []).append(n)
        for s in self.sentences:
            s.numerals = by_sentence.get(s.index, [])
        for s in self.sentences:
            if not s.numerals and (
                (self.countable is not None and not self.may_hold(self.countable, s))
                or not self.has(self.may_be_one, s.start, s.end)
            ):
                continue  # no number, and no noun an article could count (see ones()) or no "ein zweites": nothing here
            for n in s.numerals:
                m = self.mention(s, n)
                if m is not None:
                    s.candidates.append(m)
            s.candidates.extend(self.ones(s))
            s.candidates.sort(key=lambda m: m.start)
            self.elliptic(s, s.numerals)
            if self.p.of_own is not None and self.has(self.p.of_own, s.start, s.end):
                self.parts_of_own(s)
            for m in s.candidates:
                m.accepted = self.is_pledge(s, m)
                m.extra["sentence_span"] = (s.start, s.end)
            self.schedule(s)
            s.mentions = [m for m in s.candidates if m.accepted]
            for m in s.mentions:
                self.minimum(s, m)
            self.raised(s)
        self.merge_growth()
        self.link_restatements()
        self.firsts_of_wholes()
        self.assign_donors()
        self.finish_money()
        self.assign_categories()
        self.mixed_parts()
        self.assign_periods()
        self.plans_outbid()
        self.link_averages()
        return [m for s in self.sentences for m in s.mentions]

    def firsts_of_wholes(self) -> None:
        """ "Das erste IRIS-T SLM ist eingetroffen. Berlin hat vier Systeme dieses Typs zugesagt": the first item of a
        larger count of its unit the text pledges is a part of that count, not one more (:attr:`cues.definite_first`).
        A count marked additional ("Drei weitere Systeme sollen folgen") is no whole: the first is one of its own."""
        firsts = [m for s in self.sentences for m in s.mentions if m.extra.get("first")]
        if not firsts or self.p.additional is None:
            return
        every = [m for s in self.sentences for m in s.mentions]
        # "die erste von insgesamt 54": the text names the whole, whether its count was read or not
        first_of = any(self.first_of_count(s, t) for s in self.sentences if s.toks for t in s.toks)
        for first in firsts:
            if any(m.restates is first for m in every):
                continue
            whole = first_of or any(
                m.kind == "count"
                and m.unit == first.unit
                and m.value > 1
                and m.restates is None
                and not self.has(self.p.additional, self.sentences[m.sentence].window_before(m.start, 2), _item_end(m))
                for m in every
            )
            if whole:
                s = self.sentences[first.sentence]
                s.mentions = [m for m in s.mentions if m is not first]

    def plans_outbid(self) -> None:
        """ "Die Bundesregierung will die Militärhilfe auf acht Milliarden Euro verdoppeln. Im Haushaltsentwurf waren
        bisher vier Milliarden vorgesehen": a sum in a clause about an earlier plan (:attr:`cues.earlier_plans`) is
        superseded when the text pledges a larger sum of its currency outside such a clause (and so is what restates
        it). A plan alone ("Im Haushaltsentwurf 2025 sind vier Milliarden vorgesehen") stays a pledge."""
        pattern = self.p.earlier_plans
        if pattern is None:
            return
        sums = [m for s in self.sentences for m in s.mentions if m.kind == "money" and m.restates is None]
        if len(sums) < 2:
            return
        planned = {
            id(m)
            for m in sums
            # (not from inside brackets: "Militärhilfe: 11,5 Mrd. Euro (Regierungsentwurf: 8,5 Mrd. Euro)")
            if any(
                self.has(pattern, a, b)
                for a, b in self.outside_brackets(self.sentences[m.sentence].clause_of(m.start), m.start)
            )
        }
        if not planned:
            return
        dropped = {
            id(m)
            for m in sums
            if id(m) in planned
            and any(
                o.unit == m.unit
                and o.per == m.per
                and o.value > m.value
                and id(o) not in planned
                and (o.period is None or m.period is None or o.period == m.period)  # (not the plan for other years)
                for o in sums
            )
        }
        if not dropped:
            return
        for s in self.sentences:
            s.mentions = [
                m for m in s.mentions if id(m) not in dropped and (m.restates is None or id(m.restates) not in dropped)
            ]

    def first_of_count(self, s: _Sentence, t: Token) -> bool:
        """ "die erste von insgesamt 54", "das erste von vier Systemen": ``t`` a :attr:`cues.definite_first` word that a
        partitive and a number follow (not "das erste von Deutschland zugesagte System")."""
        if t.low not in self.lex.cues.definite_first:
            return False
        of = _starts_after_spaces(self.p.progress_of, self.text, t.end, s.end)
        if of is None:
            return False
        after = s.toks_from(of.end())[:2]  # ("von insgesamt 54": a hedge the number's span may hold)
        return any(n.start <= a.start < n.end for a in after for n in s.numerals)

    def mixed_parts(self) -> None:
        """ "NOK 35 billion for Ukraine next year: NOK 22.5 billion in military support and NOK 12.5 billion for
        humanitarian needs": a sum whose parts, named after it in its sentence and adding up to it, are military and
        civilian is for both (category other), as are its restatements."""
        for s in self.sentences:
            sums = [m for m in s.mentions if m.kind == "money" and m.restates is None and m.per is None]
            for k, m in enumerate(sums):
                parts = [o for o in sums[k + 1 :] if o.unit == m.unit]
                if len(parts) < 2 or not math.isclose(sum(o.value for o in parts), m.value, rel_tol=0.02):
                    continue
                kinds = {o.category in _NOT_MILITARY for o in parts}
                if kinds == {True, False}:
                    for o in s.mentions:
                        if o is m or o.restates is m:
                            o.category = "other"

    def link_averages(self) -> None:
        """ "50 Mrd. Euro für 2024 bis 2027 … im Schnitt also 12,5 Mrd. Euro pro Jahr", "€18bn for 2023, about €1.5bn
        each month": a rate that, over the years of a sum said before it (in its sentence or the one before), makes
        up exactly that sum restates it, whatever it was linked to before; it takes the sum's period and category."""
        for s in self.sentences:
            for k, m in enumerate(s.mentions):
                if m.kind != "money" or m.per not in _PER_YEAR_OF or m.growth is not None:
                    continue
                earlier = list(s.mentions[:k])
                if s.index > 0:
                    earlier = self.sentences[s.index - 1].mentions + earlier
                for o in reversed(earlier):
                    if o.kind != "money" or o.per is not None or o.restates is not None or o.unit != m.unit:
                        continue
                    if o.period is None or o.period[0] is None or o.period[1] is None:
                        continue
                    years = o.period[1] - o.period[0] + 1
                    if years > 0 and math.isclose(m.value * _PER_YEAR_OF[str(m.per)] * years, o.value, rel_tol=0.02):
                        m.restates = o
                        m.period = m.period or o.period
                        if m.category in _NOT_MILITARY and o.category == "military_general":
                            # "ein Hilfspaket über 18 Mrd. Euro … Mit den zinsgünstigen Krediten – im Schnitt 1,5 Mrd.
                            # Euro pro Monat – …": the rate names the purpose the sum did not
                            o.category = m.category
                        m.category = o.category  # the same money, the same purpose
                        break

    def raised(self, s: _Sentence) -> None:
        """ "Kanada hatte zunächst vier Leopard zugesagt. Anand erhöhte die Zusage nun auf acht Panzer": a count
        raised to ("auf", "to" right before it, a raising verb in its clause) supersedes the smaller count of its
        unit pledged before it in this sentence or the two before."""
        p = self.p
        if p.raise_verbs is None or p.raised_to is None:
            return
        for m in s.mentions:
            if m.kind != "count" or m.per is not None:
                continue
            if not self.cue_right_before(s, m, p.raised_to, 1):
                continue
            clause = s.clause_of(m.start)
            if not self.has(p.raise_verbs, clause[0], clause[1]):
                continue
            # the smaller counts of its unit before it, by sentence (the loop below changes only the sentence it is at)
            olds = [
                (
                    earlier,
                    [
                        o
                        for o in earlier.mentions
                        if o.end <= m.start
                        and o.kind == "count"
                        and o.unit == m.unit
                        and o.per is None
                        and o.value < m.value
                    ],
                )
                for earlier in self.sentences[max(0, s.index - 2) : s.index + 1]
            ]
            # (not another giver's: "Schweden will bis zu zehn Stridsvagn 122 überlassen. Deutschland hatte die Zahl
            # seiner Leopard-2A6-Panzer zuvor von 14 auf 18 erhöht")
            here = _givers_named(s)
            olds = [
                (earlier, old)
                for earlier, old in olds
                if earlier is s or not here or not _givers_named(earlier) or _givers_named(earlier) & here
            ]
            parts = [o for _, old in olds for o in old]
            if len(parts) >= 2 and sum(o.value for o in parts) == m.value:
                # "Vier weitere Leopard … Bereits im April hatte Spanien sechs übergeben, womit die Zahl auf insgesamt
                # zehn steigt": the parts named before add up to it, a running total, not a raised pledge
                m.accepted = False
                s.mentions = [o for o in s.mentions if o.accepted]
                return
            for earlier, old in olds:
                if any(
                    (earlier is s and self.has(p.additional, max(s.start, s.window_before(o.start, 2)), o.start))
                    or self.has(p.additional, o.start, int(o.extra.get("num_end", o.end)) + 6)
                    for o in old
                ):
                    # "will send four more Leopards, doubling its contribution to eight", "will train an additional
                    # 15,000, taking the total to 30,000": the more is the pledge, the figure raised to its new total
                    m.accepted = False
                    s.mentions = [o for o in s.mentions if o.accepted]
                    return
                for o in old:
                    o.accepted = False
                if old:
                    earlier.mentions = [o for o in earlier.mentions if o.accepted]

    def schedule(self, s: _Sentence) -> None:
        """ "19 F-16 ... Sechs Maschinen sollen bis Jahresende kommen, acht weitere 2024 und die übrigen fünf 2025":
        when the figures of a sentence (years aside) add up exactly to a count pledged in the two sentences before,
        its elliptic counts of that unit ("acht weitere") are the pledge's delivery schedule, not pledges of their
        own. Counts with a noun of their own ("6 Lkw") are left alone: their sum may match by chance."""
        counts = [
            m
            for m in s.candidates
            if m.accepted
            and m.kind == "count"
            and m.per is None
            and (m.elliptic or m.extra.get("partitive") or self.is_weak(m.extra.get("head") or ""))
        ]  # "Vier Systeme stehen bereits …, zwei weitere …": a noun that says nothing of its own is elliptic too
        numerals = [n for n in s.numerals if not n.is_year and n.currency is None and n.duration is None]
        if not counts or len(numerals) < 2:
            return
        figures = [n.value for n in numerals]
        total = sum(figures)
        before = self.recent_mentions(s)
        for o in before:
            if o.kind == "count" and o.per is None and o.value == total and o.value > max(figures):
                if len(figures) >= 3:  # three parts adding up exactly: "six of the jets …, eight more … and five …"
                    counts = [m for m in s.candidates if m.accepted and m.kind == "count" and m.per is None]
                for m in counts:
                    if m.unit == o.unit:
                        m.accepted = False
                return
        # "will hand 19 F-16 jets to Ukraine: six around the new year, eight more in 2024 and the last five in 2025":
        # the total first, its schedule after it in the same sentence
        first = numerals[0]
        rest = [n.value for n in numerals[1:]]
        if len(rest) >= 2 and first.value == sum(rest) and first.value > max(rest):
            starts = {n.start for n in numerals[1:]}
            if any(o.accepted and o.kind == "count" and o.start in starts and o not in counts for o in s.candidates):
                return  # "Polen hat 18 Krab abgegeben, Frankreich zu seinen zwölf Caesar sechs weitere": a part with a
                # noun of its own is a count of its own, and 18 = 12 + 6 by chance
            total_count = next((o for o in s.candidates if o.accepted and o.start == first.start), None)
            if total_count is not None and total_count.kind == "count" and total_count.per is None:
                for m in counts:
                    if m.unit == total_count.unit and m.start > total_count.start:
                        m.accepted = False

    def designation(self, n: Numeral) -> Numeral:
        """Undo a scale abbreviation that is the first letter of a model name ("14 M113", "31 M1")."""
        text = self.text
        glued = text[n.end : n.end + 1].isalnum() or (
            text[n.end : n.end + 1] == "-" and text[n.end + 1 : n.end + 2].isalnum()
        )
        if n.currency is not None or not glued:  # "14 M113", "28 M-55S tanks"
            return n
        last = text[n.start : n.end].split()[-1] if text[n.start : n.end].split() else ""
        scale = self.lex.numbers.abbreviations.get(last)
        if scale is None or n.value % scale:
            return n
        end = n.end - len(last)
        while end > n.start and text[end - 1].isspace():
            end -= 1
        return Numeral(start=n.start, end=end, value=n.value / scale, low=None, high=None)

    def mention(self, s: _Sentence, n: Numeral) -> Mention | None:
        text = self.text
        if n.is_year or n.duration is not None:
            return None
        n = self.designation(n)
        if self.is_date(s, n) or self.is_model_number(s, n) or self.ordinal(n):
            return None
        if n.percent:
            share = self.share(s, n)
            return share if share is not None else self.growth(s, n)
        n = self.worth_not_bound(s, n)
        n = self.raised_from(s, n)
        if _is_sum(n):
            money = Mention(
                "money",
                n.start,
                n.end,
                n.value,
                n.currency,
                s.index,
                low=n.low,
                high=n.high,
                per=n.per,
                currency_token=n.currency_token,
            )
            self.rate_before(s, money)
            self.rate_later(s, money)
            self.rate_each_year(s, money)
            return money
        if n.value >= 1e5 and _SCALE_WORD.match(text, n.start, n.end) and not self.noun_phrase(s.toks, n.end):
            nxt = _NEXT_WORD.match(text, n.end)
            glued = nxt is not None and _one_space(text, n.end, nxt.start(1)) and nxt.group(1)[:1].isupper()
            financial = _keyword_patterns(self.lang).get("financial")
            if glued and nxt is not None and financial is not None and self.has(financial, nxt.start(1), nxt.end(1)):
                glued = False  # "17 Milliarden Zuschüsse", "33 Milliarden Darlehen": the noun names money
            if glued and not self.lex.units.names_capitalised:
                return None  # "zwölf Millionen Menschen": where every noun is capitalised, it counts that noun
            if (
                nxt is not None
                and _one_space(text, n.end, nxt.start(1))
                and nxt.group(1).islower()
                and self.p.noun_end.search(nxt.group(1)) is not None
                and not (financial is not None and self.has(financial, nxt.start(1), nxt.end(1)))
            ):
                return None  # "$1.1 billion to support 2.3 million refugees": a plural noun after it, counted
            # "3 Milliarden" after "4 Milliarden Euro": the currency said once for both; its rate is its own ("für 2026
            # und 2027 sind jeweils 8,5 Milliarden eingeplant")
            bare = Mention("money", n.start, n.end, n.value, None, s.index, low=n.low, high=n.high, per=n.per)
            self.rate_before(s, bare)
            self.rate_later(s, bare)
            self.rate_each_year(s, bare)
            return bare
        if text[n.end : n.end + 1].isalpha() and text[n.end : n.end + 1].lower() not in ("x", "×"):
            return None  # "25th", glued letters
        if n.is_word and n.duration is None and text[n.end : n.end + 1] == "-" and self.hyphen_adjective(n):
            return None  # "one-way attack drones", "a one-off payment": a word of a compound adjective, no count
        if 0 < n.value < 1:
            return None  # "rund ein Viertel des deutschen Patriot-Bestands", "half of its tanks": a share, no count
        after = s.toks_from(n.end)[:1]
        if after and (after[0].low in self.lex.units.calibres or after[0].low in self.lex.units.distances):
            return None  # "155 mm ammunition", "155 Millimeter": a calibre; "the 300 km ATACMS": a range
        if text[n.end : n.end + 1] == "-":
            glued = _NEXT_WORD.match(text, n.end + 1)
            if glued is not None and glued.start(1) == n.end + 1 and glued.group(1).lower() in self.lex.units.calibres:
                return None  # "das 155-mm-Geschütz": a calibre in a compound
            if glued is not None and glued.start(1) == n.end + 1 and _starts_at(self.p.strength, text, *glued.span(1)):
                return self.group_strength(s, n, glued.end(1))
        np = self.noun_phrase(s.toks, n.end)
        if np is None or (np["unit"] == "piece" and np["model"] is None):
            np = self.typed_model(s, n.end) or np
        if np is None:
            return self.noun_before(s, n)
        np = self.same_type_as_before(s, n, np)
        if np["head"] is None and np["model"] is None and after and after[0].low in self.lex.units.counters:
            linked = s.toks_from(after[0].end)[:1]  # "5,000 sets of body armour": the counter names its noun
            if not (linked and linked[0].low in self.lex.units.counter_links):
                np = self.counted_before(s, n, after[0]) or np
        head: Token | None = np["head"]
        end = np["end"]
        m = Mention(
            "count",
            n.start,
            end,
            n.value,
            np["unit"],
            s.index,
            low=n.low,
            high=n.high,
            per=n.per,
            model=np["model"],
        )
        m.extra["num_end"] = n.end
        if np.get("ref") is not None:
            m.extra["ref"] = np["ref"]  # "Weitere 10 Stück": the count of the sentence before, its category too
        words = s.toks_from(n.end)[:3]
        while words and _starts_at(self.p.additional, text, words[0].start, words[0].end) and len(words) > 1:
            words.pop(0)  # "four more Leopard tanks": the item is "Leopard tanks"
        item_start = words[0].start if words else n.end
        m.item_span = (item_start, max(np["tail_end"], end))
        m.item = text[item_start : m.item_span[1]].strip() or None
        m.extra["head"] = head.low if head is not None else None
        self.rate_after(s, m)
        self.rate_each_year(s, m)
        return m

    def same_type_as_before(self, s: _Sentence, n: Numeral, np: dict[str, Any]) -> dict[str, Any]:
        """ "Prag sagte sechs Mi-24 zu, Warschau will acht Maschinen desselben Typs abgeben": a noun a model overrides
        (``units.overridable``), then "of the same type", counts the last model (or noun) named before the number."""
        head = np["head"]
        if np["model"] is not None or head is None or self.p.same_type is None:
            return np
        if _starts_after_spaces(self.p.same_type, self.text, head.end, s.end) is None or not self.is_overridable(
            head.low
        ):
            return np
        named = self.last_counted_noun(s.toks_before(n.start))
        if named is None:
            return np
        _, unit, model = named
        return {**np, "unit": model.unit if model is not None else unit, "model": model}

    def group_strength(self, s: _Sentence, n: Numeral, end: int) -> Mention | None:
        """ "a 120-strong team", "ein 30-köpfiges Team": a group's size glued to the number counts its people; the item is
        the noun after it. After another number ("ten 20-man teams") the group is counted by that number instead."""
        if any(o.end <= n.start and not self.text[o.end : n.start].strip() for o in s.numerals):
            return None
        noun = s.token_from(end, word=True)
        if noun is None or noun.start - end > 1 or noun.low in self.lex.units.stop:
            return None  # "a team 120-strong": no noun right after
        if noun.low in self.lex.units.member_groups:
            return None  # "the 32-member alliance": its members are states
        m = Mention("count", n.start, noun.end, n.value, "person", s.index, low=n.low, high=n.high)
        m.item_span = (noun.start, noun.end)
        m.item = noun.text
        m.extra["num_end"] = n.end
        m.extra["head"] = noun.low
        return m

    def counted_before(self, s: _Sentence, n: Numeral, counter: Token) -> dict[str, Any] | None:
        """ "die Zahl der gelieferten Drohnen verzehnfachen: 100.000 Stück sollen …": a counter word with no noun
        after it counts the last counted noun or model named before the number in its sentence; failing that, what the
        sentence before counted ("… übergab vier Leopard 2A4. Insgesamt hat Warschau 14 Stück zugesagt")."""

        def counting(unit: str, model: EquipmentModel | None, ref: Mention | None = None) -> dict[str, Any]:
            return {
                "unit": unit,
                "head": counter,
                "model": model,
                "end": counter.end,
                "tail_end": counter.end,
                "ref": ref,
            }

        named = self.last_counted_noun(s.toks_before(n.start))
        if named is not None:
            tok, unit, model = named
            if unit is not None:
                # the count that noun belongs to gives its category too ("14 Kampfpanzer … nun 18 Stück")
                ref = next((c for c in s.candidates if c.kind == "count" and c.start <= tok.start < _item_end(c)), None)
                return counting(unit, None if ref is None else ref.model, ref)
            if model is not None:
                return counting(model.unit, model)
        if s.index > 0:
            prev = self.sentences[s.index - 1]
            counted = [m for m in prev.candidates if m.kind == "count"]
            ref = counted[-1] if counted else None
            if ref is not None and ref.unit is not None and ref.unit not in ("piece", "person"):
                return counting(ref.unit, ref.model, ref)
            named = self.last_counted_noun(prev.toks) if ref is None else None
            if named is not None:
                # "Frankreich liefert Marschflugkörper vom Typ SCALP. … geht es um 50 Stück": the noun said without a number
                _, unit, model = named
                return counting(model.unit, model) if model is not None else counting(str(unit), None)
        return None

    def last_counted_noun(self, toks: Sequence[Token]) -> tuple[Token, str | None, EquipmentModel | None] | None:
        """The last word of ``toks`` that names a counted noun (not a weak one) or a model, neither counting pieces nor
        persons: the word, the noun's unit (or None) and the model (or None)."""
        for k in range(len(toks) - 1, -1, -1):
            tok = toks[k]
            if not tok.is_word or tok.low in self.lex.units.counters:
                continue
            unit = self.unit_of(tok.low)
            if unit in ("piece", "person") or (unit is not None and self.is_weak(tok.low)):
                unit = None
            found = self.model_at(tok)
            model = found[0] if found is not None and found[0].unit not in ("piece", "person") else None
            if model is not None and unit is None:
                typed = self.noun_of_type(toks, k)
                if typed is not None:
                    return typed  # "Drohnen vom Typ SkyRanger R70, mehr als 800 Stück": the noun says what they are
            if unit is not None or model is not None:
                return tok, unit, model
        return None

    def noun_of_type(self, toks: Sequence[Token], k: int) -> tuple[Token, str | None, EquipmentModel | None] | None:
        """The counted noun that a model prefix before ``toks[k]`` follows ("Drohnen vom Typ …", "drones of the type
        …"), at most two words between noun and model, or None."""
        at = next((i for i in range(k - 1, max(k - 3, -1), -1) if toks[i].low in self.p.model_prefixes), None)
        if at is None:
            return None
        for i in range(at - 1, max(at - 3, -1), -1):
            unit = self.unit_of(toks[i].low)
            if unit is not None and unit not in ("piece", "person") and not self.is_weak(toks[i].low):
                return toks[i], unit, None
        return None

    def typed_model(self, s: _Sentence, start: int) -> dict[str, Any] | None:
        """ "13 Maschinen vom Typ MiG-29", "13 Stück vom Typ MiG-29": a noun that says nothing (or only "piece")
        and a model named after "vom Typ" / "of the type": the model's unit counts."""
        after = s.toks_from(start)[:6]
        prefixes = self.p.model_prefixes
        k = next((i for i, t in enumerate(after) if t.low in prefixes), None)
        if k is None or k == 0 or k > 3 or k + 1 >= len(after):
            return None
        stop, numerals = self.lex.units.stop, self.numeral_starts
        if not all(t.is_word and t.low not in stop and t.start not in numerals for t in after[:k]):
            return None  # "zwei Bergepanzer 2 sowie 50 Drohnen vom Typ Vector": another count's model
        found = self.model_at(after[k + 1])
        if found is None:
            return None
        model, end = found
        return {"unit": model.unit, "head": after[0], "model": model, "end": end, "tail_end": end}

    def noun_before(self, s: _Sentence, n: Numeral) -> Mention | None:
        """ "ramp up deliveries of 155mm shells to Kyiv to 3,000 a month", "die Zahl der Panzer auf acht erhöhen": a
        bare number after "to"/"auf" counts the noun named after "deliveries of"/"Zahl der" earlier in its clause
        (or the noun a figure verb puts the number on: :meth:`figure_put`)."""
        p, text = self.p, self.text
        before = s.toks_before(n.start)
        apposed = self.apposed_count(s, n, before)
        if apposed is not None:
            return apposed
        if p.number_of is None or p.raised_to is None or not before:
            return None
        clause = s.clause_of(n.start)
        if _whole_at(p.raised_to, text, before[-1].start, before[-1].end):
            cues = list(p.number_of.finditer(text, clause[0], before[-1].start))
            if not cues:
                # "erhöht die Zahl der Kampfpanzer, die an die Ukraine gehen, von 14 auf 18": across a relative clause
                cues = list(p.number_of.finditer(text, self.across_relative(s, clause), clause[0]))
            if cues:
                return self.counted_after_cue(s, n, cues[-1].end())
        return self.figure_put(s, n, before[-1], clause)

    def across_relative(self, s: _Sentence, clause: tuple[int, int]) -> int:
        """Where the clause that a relative clause right before ``clause`` interrupts starts (``clause``'s own start
        when the clause before it is no relative clause)."""
        k = s.clauses.index(clause) if clause in s.clauses else 0
        relatives = self.lex.sentences.relatives
        for j in (k, k - 1):  # the clause itself opens with the relative word ("…, die an die Ukraine gehen, von 14 auf
            # 18": the comma before "von" closes no clause), or the clause before it does
            first = s.toks_from(s.clauses[j][0])[:1] if j >= 1 else []
            if first and first[0].low in relatives:
                return s.clauses[j - 1][0]
        return clause[0]

    def apposed_count(self, s: _Sentence, n: Numeral, before: Sequence[Token]) -> Mention | None:
        """ "Norway is contributing Leopard 2A4 tanks, eight in all, …", "Leopard-Panzer, acht an der Zahl": a bare
        number set off by a comma right after a counted noun (or model), a total word (``units.apposed_totals``) after
        it, counts that noun."""
        if len(before) < 2 or before[-1].text != "," or not before[-2].is_word:
            return None
        after = [t.low for t in s.toks_from(n.end)[:3]]
        if not any(after[: len(w)] == w for w in self.apposed_totals):
            return None
        named = self.last_counted_noun(before[-2:-1])
        if named is None:
            return None
        tok, unit, model = named
        unit = unit or (model.unit if model is not None else None)
        m = Mention("count", n.start, n.end, n.value, unit, s.index, low=n.low, high=n.high, per=n.per, model=model)
        m.item_span = (tok.start, tok.end)
        m.item = tok.text
        m.extra["num_end"] = n.end
        m.extra["head"] = tok.low
        return m

    def figure_put(self, s: _Sentence, n: Numeral, at: Token, clause: tuple[int, int]) -> Mention | None:
        """ "the Pentagon put its Bradley fighting vehicles at 50": a figure verb, its noun, "at" and a bare number."""
        p, text = self.p, self.text
        if p.figure_verbs is None or p.figure_at is None:
            return None
        word = _starts_at(p.figure_at, text, at.start, at.end)
        if word is None or word.end() != at.end:
            return None
        verbs = list(p.figure_verbs.finditer(text, clause[0], at.start))
        if not verbs:
            return None
        words = [t for t in s.toks_from(verbs[-1].end()) if t.start < at.start]
        k = 0
        while k < len(words) and words[k].low in self.lex.donors.skip:
            k += 1  # "its", "seine": the noun follows
        if k >= len(words) or not words[k].is_word:
            return None
        m = self.counted_after_cue(s, n, words[k].start)
        if m is not None and self.has(p.recipient, words[k].start, words[k].end):
            m.extra["recipient_holds"] = True  # "put Ukraine's Caesar fleet at 18": what Ukraine has, no pledge
        return m

    def counted_after_cue(self, s: _Sentence, n: Numeral, start: int) -> Mention | None:
        """The count ``n`` of the noun phrase that starts at ``start``, before it in its clause."""
        text = self.text
        np = self.noun_phrase(s.toks, start)
        if np is None or np["unit"] == "piece" or np["unit"] in _CONTEXT_UNITS:
            return None
        if np["unit"] == "person" and not self.has(self.p.training, *s.clause_of(n.start)):
            return None  # (but "double the number of Ukrainian soldiers it trains … to 30,000" counts trainees)
        words_end = max(np["end"], np["tail_end"])  # "Kampfpanzer Leopard 2 A6": the model's number is the item's
        for o in s.numerals:
            if words_end <= o.start < n.start and not o.is_year and o.end != n.end:  # (a range read as its end)
                word = s.toks_before(o.start)[-1:]
                if not word or word[0].low not in self.range_openers:
                    return None  # a figure of something else stands between
                # "die Zahl der Panzer von 14 auf 18 erhöhen": the old figure, superseded by the new one
        m = Mention(
            "count", n.start, n.end, n.value, np["unit"], s.index, low=n.low, high=n.high, per=n.per, model=np["model"]
        )
        words = (start, max(np["tail_end"], np["end"]))
        m.item = text[words[0] : words[1]].strip() or None
        m.extra["item_words"] = words  # the item stands before the number: for the category, not the donor
        m.extra["num_end"] = n.end
        m.extra["head"] = np["head"].low if np["head"] is not None else None
        self.rate_after(s, m)
        return m

    def raised_from(self, s: _Sentence, n: Numeral) -> Numeral:
        """ "its framework was increased from NOK 75 billion to NOK 135 billion": after a raising verb, "from A to B"
        is no range but the old figure and the new one. B is the pledge; A, superseded, is no figure of its own
        (SCHEMA rule 4), and the midpoint of the two would be a number nobody said."""
        if not n.is_range or n.percent or n.high is None or self.p.raise_verbs is None:
            return n
        text = self.text
        head = text[n.start : n.end].lower()
        closer = next((c for o, c in self.lex.ranges.frames if head.startswith(o + " ")), None)
        if closer is None:
            return n
        if not self.has(self.p.raise_verbs, s.clause_of(n.start)[0], n.start):
            return n
        at = head.rfind(f" {closer} ")
        if at < 0:
            return n
        start = n.start + at + len(closer) + 2
        return replace(n, start=start, value=n.high, low=None, high=None, is_range=False)

    def worth_not_bound(self, s: _Sentence, n: Numeral) -> Numeral:
        """ "Kredite über 50 Milliarden": after a noun the word means "of/worth", not "more than"."""
        if n.low is None and n.high is None:
            return n
        words = self.text[n.start : n.end].split(None, 1)
        first = words[0].lower() if words else ""
        before = s.toks_before(n.start)
        if len(words) == 2 and before and f"{before[-1].low} {first}" in self.p.particle_verbs:
            # "hand over 12 howitzers": the particle of the verb, not a bound
            return replace(n, start=n.end - len(words[1]), low=None, high=None)
        if first not in self.p.value_prepositions:
            return n
        if len(before) < 2 or not before[-1].is_word or not self.p.noun_end.search(before[-1].text):
            return n  # sentence start or after a preposition ("von über 50"): a bound
        return replace(n, low=None, high=None)

    def share(self, s: _Sentence, n: Numeral) -> Mention | None:
        """ "0,25 Prozent seiner Wirtschaftsleistung", "0.25% of its GDP": a pledged share of the economy."""
        if self.p.share_of is None or n.is_range:
            return None
        hi = s.window_after(n.end, 4)
        cue = self.first(self.p.share_of, s, n.end, hi)
        if cue is None:
            return None
        clause = s.clause_of(n.start)
        per: str | None = n.per
        if per is None:
            rest = self.text[cue.end() : clause[1]].lower()
            per = next((v for k, v in self.p.rate_after if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", rest)), None)
        if per is None and self.p.rate_adverb is not None:
            adverb = self.first(self.p.rate_adverb, s, clause[0], clause[1])
            if adverb is not None:
                word = re.sub(r"\s+", " ", adverb.group().lower())
                per = next((str(v) for k, v in self.lex.rates.adverbs.items() if word.startswith(k)), None)
        return Mention("share", n.start, cue.end(), n.value, "percent", s.index, low=n.low, high=n.high, per=per)

    def rate_after(self, s: _Sentence, m: Mention) -> None:
        if m.per is not None:
            return
        end = _item_end(m)
        rest = self.text[end : min(s.end, end + 30)].lower()
        rest = rest.lstrip(" ,")
        for phrase, per in self.p.rate_after if rest.startswith(self.rate_phrases) else ():
            if self.rate_at(rest, phrase):
                m.per = per
                return
        self.rate_before(s, m)

    def rate_at(self, rest: str, phrase: str, *, digits_end: bool = False) -> bool:
        """``rest`` opens with the rate phrase ``phrase`` as a whole, and not as a point in time ("a day earlier",
        "im Jahr zuvor"). ``digits_end``: a digit after the phrase ends it too ("jährlich2" is no word)."""
        if not rest.startswith(phrase):
            return False
        after = rest[len(phrase) :]
        glued = after[:1].isalnum() if digits_end else after[:1].isalpha()
        if glued:
            return False
        nxt = _NEXT_WORD.match(after)
        if nxt is not None and len(nxt.group(1)) == 4 and nxt.group(1).isdigit():
            return False  # "für die Ukraine im Jahr 2023": a year named, no rate
        return nxt is None or nxt.group(1) not in self.lex.rates.not_before

    def rate_later(self, s: _Sentence, m: Mention) -> None:
        """ "€50 million for ammunition every month": a rate phrase a few words after a sum, in its clause part."""
        if m.per is not None:
            return
        clause = s.clause_of(m.start)
        toks = s.toks
        # the tokens from the sum's end that end in its clause: tokens are in text order (starts and ends ascend)
        first = bisect.bisect_left(s.starts, m.end)
        words = _outside_brackets(toks[first : max(first, bisect.bisect_right(s.ends, clause[1]))])[:7]
        for k, t in enumerate(words):
            if t.text in (",", ";", "(", ")"):
                return
            # a figure ends the search, unless the rate opens a yearly period ("€200 million in military assistance
            # each year from 2024 to 2026")
            if t.start in self.numeral_starts and not any(
                n.start == t.start and n.is_year and n.per is not None for n in s.numerals
            ):
                return
            rest = self.text[t.start : min(s.end, t.start + 30)].lower()
            for phrase, per in self.p.rate_after if rest.startswith(self.rate_phrases) else ():
                if self.rate_at(rest, phrase):
                    if k > 0 and self.p.rate_adverb is not None and phrase.count(" ") == 0:
                        return  # a lone adverb further on ("daily") may qualify a verb: only phrases reach
                    if k > 0 and _ends_with(self.p.within, self.text, words[k - 1].start, t.start):
                        return  # "€40 billion … within a year": a deadline, not a rate
                    m.per = per
                    return

    def rate_each_year(self, s: _Sentence, m: Mention) -> None:
        """ "$300 million for it in each of fiscal years 2024 and 2025", "in den Jahren 2026 und 2027 mit jeweils 40
        Milliarden Kronen": a sum said of each of two or more years (or of each year of a span) is a sum per year.

        The cue (``rates.each_year_after``) follows the sum in its clause, no other figure between, and two years or
        a span of years ("the next two years") follow it; or the cue (``rates.each_year_before``) stands right before
        the sum, and two years or a span stand before it in its clause. "Die USA und die EU übernehmen jeweils 20
        Milliarden" names no years: each of the givers, not each year."""
        rates = self.lex.rates
        if m.per is not None or not (rates.each_year_before or rates.each_year_after):
            return
        clause = s.clause_of(m.start)
        last = s.toks_before(m.start)[-1:]
        if last and last[0].low in rates.each_year_before and last[0].start >= clause[0]:
            after = min(clause[1], s.window_after(_item_end(m), 7))  # "nach jeweils 2,3 Mrd. Pfund in den Jahren …"
            if self.years_between(s, clause[0], last[0].start, m) or self.years_between(s, _item_end(m), after, m):
                m.per = "year"
            return
        phrases = self.each_year_after
        if not phrases:
            return
        text = self.text
        first = bisect.bisect_left(s.starts, _item_end(m))
        for t in s.toks[first : first + 8]:
            if t.end > clause[1] or t.text in (",", ";", "(", ")"):
                return
            if t.start in self.numeral_starts:
                return  # another figure, or a year before the cue ("in 2026 and in each of …")
            rest = text[t.start : t.start + 24].lower()
            if not rest.startswith(phrases):
                continue
            for phrase in phrases:
                if rest.startswith(phrase) and not rest[len(phrase) : len(phrase) + 1].isalpha():
                    stop = min(clause[1], s.window_after(t.start + len(phrase), 6))
                    if self.years_between(s, t.start + len(phrase), stop, m):
                        m.per = "year"
                    return

    @staticmethod
    def years_between(s: _Sentence, start: int, end: int, m: Mention) -> bool:
        """Whether ``[start, end)`` of the sentence names two years or more, or a span of two years or more. Years
        named are the period of ``m`` (``extra["each_years"]``, see :meth:`period_of`): the years it is each of."""
        years: list[int] = []
        for n in s.numerals:
            if start <= n.start < end and n.is_year:
                if n.is_range and n.low is not None and n.high is not None:
                    years += [int(n.low), int(n.high)]  # "2024 bis 2026", read as one range
                else:
                    years.append(int(n.value))
        if len(years) >= 2:
            m.extra["each_years"] = (min(years), max(years))
            return True
        return any(start <= n.start < end and n.duration == "year" and n.value >= 2 for n in s.numerals)

    def rate_before(self, s: _Sentence, m: Mention) -> None:
        """ "Jährlich will Norwegen der Ukraine über X rund 15 Mrd. Kronen ...": a rate word before the amount.

        An adverb ("jährlich", "annually", "each year") reaches ten words back in the same part of the
        clause, an adjective ("jährliche", "annual") two; no other amount between (years may stand between).
        """
        if m.per is not None:
            return
        clause = s.clause_of(m.start)
        amounts = {n.start for n in s.numerals if not n.is_year}
        every = self.rate_every
        toks = s.toks
        # the last ten of the tokens ending by the amount that start in its clause: tokens are in text order, so
        # those ending by it are a prefix, and those starting in the clause a suffix of that prefix
        upto = bisect.bisect_right(s.ends, m.start)
        before = toks[max(bisect.bisect_left(s.starts, clause[0]), upto - 10) : upto]
        for k, t in enumerate(reversed(before)):
            if t.start in amounts or t.text in (",", ";", "(", ")"):
                return
            rest = self.text[t.start : min(s.end, t.start + 30)].lower()
            for phrase, per in self.p.rate_after if rest.startswith(self.rate_phrases) else ():
                adverb = " " not in phrase or phrase.startswith(every)
                # "sollen im Monat 50.000 Granaten gehen", "pro Jahr 500 Millionen Euro": a phrase right before it
                gap = self.text[t.start + len(phrase) : m.start].strip()
                # "Pro Jahr sind das 15 Milliarden Kronen": only a restatement cue between the phrase and the amount
                right_before = not gap or (
                    self.p.restate_before is not None and self.p.restate_before.fullmatch(gap) is not None
                )
                # "Pro Jahr sollen damit 15 Milliarden Kronen fließen": a phrase that opens the clause reaches its amount
                fronted = t.start == clause[0] or t.start == s.start
                if (adverb or right_before or fronted) and self.rate_at(rest, phrase, digits_end=not right_before):
                    m.per = per
                    return
            if k < 2 and t.low in self.p.rate_adverbs:
                m.per = self.lex.rates.adverbs[t.low]
                return

    def growth(self, s: _Sentence, n: Numeral) -> Mention | None:
        per: str | None = n.per
        clause = s.clause_of(n.start)
        if per is None:
            rest = self.text[n.end : min(clause[1], n.end + 40)].lower()
            for phrase, p in self.p.rate_after:
                if phrase in rest:
                    per = p
                    break
        if per is None:
            lo = max(clause[0], s.window_before(n.start, 6))
            for adverb in self.p.rate_adverb.finditer(self.text, lo, n.start) if self.p.rate_adverb else ():
                word = adverb.group().lower()
                word = re.sub(r"\s+", " ", word)
                per = next((str(v) for k, v in self.lex.rates.adverbs.items() if word.startswith(k)), None)
        if per is None:
            return None
        lo = s.window_before(n.start, 5)
        hi = s.window_after(n.end, 4)
        if not self.has(self.p.growth, max(lo, clause[0]), min(hi, clause[1])):
            return None
        factor = _PER_YEAR_FACTOR.get(per, 1.0)
        if per not in ("year", "quarter"):
            return None
        return Mention("growth", n.start, n.end, 0.0, None, s.index, growth=n.value * factor, per="year")

    def ordinal(self, n: Numeral) -> bool:
        """ "the fifty-sixth package": a tens word joined to an ordinal is a rank, not a count."""
        if self.p.ordinal_units is None or self.text[n.end : n.end + 1] not in ("-", " "):
            return False
        if not n.is_word or n.value not in self.lex.numbers.tens.values():
            return False  # "19 second-hand tanks": no tens word before
        m = self.p.ordinal_units.match(self.text, n.end + 1, min(len(self.text), n.end + 12))
        return m is not None

    def is_date(self, s: _Sentence, n: Numeral) -> bool:
        if self.p.months is None or not self.has(self.p.months, s.start, s.end):
            return False  # no month in the sentence: none near the number either
        hi = s.window_after(n.end, 2)
        nxt = s.token_from(n.end)
        # (a lower-case word between is no part of a date: "raised its contribution to 18 in March")
        if (nxt is None or not (nxt.is_word and nxt.text[:1].islower())) and self.month(s, n.end, hi):
            return True
        # "June 25" is a date in English; in German a day stands before its month ("bis Ende Juni 25 Panzer"); a
        # day follows its month at once ("Belgium in May promised 30 F-16s": 30 is no day), a year may come later
        # ("December 16, 2022")
        lo = s.window_before(n.start, 3 if n.is_year else 1)
        return (self.lex.periods.day_after_month or n.is_year) and self.month(s, lo, n.start)

    def month(self, s: _Sentence, start: int, end: int) -> bool:
        """A month name in ``text[start:end]``, capitalised as months are ("May", not the verb "may")."""
        if self.p.months is None or not self.has(self.p.months, start, end):
            return False
        return any(
            start <= a and b <= end and self.text[a].isupper() for a, b in self.sentence_matches(self.p.months, s.index)
        )

    def is_model_number(self, s: _Sentence, n: Numeral) -> bool:
        if n.start >= 2 and self.text[n.start - 1] == "-" and self.text[n.start - 2].isalnum():
            return True  # "Mirage 2000-5", "Su-25": a number glued by a hyphen to a name or number is part of it
        if _is_sum(n):
            return False  # "über PURL 200 Millionen Euro": an amount of money designates nothing
        before = s.toks_before(n.start)
        if not before:
            return False
        prev = before[-1]
        if prev.low in self.p.model_prefixes or prev.low.rstrip(".") in self.p.model_prefixes:
            return True
        if prev.low in self.lex.units.calibre_words:
            return True  # "im Kaliber 122": a calibre
        if len(before) > 1 and before[-2].low in self.p.model_prefixes and prev.is_word:
            return True  # "vom Typ ASC 890"
        # "handing Stridsvagn 122 tanks to Ukraine", "ten Stridsbåt 90 combat boats"; "ASC 890": a designation, not
        # a count; unless the word is part of a donor's name (looked up only then)
        named = self.capitalised_name(s, before, n) or _designation(self.text, prev, n.start)
        if named and not any(h.start <= prev.start < h.end for h in s.donors):
            return True
        if len(before) > 1 and not n.is_year and self.type_after_noun(before[-2], prev, n):
            return True  # "Schützenpanzer Pbv 302", "Kampfpanzer Strv 122": the type named after the noun
        found = self.model_at(prev)
        return found is not None and found[1] >= prev.end - 1 and self.text[prev.end : n.start].strip() == ""

    def type_after_noun(self, noun: Token, word: Token, n: Numeral) -> bool:
        """A short capitalised word (2-4 letters, not all capitals: "Pbv", "Strv") between an equipment noun and the
        number, one space each: a type's designation, in a language that capitalises every noun too."""
        letters = word.text
        return (
            2 <= len(letters) <= 4
            and letters.isalpha()
            and letters[0].isupper()
            and not letters.isupper()
            and _one_space(self.text, noun.end, word.start)
            and _one_space(self.text, word.end, n.start)
            and self.unit_of(noun.low) is not None
        )

    def capitalised_name(self, s: _Sentence, before: list[Token], n: Numeral) -> bool:
        """A capitalised word, not the sentence's first, right before the number (one space), in a language that
        capitalises only names: a model's name ("Stridsvagn 122"), unless it is a state, a month, the recipient or
        a currency."""
        if not self.lex.units.names_capitalised or len(before) < 2:
            return False
        prev = before[-1]
        if not prev.is_word or not prev.text[:1].isupper() or not _one_space(self.text, prev.end, n.start):
            return False
        if n.currency is not None or before[-2].text in '.!?:;"“”„«»(–—' or prev.low in self.lex.donors.skip:
            return False  # "LISBON – The three tanks": a dateline's dash opens the sentence; "The" names nothing
        return not (
            self.has(self.p.recipient, prev.start, prev.end)
            or self.has(self.p.months, prev.start, prev.end)
            or state_named(self.text, prev.start, prev.end, self.lang) is not None
        )

    def ones(self, s: _Sentence) -> list[Mention]:
        """ "ein zweites Flugabwehrsystem", "pledged an air defence system": a quantity of one."""
        out: list[Mention] = []
        if self.countable is not None and not self.may_hold(self.countable, s):
            return out  # no word that may make a countable noun phrase: neither an article nor "one of" counts here
        toks = s.toks
        taken = [(n.start, n.end) for n in s.numerals]
        # the tokens where a cue word starts, in text order: found by bisection from the cue's matches in the
        # sentence (the ones read() may have asked has() for already), not by visiting every token
        hits = self.sentence_matches(self.may_be_one, s.index) if self.may_be_one is not None else []
        for at, _ in hits:
            i = bisect.bisect_left(s.starts, at)
            if i == len(toks) or toks[i].start != at or any(a <= at < b for a, b in taken):
                continue
            tok = toks[i]
            is_article = _starts_at(self.p.articles, self.text, tok.start, tok.end) is not None
            is_one = _starts_at(self.p.one_words, self.text, tok.start, tok.end) is not None
            sole = _starts_at(self.p.sole, self.text, tok.start, tok.end) is not None
            if sole and not is_one and not is_article:
                prev = toks[i - 1].low if i > 0 else ""
                first = (
                    tok.low in self.lex.cues.definite_first
                    and prev in self.lex.donors.skip
                    and prev not in self.lex.cues.articles
                    and (i < 2 or toks[i - 2].low not in self.lex.cues.copulas)  # "war das erste …": a rank
                )
                if prev not in self.lex.donors.possessives and not first:
                    continue  # "its single S-300 system", "das erste IRIS-T SLM": one; "a single battery" is the article's
                is_one = True
            elif not (is_article or is_one):
                continue
            nxt = i + 1
            # a bare article counts one only after or before a giving verb (given() below); that is asked last,
            # once the words after it are known to make a countable noun phrase: most articles fail there, and
            # the verb checks cost more. Every check only reads the text, so the order changes no answer.
            bare = False
            if is_article and not is_one:
                follows_one = nxt < len(toks) and (
                    _starts_at(self.p.one_words, self.text, toks[nxt].start, toks[nxt].end) is not None
                )
                if follows_one:
                    nxt += 1
                    if nxt + 1 < len(toks) and toks[nxt].text == ",":
                        nxt += 1  # "ein weiteres, inzwischen drittes Flugabwehrsystem"
                else:
                    bare = True
            elif is_one and not is_article:
                prev = toks[i - 1].low if i > 0 else ""
                if (prev not in self.lex.donors.skip or prev in self.lex.donors.possessives) and not sole:
                    continue  # "the third Patriot" is one; "its fourth batch of jets" is not a count
                if i > 0 and _starts_at(self.p.plural_ones, self.text, toks[i - 1].start, tok.end) is not None:
                    continue  # "Die weiteren Systeme sollen folgen": plural, none counted
            if nxt >= len(toks):
                continue
            if "-" in toks[nxt - 1].text:  # "second-hand"
                continue
            if i > 0 and _ends_with(self.p.pieces_of, self.text, s.window_before(tok.start, 2), tok.start):
                continue  # "parts of its Kub air defence system": pieces of one, not a whole
            if i > 0 and _starts_at(self.p.such, self.text, toks[i - 1].start, toks[nxt].end) is not None:
                continue  # "the second such system sent to Ukraine": a rank among the ones given, not one more
            if (
                is_one
                and not is_article
                and _starts_after_spaces(self.p.same_type, self.text, toks[nxt].end, s.end) is not None
            ):
                continue  # "das dritte System dieses Typs", "the third system of this type": a rank, as "such" is
            if (
                nxt + 1 < len(toks)
                and toks[nxt].low in self.lex.cues.whole_adjectives
                and self.formation_unit(toks[nxt + 1].low) is not None
            ):
                nxt += 1  # "eine komplette Brigade von 4500 Soldaten", "a full brigade of 4,500 troops"
            formation = self.formation_of_count(s, tok, toks[nxt])
            if formation is not None and formation.extra.get("restated") and (not bare or self.given(s, toks, i)):
                formation = None  # (a giving verb reads it the usual way, with its equipment in the item)
            if formation is not None:
                # ("eine Kompanie mit 14 Kampfpanzern … überlassen": its members' clause gives it)
                if (
                    bare
                    and not formation.extra.get("restated")
                    and not self.has(self.p.pledge, *s.clause_of(tok.start))
                    and not self.given(s, toks, i)
                ):
                    continue
                out.append(formation)
                taken.append((formation.start, formation.end))
                continue
            linked = nxt + 1 < len(toks) and toks[nxt + 1].low in self.lex.units.counter_links  # (asked first: cheap)
            unit = self.formation_unit(toks[nxt].low) if linked else None
            if unit is not None:
                # "a company of Leopard tanks" (no number after "of"): one formation
                if nxt + 2 < len(toks) and toks[nxt + 2].start in self.numeral_starts:
                    continue  # "a company of 14 tanks": formation_of_count's (members_of) when it reads that way
                if bare and not self.given(s, toks, i):
                    continue
                m = Mention("count", tok.start, toks[nxt].end, 1.0, unit, s.index)
                m.item_span = (toks[nxt].start, toks[nxt].end)
                m.item = toks[nxt].text
                m.extra["head"] = toks[nxt].low
                m.extra["one"] = True
                out.append(m)
                taken.append((m.start, m.end))
                continue
            np = self.noun_phrase(toks, toks[nxt].start)
            if np is None or np["unit"] in ("piece", "person"):
                continue
            if tok.low in self.lex.donors.possessives and (np["head"] is None or np["unit"] == "round"):
                continue  # "its S-300 air defence system" is one; "its own MiG-29 fleet", "their ammunition" are not
            if any(toks[nxt].start <= n.start < np["end"] for n in s.numerals):
                continue  # "an initial batch of six F-16s": the number counts, not the article
            head = np["head"]
            links = self.lex.units.counter_links
            if head is not None and any(t.low in links for t in toks[nxt:] if t.start < head.start):
                continue  # "a further batch of ammunition", "a squadron of tanks": one container, not one item
            plural = head is not None and head.low.endswith("s") and self.p.noun_end.search(head.text) is not None
            if plural and not self.lex.units.compound_heads:
                continue  # "an ... systems" cannot be one thing
            if bare and not self.given(s, toks, i):
                continue
            m = Mention("count", tok.start, np["end"], 1.0, np["unit"], s.index, model=np["model"])
            if np["unit"] not in _CONTEXT_UNITS:
                named = self.unit_of(toks[nxt].low)
                if named in _CONTEXT_UNITS:
                    m.unit, m.end = named, toks[nxt].end  # "eine Kompanie Leopard-2-Panzer"
            item_start = toks[nxt].start
            m.item_span = (item_start, max(np["tail_end"], np["end"]))
            m.item = self.text[item_start : m.item_span[1]].strip() or None
            m.extra["head"] = head.low if head is not None else None
            m.extra["one"] = True
            if sole and tok.low in self.lex.cues.definite_first:
                m.extra["first"] = True
            out.append(m)
            taken.append((m.start, m.end))
        out.extend(self.one_of(s, taken))
        return out

    def given(self, s: _Sentence, toks: Sequence[Token], i: int) -> bool:
        """Whether the article ``toks[i]`` (not before a "one" word) stands where a giving verb gives what follows:
        after the verb, before it (a passive opening the sentence, a verb closing the clause), or in a list after a
        count."""
        nxt = i + 1
        return (
            self.verb_before(s, toks, i)
            or (i == 0 and nxt < len(toks) and self.passive_after(s, toks[nxt].start))
            or (nxt < len(toks) and self.verb_after(s, toks[nxt].start))
            or self.listed_after_count(s, toks, i)
            or self.given_after_phrase(s, toks, i)
            or self.contained_after(s, toks, i)
            or self.recipients_formation(s, toks, i)
            or self.restates_count_before(s, toks, i)
        )

    def given_after_phrase(self, s: _Sentence, toks: Sequence[Token], i: int) -> bool:
        """What follows the article's noun phrase gives it (:meth:`listed_before_count`, :meth:`given_in_relative`,
        :meth:`valued_after`), the phrase read once for the three."""
        if i + 1 >= len(toks):
            return False
        np = self.noun_phrase(toks, toks[i + 1].start)
        if np is None:
            return False
        end = max(np["end"], np["tail_end"])
        return self.listed_before_count(s, toks[i], end) or self.given_in_relative(s, end) or self.valued_after(s, end)

    def listed_before_count(self, s: _Sentence, article: Token, end: int) -> bool:
        """ "werde der Ukraine eine Patriot-Flugabwehrbatterie sowie bis Ende März rund 40 Schützenpanzer liefern": an
        article whose noun phrase (ending at ``end``) a coordinator joins to a count after it in its clause, a clause
        with a giving word, counts one, as the count's verb gives both."""
        after = s.token_from(end)
        if self.p.pledge is None or after is None or after.low not in self.lex.units.coordinators:
            return False
        clause = s.clause_of(article.start)
        if not any(c.kind == "count" and after.end <= c.start < clause[1] for c in s.candidates):
            return False
        return self.has(self.p.pledge, clause[0], clause[1])

    def valued_after(self, s: _Sentence, end: int) -> bool:
        """ "ein NASAMS-Flugabwehrsystem im Wert von 406 Millionen Dollar in den USA zu kaufen und an Kiew weiterzugeben":
        an article whose noun phrase (ending at ``end``) a value cue and a sum follow right away counts one, the sum its
        value."""
        cue = _starts_after_spaces(self.p.value, self.text, end, s.end)
        return cue is not None and any(
            c.kind == "money" and c.start >= cue.end() and not self.text[cue.end() : c.start].strip()
            for c in s.candidates
        )

    def given_in_relative(self, s: _Sentence, end: int) -> bool:
        """ "Nach einem Flugabwehrsystem vom Typ IRIS-T SLM, das Kanzler Olaf Scholz Anfang Juni zugesagt hatte": an
        article whose noun phrase (ending at ``end``) a relative clause with a giving word follows counts one."""
        relative = self.relative_after(s, end)
        if self.p.pledge is None or relative is None:
            return False
        rest = s.clause_of(relative.start)
        comma = _comma(self.text, relative.end, rest[1])
        return self.has(self.p.pledge, relative.end, rest[1] if comma < 0 else comma)

    def restates_count_before(self, s: _Sentence, toks: Sequence[Token], i: int) -> bool:
        """ "14 Kampfpanzer Leopard 2A6 – genug für eine Kompanie": an article right after a restatement cue, after a
        count in the sentence, counts one (the restatement of that count, :meth:`link_restatements`)."""
        if i == 0 or not self.restated_at(s, toks[i].start):
            return False
        return any(c.kind == "count" and c.end <= toks[i].start for c in s.candidates)

    def recipients_formation(self, s: _Sentence, toks: Sequence[Token], i: int) -> bool:
        """ "Außerdem soll eine ukrainische Brigade … ausgebildet und ausgerüstet werden": a formation the recipient's
        adjective names, in a clause that trains or equips (a training or giving word), is one given."""
        if i + 2 >= len(toks):
            return False
        np = self.noun_phrase(toks, toks[i + 1].start)
        if np is None or np["unit"] not in _CONTEXT_UNITS or np["head"] is None:
            return False
        if not self.has(self.p.recipient, toks[i + 1].start, np["head"].start):
            return False
        clause = s.clause_of(toks[i].start)
        return self.has(self.p.training, clause[0], clause[1]) or self.has(self.p.pledge, clause[0], clause[1])

    def formation_unit(self, low: str) -> str | None:
        """The formation a noun names ("Kompanie", "battalion"; "company" only as restatements.formations has it)."""
        unit = self.unit_of(low) or self.lex.restatements.formations.get(low)
        return unit if unit in _CONTEXT_UNITS else None

    def formation_of_count(self, s: _Sentence, article: Token, noun: Token) -> Mention | None:
        """ "a company of 14 Leopard 2 A6 tanks", "eine Kompanie mit 14 Leopard": one formation, pledged as such;
        the count right after it restates it (:meth:`members_of`)."""
        unit = self.formation_unit(noun.low)
        if unit is None:
            return None
        count = next((n for n in s.numerals if n.start >= noun.end), None)
        if count is None:
            return None
        gap = " ".join(self.text[noun.end : count.start].split()).lower()
        restated = gap not in self.lex.restatements.members
        if restated and not self.restated_after(s, noun.end, count.start):
            return None
        m = Mention("count", article.start, noun.end, 1.0, unit, s.index)
        m.item_span = (noun.start, noun.end)
        m.item = noun.text
        m.extra["head"] = noun.low
        m.extra["one"] = True
        if restated:
            m.extra["restated"] = True  # the count says what it is: a formation given, whatever the verb's place
        return m

    def restated_after(self, s: _Sentence, end: int, start: int) -> bool:
        """ "eine Kompanie Leopard-Panzer – also 14 Kampfpanzer", "eine Kompanie an die Ukraine, also 14 Leopard": a
        restatement cue (``restatements.before``) right before the count, after a comma or dash, at most eight words
        after the formation's noun."""
        words = self.text[end:start].split()
        if not words or len(words) > 8:
            return False
        cut = max(self.text.rfind(",", end, start), self.text.rfind("–", end, start), self.text.rfind("—", end, start))
        return cut >= 0 and _ends_with(self.p.restate_before, self.text, cut + 1, start)

    def listed_after_count(self, s: _Sentence, toks: Sequence[Token], i: int) -> bool:
        """ "around 40 Marder infantry fighting vehicles and a Patriot battery": an article joined by "and" right
        after a counted item of the same list counts one, as the count's verb gives both."""
        if i < 2:
            return False
        also = i > 2 and toks[i - 2].low in self.lex.units.coordinators
        if also and _whole_at(self.p.also_opening, self.text, toks[i - 1].start, toks[i - 1].end):
            i -= 1  # "40 Marder und dazu eine Patriot-Batterie": an additive word after the coordinator
        elif (
            toks[i - 2].text == ","
            and _whole_at(self.p.also_opening, self.text, toks[i - 1].start, toks[i - 1].end)
            and any(c.kind == "count" and c.end <= toks[i - 2].start for c in s.candidates)
        ):
            return True  # "Rund 40 Marder will Berlin bis Ende März in die Ukraine bringen, dazu eine Patriot-Batterie"
        if toks[i - 1].low not in self.lex.units.coordinators:
            # "send four more Leopard 2 tanks, bringing the number to eight, along with an armoured recovery vehicle"
            lead = toks[max(0, i - 3)].start  # (three words: "as well as")
            joined = _ends_with(self.p.joint, self.text, lead, toks[i - 1].end)
            return joined and any(c.kind == "count" and c.end <= lead for c in s.candidates)
        if self.counts_listed_before(s, toks[i - 1].start):
            return True
        before = toks[i - 2]  # "gibt 40 Marder ab und dazu eine Patriot-Batterie": a split verb's particle between
        if before.text == ",":
            # "… 40 Marder liefern, die bis Ende März eintreffen sollen, und zudem eine Patriot-Batterie"
            before = self.before_relative_clause(toks, i - 2) or before
            if before.text != "," and self.counts_listed_before(s, before.end):
                return True  # "around 40 Marder vehicles, which should arrive by March, and a Patriot battery"
        particle = any(_whole_at(part, self.text, before.start, before.end) for _, part in self.p.separable)
        if particle and self.counts_listed_before(s, before.start):
            return True
        if _whole_at(self.p.pledge, self.text, before.start, before.end) and any(
            c.kind == "count" and s.clause_of(c.start) == s.clause_of(before.start) and c.end <= before.start
            for c in s.candidates
        ):  # "will rund 40 Marder bis Ende März liefern und zudem eine Patriot-Batterie abgeben": the count's verb
            return True
        # "liefert der Ukraine Schützenpanzer vom Typ Marder sowie eine Patriot-Batterie": after a countable noun
        # without a number, a few words back, that a giving verb right before it gives
        for j in range(i - 2, max(-1, i - 8), -1):
            t = toks[j]
            if not t.is_word or t.low in self.lex.units.coordinators:
                return False
            if t.start not in self.numeral_starts and self.unit_of(t.low) is not None:
                if any(c.kind == "count" and self.has(self.p.inclusion, c.end, t.start) for c in s.candidates):
                    return False  # "five systems, including Patriot batteries and a SAMP/T": parts of the count
                return (j == 0 or toks[j - 1].start not in self.numeral_starts) and self.verb_before(s, toks, j)
        return False

    def before_relative_clause(self, toks: Sequence[Token], k: int) -> Token | None:
        """The word before the relative clause that the comma ``toks[k]`` closes ("liefern, die bis Ende März eintreffen
        sollen,": "liefern"), or None where no comma and relative word open one within twelve words before it."""
        relatives = self.lex.sentences.relatives
        for j in range(k - 1, max(0, k - 13), -1):
            if toks[j].text == ",":
                if j + 1 < k and toks[j + 1].low in relatives and j > 0 and toks[j - 1].is_word:
                    return toks[j - 1]
                return None
        return None

    def listed_after_third_party(self, s: _Sentence, m: Mention) -> bool:
        """ "agreed to sell Poland about 1,000 K2 tanks and more than 600 K9 howitzers": a count joined by a
        coordinator to a count given to a third state goes to that state too."""
        words = s.toks_before(m.start)[-1:]
        if not words or words[0].low not in self.lex.units.coordinators:
            return False
        clause = s.clause_of(m.start)
        return any(
            third_party(self.text, clause[0], clause[1], o.start, _item_end(o), self.lang)
            for o in self.counts_listed_before(s, words[0].start)
        )

    def counts_listed_before(self, s: _Sentence, joint: int) -> list[Mention]:
        """The counted candidates whose words end right before the coordinator at ``joint`` ("40 Marder | and")."""
        return [
            c
            for c in s.candidates
            if c.kind == "count" and c.start < joint and not self.text[_item_end(c) : joint].strip()
        ]

    def one_of(self, s: _Sentence, taken: list[tuple[int, int]]) -> list[Mention]:
        """ "one of its Patriot systems", "eines seiner Patriot-Systeme": one item of a plural noun."""
        out: list[Mention] = []
        if self.p.one_of is None:
            return out
        # the sentence's matches, cached and screened (most sentences lack the cue): no scan of its own
        for cue_start, cue_end in self.sentence_matches(self.p.one_of, s.index):
            if any(a <= cue_start < b for a, b in taken):
                continue
            before = s.toks_before(cue_start)[-1:]
            if before and before[0].low in self.lex.numbers.guard_before:
                continue  # "handed every one of its Mi-8 helicopters": all of them (as the number reader has it)
            np = self.noun_phrase(s.toks, cue_end)
            if np is None or np["unit"] in ("piece", "person"):
                continue
            if any(cue_end <= n.start < np["end"] for n in s.numerals):
                continue  # "one of its five systems": a part of a counted whole
            head = np["head"]
            m = Mention("count", cue_start, np["end"], 1.0, np["unit"], s.index, model=np["model"])
            item_start = next((t.start for t in s.toks if t.start >= cue_end), cue_end)
            m.item_span = (item_start, max(np["tail_end"], np["end"]))
            m.item = self.text[item_start : m.item_span[1]].strip() or None
            m.extra["head"] = head.low if head is not None else None
            m.extra["one"] = True
            out.append(m)
            taken.append((m.start, m.end))
        return out

    def passive_after(self, s: _Sentence, start: int) -> bool:
        """ "A Patriot system will be handed over to Ukraine": an article opening the sentence, the verb after."""
        return self.has(self.p.pledge, start, s.clause_of(start)[1])

    def verb_after(self, s: _Sentence, start: int) -> bool:
        """ "der Ukraine gemeinsam ein System zu liefern": the giving verb closes the clause after the noun.

        The recipient stands in the clause before the article, and at most four words ("zu", an adverb, "aus Beständen
        der Bundeswehr") come between the noun phrase and the verb that ends the clause.
        """
        np = self.noun_phrase(s.toks, start)
        if np is None:
            return False
        clause = s.clause_of(start)
        if not self.has(self.p.recipient, clause[0], start):
            # "Berlin will rund 40 Marder übergeben und zusätzlich eine Patriot-Batterie bereitstellen", the
            # recipient named in the sentence before: a count given before it in the sentence stands for it
            # (or after it: "Deutschland hatte ein komplettes Patriot-System zugesagt, die Niederlande zwei Startgeräte")
            counted = any(c.kind == "count" and (c.end <= start or c.start > start) for c in s.candidates)
            if not counted and s.index > 0 and s.toks:
                # "… rund 40 Marder zur Verfügung stellen. Zusätzlich solle eine Patriot-Batterie folgen": an additive
                # word opening the sentence (or the clause: "…; außerdem werde Berlin ein Ortungsradar liefern")
                # continues what the sentence before gave: a count, or a giving verb and the recipient ("sagte der
                # Ukraine das Flugabwehrsystem IRIS-T SLM zu. Zudem werde Deutschland ein Ortungsradar liefern")
                openers = [s.toks[0], *s.toks_from(clause[0])[:1]]
                additive = any(
                    _starts_at(self.p.additional, self.text, opener.start, opener.end) is not None
                    or _starts_at(self.p.also_opening, self.text, opener.start, s.end) is not None
                    for opener in openers
                )
                prev = self.sentences[s.index - 1]
                counted = additive and (
                    any(c.kind == "count" for c in prev.mentions)
                    or (
                        (self.has(self.p.pledge, prev.start, prev.end) or self.split_verb(prev))
                        and self.has(self.p.recipient, prev.start, prev.end)
                    )
                )
            earlier = self.sentences[max(0, s.index - 1)].start
            if not counted or not self.has(self.p.recipient, earlier, start):
                return False
        end = max(np["end"], np["tail_end"])  # "ein System vom Typ SAMP/T"
        rest = [t for t in s.toks if end <= t.start < clause[1]]
        comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
        if comma is not None:
            rest = rest[:comma]  # "ein Radar bekommen, mit dem sich ... lassen": a comma closes the verb's clause
        words = [t for t in rest if t.is_word]
        if len(rest) >= 3 and rest[0].low in self.lex.units.coordinators and rest[1].low in self.lex.cues.articles:
            return self.verb_after(s, rest[2].start)  # "ein Flugabwehrsystem und ein Ortungsradar liefern"
        if len(rest) >= 3 and rest[0].low in self.lex.units.coordinators:
            # "eine Patriot-Batterie sowie rund 40 Schützenpanzer Marder zur Verfügung stellen": the verb after the
            # count coordinated with the article's noun phrase gives both
            for c in s.candidates:
                if c.kind == "count" and c.item_span is not None and rest[1].start <= c.start <= rest[2].start:
                    return self.verb_after(s, c.item_span[0])
        if not words or len(words) > 5 or len(rest) > len(words) + 1:
            return False
        last = words[-1]
        if len(words) > 1 and last.low in self.auxiliaries:
            last = words[-2]  # "dass Deutschland der Ukraine ein Flugabwehrsystem liefern wird"
        if _whole_at(self.p.pledge, self.text, last.start, last.end):
            return True
        if _whole_at(self.p.benefactive, self.text, last.start, last.end) and self.for_recipient(s, clause[0], start):
            return True  # "Kanada wird für die Ukraine ein Flugabwehrsystem vom Typ NASAMS in den USA kaufen"
        # "eine Batterie zur Verfügung stellen": both parts of a split giving verb close the clause
        return any(
            _whole_at(verb, self.text, last.start, last.end) and self.has(part, np["end"], last.start)
            for verb, part in self.p.separable
        )

    def contained_after(self, s: _Sentence, toks: Sequence[Token], i: int) -> bool:
        """ "Erstmals ist darin eine Patriot-Flugabwehrbatterie enthalten", "Erstmals ist eine Batterie … dabei": a
        :attr:`cues.contained` word closing the clause right after the article's noun phrase (at most two words
        between), after a sum in the sentence or the one before, makes the item one of that package."""
        if self.p.contained is None or i + 1 >= len(toks) or not self.has(self.p.contained, s.start, s.end):
            return False
        np = self.noun_phrase(toks, toks[i + 1].start)
        if np is None:
            return False
        clause = s.clause_of(toks[i].start)
        rest = [t for t in toks if max(np["end"], np["tail_end"]) <= t.start < clause[1]]
        if rest and not rest[-1].is_word:
            rest = rest[:-1]  # the full stop
        if not rest or len(rest) > 3 or not all(t.is_word for t in rest):
            return False
        last = rest[-1]
        return _whole_at(self.p.contained, self.text, last.start, last.end) and self.sum_before(s, toks[i].start)

    def recipients_part(self, s: _Sentence, m: Mention) -> bool:
        """Whether ``m`` is the next part of a "davon" split, read in its own clause (``clause_from``, see
        :meth:`elliptic`), and that clause names the recipient: "… 1.000 davon behält die eigene Armee, knapp 2.000
        gehen an die Ukraine" is the recipient's part, neither a part of a whole that is no pledge nor an arrival."""
        split_at = m.extra.get("clause_from")
        return isinstance(split_at, int) and self.has(self.p.recipient, split_at, s.clause_of(m.start)[1])

    def splits_rejected_count(self, s: _Sentence, m: Mention) -> bool:
        """A count that, with the other figures of its sentence, adds up to a count of its unit judged no pledge before it
        (in its sentence or the one before) is a part of it: "rund 800.000 Artilleriegranaten ausfindig gemacht … Es
        handle sich um 500.000 Geschosse des Kalibers 155 Millimeter und 300.000 des Kalibers 122 Millimeter"."""
        if self.recipients_part(s, m):
            return False
        wholes = [o for o in s.candidates if o.end <= m.start]
        if s.index > 0:
            wholes += self.sentences[s.index - 1].candidates
        wholes = [o for o in wholes if o.kind == "count" and not o.accepted and o.unit == m.unit and o.value > m.value]
        if not wholes:
            return False
        figures = [n for n in s.numerals if not n.is_year and not n.percent and n.currency is None]
        at = next((k for k, n in enumerate(figures) if n.start == m.start), None)
        if at is None:
            return False
        # a run of two to six figures, m among them ("500.000 … und 300.000"): a breakdown lists a few parts, and a
        # sentence of a thousand figures must not cost a thousand runs for each
        values = sorted({o.value for o in wholes})
        most = values[-1] * 1.001
        for i in range(max(0, at - 5), at + 1):
            total = 0.0
            for j in range(i, min(len(figures), i + 6)):
                total += figures[j].value
                if total > most:
                    break
                if j >= at and j > i:
                    k = bisect.bisect_left(values, total * 0.999)  # the whole that sum matches, if any
                    if k < len(values) and math.isclose(total, values[k], rel_tol=0.001):
                        return True
        return False

    def third_receives(self, s: _Sentence, m: Mention) -> bool:
        """A receiving verb within the two words before a count whose receiver, the last state named before the verb
        in the sentence, is not the recipient: what a third state gets in a ring exchange ("Slovakia will send 30 BMP-1s
        to Ukraine and receive 15 Leopard 2A4 tanks from German industry in return")."""
        p = self.p
        lo = s.window_before(m.start, 2)
        if p.receive_verbs is None:
            return False
        if not self.has(p.receive_verbs, lo, m.start):
            return self.relative_receives(s, m)
        verb = next(a for a, b in self.sentence_matches(p.receive_verbs, s.index) if lo <= a and b <= m.start)
        if self.has(p.recipient, verb, m.start):
            return False  # "erhält Kiew 72 Haubitzen": the recipient receives
        lo = s.window_before(verb, 3)
        for a, b in self.sentence_matches_or_none(p.recipient, s):
            between = self.text[b:verb].split()
            if lo <= a and b <= verb and not any(w.lower() in self.lex.units.coordinators for w in between):
                return False  # "Kyiv will receive 10 tanks" (not "… to Ukraine and receive 15 Leopards in return")
        named = [h for h in s.donors if h.end <= verb and h.code is not None and not h.adjective]
        return bool(named) and named[-1].code not in NOT_DONORS

    def relative_receives(self, s: _Sentence, m: Mention) -> bool:
        """A count in a relative clause right after a state (a verb may stand between), with a receiving verb at the
        clause's end: "ein ähnliches Geschäft mit Tschechien vereinbart, das 14 Leopard 2A4 bekommt"."""
        before = s.toks_before(m.start)[-2:]
        if len(before) < 2 or before[0].text != "," or before[1].low not in self.lex.sentences.relatives:
            return False
        end = _item_end(m)
        if not self.has(self.p.receive_verbs, end, s.window_after(end, 3)):
            return False
        words = [t for t in s.toks_before(before[0].start)[-3:] if t.is_word]
        # the state's name is the last word or two before the comma, or the ones before a verb there
        spans = [(a.start, b.end) for i, a in enumerate(words) for b in words[max(i, len(words) - 2) :]]
        codes = [state_named(self.text, a, b, self.lang) for a, b in spans]
        if not any(code is not None and code not in NOT_DONORS for code in codes):
            return False
        return not self.has(self.p.recipient, words[0].start, s.window_after(end, 3))

    def priced(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """A sum that prices a count, which a cue of a price, a purchase or production beside it does not reject: "Das
        System kostet 406 Millionen Dollar" after the system pledged, "ein Flugabwehrsystem vom Typ NASAMS aus
        US-Produktion im Wert von 406 Millionen Dollar" (:meth:`values_count_here`)."""
        if m.kind != "money":
            return False
        if self.definite_cost(s, m) and self.values_count_before(s, m) is not None:
            return True
        return self.values_count_here(s, clause, m)

    def values_count_here(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """A value cue ("im Wert von", "worth") right before the sum, after a count of its clause accepted before it (not a
        unit price: "each costing around $1 billion")."""
        if any(t.low in self.each_words for t in s.toks_before(m.start)[-5:]):
            return False
        return self.cue_right_before(s, m, self.p.value, 3) and any(
            c.kind == "count" and c.accepted and clause[0] <= c.start and c.end <= m.start for c in s.candidates
        )

    def made_for_recipient(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> list[tuple[int, int]]:
        """The production words (:attr:`cues.made_for`) of a clause that makes the goods for the recipient ("für"/"for"
        and the recipient in it: "Für die Ukraine sollen rund 300.000 Schuss hergestellt werden"), as spans that say
        nothing against a pledge, when an order (:attr:`cues.orders`) is said in the sentence or one next to it. Not for
        a rate or in a clause of what industry can make (:attr:`cues.capable`): capacity."""
        if m.per is not None or self.p.made_for is None or not self.has(self.p.made_for, clause[0], clause[1]):
            return []
        if self.has(self.p.capable, clause[0], clause[1]):
            return []
        around = self.sentences[max(0, s.index - 1) : s.index + 2]
        if not self.has(self.p.orders, around[0].start, around[-1].end):
            return []  # ("in diesem Jahr würden 78 Caesar-Haubitzen für die Ukraine gefertigt": output, no order)
        if not self.for_recipient(s, clause[0], clause[1]):
            return []
        return [(a, b) for a, b in self.sentence_matches(self.p.made_for, s.index) if clause[0] <= a and b <= clause[1]]

    def put_to_use(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """A spending verb (:attr:`cues.spend_verbs`) among the six words before the sum, in its clause, with no negation
        between, or closing its clause: "would use the remaining $5.5 billion in drawdown authority", "will die
        verbleibenden 5,5 Milliarden Dollar … ausschöpfen"."""
        if m.kind != "money" or self.p.spend_verbs is None:
            return False
        lo = max(clause[0], s.window_before(m.start, 6))
        if self.has(self.p.negation, lo, m.start):
            return False
        if self.has(self.p.spend_verbs, lo, m.start):
            return True
        last = [t for t in s.toks if m.end <= t.start < clause[1] and t.is_word][-1:]  # the verb closing the clause
        if not last or self.has(self.p.negation, m.end, clause[1]):  # ("… that Trump may or may not use")
            return False
        return _whole_at(self.p.spend_verbs, self.text, last[0].start, last[0].end)

    def verb_right_before(self, s: _Sentence, m: Mention) -> bool:
        """A giving verb ends right before the figure, at most one word between ("will send four", "liefert der
        Ukraine vier")."""
        return _ends_with(self.p.pledge, self.text, s.window_before(m.start, 2), m.start) or _ends_with(
            self.p.pledge, self.text, s.window_before(m.start, 3), s.window_before(m.start, 1)
        )

    def relative_words(self, s: _Sentence, m: Mention) -> list[tuple[int, int]]:
        """The relative clause right after ``m``'s words (opened by a relative word, at most a comma between), up to the
        next comma or the end of its clause; none when there is none."""
        end = _item_end(m)
        toks = s.toks_from(end)[:2]
        if toks and toks[0].text == ",":
            toks = toks[1:]
        if not toks or toks[0].low not in self.lex.sentences.relatives:
            return []
        stop = s.clause_of(toks[0].start)[1]
        comma = self.text.find(",", toks[0].end, stop)
        return [(toks[0].start, comma if comma >= 0 else stop)]

    def in_aside(self, s: _Sentence, pos: int, before: int) -> bool:
        """Whether ``pos`` lies in an absolute clause that an aside count closes before ``before`` ("…, with the
        Netherlands funding another 45, as well as 1,100 drones": the Netherlands give the 45, not the drones)."""
        opened = any(t.low in self.lex.donors.absolute for t in s.toks_before(pos)[-3:])  # "with" within three words
        return opened and any(o.extra.get("aside") and pos < o.start and o.end <= before for o in s.mentions)

    def in_package(self, s: _Sentence, article: int, lo: int, hi: int) -> bool:
        """Whether a :attr:`cues.package_with` phrase ends ``text[lo:hi]`` (right before the article at ``article``)
        after a sum said before it, in the sentence or the one before."""
        return _ends_with(self.p.package_with, self.text, lo, hi) and self.sum_before(s, article)

    def sum_before(self, s: _Sentence, pos: int) -> bool:
        """A sum read before ``pos`` in ``s``, or one pledged in the sentence before (the package an item is of)."""
        if any(c.kind == "money" and c.end <= pos for c in s.candidates):
            return True
        return s.index > 0 and any(m.kind == "money" for m in self.sentences[s.index - 1].mentions)

    def for_recipient(self, s: _Sentence, lo: int, hi: int) -> bool:
        """ "für"/"for" starting in ``text[lo:hi]`` with the recipient within two words after it ("für die Ukraine"):
        what is bought, made or passed on there is for the recipient."""
        return any(
            t.low in self.lex.cues.benefactive_for and self.has(self.p.recipient, t.end, s.window_after(t.end, 2))
            for t in s.toks
            if lo <= t.start < hi
        )

    def passed_on(self, s: _Sentence, start: int) -> bool:
        """A giving verb and the recipient, or the recipient after "for", after ``start``: bought to be given."""
        if not self.has(self.p.recipient, start, s.end):
            return False
        if self.has(self.p.pledge, start, s.end):
            return True
        return self.for_recipient(s, start, s.end)

    def place_between(self, s: _Sentence, toks: Sequence[Token], j: int, i: int) -> bool:
        """Whether ``toks[j]`` is a seat word ("in") and the words from it to the article ``toks[i]`` are a state's
        name after articles only ("in den USA"): a place, which says nothing about whom the article's noun is for."""
        if toks[j].low not in self.lex.donors.seat:
            return False
        k = j + 1
        while k < i and toks[k].low in self.lex.donors.skip:
            k += 1
        return k < i and state_named(self.text, toks[k].start, toks[i - 1].end, self.lang) is not None

    def verb_before(self, s: _Sentence, toks: Sequence[Token], i: int) -> bool:
        """A giving verb shortly before the article, with only its objects and adverbs between.

        "pledged an air defence system", "send Ukraine a Patriot battery", "liefern der Ukraine
        gemeinsam ein System", "stellt die Bundesregierung eine Batterie bereit" (a split verb).
        """
        text = self.text
        for_recipient = False
        if self.p.adverbials is not None and i > 0:  # "including, for the first time, a Patriot battery"
            lo = _window_before(toks, toks[i].start, 6)
            found = list(self.p.adverbials.finditer(text, lo, toks[i].start))
            if found and not text[found[-1].end() : toks[i].start].strip(" ,"):
                i = bisect.bisect_left(toks, found[-1].start(), key=_START)
                while i > 0 and toks[i - 1].text == ",":
                    i -= 1
        named = [(h.start, h.end) for h in s.donors]
        budget = 5  # words between the verb and the article; a giver's name and office are free
        for j in range(i - 1, -1, -1):
            t = toks[j]
            if not t.is_word:
                return False
            if not any(a <= t.start < b for a, b in named):
                budget -= 1
                if budget < 0:
                    return False

            phrase = j > 0 and _ends_with(self.p.pledge, text, toks[j - 1].start, t.end)  # "hand over"
            if (
                _whole_at(self.p.pledge, text, t.start, t.end)
                or phrase
                or (for_recipient and _whole_at(self.p.benefactive, text, t.start, t.end))
            ):
                return True
            if j == i - 1 and self.in_package(s, toks[i].start, toks[max(0, j - 2)].start, t.end):
                return True  # "$1.85bn in new aid, with a Patriot battery", "erstmals mit einer Patriot-Batterie"
            if _ends_with(self.p.added_items, text, toks[max(0, j - 2)].start, t.end) and self.given_near(s):
                return True  # "Dazu kommen ein Bergepanzer und …": one more item of the list given before
            if _whole_at(self.p.benefactive, text, t.start, t.end) and (
                self.passed_on(s, toks[i].end) or self.recipient_right_after(s, t.end, toks[i].start)
            ):  # "buy a NASAMS from the US and donate it to Ukraine": bought to be given; "kauft der Ukraine ein
                return True  # System", "buys Ukraine a system": bought for the recipient
            if any(_whole_at(verb, text, t.start, t.end) for verb, _ in self.p.separable) and self.split_verb(s):
                return True
            if _whole_at(self.p.parts, text, t.start, t.end) and self.has(self.p.pledge, s.start, t.start):
                return True  # "unveiled new aid, including a Patriot battery": an item of a pledged package
            if _whole_at(self.p.receive_verbs, text, t.start, t.end) and self.has(
                self.p.recipient, toks[max(0, j - 2)].start, toks[i].start
            ):
                return True  # "Kiew erhalte ein System", "erhält die Ukraine ein System": the recipient receives
            if t.low in self.lex.cues.distributive:
                continue  # "geben der Ukraine je ein Patriot-System ab": one each
            sourced = t.low in self.lex.donors.source_before or t.low in self.lex.donors.receive_from
            if sourced and self.giver_after(toks, j + 1, i, named):
                continue  # "erhält Kiew aus (den Niederlanden) / von Deutschland eine Batterie": the giver between
            if t.low in self.lex.units.stop:
                if self.place_between(s, toks, j, i):
                    continue  # "kauft in den USA ein Flugabwehrsystem … für die Ukraine": where, not for what
                supplied = j > 0 and t.low in self.lex.cues.supply_with
                supplied = supplied and self.has(self.p.recipient, toks[j - 1].start, toks[j - 1].end)
                if not supplied and not self.has(self.p.recipient, t.end, toks[i].start):
                    return False  # "Munition für ein System": the article belongs to a prepositional phrase
                for_recipient = True  # "kauft für die Ukraine ein System", "supply Ukraine with a battery"
        return False

    def whole_promised(self, s: _Sentence, m: Mention) -> bool:
        """ "the last of the two dozen F-16s it promised": a count after "of (the)" (or ``cues.all_of``: "all 24 F-16s")
        whose noun phrase is followed, within three words, by a promising verb ("it promised", "Poland had promised") is
        the whole promised, not a tally."""
        before = s.toks_before(m.start)[-3:]
        whole = bool(before) and before[-1].low in self.lex.cues.all_of  # "has now delivered all 24 F-16s it promised"
        if not whole and (len(before) < 2 or not _ends_with(self.p.progress_of, self.text, before[0].start, m.start)):
            return False
        after = s.toks_from(_item_end(m))[:3]
        for k, t in enumerate(after):
            if not t.is_word:
                return False
            if _whole_at(self.p.promise, self.text, t.start, t.end):
                return k <= 2  # "… jets it promised", "… jets Poland had promised"
        return False

    def share_of_promised(self, s: _Sentence) -> bool:
        """A percentage of what was promised in the sentence ("98% of the combat vehicles promised", "98 Prozent der
        zugesagten Kampffahrzeuge"): its counts tell how much of the pledges was delivered, no pledge of their own."""
        for n in s.numerals:
            if n.percent and self.has(self.p.promise, n.end, min(s.end, s.window_after(n.end, 6))):
                return True
        return False

    def raised_sum(self, s: _Sentence, m: Mention) -> bool:
        """A sum a raise verb raises to ("steigt der Betrag nun auf 85 Mrd. Kronen", "rises to £3bn"): the new
        amount of the aid named before it (asked only where aid or the recipient is named near)."""
        p = self.p
        if p.raised_to is None or not _ends_with(p.raised_to, self.text, s.window_before(m.start, 1), m.start):
            return False
        clause = s.clause_of(m.start)
        return self.has(p.raise_verbs, clause[0], m.start)

    def giver_after(self, toks: Sequence[Token], k: int, stop: int, named: list[tuple[int, int]]) -> bool:
        """Whether ``toks[k]``, past an article, starts a name of ``named`` before ``toks[stop]``."""
        while k < stop and toks[k].low in self.lex.donors.skip:
            k += 1
        return k < stop and any(a <= toks[k].start < b for a, b in named)

    def given_near(self, s: _Sentence) -> bool:
        """A giving verb, an aid noun or the recipient in the sentence or the two before it."""
        lo, hi = self.window(s)
        p = self.p
        return self.has(p.pledge, lo, hi) or self.has(p.recipient, lo, hi) or self.has(p.aid, lo, hi)

    def elliptic(self, s: _Sentence, nums: list[Numeral]) -> None:
        """ "zwei weitere sollen folgen", "acht davon", "die USA vier": the noun said before."""
        taken = {m.start for m in s.candidates}
        # sums with no currency at all ("the one million it promised"): no sum after a count, but the count's whole
        bare_sums = {m.start: m for m in s.candidates if m.kind == "money" and m.unit is None and not m.currency_token}
        for n in nums:
            n = self.worth_not_bound(s, n)  # "hand over eight machines of the same type": a particle, no bound
            bare_sum = bare_sums.get(n.start)
            if (n.start in taken and bare_sum is None) or n.is_year or n.percent or n.duration or n.is_range:
                continue
            if self.is_date(s, n) or self.is_model_number(s, n) or self.ordinal(n):
                continue
            if (n.currency or n.value >= 1e5) and bare_sum is None:
                continue
            after = s.toks_from(n.end)
            cue = _starts_at(self.p.elliptic, self.text, after[0].start, s.end) if after else None
            first, second = (after[0].text if after else ""), (after[1].text if len(after) > 1 else "")
            # the sentence ends; so does a quote ending on the number ("… die USA vier“, sagte ein Sprecher")
            bare_end = (
                not after or first in (".", ";", "!", "?") or first in QUOTES or (first == "," and second in QUOTES)
            )
            source = bool(after) and after[0].low in self.lex.donors.source_before
            # "weitere zehn sollen folgen": the cue before the number and a verb after it
            verb_next = bool(after) and after[0].is_word and not self.p.noun_end.search(after[0].text)
            # "Bis Ende August sollen es insgesamt 15 sein": the count of the sentence before
            it_count = (
                self.p.it_counts is not None
                and bool(after)
                and self.has(self.p.it_counts, max(s.start, s.window_before(n.start, 3)), after[0].end)
            )
            cue_before = _ends_with(self.p.elliptic, self.text, s.window_before(n.start, 1), n.start)
            # "Denmark has committed 19 of the jets and the Netherlands 24, while …": a giver and a bare number
            gapped = bool(after) and self.gap_follows(after) and self.named_right_before(s, n.start)
            # "13 Maschinen desselben Typs": a noun of no unit, then "of the same type"
            same = None
            if (
                len(after) > 1
                and after[0].is_word
                and self.unit_of(after[0].low) is None
                and self.has(self.p.same_type, after[1].start, s.end)
            ):
                same = _starts_at(self.p.same_type, self.text, after[1].start, s.end)
            elif after and after[0].is_word:  # "six of the same model", right after the number
                same = _starts_at(self.p.same_type, self.text, after[0].start, s.end)
            # "a goal of 15,000 soldiers, later raised to 30,000 and now to 40,000": the count raised, its noun said
            raised = (
                self.p.raised_to is not None
                and _ends_with(self.p.raised_to, self.text, s.window_before(n.start, 1), n.start)
                and self.has(self.p.raise_verbs, s.start, s.clause_of(n.start)[1])  # "auf 40.000 erhöht"
            )
            # "the first three … out of 30 that Germany has promised": the whole of a part said before, its noun unsaid
            relatives = self.lex.sentences.relatives
            relative_next = (
                bool(after)
                and (
                    after[0].low in relatives
                    or (len(after) > 1 and after[0].text == "," and after[1].low in relatives)
                    # "of the 14 promised by Poland", "of the one million it promised"
                    or any(
                        _starts_at(self.p.promise, self.text, t.start, t.end) is not None
                        for t in after[:3]  # (and "of the one million it had pledged")
                        if t.is_word
                    )
                )
            )
            whole = (
                relative_next
                and any(
                    m.kind == "count"
                    and m.start < n.start
                    and m.value < n.value
                    and (
                        _ends_with(self.p.progress, self.text, s.window_before(m.start, 2), m.start)
                        or _ends_with(self.p.only, self.text, s.window_before(m.start, 2), m.start)  # "only 524,000 …"
                        # "about 524,000 shells …, little more than half of the one million it promised"
                        or self.has(self.p.fraction_words, s.window_before(n.start, 4), n.start)
                    )
                    for m in s.candidates
                )
                and any(
                    _ends_with(self.p.progress_of, self.text, s.window_before(n.start, k), n.start) for k in (1, 2, 3)
                )
            )
            # "four more Leopard tanks, in addition to the four it announced in January": an earlier count of that noun
            whole = whole or (
                len(after) > 1
                and (
                    (
                        after[0].is_word
                        and self.unit_of(after[0].low) is None
                        and not self.p.noun_end.search(after[0].text)
                    )
                    or relative_next
                )
                and any(m.kind == "count" and m.start < n.start for m in s.candidates)
                and any(_ends_with(self.p.added_to, self.text, s.window_before(n.start, k), n.start) for k in (3, 4))
                and not self.has(self.p.running_total, n.end, s.clause_of(n.start)[1])
                and not self.has(self.p.already, n.end, s.clause_of(n.start)[1])  # "the 18 it has already sent"
            )
            later = self.replaced_count(s, n, after) if after and bare_sum is None and n.start not in taken else None
            if later is not None:
                # "30.000 statt 15.000 ukrainische Soldaten": it counts the noun of the one it replaces
                m = Mention("count", n.start, n.end, n.value, later.unit, s.index, low=n.low, high=n.high)
                m.item, m.model, m.elliptic = later.item, later.model, True
                m.extra["ref"] = later
                m.extra["num_end"] = n.end
                m.extra["head"] = later.extra.get("head")
                s.candidates.append(m)
                continue
            if bare_sum is not None:
                if not whole:
                    continue
                s.candidates.remove(bare_sum)  # "524,000 shells …, half of the one million it promised": a count
            # "with the Netherlands funding another 45, as well as …": a cue before the number and no noun after it
            cue_alone = (
                cue_before and bool(after) and (first in (",", ")") or after[0].low in self.lex.units.coordinators)
            )
            # "Gut 2.300 davon sind für die eigene Armee gedacht, knapp 5.000 gehen an die Ukraine": the next part of a
            # split, a verb after it
            units = self.lex.units
            split_next = (
                (
                    cue is None  # ("acht weitere": the cue's ellipsis, below)
                    and verb_next
                    and after[0].text[:1].islower()
                    and after[0].low not in units.stop
                    and after[0].low not in units.tail_links
                    and after[0].low not in units.counter_links
                    and self.unit_of(after[0].low) is None
                )
                and any(
                    c.extra.get("partitive") and c.end <= n.start and self.text[c.end : n.start].rstrip().endswith(",")
                    for c in s.candidates
                )
            )
            if not (
                cue
                or bare_end
                or source
                or gapped
                or same
                or raised
                or whole
                or (cue_before and verb_next)
                or cue_alone
                or split_next
                or it_count
            ):
                continue
            if cue is not None:
                nxt = [t for t in after if t.start >= cue.end()]
                if nxt and nxt[0].is_word and (self.unit_of(nxt[0].low) or self.p.noun_end.search(nxt[0].text)):
                    continue  # "sechs weiteren Modellen": a noun follows, no ellipsis
            before = [m for m in s.candidates if m.kind == "count" and m.start < n.start]
            if not before and (cue is not None or cue_before or same is not None or raised or it_count) and s.index > 0:
                # ". Weitere 10.000 sollen folgen.", ". Warschau hatte vier Maschinen desselben Typs zugesagt.",
                # "… sollte 15.000 Soldaten schulen. Nun hebt die EU das Ziel auf 30.000 an"
                before = [m for m in self.sentences[s.index - 1].candidates if m.kind == "count"]
                # "A single IRIS-T … arrived, days after Russia fired 84 cruise missiles. Three more will follow": the
                # count pledged, not the last one named
                before = [m for m in before if m.accepted] or before
            if not before and cue is not None:
                named = self.partitive_noun(s, n, cue)
                if named is not None:
                    tok, unit, model = named
                    m = Mention(
                        "count", n.start, cue.end(), n.value, unit, s.index, low=n.low, high=n.high, model=model
                    )
                    np_start = self.noun_phrase_start(s, tok)
                    m.item, m.item_span = self.text[np_start : tok.end], (np_start, tok.end)
                    m.extra["num_end"] = n.end
                    m.extra["head"] = tok.low
                    s.candidates.append(m)
                    continue
            if not before:
                continue
            ref = before[-1]
            m = Mention("count", n.start, n.end, n.value, ref.unit, s.index, low=n.low, high=n.high, model=ref.model)
            m.item = ref.item  # no item_span: the words named the other mention's donor, not this one's
            m.category = None
            m.elliptic = True
            m.extra["ref"] = ref
            m.extra["num_end"] = n.end
            m.extra["head"] = ref.extra.get("head")
            if cue_before and any(t.low in self.lex.donors.absolute for t in s.toks_before(n.start)[-5:]):
                m.extra["aside"] = True  # ("with the Netherlands funding another 45, …": its giver stays in its clause)
            if split_next:
                m.extra["clause_from"] = self.text.rfind(",", ref.end, n.start) + 1
            if it_count:
                m.extra["it_count"] = True
            if same is not None:
                m.end = same.end()  # "13 Maschinen desselben Typs"
            if cue is not None:
                m.end = cue.end()
                m.extra["partitive"] = _starts_at(self.p.partitive, self.text, cue.start(), cue.end()) is not None
            s.candidates.append(m)
        s.candidates.sort(key=lambda m: m.start)

    def replaced_count(self, s: _Sentence, n: Numeral, after: Sequence[Token]) -> Mention | None:
        """The count that the figure ``n`` replaces: a superseded cue right after ``n``, then the next count of the
        sentence, with at most an article and its lower-case attributes between ("30.000 statt 15.000 ukrainische
        Soldaten", "drei statt der ursprünglich angekündigten vier Kampfpanzer")."""
        instead = _starts_at(self.p.superseded, self.text, after[0].start, s.end)
        if instead is None:
            return None
        later = next((c for c in s.candidates if c.kind == "count" and c.start > n.end), None)
        if later is None:
            return None
        between = self.text[instead.end() : later.start].split()
        return later if len(between) <= 4 and all(w.isalpha() and w.islower() for w in between) else None

    def partitive_noun(
        self, s: _Sentence, n: Numeral, cue: re.Match[str]
    ) -> tuple[Token, str, EquipmentModel | None] | None:
        """ "will include Bradley fighting vehicles: 50 of them": a partitive cue after a number that follows a colon,
        comma or dash counts the counted noun (or model) named just before, in its clause, without a number."""
        if _starts_at(self.p.partitive, self.text, cue.start(), cue.end()) is None:
            return None
        toks = s.toks_before(n.start)
        if len(toks) < 2 or toks[-1].text not in (":", ",", "-", "–", "—"):
            return None
        clause = s.clause_of(toks[-2].start)
        named = self.last_counted_noun([t for t in toks[-7:-1] if t.start >= clause[0]])
        if named is None or named[0] is not toks[-2]:
            return None  # the noun ends right before the mark ("… vehicles: 50 of them")
        tok, unit, model = named
        unit = unit if unit is not None else (model.unit if model is not None else None)
        return None if unit is None else (tok, unit, model)

    def noun_phrase_start(self, s: _Sentence, head: Token) -> int:
        """Where the noun phrase ending at ``head`` starts: up to three words before it, none a stop word or a giving
        verb ("include | Bradley fighting vehicles")."""
        toks = s.toks_before(head.start)
        start = head.start
        for tok in reversed(toks[-3:]):
            if (
                not tok.is_word
                or tok.low in self.lex.units.stop
                or _whole_at(self.p.pledge, self.text, tok.start, tok.end)
            ):
                break
            start = tok.start
        return start

    def gap_follows(self, after: Sequence[Token]) -> bool:
        """Whether the words after a bare number leave its noun unsaid: a comma or a coordinator ("Canada four and
        Sweden ten"), or a link and an article ("Portugal three of the newer model")."""
        first = after[0]
        if first.text == "," or first.low in self.lex.units.coordinators:
            return True
        return first.low in self.lex.units.tail_links and len(after) > 1 and after[1].low in self.lex.donors.skip

    def offer_rejected(self, s: _Sentence) -> bool:
        """An offer (``offered``) turned down in its sentence or the next (``rejected``): a plan that gives nothing."""
        p = self.p
        if not self.has(p.offered, s.start, s.end):
            return False
        if self.has(p.rejected, s.start, s.end):
            return True
        nxt = self.sentences[s.index + 1] if s.index + 1 < len(self.sentences) else None
        return nxt is not None and self.has(p.rejected, nxt.start, nxt.end)

    def elaborates_rejected(self, s: _Sentence) -> bool:
        """A sentence that opens by saying what the one before was about ("Es geht um", ``elaboration``) after a
        sentence that turned it down (``rejected`` or ``negative_sentence``): its figures are what was refused."""
        p = self.p
        if s.index == 0 or p.elaboration is None:
            return False
        first = s.token_from(s.start, word=True)
        if first is None or _starts_at(p.elaboration, self.text, first.start, s.end) is None:
            return False
        prev = self.sentences[s.index - 1]
        return self.has(p.rejected, prev.start, prev.end) or self.has_negative(
            p.negative_sentence, prev, prev.start, prev.end
        )

    def arrived_share(self, s: _Sentence, m: Mention) -> bool:
        """A count said to have arrived (``arrived``) and, after it in the sentence, to be a share of a pledge
        (``share_of_pledge``: "die Hälfte der zugesagten Menge"): the progress of that pledge."""
        p = self.p
        return self.has(p.share_of_pledge, _item_end(m), s.end) and self.has(p.arrived, s.start, s.end)

    def rest_of_pledge(self, s: _Sentence, m: Mention, num_end: int) -> bool:
        """A count with a ``remaining`` cue at it ("die drei übrigen Systeme", "the remaining four") after a larger
        count of the same unit, pledged in this sentence or the two before: the rest of that pledge."""
        p = self.p
        if p.remaining is None or m.value is None or not self.has(p.remaining, s.start, s.end):
            return False
        lo = max(s.window_before(m.start, 1), s.start)
        if not (self.has(p.remaining, lo, m.start) or self.has(p.remaining, num_end, m.end)):
            return False
        earlier = self.recent_mentions(s)
        earlier += [o for o in s.candidates if o.end <= m.start and o.accepted]
        return any(
            o.kind == "count" and o.unit == m.unit and o.restates is None and o.value is not None and o.value > m.value
            for o in earlier
        )

    def parts_of_own(self, s: _Sentence) -> None:
        """ "drei seiner 37 Kampfpanzer": the part given counts the noun of the whole, which is no pledge; so is the
        whole after an unnumbered part ("how many of its 42 F-16s it can hand over": ``cues.some_of``)."""
        if self.p.some_of is not None:
            for cue_start, cue_end in self.sentence_matches_or_none(self.p.of_own, s):
                whole = next((o for o in s.candidates if o.kind == "count" and o.start >= cue_end), None)
                if whole is None or self.text[cue_end : whole.start].strip():
                    continue
                if _ends_with(self.p.some_of, self.text, s.window_before(cue_start, 2), cue_start):
                    whole.extra["held"] = True
        self.one_of_own(s)
        for n in s.numerals:
            if n.is_year or n.percent or n.currency or n.duration:
                continue
            whole = self.part_of_own(s, n, s.toks_from(n.end))
            if whole is None:
                continue
            whole.extra["held"] = True
            part = next((m for m in s.candidates if m.start == n.start), None)
            if part is None:
                part = Mention("count", n.start, whole.end, n.value, whole.unit, s.index, low=n.low, high=n.high)
                part.extra["num_end"] = n.end
                s.candidates.append(part)
                s.candidates.sort(key=lambda m: m.start)
            elif part.kind != "count":
                continue
            part.unit, part.model, part.item, part.item_span = whole.unit, whole.model, whole.item, whole.item_span
            part.extra["head"] = whole.extra.get("head")

    def one_of_own(self, s: _Sentence) -> None:
        """ "eines seiner vier Patriot-Systeme", "one of its four Patriot systems": one of the giver's own count, which
        is the stock (no pledge); the one given counts the whole's noun."""
        if self.p.one_of is None or self.p.of_own is None:
            return
        text = self.text
        for a, b in self.sentence_matches_or_none(self.p.one_of, s):
            end = b
            if not _ends_with(self.p.of_own, text, a, b):  # "eines seiner" holds its cue; "one of" shares it: "of its"
                last = s.toks_before(b)[-1:]
                cue = _starts_at(self.p.of_own, text, last[0].start, s.end) if last else None
                if cue is None or cue.end() <= b:
                    continue
                end = cue.end()
            whole = next((o for o in s.candidates if o.kind == "count" and o.start >= end), None)
            if whole is None or whole.per is not None or whole.value <= 1 or text[end : whole.start].strip():
                continue
            whole.extra["held"] = True
            if any(o.start == a for o in s.candidates):
                continue
            part = Mention("count", a, whole.end, 1.0, whole.unit, s.index, model=whole.model)
            part.item, part.item_span = whole.item, whole.item_span
            part.extra["num_end"] = end
            part.extra["head"] = whole.extra.get("head")
            s.candidates.append(part)
            s.candidates.sort(key=lambda m: m.start)

    def part_of_own(self, s: _Sentence, n: Numeral, after: list[Token]) -> Mention | None:
        """ "drei seiner 37 Kampfpanzer", "three of its 37 tanks": a bare number, a cue of what the giver has
        (:attr:`~aidtracker._lexicon_parse.PledgeCues.of_own`) and a larger count right after it; that count is
        the stock the part comes from. Not when the whole is a promise ("four of its 14 promised tanks") or the part
        its first delivery ("the first four of its 14 tanks"): then the whole is the pledge."""
        if self.p.of_own is None or not after:
            return None
        cue = _starts_at(self.p.of_own, self.text, after[0].start, s.end)
        if cue is None:
            return None
        whole = next((o for o in s.candidates if o.kind == "count" and o.start >= cue.end()), None)
        if (
            whole is None
            or whole.per is not None
            or whole.value <= n.value
            or self.text[cue.end() : whole.start].strip()
        ):
            return None
        if self.has(self.p.promise, whole.start, s.window_after(whole.end, 2)):
            return None
        if _ends_with(self.p.progress, self.text, s.window_before(n.start, 2), n.start):
            return None
        return whole

    def named_right_before(self, s: _Sentence, pos: int) -> bool:
        """Whether a donor's name ends right before ``pos`` (one space between), or one lower-case word before it
        ("Norwegen schickt acht Leopard 2A4, Spanien zunächst sechs und Portugal drei")."""
        for h in s.donors:
            if h.code is None or h.end >= pos:
                continue
            between = self.text[h.end : pos].split()
            if not between or (len(between) == 1 and between[0].isalpha() and between[0].islower()):
                return True
        return False

    # ------------------------------------------------------------------ evidence

    def is_pledge(self, s: _Sentence, m: Mention) -> bool:
        text, p = self.text, self.p
        clause = s.clause_of(m.start)
        split_at = m.extra.get("clause_from")
        if isinstance(split_at, int) and clause[0] < split_at < m.start:
            clause = (split_at, clause[1])  # "…, knapp 5.000 gehen an die Ukraine": the next part's own clause
        if m.kind == "money" and m.value < _LEAST_SUM:
            return False  # "ob davon je ein Euro mehr in der Ukraine ankommt": a figure of speech or a price
        if m.kind == "money" and (
            self.converts_total(s, m)
            or self.part_of_rejected(s, m)
            or self.part_of_rejected_before(s, m)
            or self.part_of_request(s, m)
            or self.sum_of_before(s, m)
            or self.own_currency(s, m)
        ):
            return False
        if self.has_negative(p.negative_sentence, s, s.start, s.end):  # not inside a not_negative phrase
            return False
        if self.offer_rejected(s):
            return False  # "Polen hatte 28 MiG-29 angeboten. Das Pentagon lehnte den Vorschlag ab."
        if self.elaborates_rejected(s):
            return False  # "Die Schweiz hat das Gesuch abgelehnt, … weiterzugeben. Es geht um rund 12.400 Schuss."
        bought = self.bought_to_hand_on(s, m)
        priced: bool | None = None  # (asked only when a cue would reject: most figures meet none)
        if self.has_negative(
            p.negative_before, s, self.contents_lead(s, clause, m), m.start, bought
        ) or self.part_of_negative(s, clause):
            priced = self.priced(s, clause, m)
            if not priced:
                return False
        if self.compared(s, m) or self.progress_part(s, m) or self.part_of_larger(s, m) or self.larger_than_share(s, m):
            return False
        if self.outbid(s, m):
            return False  # "11,5 Milliarden Euro – deutlich mehr als im Haushaltsentwurf, der 8,5 Milliarden enthielt"
        if self.short_cue_clause_before(s, clause):
            return False  # "Kiew hofft, über das Verfahren Waffen im Wert von einer Milliarde Dollar pro Monat zu erhalten"
        if self.short_of_pledge(s, m) or self.scheduled_part(s, m) or self.requested_after(s, clause, m):
            return False
        if self.tallied_after(s, m):
            m.extra["total"] = True
            return False  # "Die 30 Caesar-Haubitzen, die Frankreich der Ukraine bisher insgesamt überlassen hat, …"
        outside = self.outside_brackets(clause, m.start)
        if self.has(p.negative_clause, s.start, s.end) and not (priced or self.priced(s, clause, m)):
            # (a cue in the noun phrase a giving verb right before gives: "will send four combat-ready Leopard 2")
            # and in the relative clause that tells which ones ("sending about 100 armoured personnel carriers that
            # had long been sitting in storage")
            spared = (
                [*bought, (m.start, _item_end(m)), *self.relative_words(s, m)]
                if self.verb_right_before(s, m)
                else bought
            )
            spared = [*spared, *self.made_for_recipient(s, clause, m)]
            if any(self.has_negative(p.negative_clause, s, a, b, spared) for a, b in outside):
                return False
        end = _item_end(m)
        if (
            third_party(text, clause[0], clause[1], m.start, end, self.lang) or self.listed_after_third_party(s, m)
        ) and not self.trains_recipient(s, m, end):
            return False  # "liefert der Slowakei im Gegenzug 15 Leopard": a ring exchange, not aid to Ukraine
        if m.kind == "count" and self.splits_rejected_count(s, m):
            return False  # "rund 800.000 Granaten ausfindig gemacht … Davon entfallen 500.000 Schuss auf 155 mm und 300.000 …"
        if m.kind == "count" and self.third_receives(s, m):
            return False  # "Slovakia will send 30 BMP-1s to Ukraine and receive 15 Leopard 2A4 tanks in return"
        if m.kind == "count" and self.vague_part_of(s, m):
            return False  # "many of the 37 Leopards of that type in the army need repairs": the whole of a vague part
        if m.kind == "count" and self.count_costs(s, m):
            return False  # "One launcher costs about $400 million": what one costs, a price
        if m.kind == "count" and m.per == "day":
            return False  # "limited to about 2,000 shells a day": what is fired or used a day, not what is given
        if m.kind == "count" and self.share_of_promised(s):
            return False  # "more than 98% of the combat vehicles promised, over 1,550 armoured vehicles": delivered
        if self.has(p.tally_verbs, s.start, m.start) or self.tally_context(s, clause, m):
            return False  # "Austin bilanzierte, die Kontaktgruppe habe 88 Milliarden Dollar mobilisiert": taking stock
        # "a further $4.5 billion … Once disbursed, its budget support will total $13 billion": the tally after an
        # increase (but "would total £2.5 billion in the 2024/25 financial year" is the year's pledge)
        if self.cue_right_before(s, m, p.future_total, 4) and self.increase_stated(s, m):
            return False
        if (
            self.running_total(s, clause, outside, m)
            or self.listed_in_total(s)
            or self.increment_total(s, m)
            or (m.kind == "money" and self.has(p.already_given, clause[0], m.start))
        ):
            m.extra["total"] = True  # (its conversion in brackets is one too, see converts_total)
            return False  # "bisher", "so far": a running total, unless the total is still to come
        if self.elliptic_total(s, clause, m) or self.sum_of_listed(s, clause, m):
            return False
        if self.bought_for_itself(s, clause, m) or self.received_by_own_forces(s, clause, m):
            return False
        if self.held(s, m) or self.aggressor_acts(s, clause, m) or self.listed_after_rejected(s, m):
            return False
        if self.negated(s, clause, m):
            return False  # "will not send a battle tank"
        if self.needed_after(s, clause, m) or self.formation_holds(s, clause, m):
            return False
        if m.extra.get("recipient_holds") or m.extra.get("held"):
            return False  # what Ukraine has; what the giver has ("drei seiner 37 Kampfpanzer", see part_of_own)
        if m.kind == "count" and self.bought_with_rejected(s, m):
            return False
        if m.kind == "money" and self.worth_of_rejected(s, clause, m):
            return False
        # The rules below return False or go on, and only read the text: their order does not change the answer.
        # Those about a cue list look at windows of the sentence, so they are passed over when the sentence
        # holds no match of the list at all (has() over the whole sentence), without working out the windows.
        num_end = int(m.extra.get("num_end", m.start))
        if self.has(p.negative_near, s.start, s.end):
            lo = s.window_before(m.start, self.lex.cues.near_window)
            hi = s.window_after(m.end, self.lex.cues.near_window)
            # "would use the remaining $5.5 billion in drawdown authority": the stock put to use
            used = self.sentence_matches_or_none(p.unused_stock, s) if self.put_to_use(s, clause, m) else []
            if self.has_negative(p.negative_near, s, max(lo, clause[0]), m.start, used):
                return False
            if self.has_negative(p.negative_near, s, m.end, min(hi, clause[1]), used):
                return False
            if self.has(p.negative_near, m.start, num_end):
                return False  # a hedge read with the number: "insgesamt 18"
        lo3 = s.window_before(m.start, 3)
        if self.has(p.new_total, max(lo3, s.start), s.window_after(m.start, 1)) and self.increase_stated(s, m):
            return False  # "hebt seine Hilfe auf insgesamt 85 Milliarden an … weitere 50": the new total, a running one
        if self.has(p.base_before, max(s.window_before(m.start, 4), s.start), m.start):
            return False  # "zu den bereits eingeplanten 35 Milliarden weitere 50": the base, not the new amount
        if self.has(p.superseded_after, m.end, s.window_after(m.end, 2)):
            return False  # "more than double the 35 billion crowns originally budgeted"
        if self.has(p.superseded, s.start, s.end):
            lo4 = max(s.window_before(m.start, 4), s.start)
            if self.has(p.superseded, lo4, num_end) and not self.figure_after_cue(s, p.superseded, lo4, m):
                return False  # (but "Statt 15.000 sollen nun 30.000": the cue is the first figure's)
            opening = s.token_from(clause[0], word=True)
            skip = self.lex.cues.opening_skip
            if opening is not None and opening.low in skip:
                # "Im ursprünglichen Haushaltsentwurf waren …", "In the original plan": the clause's first word after
                # a preposition and an article
                k = bisect.bisect_left(s.starts, opening.start)
                while k + 1 < len(s.toks) and s.toks[k].low in skip and s.toks[k + 1].is_word:
                    k += 1
                opening = s.toks[k]
            # (or a cue of two words that opens it: "Bislang waren im Haushaltsentwurf vier Milliarden vorgesehen")
            second = s.token_from(opening.end, word=True) if opening is not None else None
            if (
                opening is not None
                and opening.start < m.start
                and (
                    self.has(p.superseded, opening.start, opening.end)
                    or (
                        second is not None
                        and _starts_at(p.superseded, self.text, opening.start, second.end) is not None
                        and not self.shielded(s, opening.start, second.end)  # "Rather than seizing the money, …"
                    )
                )
                and not any(opening.end <= n.start and n.end <= m.start and not n.is_year for n in s.numerals)
            ):  # "Ursprünglich waren für 2025 vier Milliarden eingeplant": the clause's first word; but "Statt vier
                return False  # Milliarden sollen acht Milliarden fließen": only its first figure is superseded
        if m.kind == "count" and self.has(p.hostile_weapons, m.start, _item_end(m)):
            return False  # "728 Drohnen vom Typ Shahed": the aggressor's weapons
        ref = m.extra.get("ref")
        if m.elliptic and isinstance(ref, Mention) and self.has(p.hostile_weapons, ref.start, _item_end(ref)):
            return False  # "12,000 North Korean soldiers ..., while Washington spoke of 3,000": the same troops
        if m.elliptic and isinstance(ref, Mention) and self.follows_rejected(s, ref, m):
            return False  # "verschießt täglich bis zu 7.000 Granaten, die russische bis zu 20.000": the same kind of figure
        if (
            m.elliptic
            and isinstance(ref, Mention)
            and ref.extra.get("partitive")
            and ref.sentence == s.index
            and not ref.accepted
            and "clause_from" not in m.extra
        ):
            return False  # "Sechs davon sollen um den Jahreswechsel ankommen, acht weitere 2024": the next part
        if self.it_counted(s, m) and self.larger_count_near(s, m):
            return False  # "… die ersten drei sind eingetroffen, bis Ende August sollen es 15 sein. Insgesamt hat Berlin 30
            # zugesagt": a step of the schedule of a larger pledge
        if m.kind == "money" and self.sum_follows_rejected(s, m):
            return False  # "a single battery costs roughly $1 billion, and each interceptor about $4 million"
        if m.kind == "count" and self.has(p.needed, num_end, m.end):
            return False  # an adjective between the number and its noun: "sieben benötigten Systemen"
        if (
            m.kind == "count"
            and self.has(p.bought_attributes, num_end, m.end)
            and not self.has(p.pledge, s.start, s.end)
            and not self.has(p.recipient, s.start, s.end)
        ):
            return False  # "bis die zwölf in den USA bestellten F-16 eintreffen": a purchase, nothing given
        lo2 = s.window_before(m.start, 2)
        if _ends_with(p.progress, text, lo2, m.start) and self.larger_figure(m):
            return False  # "the first four of the 14 tanks"; but "a first €1.5bn", with no whole named, is pledged
        if m.extra.get("partitive") and isinstance(ref, Mention) and ref.accepted:
            return False  # "19 Jets ...; sechs davon sollen bis Juni kommen": a part of the pledge, not a new one
        if (
            m.extra.get("partitive")
            and isinstance(ref, Mention)
            and (
                ref.sentence == s.index
                # (of the sentence before only with no giver named: "A first contract covers 180 of the tanks", but
                # "Zwölf davon bezahle Paris selbst" pays for a part of what was made)
                or (ref.sentence == s.index - 1 and not any(h.code is not None for h in s.donors))
            )
            and not ref.accepted
            and not any(self.has(x, clause[0], clause[1]) for x in (p.pledge, p.recipient))
        ):  # "verfügte über zwölf Patriot-Systeme; drei davon sind in Polen stationiert": part of a stock (but "14
            return False  # Raketen erworben; acht davon würden der Ukraine überlassen": a part given)
        if m.kind == "count" and self.arrived_share(s, m):
            return False  # "524.000 Schuss werden angekommen sein – gut die Hälfte der zugesagten Menge": progress
        if m.kind == "count" and self.rest_of_pledge(s, m, num_end):
            return False  # "Die drei übrigen Systeme sollen 2023 folgen": the rest of the four pledged before
        window = self.window(s)
        if m.kind == "money":
            if self.restates_share(s, m):
                return False  # "the EU's share rose to almost 90% in 2025, or €35.1bn": a share of all aid, in money
            near = any(self.has(x, window[0], window[1]) for x in (p.aid, p.recipient))
            if not near and s.index + 1 < len(self.sentences):
                near = self.package_follows(self.sentences[s.index + 1])
            # "here" is asked only when "near" holds (all of these only read the text); for a list's item, "here" is
            # the item and the line that introduces the list ("Contributions announced:" / "• Canada: CAD 5 billion")
            intro = self.list_intro(s)
            here_start = s.start if intro is None else intro.start
            here = near and (
                any(self.has(x, here_start, s.end) for x in (p.aid, p.recipient, p.pledge))
                or self.split_verb(s)
                or self.has(p.value_nouns, s.start, m.start)  # "Der Gesamtwert liegt bei …": the package's value
                or self.cue_right_before(s, m, p.additional, 2)  # "A further $220 million is set aside for drones"
                or self.part_of_sum_before(s, m)  # "£2.5bn in 2024/25. Around £200m of that will be spent on drones"
                or self.raised_sum(s, m)  # "… Ukraine-Hilfe eingeplant. Nun steigt der Betrag auf 85 Mrd. Kronen"
            )
            if (near and (here or self.restates_sum_before(s, m))) or self.prices_pledge(s, m):
                return True
            if self.converts_sum_just_before(s, m):
                return True  # "einen Wert von 245 Mio. australischen Dollar (163 Mio. US-Dollar)": the same sum
            if self.values_count_before(s, m) is not None or self.values_package_before(s, m):
                return True
            return self.anaphoric_value(s, m) is not None  # "The estimated €165 million cost is to be split …"
        if m.kind == "share" and self.has(p.negative_before, m.end, s.window_after(m.end, 5)):
            return False  # "4 percent of GDP on defence": its own purpose, a defence budget
        if m.kind == "share" and self.share_of_rejected_sum(s, m):
            return False  # "takes its total aid to more than €370 million, over 1% of its GDP": the tally as a share
        if m.kind == "share":  # a share of GDP pledged to Ukraine, not a defence budget or a running total
            given = self.has(p.pledge, clause[0], clause[1]) or self.has(p.plan, clause[0], clause[1])
            return given and self.has(p.recipient, clause[0], clause[1])
        if m.kind == "growth":
            here = self.has(p.aid, s.start, s.end) or self.has(p.pledge, s.start, s.end)
            return here or self.has(p.recipient, window[0], window[1])
        a, b = s.start, s.end
        item_end = _item_end(m)
        if (
            m.kind == "count"
            and self.has(p.crew_after, item_end, s.window_after(item_end, 2))
            and not self.has(p.training, clause[0], m.start)
        ):  # "A single battery takes about 90 soldiers to run": what the weapon needs, said right after (but "will
            return False  # train 90 soldiers to operate the Patriot" trains them)
        # (an aid word in the count's own noun, "drei Startgeräten", says nothing of giving)
        if (
            self.has(p.pledge, a, b)
            or self.has(p.additional, a, b)
            or self.has(p.aid, a, m.start)
            or self.has(p.aid, item_end, b)
            or self.has(p.recipient, a, b)
        ):
            return True  # the windows are looked at only when the sentence says nothing
        if self.has(p.specification, a, b):
            return False  # "Das System ... führt bis zu 30 Granaten im Turm mit": what the weapon carries, not a pledge
        if self.has(p.benefactive, clause[0], clause[1]) and self.bought_from_state(s, m, clause):
            return False  # "Australia bought 59 of the tanks from the United States in the mid-2000s": its own purchase
        if (
            m.kind == "count"
            and m.value == 1
            and any(o.kind == "count" and o.value == 1 and o.unit == m.unit for o in self.recent_mentions(s))
        ):
            return False  # "… includes a Patriot battery. One battery will protect one city": the one named again
        return self.given_near(s) or self.owned(s, m) or self.split_verb(s)

    def figure_after_cue(self, s: _Sentence, pattern: re.Pattern[str] | None, lo: int, m: Mention) -> bool:
        """Whether a figure (no year) stands between the last match of ``pattern`` from ``lo`` on before ``m`` and ``m``:
        the cue is that figure's ("Statt 15.000 sollen nun 30.000")."""
        ends = [b for a, b in self.sentence_matches_or_none(pattern, s) if lo <= a < m.start]
        return bool(ends) and any(ends[-1] <= n.start and n.end <= m.start and not n.is_year for n in s.numerals)

    def raised_from_to(self, s: _Sentence, m: Mention) -> bool:
        """ "von 75 auf 135 Milliarden Kronen", "from 75 to 135": ``m`` is the new figure of a range frame's pair (or the
        range read as one, its end)."""
        if any(n.is_range and n.start < m.start < n.end for n in s.numerals):
            return True
        words = s.toks_before(m.start)[-3:]
        if len(words) < 3 or words[1].start not in self.numeral_starts or words[0].low not in self.range_openers:
            return False
        closer = words[2]
        return (words[0].low, closer.low) in self.frames or _starts_at(
            self.p.raised_to, self.text, closer.start, closer.end
        ) is not None

    def tally_context(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "Das Kiel Institut hat Bilanz gezogen. Demnach haben westliche Regierungen der Ukraine 144 Milliarden Euro
        zugesagt": after a sentence that names a tracker or takes stock, a figure in the past tense (a past word before
        it in its clause, no plan word, nothing "further" in its sentence) is that tally's."""
        p = self.p
        if s.index == 0 or (p.trackers is None and p.tally_verbs is None):
            return False
        prev = self.sentences[s.index - 1]
        if not (self.has(p.trackers, prev.start, prev.end) or self.has(p.tally_verbs, prev.start, prev.end)):
            return False
        if not self.has(p.past, clause[0], m.start) or self.has(p.additional, s.start, s.end):
            return False
        # an article before it names one thing: "Washington hatte zuvor ein Paket über 300 Millionen Dollar angekündigt"
        if self.has(p.articles, max(clause[0], s.window_before(m.start, 3)), m.start):
            return False
        return not self.has(p.plan, clause[0], clause[1])

    def interrupted(self, s: _Sentence, clause: tuple[int, int], pos: int) -> tuple[int, int] | None:
        """The clause a relative clause interrupted, when ``pos`` lies after the comma that closes it: "Damit steigt die
        Summe, die die EU für Kiew mobilisiert hat, auf 2,5 Milliarden Euro" (the sum goes on the rise of the clause
        before). None when ``clause`` opens with no relative word after a comma, or ``pos`` lies inside it."""
        relatives = self.lex.sentences.relatives
        if not relatives or clause[0] <= s.start:
            return None
        first = _NEXT_WORD.match(self.text, clause[0])
        if first is None or first.group(1).lower() not in relatives or self.text.find(",", first.end(), pos) < 0:
            return None
        if not self.text[s.start : clause[0]].rstrip().endswith(","):
            return None
        return next((c for c in reversed(s.clauses) if c[1] <= clause[0]), None)

    def bought_from_state(self, s: _Sentence, m: Mention, clause: tuple[int, int]) -> bool:
        """A state named after the figure, in its clause, right after a source word ("from the United States")."""
        source, skip = self.lex.donors.source_before, self.lex.donors.skip
        for h in s.donors:
            if h.code is None or h.adjective or not m.end <= h.start < clause[1]:
                continue
            words = [t.low for t in s.toks_before(h.start)[-3:] if t.low not in skip]
            if words and words[-1] in source:
                return True
        return False

    def package_follows(self, nxt: _Sentence) -> bool:
        """ "London stockt um 500 Millionen Pfund auf. Zum Paket gehören …", "… 35 Milliarden Kronen bewilligt.
        Davon entfallen …": the next sentence opens on the package (an aid noun among its first three words) or on
        a part of the sum (an inclusion word first), so the sum before it is the package's."""
        words = [t for t in nxt.toks if t.is_word][:3]
        if not words:
            return False
        if self.has(self.p.inclusion, words[0].start, words[0].end):
            return True
        if self.has(self.p.aid, words[0].start, words[-1].end):
            return True
        # "Oslo stellt fünf Milliarden Kronen … bereit. Vier Milliarden davon gehen an …": the next sentence opens with
        # a sum of that one ("Four billion of it")
        first = next((n for n in nxt.numerals if n.start == words[0].start), None)
        if first is None or first.is_year or first.percent or (first.currency is None and first.value < 1e6):
            return False  # (a count: "Vier davon" is a part of a count before)
        after = nxt.window_after(first.end, 3)
        return self.has(self.p.of_that_sum, first.end, after)

    def bought_to_hand_on(self, s: _Sentence, m: Mention) -> list[tuple[int, int]]:
        """ "Estland kauft 10.000 Geschosse und schickt sie in die Ukraine": the buyer passes on what it buys (a
        ``handed_on`` cue after the number, the recipient after the cue; or, in the number's clause, "für"/"for" and
        the recipient: "kauft ein Flugabwehrsystem für die Ukraine"). The buying verbs before the number are then
        returned, as spans that say nothing against a pledge."""
        p = self.p
        if p.benefactive is None:
            return []
        if p.handed_on is not None and self.has(p.handed_on, m.end, s.end):
            cue = next(b for a, b in self.sentence_matches(p.handed_on, s.index) if a >= m.end)
            handed = self.has(p.recipient, cue, s.end)
        else:
            handed = False
        end = s.clause_of(m.start)[1]
        handed = handed or self.for_recipient(s, m.end, end)
        buying = [(a, b) for a, b in self.sentence_matches(p.benefactive, s.index) if a < m.start]
        if not handed:
            handed = any(self.recipient_right_after(s, b, m.start) for _, b in buying)
        return buying if handed else []

    def recipient_right_after(self, s: _Sentence, pos: int, stop: int) -> bool:
        """The recipient named right after ``pos`` (articles aside), before ``stop``: "kauft der Ukraine ein System",
        "buys Ukraine a system" (a dative: bought for the recipient)."""
        words = [t for t in s.toks_from(pos) if t.start < stop and t.low not in self.lex.donors.skip][:1]
        return bool(words) and words[0].is_word and self.has(self.p.recipient, words[0].start, words[0].end)

    def increase_stated(self, s: _Sentence, m: Mention) -> bool:
        """Another number after an ``increment`` cue ("weitere 50 Milliarden", "um fünf Milliarden") in the sentence
        or the two before or after it: the increase is said, so a new total beside it is a running total."""
        for k in range(max(0, s.index - 2), min(len(self.sentences), s.index + 3)):
            t = self.sentences[k]
            for n in t.numerals:
                if n.start == m.start or n.is_year or n.percent:
                    continue
                if m.kind == "money" and n.currency is None and n.value < 1e5:
                    continue  # "verlängert seinen Fonds um zwei Jahre": no sum, no increase of one
                if _ends_with(self.p.increment, self.text, t.window_before(n.start, 2), n.start):
                    return True
        return False

    def converts_sum_just_before(self, s: _Sentence, m: Mention) -> bool:
        """A sum opening a bracket right after an accepted sum of another currency: its conversion."""
        converted = self.converted_sum(s, m)
        return converted is not None and converted.accepted

    def sum_of_listed(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "Schweden will bis zu zehn Kampfpanzer beisteuern, Portugal drei – zusammen ergibt das 31 Panzer": a count
        after ``cues.together`` in its clause that the counts of its unit accepted before it in its sentence (and the
        one before) add up to is their sum, not a pledge."""
        if m.kind != "count" or not self.has(self.p.together, clause[0], m.start):
            return False
        here = [o for o in s.candidates if o.accepted and o.end <= m.start and o.kind == "count" and o.unit == m.unit]
        before = [o for o in self.recent_mentions(s) if o.kind == "count" and o.unit == m.unit]
        return any(len(parts) >= 2 and sum(o.value for o in parts) == m.value for parts in (here, before + here))

    def converts_total(self, s: _Sentence, m: Mention) -> bool:
        """The conversion of a sum judged a running total is one too ("steigt … auf drei Milliarden Pfund (knapp 3,5
        Milliarden Euro)")."""
        converted = self.converted_sum(s, m)
        return converted is not None and bool(converted.extra.get("total"))

    def converted_sum(self, s: _Sentence, m: Mention) -> Mention | None:
        """The sum of another currency right before the bracket that ``m`` opens ("drei Milliarden Pfund (knapp 3,5
        Milliarden Euro)"): ``m`` is its conversion, a pledge if it is one."""
        opening = self.text.rfind("(", s.start, m.start)
        if opening < 0 or self.text[opening + 1 : m.start].strip():
            opening = self.converted_after_comma(s, m)
            if opening < 0:
                return None
        before = [c for c in s.candidates if c.kind == "money" and c.end <= opening]
        if not before or self.text[before[-1].end : opening].strip():
            return None
        a, b = before[-1].unit, m.unit
        if a is not None and b is not None:
            return before[-1] if a != b else None
        # a crown's unit is known only later, from its donor ("13,3 Milliarden Kronen (rund 1,2 Milliarden Euro)")
        return before[-1] if (before[-1].currency_token or "").lower() != (m.currency_token or "").lower() else None

    def converted_after_comma(self, s: _Sentence, m: Mention) -> int:
        """Where the conversion ``m`` opens after a comma ("… 1,6 Milliarden Pfund wert, umgerechnet rund 1,9 Milliarden
        Euro"): the end of the sum before it (past a :attr:`cues.worth_after` word), or -1. The cue (a
        ``restatements.before`` phrase) stands right before ``m``, the comma right before the cue."""
        cue = None
        for c in (
            self.scan(self.p.restate_before, s, s.window_before(m.start, 3), m.start) if self.p.restate_before else ()
        ):
            cue = c
        if cue is None or self.text[cue.end() : m.start].strip(" \u00a0"):
            return -1
        # a hedge after the cue belongs to m's span ("umgerechnet rund 1,9 Milliarden")
        comma = self.text.rfind(",", s.start, cue.start())
        if comma < 0 or self.text[comma + 1 : cue.start()].strip():
            return -1
        end = comma
        worth = self.first(self.p.worth_after, s, s.window_before(comma, 1), comma) if self.p.worth_after else None
        if worth is not None and not self.text[worth.end() : comma].strip():
            end = worth.start()
        while end > s.start and self.text[end - 1].isspace():
            end -= 1
        return end

    def trains_recipient(self, s: _Sentence, m: Mention, end: int) -> bool:
        """ "deploy 120 personnel to Britain to help train Ukrainian soldiers": people sent to another state for
        the recipient's sake (the recipient named after them) are aid to the recipient, not to that state."""
        return m.unit == "person" and self.has(self.p.recipient, end, s.clause_of(m.start)[1])

    def cue_right_before(self, s: _Sentence, m: Mention, pattern: re.Pattern[str] | None, words: int) -> bool:
        """Whether a match of ``pattern`` ends right before ``m`` (only space between), within ``words`` words."""
        lo = s.window_before(m.start, words)
        return _ends_with(pattern, self.text, max(lo, s.start), m.start)

    def prices_pledge(self, s: _Sentence, m: Mention) -> bool:
        """ "more than 800 SkyRanger drones, worth $95 million": a value cue right before a sum, after a count
        of the sentence already taken as a pledge: the sum prices that pledge (and will restate it)."""
        if not self.cue_right_before(s, m, self.p.value, 3):
            return False
        return any(c.kind == "count" and c.accepted and c.end <= m.start for c in s.candidates)

    def values_package_before(self, s: _Sentence, m: Mention) -> bool:
        """ "Dänemark, Norwegen und Schweden wollen ein weiteres Rüstungspaket für die Ukraine finanzieren. Es hat einen
        Umfang von 500 Millionen Dollar": a value cue right before the sum, after a sentence without figures that
        pledges aid (a pledge or plan word, an aid word and the recipient): the sum is that package's value."""
        if s.index == 0 or m.kind != "money" or not self.cue_right_before(s, m, self.p.value, 3):
            return False
        prev = self.sentences[s.index - 1]
        if prev.candidates or any(not n.is_year for n in prev.numerals):
            return False
        a, b = prev.start, prev.end
        given = self.has(self.p.pledge, a, b) or self.has(self.p.plan, a, b)
        return given and self.has(self.p.aid, a, b) and self.has(self.p.recipient, a, b)

    def values_count_before(self, s: _Sentence, m: Mention) -> Mention | None:
        """ "… 800 drones to Ukraine. The quadcopters are valued at about $95 million.": a sentence that only prices
        the count of the sentence before (a value cue right before the sum; no count and no aid word of its own,
        which would make the sum a package's) restates that count."""
        if s.index == 0 or m.kind != "money":
            return None
        valued = self.cue_right_before(s, m, self.p.value, 3) or self.definite_cost(s, m)
        valued = (
            valued or _starts_after_spaces(self.p.worth_after, self.text, m.end, s.end) is not None
        )  # "… Pfund wert"
        if not valued and not self.has(self.p.value_nouns, s.start, m.start):  # "Den Wert der Panzer beziffert … auf"
            return None
        if any(c.kind == "count" for c in s.candidates) or self.has(self.p.aid, s.start, m.start):
            return None
        prev = self.sentences[s.index - 1]
        if self.new_giver(s):
            return None  # "Polen stellt 18 Haubitzen zur Verfügung. Auch Tschechien will Rüstungsgüter im Wert von … liefern"
        counts = [o for o in prev.mentions if o.kind == "count" and o.restates is None]
        return counts[-1] if counts else None

    def new_giver(self, s: _Sentence) -> bool:
        """Whether ``s`` names a giver the sentence before does not name, and a giving verb: a pledge of its own, which
        restates nothing of the sentence before."""
        if not self.has(self.p.pledge, s.start, s.end):
            return False
        prev = self.sentences[s.index - 1]
        return bool({d.code for d in s.donors if d.code} - {d.code for d in prev.donors if d.code})

    def definite_cost(self, s: _Sentence, m: Mention) -> bool:
        """ "Das System kostet 406 Millionen Dollar", "the purchase would cost $406 million", "the new delivery is
        expected to cost …": a cost verb right before the sum (restatements.cost, its longest phrase first), a definite
        word (restatements.cost_subjects) within the two words before the verb, and no "each"/"je" word near ("Each
        interceptor the system fires costs …")."""
        cues = self.lex.restatements
        if not cues.cost or not cues.cost_subjects:
            return False
        longest = self.cost_words
        before = [t.low for t in s.toks_before(m.start)[-(longest + 3) :]]
        if any(w in self.each_words for w in before):
            return False  # "Each interceptor the system fires costs around $4 million": a unit price
        for n in range(min(longest, len(before)), 0, -1):
            if " ".join(before[-n:]) in cues.cost:
                k = len(before) - n
                return any(w in cues.cost_subjects for w in before[max(0, k - 2) : k])
        return False

    def vague_part_of(self, s: _Sentence, m: Mention) -> bool:
        """Whether a count is the whole that a vague part is taken of ("many of the 37 Leopards", "einige der 40
        Panzer"): a ``vague_parts`` word, then a ``progress_of`` cue right before the count, and no promising word after
        it (the promised whole, "some of the 100 tanks promised", is the pledge)."""
        vague = self.p.vague_parts
        if vague is None or self.p.progress_of is None or not self.has(vague, s.start, m.start):
            return False
        lo = max(s.start, s.window_before(m.start, 4))
        if not _ends_with(self.p.progress_of, self.text, lo, m.start) or not self.has(vague, lo, m.start):
            return False
        return not self.has(self.p.promise, m.end, min(s.end, s.window_after(m.end, 4)))

    def count_costs(self, s: _Sentence, m: Mention) -> bool:
        """Whether a cost phrase (``restatements.cost``) follows the count's words and a sum follows it in the clause:
        the count is what a price is said of ("a single battery costs $1 billion", "Ein System kostet 400 Mio.")."""
        cost = self.lex.restatements.cost
        if self.p.cost is None or not self.has(self.p.cost, s.start, s.end):
            return False  # (most sentences: the screen answers without a scan)
        end = _item_end(m)
        after = [t.low for t in s.toks_from(end)[: self.cost_words]]
        if not any(" ".join(after[:n]) in cost for n in range(1, len(after) + 1)):
            return False
        hi = s.clause_of(m.start)[1]
        return any(end <= n.start < hi and n.currency for n in s.numerals)

    def sum_of_before(self, s: _Sentence, m: Mention) -> bool:
        """ "drei Milliarden für dieses Jahr. Hinzu kämen acht Milliarden bis 2029, zusammen also elf Milliarden": a sum
        that a "together" word (within four words before it) marks and that adds up the last sums before it, in this
        sentence and the one before, is their total."""
        if self.p.together is None or not self.has(self.p.together, s.window_before(m.start, 4), m.start):
            return False
        before = [o for o in s.candidates if o.kind == "money" and o.end <= m.start and o.accepted]
        if s.index > 0:
            before = [o for o in self.sentences[s.index - 1].mentions if o.kind == "money"] + before
        before = [o for o in before if o.unit == m.unit and o.restates is None]
        total = 0.0
        for k, o in enumerate(reversed(before)):
            total += o.value
            if k >= 1 and math.isclose(total, m.value, rel_tol=0.01):
                return True
        return False

    def part_of_rejected(self, s: _Sentence, m: Mention) -> bool:
        """ "Seit Kriegsbeginn summiert sich die Hilfe auf rund 79 Milliarden Euro, davon 43 Milliarden für militärische
        Zwecke", "mit insgesamt 50,5 Milliarden Euro unterstützt, darunter 17 Milliarden für Waffen": a part ("davon",
        "of which", "darunter", "including" right before it) of a sum judged no pledge is none either."""
        return self.part_of_rejected_by(s, m, self.p.partitive) or self.part_of_rejected_by(s, m, self.p.inclusion)

    def part_of_rejected_by(self, s: _Sentence, m: Mention, partitive: re.Pattern[str] | None) -> bool:
        """:meth:`part_of_rejected` for the cue list ``partitive``."""
        if partitive is None or not self.has(partitive, s.start, m.start):
            return False  # (the sentence's cached matches first: most sentences have no "davon")
        clause = s.clause_of(m.start)
        if self.cue_right_before(s, m, partitive, 2):
            cue_end = m.start
        else:
            # "…, davon 43 Milliarden für militärische und 36 Milliarden für zivile Zwecke": a later part of the list
            cues = [b for a, b in self.sentence_matches(partitive, s.index) if clause[0] <= a and b <= m.start]
            if not cues or not any(
                o.kind == "money"
                and cues[-1] <= o.start
                and o.end <= m.start
                and self.cue_right_before(s, o, partitive, 2)
                for o in s.candidates
            ):
                return False
            cue_end = cues[-1]
        if self.has(self.p.recipient, m.end, clause[1]):
            return False  # "$95 billion in foreign aid, of which $61 billion is for Ukraine": the part is the pledge
        # the whole is larger than its part ("£2.5bn …, £200m more than last year, including £200m for drones")
        whole = [
            o for o in s.candidates if o.kind == "money" and o.end <= cue_end and o.end <= m.start and o.value > m.value
        ]
        return bool(whole) and not whole[-1].accepted

    def part_of_rejected_before(self, s: _Sentence, m: Mention) -> bool:
        """ "Congress has passed five aid bills worth some $175bn since 2022. Of that, roughly $66bn was military
        assistance": a part ("of that", "davon" before it in its clause) of the last sum of the sentence before, when
        that sum is no pledge, is none either (of an accepted sum it is: :meth:`part_of_sum_before`)."""
        if s.index == 0 or self.p.of_that_sum is None:
            return False
        clause = s.clause_of(m.start)
        if not self.has(self.p.of_that_sum, clause[0], m.start) or any(
            o.kind == "money" and o.end <= m.start for o in s.candidates
        ):
            return False
        before = [o for o in self.sentences[s.index - 1].candidates if o.kind == "money"]
        return bool(before) and not before[-1].accepted and before[-1].value > m.value

    def requested_after(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "until Congress acts on the $61.4bn the White House requested": a sum a request word follows within four
        words of its clause (five after "the": "the $37.7 billion President Joe Biden had asked for"), or anywhere in a
        relative clause right after it, is asked for, not given."""
        if m.kind != "money":
            return False
        end = _item_end(m)
        # after "the" a clause without "that" may name who asked: "the $37.7 billion President Joe Biden had asked for"
        before = s.toks_before(m.start)[-1:]
        reach = 5 if before and before[0].low in self.lex.restatements.definite else 4
        if self.has(self.p.requested, end, min(clause[1], s.window_after(end, reach))):
            return True
        # "weniger als die 500 Millionen, die die Regierung verlangt hatte", "the $33 billion that the White House had
        # requested": the relative clause right after it
        relative = self.relative_after(s, end)
        if relative is None:
            return False
        # (to the clause's end: a German relative clause ends on its verb)
        return self.has(self.p.requested, relative.end, s.clause_of(relative.start)[1])

    def relative_after(self, s: _Sentence, pos: int) -> Token | None:
        """The relative word that opens a clause right at ``pos``, after a comma or none ("…, die", "that")."""
        first = s.token_from(pos)
        if first is not None and first.text == ",":
            first = s.token_from(first.end)
        return first if first is not None and first.low in self.lex.sentences.relatives else None

    def tallied_after(self, s: _Sentence, m: Mention) -> bool:
        """A relative clause right after the figure with a giving word and a running total's cue, and no figure of its
        own ("die 30 Caesar-Haubitzen, die Frankreich der Ukraine bisher insgesamt überlassen hat"): a tally."""
        if self.p.running_total is None:
            return False
        relative = self.relative_after(s, _item_end(m))
        if relative is None:
            return False
        rest = s.clause_of(relative.start)
        comma = _comma(self.text, relative.end, rest[1])
        end = rest[1] if comma < 0 else comma  # the relative clause, to its closing comma
        if any(relative.end <= n.start < end for n in s.numerals):
            return False  # "…, which brings the number it has promised to two dozen": the cue sums that figure
        if not self.has(self.p.pledge, relative.end, end):
            return False  # "13 MiG-29, die seit August vergangenen Jahres nicht mehr fliegen": no giving tallied
        return any(
            relative.end <= a and b <= end and not self.superlative(s, a, b)
            for a, b in self.sentence_matches(self.p.running_total, s.index)
        )

    def part_of_request(self, s: _Sentence, m: Mention) -> bool:
        """ "Biden bat den Kongress um 106 Milliarden Dollar. Gut 61 Milliarden Dollar davon sollen an die Ukraine
        gehen": a part ("davon", "of which" right before or right after it) of a larger sum asked for, in its sentence
        or the one before, is asked for too: no pledge, even when the part names the recipient."""
        p = self.p
        if p.requested is None:
            return False
        cues = [c for c in (p.partitive, p.of_that_sum) if self.has(c, s.start, s.end)]
        if not any(
            self.cue_right_before(s, m, c, 2) or _starts_after_spaces(c, self.text, m.end, s.end) is not None
            for c in cues
        ):
            return False
        wholes = [(s, o) for o in s.candidates if o.kind == "money" and o.end <= m.start]
        if not wholes and s.index > 0:
            prev = self.sentences[s.index - 1]
            wholes = [(prev, o) for o in prev.candidates if o.kind == "money"]
        if not wholes:
            return False
        where, whole = wholes[-1]
        if whole.value <= m.value or (whole.unit is not None and m.unit is not None and whole.unit != m.unit):
            return False
        clause = where.clause_of(whole.start)
        return self.has(p.requested, clause[0], clause[1])

    def restate_cue_before(self, s: _Sentence, m: Mention) -> bool:
        """A restatement cue ("equivalent to", "was auf") ending right before ``m``, within four words (a hedge between
        for a count of one: "das entspricht etwa einer Brigade")."""
        if m.extra.get("one"):
            return self.restated_at(s, m.start)  # (a number's hedge is in its span)
        return self.cue_right_before(s, m, self.p.restate_before, 4)

    def restated_at(self, s: _Sentence, pos: int) -> bool:
        """A restatement cue ending right before ``pos`` within four words ("or about a brigade"), or before a hedge
        right before it ("das entspricht etwa einer Brigade")."""
        if _ends_with(self.p.restate_before, self.text, s.window_before(pos, 4), pos):
            return True
        prev = s.toks_before(pos)[-1:]
        if not prev or prev[0].low not in self.lex.bounds.approx:
            return False
        return _ends_with(self.p.restate_before, self.text, s.window_before(prev[0].start, 4), prev[0].start)

    def restates_sum_before(self, s: _Sentence, m: Mention) -> bool:
        """ "… ¥300 billion to Ukraine. The amount is equivalent to roughly $2 billion.": a sentence that only
        converts the sum of the sentence before (a conversion cue right before the amount) restates it."""
        if not self.restate_cue_before(s, m):
            return False
        prev = self.sentences[s.index - 1] if s.index > 0 else None
        sums = [o for o in prev.mentions if o.kind == "money"] if prev is not None else []
        if m.per is None and all(o.unit == m.unit and not math.isclose(o.value, m.value, rel_tol=0.02) for o in sums):
            return False  # "Zusammen sind das 4,3 Milliarden Dollar": another sum in the same money, not a conversion
        return bool(sums)

    def part_of_negative(self, s: _Sentence, clause: tuple[int, int]) -> bool:
        """ "asked Congress for $106bn, including $61bn for Ukraine": a part of a request is a request too."""
        if _starts_at(self.p.inclusion, self.text, clause[0], clause[1]) is None:
            return False
        before = [c for c in s.clauses if c[1] <= clause[0]]
        return bool(before) and self.has_negative(self.p.negative_before, s, before[-1][0], before[-1][1])

    def aggressor_acts(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "griff Russland die Ukraine in der Nacht mit 728 Drohnen an": the last state named before the figure in
        its clause, the recipient aside, is the aggressor: its weapons, not aid."""
        named = [h for h in s.donors if clause[0] <= h.start < m.start and h.code is not None and h.code != _RECIPIENT]
        if not named or named[-1].code not in NOT_DONORS or named[-1].adjective:  # not "russische Aggression"
            return False
        # "…, six months to the day since Russia invaded, by announcing nearly $3 billion": the name in an aside, a
        # giving verb after the aside's closing comma is another's
        comma = _comma(self.text, named[-1].end, m.start)
        if comma < 0 or _comma(self.text, clause[0], named[-1].start, last=True) < 0:
            return True  # (not an aside: "Russia, meanwhile, announced plans to expand its forces to 1.5 million")
        return not self.has(self.p.pledge, comma, m.start)

    def follows_rejected(self, s: _Sentence, ref: Mention, m: Mention) -> bool:
        """Whether the elliptic ``m`` counts the noun of ``ref``, a figure before it in the sentence that is no pledge,
        with no word of giving, aid or the recipient after ``ref`` in the sentence: it goes on with what ``ref`` said
        (not "davon", a part, see :meth:`is_pledge`)."""
        if ref.sentence != s.index or ref.accepted or not ref.end <= m.start or m.extra.get("partitive"):
            return False
        p = self.p
        if ref.extra.get("total") or self.has(p.superseded, s.start, s.end) or self.has(p.raise_verbs, s.start, s.end):
            return False  # "trained 34,000 so far …, its target raised to 40,000": the new figure replaces the old
        if _ends_with(p.progress, self.text, s.window_before(ref.start, 2), ref.start):
            return False  # "the first two howitzers of the 16 that Denmark is paying for": the part, then the whole
        return not any(self.has(x, ref.end, s.end) for x in (p.pledge, p.additional, p.aid, p.recipient))

    def it_counted(self, s: _Sentence, m: Mention) -> bool:
        """Whether ``m`` is a count said with ``it_counts`` around it ("sollen es insgesamt 15 sein", "würden es rund
        524.000 Schuss sein"): how many there will be, a step of a schedule when a larger count stands near."""
        if m.kind != "count":
            return False
        if m.extra.get("it_count"):
            return True
        if self.p.it_counts is None or not self.has(self.p.it_counts, s.start, s.end):
            return False  # (the screen answers for most sentences)
        return self.has(
            self.p.it_counts, max(s.start, s.window_before(m.start, 3)), min(s.end, s.window_after(m.end, 1))
        )

    def larger_count_near(self, s: _Sentence, m: Mention) -> bool:
        """Whether a larger count of ``m``'s unit stands in ``m``'s sentence, the two before it or the one after it."""
        sentences = self.sentences[max(0, s.index - 2) : s.index + 1]
        if any(
            c is not m and c.kind == "count" and c.unit == m.unit and c.value > m.value
            for other in sentences
            for c in other.candidates
        ):
            return True
        if s.index + 1 >= len(self.sentences):
            return False
        nxt = self.sentences[s.index + 1]  # (not read yet: its numbers and the nouns after them)
        for n in nxt.numerals:
            if n.value > m.value and not (n.is_year or n.percent or n.currency or n.duration):
                np = self.noun_phrase(nxt.toks, n.end)
                if np is not None and np["unit"] == m.unit:
                    return True  # "… sollen es 15 sein. Zugesagt hat die Bundesregierung 30 Gepard"
        return False

    def sum_follows_rejected(self, s: _Sentence, m: Mention) -> bool:
        """Whether the sum ``m`` goes on, with no verb of its own, from the sum before it in the sentence that is no
        pledge: a coordinator opens the few words between (at most five), and no word of giving, aid or the recipient
        follows the first sum in the sentence (:meth:`follows_rejected` for sums)."""
        ref = next((c for c in reversed(s.candidates) if c.kind == "money" and c.end <= m.start), None)
        if ref is None or ref.accepted or ref.extra.get("total") or ref.restates is not None:
            return False
        words = [t for t in s.toks if ref.end <= t.start and t.end <= m.start and t.is_word]
        if not words or len(words) > 5 or words[0].low not in self.lex.units.coordinators:
            return False
        if any(ref.end <= n.start < m.start for n in s.numerals):
            return False
        return self.follows_rejected(s, ref, m)

    def listed_after_rejected(self, s: _Sentence, m: Mention) -> bool:
        """ "erhält Tschechien von Deutschland 14 Leopard und ein Bergepanzer": one item listed after a count that
        is no pledge (judged before it, in text order) is none either."""
        before = s.toks_before(m.start)
        if not m.extra.get("one") or not before or before[-1].low not in self.lex.units.coordinators:
            return False
        return any(not c.accepted for c in self.counts_listed_before(s, before[-1].start) if c is not m)

    def held(self, s: _Sentence, m: Mention) -> bool:
        """ "Canada has 82 of the German-built tanks": a verb of having between a state and the number, a stock."""
        if self.p.holding is None:
            return False
        before = s.toks_before(m.start)
        if len(before) < 2:
            return False
        verb = _starts_at(self.p.holding, self.text, before[-1].start, before[-1].end)
        if verb is None or verb.end() != before[-1].end:
            return False
        if self.has(self.p.recipient, m.end, s.clause_of(m.start)[1]):
            return False  # "Germany has 14 more tanks ready to ship to Ukraine": held for the recipient
        holders = before[-3:-1]  # "Canada has 82", "The Netherlands currently flies 42": one word may stand between
        if len(before) > 3 and before[-2].low in self.lex.donors.intensifiers:
            holders = before[-4:-2]  # "The Swedish army itself operates roughly 500 CV90s"
        gap = next((len(w) for w in self.reported_as if [t.low for t in before[-1 - len(w) : -1]] == w), 0)
        if gap and len(before) > gap + 2:
            holders = before[-3 - gap : -1 - gap]  # "The Bundeswehr is thought to hold about 600 of the missiles"
        if any(
            h.start < holder.end and holder.start < h.end and h.code is not None for holder in holders for h in s.donors
        ):
            return True
        if len(before) > 3 and before[-2].low in self.lex.sentences.relatives and before[-3].text == ",":
            comma = before[-3].start  # "The Netherlands, which has 42 of the jets, …": the name before the relative
            if any(h.code is not None and not self.text[h.end : comma].strip() for h in s.donors):
                return True
        forces = self.lex.donors.own_forces
        if holders[-1].low in forces or " ".join(h.low for h in holders) in forces:
            return True  # "The Canadian army had 82 Leopard 2s", "The Canadian Armed Forces own 82": their stock
        # "The Netherlands, which also confirmed it would supply the jet, has 42 F-16s of its own": what the subject
        # has "of its own" is its stock, however far the subject stands
        after = s.toks_from(_item_end(m))[:3]
        return any(t.low in self.lex.cues.own for t in after)

    def bought_for_itself(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "Selenskyj said his country wants to buy ten more Patriot systems": a purchase with no donor
        named in the sentence and nobody it is passed on to is the buyer's own, not aid."""
        if not self.has(self.p.benefactive, clause[0], clause[1]):
            return False
        if self.rearms(s, m):
            return True
        if self.passed_on(s, clause[0]):
            return False
        if (
            self.has(self.p.pledge, clause[0], m.start) or self.has(self.p.aid, s.start, m.start)
        ) and self.bought_earlier_for(s, clause, m):
            return False  # "the package contains 18 howitzers, … 11 Mi-17s originally bought for Afghanistan"
        if self.has(self.p.of_that_sum, clause[0], clause[1]):
            return False  # "About £200m of that sum is earmarked for buying drones": the pledged sum buys
        if self.has(self.p.money_anaphora, s.start, m.start):
            return False  # "nearly $3 billion … The money will buy six more NASAMS": the pledged money buys (also in a
            # later clause: "Of the money, €1bn will reimburse …, while another €1bn is earmarked for ordering shells")
        if (
            m.kind == "money"
            and self.cue_right_before(s, m, self.p.additional, 2)
            and any(o.kind == "money" and o is not m and o.accepted and o.end <= m.start for o in s.candidates)
        ):
            return False  # "€1 billion reimburses member states …; another €1 billion will pay for joint orders"
        if self.purchase_before_passed_on(s):
            return False  # "Canada will buy a NASAMS … and donate it to Ukraine. The purchase is valued at $406m"
        if self.has(self.p.parts, clause[0], m.start) and any(
            o.kind == "money" and o.accepted for o in self.recent_mentions(s)
        ):  # "… announced nearly $3 billion … Bought from industry rather than taken from stocks, it includes six
            return False  # more NASAMS": what the package pledged before holds, bought for it
        if not self.has(self.p.recipient, 0, len(self.text)) and not self.has(self.p.pledge, clause[0], clause[1]):
            return True  # "Copenhagen is buying 115 new CV90s": an order that gives nothing, in a text that never names
            # Ukraine, is the buyer's own ("will jointly buy, refurbish and donate 14 tanks" gives)
        sellers = [h for h in s.donors if h.code is not None and self.seller(s, h)]
        part = self.comma_part(clause, m)  # (not "…, with the first deliveries due this year")
        if (
            any(part[0] <= h.start < part[1] for h in sellers)
            and not self.has(self.p.recipient, clause[0], clause[1])
            and not self.has(self.p.pledge, part[0], part[1])
        ):
            # "Romania ordered seven Patriot fire units from the United States in 2017": bought from a seller, its own
            return True
        # (not the seller: "Kyiv is ready to buy ten Patriot systems from the U.S.")
        return not any(h.code is not None and h.code not in NOT_DONORS and h not in sellers for h in s.donors)

    def rearms(self, s: _Sentence, m: Mention) -> bool:
        """ "Polen hat 180 K2 bestellt, um die an die Ukraine abgegebenen Bestände zu ersetzen", "Poland is re-arming:
        … the 180 K2 tanks it ordered": a purchase in a sentence that says it re-arms the buyer or replaces what was
        given, with neither the recipient nor a giving verb between the commas around the figure, is the buyer's own
        (the recipient named elsewhere in the sentence is the earlier gift's)."""
        cues = self.sentence_matches_or_none(self.p.rearming, s)
        if not cues:
            return False
        text, end = self.text, _item_end(m)
        lo = max(text.rfind(c, s.start, m.start) for c in ",;:")
        hi = text.find(",", end, s.end)
        lo, hi = (s.start if lo < 0 else lo + 1), (s.end if hi < 0 else hi)
        hi = min([hi] + [a for a, _ in cues if a >= end])  # "… CV90s to replace the BMP-1s it gave Ukraine"
        return not any(self.has(x, lo, hi) for x in (self.p.recipient, self.p.pledge))

    def purchase_before_passed_on(self, s: _Sentence) -> bool:
        """A sentence naming no state after one with a buying verb and a count pledged (the purchase passed on, or it
        would be no pledge, see :meth:`bought_for_itself`): its purchase is that one."""
        if s.index == 0 or any(h.code is not None for h in s.donors) or self.has(self.p.recipient, s.start, s.end):
            return False  # (a state named, the recipient too: "Selenskyj … sein Land wolle zehn Systeme erwerben")
        prev = self.sentences[s.index - 1]
        if not any(o.kind == "count" for o in prev.mentions):
            return False
        if self.has(self.p.benefactive, prev.start, prev.end):
            return True
        # "… will supply Ukraine with 100,000 drones … The order is worth £350m": the sentence opens with the purchase
        # named as a noun after a definite word, the count pledged before
        first = s.token_from(s.start, word=True)
        second = s.token_from(first.end, word=True) if first is not None else None
        return (
            first is not None
            and second is not None
            and first.low in self.lex.restatements.definite
            and _whole_at(self.p.benefactive, self.text, second.start, second.end)
        )

    def bought_earlier_for(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """Whether every buying verb of the clause stands after ``m`` and names whom it was bought for ("originally
        bought for Afghanistan"): where a listed item comes from, not a purchase of the list."""
        if self.p.benefactive is None:
            return False
        found = [(a, b) for a, b in self.sentence_matches(self.p.benefactive, s.index) if clause[0] <= a < clause[1]]
        for a, b in found:
            nxt = s.toks_from(b)[:1]
            if a < m.start or not nxt or nxt[0].low not in self.lex.cues.benefactive_for:
                return False
        return bool(found)

    def received_by_own_forces(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "The Australian Army has begun receiving 75 M1A2 tanks": a state's own forces (its name or adjective,
        not Ukraine's, right before them) receiving before the figure in its clause: their own equipment, not aid; so is
        their strength ("Die luxemburgische Armee zählt rund 1000 Soldaten": donors.strength_verbs)."""
        forces, receive, strength = self.p.own_forces, self.p.receive_verbs, self.p.strength_verbs
        if self.for_own_forces(s, clause, m):
            return True
        if self.has(self.p.takes_delivery, clause[0], m.start) and self.state_receives(s, clause, m):
            return True
        if forces is None or not self.has(forces, clause[0], m.start):
            return False
        if self.forces_order(s, clause, m):
            return True
        end = _item_end(m)
        counts = self.has(strength, clause[0], m.start) or self.has(strength, end, s.window_after(end, 2))
        receives = self.has(receive, clause[0], m.start) or self.has(receive, end, s.window_after(end, 2))
        if not counts and not receives:
            return False  # "Die luxemburgische Armee zählt 1000 Soldaten" (or "…, dessen Armee 1000 Soldaten zählt"): a stock
        for a, _ in self.sentence_matches(forces, s.index):
            if not clause[0] <= a < m.start:
                continue
            before = s.toks_before(a)[-1:]
            if before and state_named(self.text, before[0].start, before[0].end, self.lang) is not None:
                return True
            if before and before[0].low in self.lex.cues.own:
                return True  # "Die eigene Armee erhält stattdessen 75 Abrams"
            if (
                counts
                and before
                and (before[0].low in self.lex.donors.possessives or before[0].low in self.lex.sentences.relatives)
                and len(self.text[a : m.start].split()) <= 4
            ):
                return True  # "Luxemburg, dessen Armee rund 1000 Soldaten zählt": the size of the state's own forces
            after = s.toks_from(a)[1:3]
            if (
                before
                and before[0].low in self.lex.donors.skip
                and any(_starts_at(strength, self.text, t.start, t.end) is not None for t in after)
            ):
                return True  # "Die Luftwaffe zählt 122 Raketen und 36 Drohnen": what the forces count, no aid
        return False

    def forces_order(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "after the army ordered 24 South Korean K9 howitzers": forces that buy (a buying verb right between the
        forces' word and the figure), with the recipient named nowhere in the clause, buy for themselves."""
        p = self.p
        if p.own_forces is None or p.benefactive is None or self.has(p.recipient, clause[0], clause[1]):
            return False
        lo = max(clause[0], s.window_before(m.start, 3))
        for a, b in self.sentence_matches(p.benefactive, s.index):
            if lo <= a and b <= m.start:
                return _ends_with(p.own_forces, self.text, max(clause[0], s.window_before(a, 2)), a)
        return False

    def state_receives(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "as Australia takes delivery of 75 newer Abrams from the United States": a state other than the recipient,
        right before ``cues.takes_delivery`` before the figure in its clause, receives them for itself."""
        assert self.p.takes_delivery is not None
        for a, _ in self.sentence_matches(self.p.takes_delivery, s.index):
            if not clause[0] <= a < m.start:
                continue
            before = s.toks_before(a)[-1:]
            code = state_named(self.text, before[0].start, before[0].end, self.lang) if before else None
            if code is not None and code != "UKR":
                return True
        return False

    def last_listed(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> Mention:
        """The last count of the list ``m`` opens in its clause ("1,000 K2 tanks, 672 K9 howitzers and 48 FA-50 jets"):
        only commas and coordinators between the items. What follows the list ("from South Korea for the Polish armed
        forces") is said of every item."""
        last = m
        for o in s.candidates:
            if o.start <= last.start or o.kind != "count":
                continue
            if o.start >= clause[1]:
                break
            words = self.text[_item_end(last) : o.start].replace(",", " ").split()
            if not all(w.lower() in self.lex.units.coordinators for w in words):
                break
            last = o
        return last

    def for_own_forces(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "the first of 75 new M1A2 tanks for the Australian Army": items right followed by "for" and a state's
        forces (its name or adjective, not Ukraine's, right before the forces' word) are that state's own."""
        forces = self.p.own_forces
        if forces is None:
            return False
        rest = s.toks_from(m.end)
        joined = s.token_from(_item_end(m)) if m.kind == "count" else None
        if joined is not None and (joined.text == "," or joined.low in self.lex.units.coordinators):
            rest = s.toks_from(self.last_listed(s, clause, m).end)  # (only a comma or a coordinator goes on to a list)
        if rest and rest[0].low in self.lex.donors.source_before:
            # "to buy 250 M1A2 Abrams tanks from the United States for its own army": past the seller
            seller = next((h for h in s.donors if h.code is not None and rest[0].end <= h.start < clause[1]), None)
            if seller is not None and len([t for t in rest if t.end <= seller.start]) <= 3:
                rest = s.toks_from(seller.end)
        after = rest[:4]  # (the item's words may run on over "for the Australian Army")
        if after and after[0].low not in self.lex.cues.benefactive_for and m.kind == "money":
            # "$8 billion in new money over five years for the Canadian Armed Forces": the first "for" of the clause
            # after a sum, no other figure (durations aside) between ("11 Mi-17 helicopters originally intended for
            # Afghanistan's armed forces" go to Ukraine now: items are judged by their own "for" only)
            at = next((k for k, t in enumerate(rest[:9]) if t.low in self.lex.cues.benefactive_for), None)
            amounts = {n.start for n in s.numerals if n.duration is None}
            if at is None or any(t.start in amounts for t in rest[:at]):
                return False
            after = rest[at : at + 4]
        if after and after[0].low not in self.lex.cues.benefactive_for and m.kind == "count":
            # "54 new Leopard 2A7s for its army": the model's designation between the item and its "for"
            at = next((k for k, t in enumerate(rest[:3]) if t.low in self.lex.cues.benefactive_for), None)
            if at is not None and all(
                t.is_word and t.start not in self.numeral_starts and any(c.isdigit() for c in t.text) for t in rest[:at]
            ):
                after = rest[at : at + 4]
        if not after or after[0].low not in self.lex.cues.benefactive_for or after[0].start >= clause[1]:
            return False
        # the last buying verb before the items in their clause: the recipient is looked for after it ("Poland, which
        # has handed Ukraine 200 T-72s, signed a deal to buy 250 Abrams from the United States for its own army")
        bought = [a for a, _ in self.sentence_matches_or_none(self.p.benefactive, s) if clause[0] <= a < m.start]
        lo = bought[-1] if bought else clause[0]
        possessed = False
        for i in range(1, len(after) - 1):
            tok = after[i]
            if tok.low in self.lex.donors.possessives:
                possessed = True  # "for its armed forces": whose is said by "own" only ("send Ukraine … for its army")
                if (
                    bought
                    and _starts_at(forces, self.text, after[i + 1].start, s.end) is not None
                    and not self.has(self.p.recipient, lo, m.start)
                ):
                    return True  # but a purchase says it: "agreed to buy 54 new Leopard 2A7s for its army"
                continue
            if possessed and tok.low in self.lex.cues.own:
                # "Oslo ordered 54 new tanks for its own army", no recipient named before: the giver's own forces
                return _starts_at(forces, self.text, after[i + 1].start, s.end) is not None and not self.has(
                    self.p.recipient, lo, m.start
                )
            if tok.low in self.lex.donors.skip:
                continue  # the article
            if possessed or state_named(self.text, tok.start, tok.end, self.lang) in (None, "UKR"):
                return False
            if _starts_at(forces, self.text, after[i + 1].start, s.end) is not None:
                return True
            # "NATO's procurement agency will buy up to 1,000 Patriot interceptors for Germany, the Netherlands, …":
            # bought for another state, with no recipient named before the items
            return bool(bought) and not self.has(self.p.recipient, lo, m.start)
        return False

    def running_total(self, s: _Sentence, clause: tuple[int, int], outside: list[tuple[int, int]], m: Mention) -> bool:
        """ "so far", "seit Kriegsbeginn": a running total; "in total", "insgesamt" only in the past tense.

        A plan word ("will ... insgesamt 30") or, for a weak total, a period in the clause ("SEK 75bn in
        total for 2024-2026", "bis 2028 insgesamt 30") makes the total a pledge still to come.
        """
        p = self.p
        if m.kind == "count" and self.whole_promised(s, m):
            return False  # "has handed over the last of the two dozen F-16s it promised": the pledge, not a tally
        if not (
            self.has(p.weak_total, s.start, s.end)
            or self.has(p.running_total, s.start, s.end)
            or self.has(p.past_perfect, s.start, s.end)
            or (self.published is not None and self.has(p.dated_total, s.start, s.end))
        ):
            return False  # no cue in the sentence: no weak total, no cue, no dated total (the answer found below)
        interrupted = self.interrupted(s, clause, m.start)
        if interrupted is not None:
            outside = [*outside, interrupted]  # "Damit steigt die Summe, die die EU … mobilisiert hat, auf 2,5 Mrd."
        weak = [
            (a, b) for x, y in outside for a, b in self.sentence_matches_or_none(p.weak_total, s) if x <= a and b <= y
        ]
        cues = [
            a
            for x, y in outside
            for a, b in self.sentence_matches_or_none(p.running_total, s)
            if x <= a
            and b <= y
            and not any(c <= a and b <= d for c, d in weak)
            and not self.superlative(s, a, b)
            and not self.ordinal_before(s, a)
            and not any(c <= a and b <= d for c, d in self.sentence_matches_or_none(p.of_that_sum, s))
            and not _ends_with(p.lasting, self.text, s.window_before(a, 2), a)
            and not self.anniversary(s, a)
            and not self.total_before(s, b, m)
            and not self.tallies_base(s, a, m)
            and not self.further_after(s, b, m)
            and not self.superseded_cue(s, a, m)
            and not self.nearer_figure(s, a, b, m)
            and not self.earlier_figure(s, a, b, m)
            and not self.old_value_cue(s, b, m)
        ]
        # "had delivered a further 400,000 rounds by the end of April": a new tranche, dated, is no tally
        strong = bool(cues) or (
            not self.has(p.additional, s.window_before(m.start, 2), m.start)
            and any(self.dated_total(s, x, y) for x, y in outside)
        )
        if not strong and not weak:
            return False
        # "Der Gesamtrahmen steige damit von 75 auf 135 Milliarden Kronen": a pledge raised, no tally (but after "um 50
        # Milliarden aufzustocken", "Damit wächst der Betrag von 35 auf 85" is one: the increase is the pledge)
        if self.raised_from_to(s, m) and not self.increase_stated(s, m):
            return False
        # "wird sich … auf etwa 112 Millionen Euro summieren", "would add up to": a plan word does not make a sum of
        # everything given a pledge
        summed = self.p.adds_up is not None and any(_starts_at(self.p.adds_up, self.text, a, s.end) for a in cues)
        if not summed and self.planned(s, clause, m):
            return False
        if self.progress_whole(s, m):
            # "Of the 45 promised, Ukraine has so far received 30": the cue counts the part. Before the comma
            # that ends the whole's phrase it counts the whole: "Of the 120 it has sent since 2022, a dozen were lost"
            part = next((n.start for n in s.numerals if n.start > m.end and not n.is_year and n.value < m.value), None)
            if part is None or not any(m.end <= a < part and _comma(self.text, m.end, a) < 0 for a in cues):
                return False
        if strong:
            return True
        if any(self.has(p.fresh, x, y) for x, y in outside):
            return False  # "insgesamt hat das neue Paket einen Umfang von 5 Mrd.": the package's sum, no tally
        year = self.published.year if self.published is not None else None
        if any(
            clause[0] <= a < clause[1] and (year is None or span[1] is None or span[1] >= year)
            for a, _, span in self.periods(s)
        ):
            return False  # "bis 2028 insgesamt 30": a total still to come (not "im vergangenen Jahr insgesamt")
        if any(self.has(p.promise, x, y) for x, y in outside):
            return False  # "insgesamt hat Warschau 14 zugesagt": the whole promise, not a tally of deliveries
        return any(self.has(p.past, x, y) for x, y in outside)

    def old_value_cue(self, s: _Sentence, b: int, m: Mention) -> bool:
        """ "steigt von bislang 8,5 auf rund 11,55 Milliarden Euro": a tally's cue (ending at ``b``) right before the
        old figure of a raise, with only the raise's "auf", "to" (``cues.raised_to``) between it and ``m``: the old figure's."""
        old = next((n for n in s.numerals if n.start >= b), None)
        if old is None or self.text[b : old.start].strip() or old.end >= m.start or old.is_year or old.duration:
            return False  # ("lifts assistance since January 2021 to $13.5 billion": a date after the cue, no figure)
        between = [t for t in s.toks if old.end <= t.start and t.end <= m.start]
        return (
            len(between) == 1
            and self.p.raised_to is not None
            and _whole_at(self.p.raised_to, self.text, between[0].start, between[0].end)
        )

    def nearer_figure(self, s: _Sentence, a: int, b: int, m: Mention) -> bool:
        """Whether a tally's cue at ``a:b`` after ``m`` has a figure of its own (a sum for a sum) between ("announced a
        last $500 million package and said the United States had provided more than $65 billion … since February
        2022": the cue counts the $65 billion), or right after it when the cue opens a clause right after a
        coordinator ("hat zehn Leopard zugesagt und seit Kriegsbeginn mehr als 50 Transportpanzer geliefert")."""
        if a <= m.end:
            return False
        money = m.kind == "money"
        own = [n for n in s.numerals if (_is_sum(n) if money else n.duration is None) and not n.is_year]
        if any(m.end <= n.start < a for n in own):
            return True
        before = s.toks_before(a)
        if not before or before[-1].start < m.end:
            return False
        # the cue right after a coordinator, or in a relative clause opened at most two words before it ("joining a
        # British-led effort that has already trained around 10,000 Ukrainians")
        relatives = self.lex.sentences.relatives
        if before[-1].low not in self.lex.units.coordinators and not any(
            t.start >= m.end and t.low in relatives for t in before[-3:]
        ):
            return False
        hi = s.window_after(b, 3)
        return any(b <= n.start < hi for n in own)

    def earlier_figure(self, s: _Sentence, a: int, b: int, m: Mention) -> bool:
        """Whether a tally's cue at ``a:b`` before ``m`` follows a sum of its own (within six words), and ``m`` stands in
        a clause joined after the cue whose giving or plan word comes right after the coordinator ("has provided €647
        million since the invasion and has committed about €190 million a year": the cue counts the €647 million)."""
        if a >= m.start:
            return False
        coordinators = self.lex.units.coordinators
        join = next((t.end for t in s.toks_from(b) if t.start < m.start and t.low in coordinators), None)
        if join is None:
            return False
        after = s.window_after(join, 3)
        if not (self.has(self.p.pledge, join, after) or self.has(self.p.plan, join, after)):
            return False
        lo = s.window_before(a, 6)
        money = m.kind == "money"  # a figure of its kind: "has trained almost 10,000 so far and aims to train 20,000"
        own = [n for n in s.numerals if (_is_sum(n) if money else n.duration is None and not _is_sum(n))]
        return any(lo <= n.start and n.end <= a and not n.is_year for n in own)

    def elliptic_total(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "... seit Kriegsbeginn insgesamt 62 Mrd. bereitgestellt, die USA etwa 64 Mrd.": a clause of only a state
        and an amount, with no verb, after a running total's clause, is a running total too; so is a part of it
        ("total assistance now exceeds A$1.3 billion, including A$1.1 billion in military support")."""
        p = self.p
        before = [c for c in s.clauses if c[1] <= clause[0]]
        if not before or p.running_total is None:
            return False
        prev = before[-1]
        included = _starts_at(p.inclusion, self.text, clause[0], clause[1]) is not None  # "…, including A$1.1bn"
        rest = [t for t in s.toks if clause[0] <= t.start < clause[1] and not (m.start <= t.start < m.end)]
        words = [t for t in rest if t.is_word]
        if not included and (not words or len(words) > 4 or self.has(p.pledge, clause[0], clause[1])):
            return False
        if not included and not any(clause[0] <= h.start < m.start and h.code is not None for h in s.donors):
            return False
        if included and any(o.accepted and prev[0] <= o.start and o.end <= prev[1] for o in s.candidates):
            return False  # "support would total £2.5bn, including some £200m for drones": a part of the pledged whole
        return any(
            not self.superlative(s, a, b)
            for a, b in self.sentence_matches(p.running_total, s.index)
            if prev[0] <= a and b <= prev[1]
        )

    def further_after(self, s: _Sentence, b: int, m: Mention) -> bool:
        """ "Having put 10,000 recruits through its courses so far, Britain aims to train a further 20,000": a tally's
        cue that ends before a comma before ``m``, with an ``additional`` cue right before ``m`` (or an ``also_opening``
        word opening the part after the comma), tallies what came before; the further figure is new."""
        comma = _comma(self.text, b, m.start) if b <= m.start else -1
        if comma < 0:
            return False
        if self.has(self.p.additional, max(s.window_before(m.start, 2), s.start), m.start):
            return True
        # "…, womit die Panzerzusage auf acht steigt, außerdem einen Bergepanzer und 5000 Schuss": an additive word
        # opening the part after the comma gives what follows it anew
        first = s.token_from(comma + 1, word=True)
        return (
            first is not None
            and first.start < m.start
            and _starts_at(self.p.also_opening, self.text, first.start, first.end) is not None
        )

    def tallies_base(self, s: _Sentence, a: int, m: Mention) -> bool:
        """ "pledged $500 million in new aid, adding to the more than $8 billion committed since 2022": a running
        total's cue after a base (an ``added_to`` cue right before a figure between ``m`` and the cue) tallies the
        base, not ``m``."""
        if self.p.added_to is None:
            return False
        between = [n for n in s.numerals if m.end <= n.start and n.end <= a and not n.is_year]
        return bool(between) and self.has(
            self.p.added_to, max(s.window_before(between[-1].start, 6), s.start), between[-1].start
        )

    def total_before(self, s: _Sentence, b: int, m: Mention) -> bool:
        """ "…, bringing its contribution to eight, together with 5,000 rounds": a running total's cue that names its
        own total ("to eight", "auf 18", right after "to"/"auf") sums that figure, not the ones after it, nor the
        increase before it ("stockt um 500 Mio. auf und kommt damit auf drei Milliarden")."""
        if self.p.raised_to is None:
            return False
        end = s.clause_of(max(s.start, b - 1))[1]  # (a figure of a later clause is no total of the cue's)
        for n in s.numerals:
            if b <= n.start < end and not n.is_year:
                if n.start <= m.start < n.end:
                    return False  # the cue's own total
                word = s.toks_before(n.start)[-1:]
                return bool(word) and _starts_at(self.p.raised_to, self.text, word[0].start, word[0].end) is not None
        return False

    def anniversary(self, s: _Sentence, a: int) -> bool:
        """ "Marking two years since the full-scale invasion, …": a span of time right before the cue dates the day;
        it counts nothing up."""
        # the numeral ends before its time unit: "two| years since", "six| months to the day since"
        for n in s.numerals:
            if n.end > a or n.duration is None:
                continue
            words = self.text[n.end : a].split()
            if len(words) <= 1:
                return True
            unit_end = self.text.find(words[0], n.end) + len(words[0])
            phrase = _starts_after_spaces(self.p.to_the_day, self.text, unit_end, a)
            if phrase is not None and not self.text[phrase.end() : a].strip():
                return True
        return False

    def dated_total(self, s: _Sentence, lo: int, hi: int) -> bool:
        """ "had committed $75bn by the end of 2023", "Bis Mitte Februar hatte Berlin … geliefert", "bis Ende April
        hatte … bereitgestellt": the past perfect up to a dated year or month is a tally."""
        p = self.p
        if p.dated_total is None:
            return False
        perfect = self.has(p.past_perfect, lo, hi)
        # the present perfect sums up only to a date already past when the text was published ("hat bis Ende 2024
        # rund 17 Milliarden gesteckt"; but "hat zugesagt, bis Ende 2026 … zu liefern" sets a deadline)
        if not perfect and (self.published is None or not self.has(p.past, lo, hi)):
            return False
        cues = [(cue, perfect) for cue in p.dated_total.finditer(self.text, lo, hi)]
        if perfect and p.dated_total_perfect is not None:
            # "By April 30, Brussels had already allocated …": with the past perfect, and only to a date already past
            cues += [(cue, False) for cue in p.dated_total_perfect.finditer(self.text, lo, hi)]
        for cue, enough in cues:
            year = re.match(r"[\s-]*((?:19|20)\d\d)\b", self.text[cue.end() : hi])
            if year is not None:
                if enough or (self.published is not None and int(year.group(1)) < self.published.year):
                    return True
                continue
            word = _NEXT_WORD.match(self.text, cue.end(), hi)  # "Bis Ende April hatte Brüssel bereits …"
            if word is not None and self.month(s, word.start(1), word.end(1)) and (enough or self.passed(word[1])):
                return True
        return False

    def ordinal_before(self, s: _Sentence, a: int) -> bool:
        """ "Das Paket ist das 13. seit Kriegsbeginn", "the 13th since the invasion": an ordinal in figures after an
        article, right before the cue, ranks a package as a superlative does (:meth:`superlative`); it sums nothing."""
        toks = s.toks_before(a)[-3:]
        if len(toks) == 3 and toks[2].text == "." and toks[1].text.isdigit():
            return toks[0].low in self.lex.donors.skip  # (not "im Sender France 2. Bislang hat Paris …")
        return len(toks) >= 2 and _ORDINAL.fullmatch(toks[-1].text) is not None and toks[-2].low in self.lex.donors.skip

    def superlative(self, s: _Sentence, a: int, b: int) -> bool:
        """ "the largest tranche so far", "sein bislang größtes Paket": the cue ranks a package, it sums nothing.

        A superlative up to four words before the cue or two after it, in its clause, takes the cue; so
        does one up to twelve tokens before it with no number between ("the largest single tranche of U.S.
        weapons for Kyiv so far").
        """
        clause = s.clause_of(a)
        lo = max(clause[0], s.window_before(a, 4))
        hi = min(clause[1], s.window_after(b, 2))
        far = max(clause[0], s.window_before(a, 12))
        if self.p.superlative is None or not self.has(self.p.superlative, far, hi):
            return False
        # "Die ersten zwölf Pakete summierten sich auf …": an ordinal before a number counts packages, it ranks none
        ranks = [
            (c, d)
            for c, d in self.sentence_matches(self.p.superlative, s.index)
            if not any(n.start >= d and not self.text[d : n.start].strip() for n in s.numerals)
        ]
        # not across a comma: "The package, the largest so far, brings Stockholm's total to …" sums
        ranks = [(c, d) for c, d in ranks if _comma(self.text, min(d, a), max(c, b)) < 0]
        # a superlative the cue holds ranks the giver, not a package: "der größte Unterstützer", "the biggest donor"
        ranks = [(c, d) for c, d in ranks if not (a <= c and d <= b)]
        if any(lo <= c and d <= hi for c, d in ranks):
            return True
        first = next((c for c, d in ranks if far <= c and d <= lo), None)
        return first is not None and not any(first <= n.start < a for n in s.numerals)

    def negated(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """A negation word in the figure's comma-delimited part of its clause, outside its own hedge ("nicht
        weniger als") and outside a phrase that denies nothing ("not only", "noch nicht"): "Finland will not send a
        battle tank", "Einen Kampfpanzer gibt Helsinki nicht ab"."""
        if self.p.negation is None or not self.has(self.p.negation, s.start, s.end):
            return False
        text = self.text
        a, b = self.comma_part(clause, m)
        own = (m.start, int(m.extra.get("num_end", m.end)))
        shields = self.sentence_matches(self.p.not_negation, s.index) if self.p.not_negation is not None else []
        joiners = self.joiners
        for x, y in self.sentence_matches(self.p.negation, s.index):
            if not (a <= x and y <= b) or own[0] <= x < own[1] or any(c <= x and y <= d for c, d in shields):
                continue
            if text[y : y + 1] == "-":
                continue  # "nicht-tödliche Hilfe": a prefix, no negation
            if y <= m.start:
                between = text[y : m.start]
                if self.has(self.p.promise, y, m.start):
                    continue  # "nicht genug Leopard für die zugesagten zwei Bataillone": the promise stands
            else:
                between = text[own[1] : x]
                if any(w[:1].isupper() for w in text[y:b].split()):
                    continue  # "17 Mrd. als nicht rückzahlbare Zuschüsse": an attribute; "gibt … nicht ab" ends its clause
                if self.has(self.p.promise, max(a, s.window_before(m.start, 3)), m.start):
                    continue  # "Die versprochene eine Million Geschosse werde nicht erreicht": the promise stands
            if not any(w.lower() in joiners for w in between.split()):
                return True  # no other clause's word between the negation and the figure
        return False

    def planned(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """A plan word in the number's own comma-delimited part of the clause ("will ... insgesamt 30").

        "Bislang hat X 18 Panzer geliefert, weitere zehn sollen folgen": the plan is the ten's, not the 18's; so it
        is after a coordinator with no figure between ("had so far sent 3,615 NLAWs and would now also send
        Starstreaks"), while "insgesamt 30 Panzer und 20 Haubitzen sollen folgen" plans both.
        """
        if self.p.plan is None:
            return False
        parts = self.outside_brackets(self.comma_part(clause, m), m.start)
        own_end = int(m.extra.get("num_end", m.end))
        for a, b in self.sentence_matches(self.p.plan, s.index):
            if not any(x <= a and b <= y for x, y in parts):
                continue
            if a >= own_end:
                words = list(re.finditer(r"\S+", self.text[own_end:a]))
                joint = next((w for w in reversed(words) if w[0].lower() in self.joiners), None)
                if joint is not None and not any(own_end + joint.end() <= n.start < a for n in s.numerals):
                    continue
            return True
        return False

    def comma_part(self, clause: tuple[int, int], m: Mention) -> tuple[int, int]:
        """The part of ``clause`` between the commas around ``m`` (the clause's ends where there is none)."""
        text = self.text
        a = _comma(text, clause[0], m.start, last=True) + 1 or clause[0]
        b = _comma(text, m.start, clause[1])
        return max(a, clause[0]), clause[1] if b < 0 else b

    def compared(self, s: _Sentence, m: Mention) -> bool:
        """ "200 Millionen Pfund mehr als im Vorjahr": a difference between two figures, not an amount."""
        if self.p.negative_after is None:
            return False
        for pos in {m.end, int(m.extra.get("num_end", m.end))}:  # "20 more than last year": after the cue too
            # not across a comma: "100 tanks, more than any other ally" stays a pledge
            hit = _starts_after_spaces(self.p.negative_after, self.text, pos, s.end)
            if hit is None or self.shielded(s, hit.start(), hit.end()):
                continue  # ("lässt sich das rund 406 Millionen Dollar kosten" pays for it: a shield)
            if any(n.start <= hit.start() < n.end for n in s.numerals):
                continue  # "mit 1,6 Milliarden Pfund mehr als 5.000 Raketen kaufen": the hedge of the next number
            return True
        return False

    def outbid(self, s: _Sentence, m: Mention) -> bool:
        """Whether ``m`` is the old figure a larger one of its unit, accepted before it in its sentence, is compared with
        (``cues.outbids`` between them, no other giver named after the cue): "11,5 Milliarden Euro – deutlich mehr als die
        8,5 Milliarden Euro, mit denen die Regierung ursprünglich geplant hatte"."""
        if self.p.outbids is None or not self.has(self.p.outbids, s.start, m.start):
            return False
        for o in s.candidates:
            if o.end > m.start or not o.accepted or o.kind != m.kind or o.value <= m.value or o.per != m.per:
                continue
            if (o.unit or m.unit) != (m.unit or o.unit):
                continue
            cue = self.first(self.p.outbids, s, o.end, m.start)
            if cue is None or any(h.code not in NOT_DONORS and cue.end() <= h.start < m.start for h in s.donors):
                continue
            # the cue compares the two and no other figure: none between them and it ("£2.5bn …, £200m more than in
            # each of the previous two years, including around £200m for drones"), and no number right after it ("more
            # than 600 K9 howitzers": a bound)
            if any(o.end < n.end <= m.start for n in s.numerals):
                continue  # (a number's span holds its hedge: "more than 800 drones" is one)
            return True
        return False

    def shielded(self, s: _Sentence, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside a ``not_negative`` phrase of the sentence ("aus Beständen")."""
        if self.p.not_negative is None:
            return False
        return any(a <= start and end <= b for a, b in self.sentence_matches(self.p.not_negative, s.index))

    def share_of_rejected_sum(self, s: _Sentence, m: Mention) -> bool:
        """A share right after a sum of its clause that is no pledge (a comma at most between) restates that sum."""
        before = [o for o in s.candidates if o.kind == "money" and o.end <= m.start]
        if not before or before[-1].accepted or s.clause_of(before[-1].start) != s.clause_of(m.start):
            return False
        return not self.text[_item_end(before[-1]) : m.start].strip(" ,")

    def share_allotted(self, s: _Sentence, m: Mention, whole: Mention) -> bool:
        """ "Some £350 million of the £4.5 billion in UK military aid will go towards the drones": a sum opening its
        clause, "of" a larger one, with a plan word after the whole, is a share set aside, not a part paid out."""
        clause = s.clause_of(m.start)
        first = s.token_from(clause[0], word=True)
        return first is not None and first.start >= m.start and self.has(self.p.plan, whole.end, clause[1])

    def short_cue_clause_before(self, s: _Sentence, clause: tuple[int, int]) -> bool:
        """Whether the clause right before ``clause`` is the sentence's first, of at most three words, with a
        ``negative_before`` cue ("Kiew hofft, über das Verfahren … zu erhalten"): a hope or request that governs the
        clause after it."""
        if clause[0] <= s.start or self.p.negative_before is None:
            return False
        before = [c for c in s.clauses if c[1] <= clause[0]]
        if len(before) != 1:
            return False
        a, b = before[0]
        if not self.has_negative(self.p.negative_before, s, a, b):
            return False
        words = [t for t in s.toks if a <= t.start < b and t.is_word]
        # (longer when the recipient opens it and ``clause`` names no giver: "Kiew strebt nach eigenen Angaben an, …
        # monatlich US-Waffen für rund eine Milliarde Dollar zu beziehen"; not "Ukraine's guns fire NATO shells, and
        # Sweden will send 20,000 shells")
        led = bool(words) and self.has(self.p.recipient, words[0].start, words[0].end)
        named = [  # (not "US-Waffen", "amerikanische Waffen": where the goods come from)
            h
            for h in s.donors
            if clause[0] <= h.start < clause[1] and not h.adjective and self.text[h.end : h.end + 1] != "-"
        ]
        if led and any(h.code is not None and h.code not in NOT_DONORS for h in named):
            led = False
        return 0 < len(words) <= (6 if led else 3)

    def own_part(self, s: _Sentence, o: Mention) -> bool:
        """Whether ``o`` is itself a part of its giver's stock ("13 of its MiG-29s"), so no whole of a figure before it
        ("would hand over four MiG-29s …, and … approved the transfer of 13 of its MiG-29s")."""
        if self.p.of_own is None:
            return False
        return _starts_after_spaces(self.p.of_own, self.text, int(o.extra.get("num_end", o.end)), s.end) is not None

    def progress_part(self, s: _Sentence, m: Mention) -> bool:
        """ "50,000 rounds had arrived, out of 500,000 shells": the part delivered of a larger pledge."""
        if m.kind not in ("count", "money"):
            return False
        if m.kind == "count" and self.fraction_of_whole(s, m):
            return True
        for o in s.candidates:
            if o is m or o.kind != m.kind or o.unit != m.unit or o.value <= m.value or o.per != m.per:
                continue  # (a rate is no delivered part of a whole: "€9bn a year …, despite a gap of €170bn")
            if self.requested_after(s, s.clause_of(o.start), o):
                continue  # "$400 million a year, short of the $500 million the Senate had sought": no pledge's part
            lo = s.window_before(o.start, 5)
            after_number = o.start > int(m.extra.get("num_end", m.end))  # "524,000 of the one million shells"
            if (
                after_number
                and self.text.find(";", m.end, o.start) < 0  # "30 …; im April war noch von bis zu 50 die Rede"
                and not self.own_part(s, o)  # "four MiG-29s …, and … the transfer of 13 of its MiG-29s": no whole
                and _ends_with(self.p.progress_of, self.text, lo, o.start)
                and not (
                    m.kind == "money"
                    and (self.share_allotted(s, m, o) or self.definite_cost(s, m) or self.values_items_before(s, m))
                )
                and not self.year_before_cue(s, o)
                and not self.rank_of(s, o)
                # "many of the 37 Leopards in the army": a vague part's whole, no whole of m
                and not self.has(self.p.vague_parts, lo, o.start)
                and not _ends_with(self.p.added_to, self.text, lo, o.start)  # "€35m …, on top of the €250m"
                and not _ends_with(self.p.amount_of, self.text, lo, o.start)  # "a contribution of roughly C$13 million"
            ):
                return True  # "50,000 rounds had arrived, out of 500,000"
            if (
                o.start < m.start
                and self.opens_clause(s, self.p.progress_of, lo, o.start)
                and not self.giver_of_share(s, o, m)
            ):
                return True  # "Of the 60 missiles promised, 20 have arrived" (not "consisting of 20 ... and 14")
            if m.kind == "count" and after_number and self.has(self.p.part_of, lo, o.start):
                return True  # "40 000 Schuss ausliefern – Teil eines Gesamtauftrags über 300 000 Schuss"
            if m.kind == "count" and o.start < m.start and self.has(self.p.arrived, *s.clause_of(m.start)):
                return True  # "half of the one million rounds …: 524,000 shells would have arrived by then"
            if (
                m.kind == "money"
                and m.per is None
                and self.disbursed(s, m)
                # "…frei, dazu 45 Mio. Euro für die Ausbildung", "together with a new €45 million measure": an addition
                and not self.cue_right_before(s, m, self.p.also_opening, 2)
                and not self.cue_right_before(s, m, self.p.additional, 2)
                and not self.tally_between(s, m, o)
                and not self.brought_to(s, m, o)
                and not self.has(self.p.share_words, min(m.end, o.end), max(m.start, o.start))
            ):  # ("disbursed its $20 billion share of the G7's $50 billion loan": one giver's share of a joint whole)
                return True  # "disbursed $880m under its $15.6bn programme": a tranche paid out of a pledge
        return False

    def values_items_before(self, s: _Sentence, m: Mention) -> bool:
        """ "100,000 drones … The £350 million drone order forms part of £4.5 billion": a sum named as a value ("worth")
        after a count given before it, or one that names that count's noun (:meth:`items_valued`), is what those items
        cost, not a part paid out of the larger sum."""
        if self.items_valued(s, m) is not None:
            return True
        if not (m.value_of or _ends_with(self.p.value, self.text, s.window_before(m.start, 3), m.start)):
            return False
        return any(c.kind == "count" and c.end <= m.start for c in s.candidates) or (
            s.index > 0 and any(c.kind == "count" for c in self.sentences[s.index - 1].mentions)
        )

    def items_valued(self, s: _Sentence, m: Mention) -> Mention | None:
        """ "Britain will supply 100,000 drones … The £350 million drone order is part of …", "The drones account for
        £350 million": the count given in the sentence before a sum, in a sentence that counts nothing and names no
        other giver, whose noun stands within four words before the sum or two after it; the sum is its value (not an
        additional one, "a further £350m drone package", nor the whole they are part of)."""
        if s.index == 0 or any(c.kind == "count" or (c.kind == "money" and c.end <= m.start) for c in s.candidates):
            return None  # (a sum beside counts of its own sentence is their package's; after a sum, its part)
        counts = [c for c in self.sentences[s.index - 1].mentions if c.kind == "count"]
        stems = {str(h)[:5]: c for c in counts if (h := c.extra.get("head")) and len(str(h)) >= 5}
        if not stems:
            return None
        lo, hi = s.window_before(m.start, 4), s.window_after(m.end, 2)
        if self.has(self.p.additional, lo, m.start) or self.introduced_as_part(s, m):
            return None  # ("The drones are part of £4.5bn": the whole they belong to)
        if any(c.donor is not None for c in counts) and any(
            h.code not in {c.donor for c in counts} for h in s.donors if h.code is not None and h.code not in NOT_DONORS
        ):
            return None  # ("Estonia unveiled a package worth €113 million, including howitzers": another giver's)
        for t in s.toks:
            if lo <= t.start < hi and t.is_word and not m.start <= t.start < m.end and t.low[:5] in stems:
                return stems[t.low[:5]]
        # "£350 million of the £4.5 billion … will go to the drones": the count's noun, definite, later in the clause
        skip, articles = self.lex.donors.skip, self.lex.cues.articles
        toks = [t for t in s.toks if hi <= t.start < s.clause_of(m.start)[1]]
        for prev, t in pairwise(toks):
            if t.is_word and t.low[:5] in stems and prev.low in skip and prev.low not in articles:
                return stems[t.low[:5]]
        return None

    def fraction_of_whole(self, s: _Sentence, m: Mention) -> bool:
        """ "Von der zugesagten einen Million Granaten wird die EU nur gut die Hälfte liefern, rund 524.000 Stück": a count
        right after a fraction word ("die Hälfte", "half"), after a larger count of its unit in its sentence or the one
        before, is the part of that whole that arrives."""
        p = self.p
        if p.fraction_words is None:
            return False
        if not self.has(p.fraction_words, s.window_before(m.start, 5), m.start):
            # "nur gut die Hälfte der versprochenen Million Granaten geliefert haben, nämlich rund 524.000 Stück": the
            # fraction of the whole named before it in its sentence, the whole right after the fraction word
            return any(
                o.kind == "count"
                and o.unit == m.unit
                and o.value > m.value
                and o.end <= m.start
                and self.has(p.fraction_words, s.window_before(o.start, 3), o.start)
                for o in s.candidates
            )
        if self.recipients_part(s, m):
            return False
        wholes = [o for o in s.candidates if o.end <= m.start]
        if s.index > 0:
            wholes += self.sentences[s.index - 1].candidates
        return any(o.kind == "count" and o.unit == m.unit and o.value > m.value for o in wholes)

    def year_before_cue(self, s: _Sentence, o: Mention) -> bool:
        """A year right before the one-word cue before ``o``: "2022 … 1,7 Milliarden Euro geleistet, 2023 von 2,1
        Milliarden": the sum of another year (the cue is the value's "von" said again), no whole."""
        words = s.toks_before(o.start)[-2:]
        return len(words) == 2 and any(n.is_year and n.start == words[0].start for n in s.numerals)

    def tally_between(self, s: _Sentence, m: Mention, o: Mention) -> bool:
        """A running total's cue between ``m`` and the larger ``o`` after it ("a disbursement of $2.2bn, lifting total
        payouts to $7.6bn"): ``o`` is the tally the tranche adds to, no pledge it is paid out of."""
        return o.start > m.end and self.has(self.p.running_total, m.end, o.start)

    def giver_of_share(self, s: _Sentence, o: Mention, m: Mention) -> bool:
        """Whether a state is named between the comma that ends the whole ``o``'s phrase and ``m``: "Of the $50bn in loans, the
        United States is putting up $20bn" is one giver's share of the whole, not the part that has arrived."""
        # where the whole's phrase ends ("Of the 60 …, 20 …")
        comma = _comma(self.text, _item_end(o), m.start, last=True)
        if comma < 0:
            return False
        return any(comma < h.start < m.start and h.code is not None and h.code not in NOT_DONORS for h in s.donors)

    def scheduled_part(self, s: _Sentence, m: Mention) -> bool:
        """ "… der 30 zugesagten Gepard … Bis Ende August sollen 15 Fahrzeuge übergeben sein", "… 100 Leopard 1A5 …
        Bis zum Sommer sollen die ersten 20 bis 25 Panzer eintreffen, bis Jahresende rund 80": a smaller count of the
        unit of a count pledged in the two sentences before, in a sentence that says when it arrives (an arrival word,
        or a deadline with no start) and no word of an additional one, naming no other model, is when that pledge is
        delivered, not a pledge of its own (a sentence that names a giver says more: another pledge)."""
        if m.kind != "count" or m.value is None:
            return False
        if self.scheduled_beside(s, m):
            return True
        if s.index == 0 or any(h.code not in NOT_DONORS for h in s.donors):
            return False  # "In Berlin, a government spokesman said Germany would deliver around 40 Marder by …"
        if any(o.kind == "money" for o in s.candidates):
            return False  # "A £162m contract signed last September had already covered 650 of the missiles": its own
        if self.has(self.p.additional, s.start, s.end) or self.has(self.p.also_opening, s.start, s.end):
            return False
        if not self.has(self.p.arrived, s.start, s.end) and not any(
            span[0] is None and span[1] is not None for _, _, span in self.periods(s)
        ):
            return False
        return any(
            o.kind == "count"
            and o.unit == m.unit
            and o.restates is None
            and o.value is not None
            and o.value > m.value
            and (m.model is None or m.model == o.model)
            for o in self.recent_mentions(s)
        )

    def scheduled_beside(self, s: _Sentence, m: Mention) -> bool:
        """ "Zugesagt hat die Bundesregierung 30 der Fahrzeuge; bis Ende August sollen 15 Gepard übergeben sein": a
        smaller count of the unit of a count pledged in another clause of its sentence (before or after it), in a clause
        that says when it arrives (an arrival word, or a deadline with no start) and no word of an additional one, is
        when that pledge is delivered."""
        if len(_givers_named(s)) > 1:
            return False  # "Germany about 40 Marder by the end of March, the United States 50 Bradleys": two givers
        clause = s.clause_of(m.start)
        if self.has(self.p.additional, clause[0], clause[1]) or self.has(self.p.also_opening, clause[0], clause[1]):
            return False
        if self.has(self.p.already, clause[0], clause[1]):
            return False  # "Sechs Panzer waren schon im Frühjahr eingetroffen": delivered, no schedule
        if not self.has(self.p.arrived, clause[0], clause[1]) and not any(
            clause[0] <= a < clause[1] and span[0] is None and span[1] is not None for a, _, span in self.periods(s)
        ):
            return False
        for o in s.candidates:
            if o.kind != "count" or o.unit != m.unit or o.value is None or o.value <= m.value:
                continue
            if m.model is not None and o.model not in (None, m.model):
                continue
            own = s.clause_of(o.start)
            if own == clause:  # (or its part after a comma: "…, insgesamt hat Berlin 30 Gepard zugesagt")
                first, last = (m, o) if m.start < o.start else (o, m)
                if _comma(self.text, _item_end(first), last.start) < 0:
                    continue
                own = (_item_end(m), clause[1]) if m.start < o.start else (clause[0], m.start)
            # (the whole's clause gives: "zugesagt hat die Bundesregierung 30 Gepard"; but "mit der neuen Lieferung
            # steigt ihre Zahl auf zehn" tallies)
            if self.has(self.p.pledge, *own) and not self.has(self.p.raise_verbs, *own):
                return True
        return False

    def recent_mentions(self, s: _Sentence) -> list[Mention]:
        """The pledges of the two sentences before ``s``, where the rules look for the whole a figure is part of."""
        return [o for k in range(max(0, s.index - 2), s.index) for o in self.sentences[k].mentions]

    def short_of_pledge(self, s: _Sentence, m: Mention) -> bool:
        """ "… eine Million Schuss zu liefern. Bis Ende März dürften aber nur gut 520.000 Schuss angekommen sein": a
        count of a pledge's unit said to be "only" so many, after a larger count of that unit pledged in the two
        sentences before and with no other donor named, is what has arrived of that pledge, not a pledge."""
        if m.kind != "count" or self.p.only is None:
            return False
        # (the hedge is read with the number: "only about 300,000"); or the count has arrived ("Bis Ende März werden
        # aber nur gut die Hälfte, rund 524.000 Geschosse, angekommen sein")
        only = self.has(self.p.only, max(s.start, s.window_before(m.start, 3)), int(m.extra.get("num_end", m.end)))
        if not only and self.p.arrived is not None and self.has(self.p.only, s.clause_of(m.start)[0], m.start):
            # "Bis zum Stichtag dürfte nur gut die Hälfte ankommen, rund 524.000 Schuss": "only" and the arrival verb
            # earlier in the clause
            only = self.has(self.p.arrived, s.clause_of(m.start)[0], m.start)
        if not only:  # the arrival verb right after the item, in its clause (not "…, the first of which arrived")
            end, clause = _item_end(m), s.clause_of(m.start)
            if not self.has(self.p.arrived, end, min(clause[1], s.window_after(end, 2))):
                return False
        earlier = self.recent_mentions(s) + [o for o in s.candidates if o.end <= m.start and o.accepted]
        whole = [o for o in earlier if o.kind == "count" and o.unit == m.unit and o.value > m.value and o.per is None]
        if not whole:
            return False
        givers = {h.code for k in range(max(0, s.index - 2), s.index) for h in self.sentences[k].donors}
        if any(o.sentence == s.index for o in whole):  # the pledge in this sentence: its giver may be named here
            givers |= {h.code for h in s.donors if h.start < m.start}
        return all(h.code is None or h.code in givers for h in s.donors)

    def rank_of(self, s: _Sentence, o: Mention) -> bool:
        """ "the arrival of the first of 75 new M1A2s": a rank right before the cue before ``o`` is the part of ``o``
        that the sentence speaks of, so no other figure is."""
        before = s.toks_before(o.start)[-2:]
        return (
            len(before) == 2 and _starts_at(self.p.ordinal_units, self.text, before[0].start, before[0].end) is not None
        )

    def brought_to(self, s: _Sentence, part: Mention, total: Mention) -> bool:
        """ "approved a second €500m tranche …, doubling its support under the instrument to €1bn": ``total``, right after
        a raising "to" with a raise verb between the two, is the new total that ``part`` (an increment: "another",
        "second", "eine weitere Tranche von" up to four words before it) brings the whole to; the increment is the pledge, the
        total a running one."""
        p = self.p
        if p.raise_verbs is None or p.raised_to is None or total.start < part.end:
            return False
        lo = s.window_before(part.start, 4)  # "another €250m tranche", "eine weitere Tranche von 250 Mio."
        return (
            self.cue_right_before(s, total, p.raised_to, 1)
            and self.has(p.raise_verbs, part.end, total.start)
            and any(self.has(cue, max(lo, s.start), part.start) for cue in (p.additional, p.one_words))
        )

    def increment_total(self, s: _Sentence, m: Mention) -> bool:
        """A sum that an increment before it in its sentence brings the whole to (:meth:`brought_to`)."""
        return m.kind == "money" and any(
            o.kind == "money" and o.unit == m.unit and o.value < m.value and self.brought_to(s, o, m)
            for o in s.candidates
            if o.end <= m.start
        )

    def disbursed(self, s: _Sentence, m: Mention) -> bool:
        """A payout word in the amount's clause before the larger sum ("disbursed", "ausgezahlt")."""
        clause = s.clause_of(m.start)
        return self.has(self.p.disbursed, clause[0], clause[1])

    def opens_clause(self, s: _Sentence, pattern: re.Pattern[str] | None, lo: int, pos: int) -> bool:
        """Whether a match of ``pattern`` ends at ``pos`` and starts its clause."""
        if pattern is None:
            return False
        clause = s.clause_of(pos)
        return any(
            not self.text[c.end() : pos].strip() and not self.text[clause[0] : c.start()].strip()
            for c in pattern.finditer(self.text, max(lo, clause[0]), pos)
        )

    def progress_whole(self, s: _Sentence, m: Mention) -> bool:
        """ "die ersten drei von insgesamt 30": the whole pledge after its first part (not a running total)."""
        lo = s.window_before(m.start, 5)
        if self.opens_clause(s, self.p.progress_of, lo, m.start):  # "Of the 45 promised, 30 have arrived so far"
            return any(n.start > m.end and not n.is_year and n.value < m.value for n in s.numerals)
        if (
            not _ends_with(self.p.progress_of, self.text, lo, m.start)
            or _ends_with(self.p.value, self.text, lo, m.start)
            or _ends_with(self.p.amount_of, self.text, lo, m.start)
            or _ends_with(self.p.added_to, self.text, lo, m.start)  # "on top of the €8.5bn it has committed so far"
        ):
            return False  # "im Wert von 671 Mio.", "im Umfang von 500 Mio.": a value, not "die ersten drei von 30"
        parts = [n for n in s.numerals if n.end <= m.start and not n.is_year and n.value < m.value]
        if m.kind == "money":  # a sum's part is a sum: "13 Pakete im Gesamtwert von 671 Mio." counts no part of it
            sums = [(c.start, c.end) for c in s.candidates if c.kind == "money"]
            parts = [n for n in parts if any(a <= n.start < b for a, b in sums)]
        return bool(parts)

    def part_of_larger(self, s: _Sentence, m: Mention) -> bool:
        """ "$61bn for Ukraine as part of a $95bn aid bill": the larger sum also goes elsewhere."""
        if m.kind != "money" or not self.introduced_as_part(s, m):
            return False
        clause = s.clause_of(m.start)
        for o in s.candidates:
            if o.kind != "money" or o.start < clause[0] or o.end > m.start or o.value >= m.value:
                continue
            if self.has(self.p.share_words, o.end, m.start):
                continue  # "$20bn …, Washington's share of a $50bn G7 loan": a giver's share of a joint whole
            if (o.unit or m.unit) == (m.unit or o.unit) and self.has(self.p.recipient, o.end, m.start):
                return not self.disbursed(s, o)  # a tranche paid out of the larger sum: the larger is the pledge
        return False

    def larger_than_share(self, s: _Sentence, m: Mention) -> bool:
        """ "$95bn in foreign aid, of which $61bn is for Ukraine": only the part is Ukraine's."""
        if m.kind != "money" or self.p.parts is None:
            return False
        for o in s.candidates:
            if o.kind != "money" or o.start <= m.end or o.value >= m.value or (o.unit or m.unit) != (m.unit or o.unit):
                continue
            cue = None
            for c in self.p.parts.finditer(self.text, s.window_before(o.start, 3), o.start):
                cue = c
            if cue is None or self.has(self.p.recipient, m.end, cue.start()):
                continue  # "a package for Ukraine, including $1bn for air defence": the whole is Ukraine's
            if self.has(self.p.recipient, max(s.clause_of(m.start)[0], s.window_before(m.start, 3)), m.start):
                continue  # "The Ukraine portion, about $61 billion, includes roughly $13.8 billion for Kyiv to buy …"
            hi = s.window_after(o.end, 6)
            if self.p.recipient is not None and self.has(self.p.recipient, o.end, hi):
                ends = (b for a, b in self.sentence_matches(self.p.recipient, s.index) if o.end <= a and b <= hi)
                first = next(ends, s.end)  # (has() found one; at the sentence's end nothing starts)
                if _starts_after_spaces(self.p.recipient_industry, self.text, first, s.end) is not None:
                    continue  # "of which €130 million goes to the Ukrainian defence industry": aid to Ukraine too
                if self.text[first : first + 2] in ("'s", "’s"):
                    continue  # "including $657 million to repair Ukraine's energy grid": whose grid, not who gets it
                return True
        return False

    def introduced_as_part(self, s: _Sentence, m: Mention) -> bool:
        """ "as part of a $95bn bill", "part of a global $115bn package" (an adjective may stand between)."""
        if self.p.part_of is None:
            return False
        cues = self.p.part_of.finditer(self.text, s.window_before(m.start, 7), m.start)
        return any(len(re.findall(r"[\w’'.-]+", self.text[c.end() : m.start])) <= 1 for c in cues)  # "the G7's"

    def outside_brackets(self, clause: tuple[int, int], pos: int) -> list[tuple[int, int]]:
        """The parts of a clause outside brackets that do not hold ``pos`` ("16 Panzer (bisher: 9)")."""
        parts: list[tuple[int, int]] = []
        begin = clause[0]
        for group in BRACKETED.finditer(self.text, clause[0], clause[1]):
            a, b = group.span()
            if a <= pos < b:
                continue
            parts.append((begin, a))
            begin = b
        parts.append((begin, clause[1]))
        return parts

    def split_verb(self, s: _Sentence) -> bool:
        """A giving verb split around its object ("sagte ... zu"): the particle ends a clause (or stands right
        before a comma: "stellt ... eine Batterie bereit, wie der Sprecher mitteilte")."""
        for verb, particle in self.p.separable:
            if not self.has(verb, s.start, s.end):
                continue
            for c in s.clauses:
                tail = self.text[c[0] : c[1]].rstrip(' .!?"“”')
                for m in particle.finditer(tail):
                    if m.end() == len(tail) or tail[m.end() :].lstrip().startswith(","):
                        return True
        return False

    def owned(self, s: _Sentence, m: Mention) -> bool:
        """Equipment named with its donor: "die sieben deutschen Haubitzen", "fünf aus den Niederlanden"."""
        end = _item_end(m)
        for h in s.donors:
            if h.code is None or h.code in NOT_DONORS:
                continue
            if m.start <= h.start < end:
                return True
            if h.start >= m.end and h.start - m.end < 30 and is_source(self.text, h, m.end, self.lang):
                return True
        return False

    def minimum(self, s: _Sentence, m: Mention) -> None:
        """ "a minimum allocation of NOK 15 billion", "€40 billion would be a minimum": a lower bound."""
        if m.low is not None or m.high is not None or m.kind == "growth":
            return
        if self.p.minimum is None:
            return
        clause = s.clause_of(m.start)
        lo = max(s.window_before(m.start, 6), clause[0])
        hi = min(s.window_after(m.end, 6), clause[1])
        for cue in self.scan(self.p.minimum, s, lo, hi):
            a, b = (cue.end(), m.start) if cue.end() <= m.start else (m.end, cue.start())
            if not any(a <= n.start < b or n.start <= cue.start() < n.end for n in s.numerals):
                m.low = m.value  # no other amount between: "mindestens 18 Leopard und 30 F-16" leaves the 30
                return

    def window(self, s: _Sentence) -> tuple[int, int]:
        """The sentence and the two before it; for an item of a list ("- 4 IRIS-T SLM", "• 18 RCH 155"), the two
        before the list's first item (the line that introduces the list says who gives what to whom)."""
        first = self.sentences[max(0, self.list_start(s) - 2)]
        return first.start, s.end

    def listed_in_total(self, s: _Sentence) -> bool:
        """ "Delivered since the start of the war:" / "- 52 Gepard": an item of a list that a running total introduces."""
        intro = self.list_intro(s)
        if intro is None or self.p.running_total is None or not self.has(self.p.running_total, intro.start, intro.end):
            return False
        # not "Das bislang umfangreichste Paket umfasst:" (a cue a superlative takes ranks the package)
        cues = self.sentence_matches(self.p.running_total, intro.index)
        # an intro that pledges ("an extra £500 million, taking UK support to £3 billion, together with …:") lists the
        # new package: a cue there sums the figure after it in its clause, not the list
        pledges = bool(intro.mentions)
        return any(
            not self.superlative(intro, a, b) and not (pledges and self.own_figure_after(intro, b)) for a, b in cues
        )

    def own_figure_after(self, s: _Sentence, pos: int) -> bool:
        """Whether a figure (not a year) follows ``pos`` in its clause: "an extra £500 million, taking UK military
        support for this year to £3 billion, together with …:" sums that figure, not the list the line opens."""
        end = s.clause_of(pos)[1]
        return any(pos <= n.start < end and not n.is_year for n in s.numerals)

    def list_intro(self, s: _Sentence) -> _Sentence | None:
        """The line that introduces the list ``s`` is an item of ("The package contains:"); None for a sentence that is
        no item, or a list the text opens with."""
        k = self.list_start(s)
        if self.text[s.start] in _BULLETS:
            return self.sentences[k - 1] if k > 0 else None
        if self.labelled(s):
            # a box the text opens with: its heading line is joined to the first item ("Loans for Ukraine: who pays
            # what / United States: $20bn"), which then introduces the others
            return self.sentences[k - 1] if k > 0 else (self.sentences[0] if s.index > 0 else None)
        return None

    def list_start(self, s: _Sentence) -> int:
        """The index of the first item of the list ``s`` is an item of (``s.index`` for a sentence that is none);
        worked out for all sentences in one pass on first use (a walk back per item would be quadratic in a long
        list)."""
        starts = self.list_starts
        if starts is None:
            text, sentences = self.text, self.sentences
            starts = self.list_starts = []
            bullets = [text[t.start] in _BULLETS for t in sentences]
            boxed = [self.box_line(t) for t in sentences]
            for k in range(len(sentences)):
                item = k > 0 and ((bullets[k] and bullets[k - 1]) or (boxed[k] and boxed[k - 1]))
                starts.append(starts[k - 1] if item else k)
        return starts[s.index]

    def box_line(self, s: _Sentence) -> bool:
        """A line of a fact box: labelled (:meth:`labelled`), or opening with a figure ("40 Marder infantry fighting
        vehicles" under "Value: almost €700m")."""
        return self.opens_line(s) and (self.text[s.start].isdigit() or self.labelled(s))

    def opens_line(self, s: _Sentence) -> bool:
        """Whether ``s`` starts a line of the text."""
        return s.start == 0 or self.text[s.start - 1] == "\n"

    def labelled(self, s: _Sentence) -> bool:
        """A line that opens with a label and a colon ("Polen: 14 Leopard 2A4", "USA: 20 Mrd. Dollar"): an item of a
        fact box, as a bullet is of a list."""
        if not self.opens_line(s):
            return False
        label = _LABEL.match(
            self.text, s.start, s.end
        )  # (a heading "Loans for Ukraine: who pays what" names no figure)
        return label is not None and any(label.end() <= n.start < s.end for n in s.numerals)

    def merge_growth(self) -> None:
        """ "jährlich 100.000 Granaten, jedes Jahr 10 Prozent mehr": the growth belongs to the amount."""
        for s in self.sentences:
            kept: list[Mention] = []
            for m in s.mentions:
                amount = kept[-1] if kept else None
                if m.kind == "growth" and amount is not None and amount.kind != "growth" and amount.growth is None:
                    amount.growth = m.growth
                    continue
                kept.append(m)
            s.mentions = kept

    # ------------------------------------------------------------------ restatements

    def link_restatements(self) -> None:
        text, p = self.text, self.p
        for s in self.sentences:
            for k, m in enumerate(s.mentions):
                earlier = s.mentions[:k]
                if not earlier and s.index > 0 and not self.new_giver(s):
                    earlier = self.sentences[s.index - 1].mentions
                clause = s.clause_of(m.start)
                target: Mention | None = None
                if m.kind == "money" and k > 0 and earlier[-1].kind == "money":
                    gap = text[earlier[-1].end : m.start].strip()
                    if gap == "(":
                        target = earlier[-1]
                if target is None and earlier and self.restate_cue_before(s, m):
                    target = earlier[-1]
                if target is None and earlier and self.converted(s, m, earlier[-1]):
                    target = earlier[-1]  # "SEK 1 billion, about €90 million, ..."
                if target is None and earlier and self.after_comma(s, m):
                    target = earlier[-1]  # "SEK 75 billion over three years, or 25 billion a year"
                if target is None and earlier and p.restate_after is not None:
                    end = _item_end(m)
                    hi = s.window_after(end, 4)
                    if self.first(p.restate_after, s, end, min(hi, clause[1])):
                        target = earlier[-1]
                if target is None and m.kind == "money":
                    target = (
                        self.bracketed(s, m)
                        or self.valued(s, m)
                        or self.anaphoric_value(s, m)
                        or self.values_count_before(s, m)
                        or self.items_valued(s, m)
                    )
                if target is None and m.kind == "count":
                    target = self.bought_with(s, m)
                if target is None and k > 0:
                    target = self.members_of(m, s.mentions[k - 1])
                if target is None:
                    target = self.repeated(s, m)
                if target is not None:
                    direct = target  # (a restatement of a restatement converts the one right before it)
                    while target.restates is not None:
                        target = target.restates
                    if target is not m:
                        m.restates = target
                        if m.kind == "money" == direct.kind and m.per is None and self.adjacent_conversion(direct, m):
                            # "3 billion pounds ($3.75 billion) a year", "75 Mrd. Kronen, also 25 Mrd. Kronen pro Jahr
                            # (rund 2,2 Mrd. Euro)": the same sum, the same rate
                            m.per = direct.per

    def superseded_cue(self, s: _Sentence, a: int, m: Mention) -> bool:
        """A tally's cue at ``a`` inside a superseded figure's phrase ("85 Milliarden Kronen, statt der bislang
        vorgesehenen 35 Milliarden") dates that figure only: it says nothing of ``m`` unless ``m`` is that figure (it
        follows the cue with no break or other figure between)."""
        if not self.has(self.p.superseded, max(s.start, s.window_before(a, 2)), a):
            return False
        own = a < m.start and not _BREAK_OR_FIGURE.search(self.text, a, m.start)
        return not own

    def larger_figure(self, m: Mention) -> bool:
        """Whether the text names a larger figure of ``m``'s kind (a sum in its currency, or a count) that ``m`` may be
        the first part of."""
        mine = self.model_key(int(m.extra.get("num_end", m.end))) if m.kind == "count" else None
        for n in self.numerals:
            if n.start == m.start or n.is_year or n.duration is not None or n.percent or n.value <= m.value:
                continue
            money = _is_sum(n)
            if money != (m.kind == "money") or (money and n.currency not in (None, m.unit)):
                continue
            if mine is not None and self.model_key(n.end) not in (None, mine):
                continue  # "Spain's first six Leopard 2A4 tanks … together with 20 M113s": another model's count
            return True
        return False

    def model_key(self, pos: int) -> str | None:
        """The equipment model named by the word right after ``pos`` ("six Leopard 2A4": "leopard"), if any."""
        word = _NEXT_WORD.match(self.text, pos)
        found = self.model_match(word.start(1)) if word is not None else None
        return found[0] if found is not None else None

    def own_currency(self, s: _Sentence, m: Mention) -> bool:
        """A sum in the recipient's or the aggressor's currency (:data:`_OWN_CURRENCIES`), or the conversion right
        after one: "2.2 trillion hryvnias ($53bn) for defence" is Ukraine's own budget in both."""
        if m.unit in _OWN_CURRENCIES:
            return True
        before = [o for o in s.candidates if o.end <= m.start]
        if not before or before[-1].unit not in _OWN_CURRENCIES:
            return False
        gap = self.text[before[-1].end : m.start]
        restate = self.p.restate_before  # "… 2,8 Billionen Hrywnja vor, umgerechnet etwa 57 Milliarden Euro"
        cue = restate.search(gap) if restate is not None and len(gap.split()) <= 6 else None
        return (cue is not None and not gap[cue.end() :].strip(" ,(")) or self.adjacent_conversion(before[-1], m)

    def adjacent_conversion(self, first: Mention, m: Mention) -> bool:
        """``m`` converts ``first`` right after it: "£3bn ($3.75bn)", "SEK 1bn, or about €90m" (hedges are in ``m``)."""
        if first.end > m.start:
            return False
        gap = self.text[first.end : m.start].strip(" ,(")
        restate = self.p.restate_before
        return not gap or (restate is not None and restate.fullmatch(gap) is not None)

    def worth_of_rejected(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "will buy up to 1,000 Patriot interceptors for Germany, … in a deal worth about $5.5 billion": a sum a value
        word stands right before, after a count of its clause judged no pledge, is that count's value: none either."""
        if not self.cue_right_before(s, m, self.p.value, 3):
            return False
        counts = [o for o in s.candidates if o.kind == "count" and clause[0] <= o.start and o.end <= m.start]
        return bool(counts) and not counts[-1].accepted

    def bought_with_rejected(self, s: _Sentence, m: Mention) -> bool:
        """ "die abgespeckte Variante – fünf Milliarden Euro für zwei Millionen Schuss – fand keinen Eingang": a count
        right after a sum and a buying word is what the sum buys (:meth:`bought_with`); a sum judged no pledge
        (before it, in text order) buys nothing that is one."""
        o = self.buying_sum(s, m, s.candidates)
        return o is not None and not o.accepted

    def bought_with(self, s: _Sentence, m: Mention) -> Mention | None:
        """ "£200m on 10,000 drones", "200 Mio. Pfund für 10.000 Drohnen", "£300m to supply Ukraine with 50,000
        drones": a count right after a sum, joined by a buying word, is what the sum buys (SCHEMA.md rule 6)."""
        return self.buying_sum(s, m, s.mentions)

    def buying_sum(self, s: _Sentence, m: Mention, among: Sequence[Mention]) -> Mention | None:
        """The last sum of ``among`` before the count ``m`` in its clause, when a buying word joins it to ``m`` with at
        most six words and no other figure between (:meth:`bought_with`, :meth:`bought_with_rejected`)."""
        p, text = self.p, self.text
        clause = s.clause_of(m.start)
        sums = [o for o in among if o.kind == "money" and clause[0] <= o.start and o.end <= m.start]
        if not sums or p.bought is None:
            return None
        o = sums[-1]
        if len(text[o.end : m.start].split()) > 6 or any(o.end <= n.start < m.start for n in s.numerals):
            return None
        if self.has(p.parts, o.end, m.start) or self.has(p.aid, o.end, m.start):
            return None  # "a package including 59 Bradleys": the sum of a package and its items (rule 5)
        return o if _ends_with(p.bought, text, o.end, m.start) else None

    def members_of(self, m: Mention, o: Mention) -> Mention | None:
        """ "a brigade of 4,500 soldiers", "a company of 14 tanks": the count right after a formation restates it."""
        if m.kind != "count" or o.kind != "count" or o.unit not in _CONTEXT_UNITS:
            return None
        if m.unit != "person" and not o.extra.get("one"):
            return None  # "a company of 14 tanks" restates the company; "two brigades of tanks" says no number
        end = _item_end(o)
        gap = " ".join(self.text[end : m.start].split()).lower()
        return o if end <= m.start and gap in self.lex.restatements.members else None

    def bracketed(self, s: _Sentence, m: Mention) -> Mention | None:
        """Money in brackets right after a pledge restates it: "NOK 1bn (£75m, €88m)", "30 Marder (Wert: 150 Mio. Euro)"."""
        text = self.text
        opening = text.rfind("(", s.start, m.start)
        if opening < 0 or ")" in text[opening : m.start]:
            return None
        before = [o for o in s.mentions if o.end <= opening and o is not m and o.kind in ("money", "count")]
        if not before or s.clause_of(before[-1].start) != s.clause_of(opening):
            return None
        gap = text[before[-1].end : opening]
        named = before[-1].end + len(gap.rstrip())  # where a giver named right before the bracket ends
        if ")" in gap or any(before[-1].end <= h.start and h.end == named for h in s.donors):
            return None  # "Canada (C$5bn), Britain (£2.26bn)": each giver's own sum in brackets
        if len(gap.split()) <= 6 and not any(
            before[-1].end <= n.start < opening and not n.is_year and n.duration is None for n in s.numerals
        ):
            return before[-1]  # "£400m over four years (£100m annually)"
        return None

    def anaphoric_value(self, s: _Sentence, m: Mention) -> Mention | None:
        """ "30 Marder. Dafür wurden 150 Mio. Euro bereitgestellt": the money pays for the count before (also in its
        sentence, the cue between the two: "eine Million Granaten liefern und stellt dafür zwei Milliarden Euro bereit")."""
        clause = s.clause_of(m.start)
        if self.p.anaphora is None or not self.has(self.p.anaphora, clause[0], clause[1]):
            return None
        counts = [o for o in s.mentions if o.kind == "count" and o.restates is None and o.end <= m.start]
        if counts:
            cue = self.first(self.p.anaphora, s, max(clause[0], counts[-1].end), m.start)
            if cue is None or any(o.kind == "money" and cue.end() <= o.start < m.start for o in s.mentions):
                return None  # ("ihr Wert liegt bei 95 Millionen Dollar … aus dem Paket über 500 Millionen": the first)
            return counts[-1]
        if s.index == 0:
            return None
        k = s.index - 1  # the last sentence with figures, two sentences without any between at most
        while k > 0 and s.index - k < 3 and not self.sentences[k].mentions:
            k -= 1  # "14 Leopard … . Die Fahrzeuge stammen aus … . Die Auslieferung soll 2024 beginnen. Die Kosten …"
        counts = [o for o in self.sentences[k].mentions if o.kind == "count" and o.restates is None]
        return counts[-1] if counts else None

    def listed_with_equipment(self, heads: list[tuple[int, int, str]]) -> bool:
        """Whether a general military word ("weapons") and an equipment word stand in one list ("A and B")."""
        for (_, b, c1), (a, _, c2) in pairwise(heads):
            if (
                {c1, c2} & {"military_general"}
                and c1 != c2
                and self.text[b:a].strip().lower() in self.lex.units.coordinators
            ):
                return True
        return False

    def contents_lead(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> int:
        """:meth:`lead_of`, or for a count listed after a sum and a ``parts`` cue ("The $2.85bn drawdown, part of a
        broader $3.75bn announcement, includes 50 Bradleys"), the end of that cue: the words before it describe the
        package, not what it includes."""
        lead = self.lead_of(s, clause)
        first = _NEXT_WORD.match(self.text, lead)
        if first is not None and first.group(1).lower() in self.lex.donors.relative:
            comma = _comma(self.text, lead, m.start, last=True)
            if comma >= 0:
                # "The tanks, which the army is replacing with newer M1A2s, are valued at A$245m": the relative clause
                # closed before the figure says nothing about it
                return comma + 1
        if m.kind != "count" or self.p.parts is None or not self.has(self.p.parts, lead, m.start):
            return lead
        cue = None
        for c in self.scan(self.p.parts, s, lead, m.start):
            cue = c
        if cue is not None and any(
            o.kind == "money" and lead <= o.start and o.end <= cue.start() for o in s.candidates
        ):
            return cue.end()
        return lead

    def lead_of(self, s: _Sentence, clause: tuple[int, int]) -> int:
        """Where the words that govern ``clause`` begin: a list after a colon is governed by the clause before it
        ("was seine Armee brauche: 300 Kampfpanzer, 500 Haubitzen")."""
        text, k = self.text, clause[0] - 1
        while k >= s.start and text[k].isspace():
            k -= 1
        if k < s.start or text[k] != ":":
            return clause[0]
        first = s.toks_from(clause[0])[:1]
        if not first or not any(n.start == first[0].start and not n.is_year for n in s.numerals):
            return clause[0]  # "…: Bundeskanzler Merz und …", "…: Von 2025 bis 2030 sollen …": a sentence of its own
        before = [c for c in s.clauses if c[1] <= clause[0]]
        return before[-1][0] if before else clause[0]

    def converted(self, s: _Sentence, m: Mention, o: Mention) -> bool:
        """A sum in another currency right after a comma (or hedged after its purpose and a comma): a conversion."""
        if m.kind != "money" or o.kind != "money" or m.unit is None:
            return False
        if m.unit == o.unit and not _dollar_pair(o, m):
            return False
        if o.unit is None and not o.currency_token:  # "Kronen": the donor's crown, known later; a bare sum: none
            return False
        gap = self.text[o.end : m.start]
        dashed = gap.strip() in _COMMA_OR_DASH[1:]  # (a dash opens a clause of its own)
        if s.clause_of(o.start) != s.clause_of(m.start) and not dashed:
            return False
        if gap.strip().startswith(_COMMA_OR_DASH) and len(gap.split()) <= 1:
            return True  # ("C$680m – roughly US$500m –": a dash sets it off like a comma)
        # "£350 million for drones, about $473 million": a hedged sum after the purpose and a comma
        words = self.text[m.start : m.end].split()
        hedged = bool(words) and words[0].lower() in self.lex.bounds.approx
        between = any(o.end <= n.start < m.start for n in s.numerals)
        return hedged and gap.rstrip().endswith(_COMMA_OR_DASH) and len(gap.split()) <= 6 and not between

    def restates_share(self, s: _Sentence, m: Mention) -> bool:
        """Whether ``m`` follows a percentage with ", or" between ("almost 90% in 2025, or €35.1bn"): that share
        said in money, not a sum given."""
        if not self.after_comma(s, m):
            return False
        prev = [n for n in s.numerals if n.end <= m.start and not n.is_year and n.duration is None]
        if not prev or not prev[-1].percent:
            return False
        return len(self.text[prev[-1].end : m.start].split()) <= 4

    def after_comma(self, s: _Sentence, m: Mention) -> bool:
        cue = self.p.after_comma
        if cue is None:
            return False
        found = list(cue.finditer(self.text, s.window_before(m.start, 2), m.start))
        if not found or self.text[found[-1].end() : m.start].strip():
            return False
        k = found[-1].start()  # a comma before the cue, only space between (no copy of the text before it)
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        return k > 0 and self.text[k - 1] == ","

    def repeated(self, s: _Sentence, m: Mention) -> Mention | None:
        """The same amount of the same thing said again in a later sentence (a headline, a summary)."""
        if m.kind == "growth" or m.extra.get("one"):
            return None
        found = self.said_before(s, m)
        if found is None:
            return self.rounded_repeat(s, m)  # (most figures): the window before it need not be looked at
        lo = s.window_before(m.start, 2)
        if self.has(self.p.additional, lo, m.end):
            return None  # "zwei weitere": more of the same, not the same again
        mine = [h.code for h in s.donors if h.start < m.start and h.code is not None]
        theirs = [h.code for h in self.sentences[found.sentence].donors if h.start < found.start and h.code is not None]
        if mine and theirs and mine[-1] != theirs[-1]:
            return None  # "Kanada: acht Leopard 2A4 / Norwegen: acht Leopard 2A4": another giver's eight
        return found

    #: How far a sum said again with "the" may lie from the one it names ("the $2.98 billion" for "$3 billion").
    ROUNDED = 0.02

    def rounded_repeat(self, s: _Sentence, m: Mention) -> Mention | None:
        """ "nearly $3 billion in new weapons aid. Because the $2.98 billion comes through ...": a sum with a definite
        article (restatements.definite) within 2 % of a sum of the same currency in this or the two sentences
        before is that sum again, said exactly or rounded."""
        if m.kind != "money" or not self.lex.restatements.definite:
            return None
        before = s.toks_before(m.start)[-1:]
        if not before or before[0].low not in self.lex.restatements.definite:
            return None
        for prev in reversed(self.sentences[max(0, s.index - 2) : s.index + 1]):
            for o in reversed(prev.mentions):
                if o is m or o.start >= m.start or o.kind != "money" or o.restates is not None or o.unit != m.unit:
                    continue
                if abs(o.value - m.value) <= self.ROUNDED * o.value:
                    return o
        return None

    def said_before(self, s: _Sentence, m: Mention) -> Mention | None:
        """The first unlinked mention of a sentence before ``s`` with ``m``'s :func:`_repeat_key`.

        The sentences before ``s`` are indexed as the calls move on through the text; their mentions and links
        are final by then (link_restatements goes in text order), so when they are indexed does not matter.
        """
        if s.index < self.repeat_upto:  # asked out of text order: look through the sentences before
            for prev in self.sentences[: s.index]:
                for o in prev.mentions:
                    if o.restates is None and _repeat_key(o) == _repeat_key(m):
                        return o
            return None
        for prev in self.sentences[self.repeat_upto : s.index]:  # index the sentences since the last call
            for o in prev.mentions:
                if o.restates is None:
                    self.repeat_index.setdefault(_repeat_key(o), o)
        self.repeat_upto = s.index
        return self.repeat_index.get(_repeat_key(m))

    def aid_outside_counts(self, s: _Sentence, lo: int, hi: int) -> bool:
        """An aid noun in ``text[lo:hi]`` that is not a counted item's own noun ("2.500 unbemannte Fluggeräte im
        Wert von …": the item, not a package)."""
        aid = self.p.aid
        if aid is None or not self.has(aid, lo, hi):
            return False
        items = [(c.start, _item_end(c)) for c in s.mentions if c.kind == "count"]
        return (
            any(
                lo <= a and b <= hi and not any(x <= a and b <= y for x, y in items)
                for a, b in self.sentence_matches(aid, s.index)
            )
            if items
            else True
        )

    def apposition(self, s: _Sentence, m: Mention, cue: int) -> bool:
        """ "49 Abrams tanks to Ukraine, a package valued at A$245 million": the package named after a comma
        right behind a count is that count, so its value restates it (not "a package including ...")."""
        counts = [c for c in s.mentions if c.kind == "count" and c.end <= cue and c is not m]
        if not counts:
            return False
        gap = self.text[counts[-1].end : cue]
        comma = gap.rfind(",")
        words = list(_WORD_SPAN.finditer(gap))
        if comma < 0 and len(words) > 3 and words[-3].group().lower() in self.lex.donors.seat:
            comma = words[-3].start()  # "49 Abrams tanks to Ukraine in a package valued at A$245m": the same
        if comma < 0 or any(counts[-1].end <= n.start < cue for n in s.numerals):
            return False
        return len(gap[comma + 1 :].split()) <= 3 and self.has(self.p.aid, counts[-1].end + comma, cue)

    def valued(self, s: _Sentence, m: Mention) -> Mention | None:
        """Money named as the value of counted equipment ("worth", "at a cost of") restates it."""
        text, p = self.text, self.p
        if p.value is None:
            return None
        lo = s.window_before(m.start, 5)
        cue = None
        for c in p.value.finditer(text, max(lo, s.start), m.start):
            cue = c
        if cue is None:
            return None
        m.value_of = True
        before = s.window_before(cue.start(), 4)
        if self.aid_outside_counts(s, before, cue.start()) and not self.apposition(s, m, cue.start()):
            return None
        counts = [c for c in s.mentions if c.kind == "count" and c is not m]
        if not counts:
            return None
        earlier = [c for c in counts if c.start < m.start]
        if earlier:
            best = min(earlier, key=lambda c: m.start - c.start)  # what a value prices stands before it
        else:
            priced = s.toks_before(cue.start())[-1:]
            if priced and self.unit_of(priced[0].low) is not None:
                return None  # "Munition im Wert von 15 Mio. Euro sowie zwei Hubschrauber": the munitions' value
            best = min(counts, key=lambda c: c.start - m.start)  # "ein Vertrag im Wert von X über 33.000 ..."
        a, b = sorted((best.start, m.start))
        if self.has(p.parts, a, b):
            return None  # "Waffen im Wert von 2,7 Milliarden Euro, darunter 30 Panzer": the sum of a package
        if self.has(p.added_items, a, b):
            return None  # "… 500 Pakete; hinzu kommen Güter im Wert von 100 Mio.": the value of another item
        return best

    # ------------------------------------------------------------------ donors

    def assign_donors(self) -> None:
        for s in self.sentences:
            for m in s.mentions:
                if m.restates is not None:
                    continue
                m.donors = self.donors_of(s, m) or self.home_donor(s, m)
                m.donor = m.donors[0] if m.donors else None
            for m in s.mentions:
                if m.restates is not None:
                    m.donor = m.restates.donor

    def home_donor(self, s: _Sentence, m: Mention) -> tuple[str, ...]:
        """ "Im Etatentwurf für 2026 sind 11,5 Milliarden Euro für die Ukraine eingeplant": a sum in the home state's
        currency, with no giver found, in a sentence with one of its budget words (``donors.home_budget``)."""
        home = self.lex.donors.home
        if home is None or m.kind != "money" or m.unit != self.lex.donors.home_currency:
            return ()
        if any(h.code not in NOT_DONORS for h in s.donors):
            return ()  # a giver or a group named (a group's code is None), only the recipient and the like are not
        return (home,) if self.has(self.p.home_budget, s.start, s.end) else ()

    #: How many sentences back a donor is carried over ("Zudem gingen zwei weitere ... an das Land").
    CARRY = 3

    def carried(self, s: _Sentence) -> str | None:
        """The donor of the nearest sentence before that names one (a group there: none); a list's items look back
        from its first item."""
        for prev in reversed(self.sentences[max(0, self.list_start(s) - self.CARRY) : s.index]):
            # (not a seller: "Romania ordered seven Patriot fire units from the United States …. On Thursday it agreed
            # to donate one": Romania's)
            eligible = [
                h for h in prev.donors if h.code is not None and h.code not in NOT_DONORS and not self.seller(prev, h)
            ]
            if eligible:
                # the donor that sentence's pledges took, before the state it names last ("EU leaders unlocked
                # €50bn after Hungary dropped its veto. It is split into ...": the EU's)
                named = {h.code for h in eligible}
                given = [
                    m.donor
                    for m in prev.mentions
                    if m.restates is None and m.donor in named and not m.extra.get("aside")
                ]
                if given:
                    return given[-1]
                if len(eligible) > 1 and self.coordinated(eligible[-2], eligible[-1]):
                    return None  # "Dänemark, Norwegen und Schweden wollen ein Paket finanzieren. Es hat …": a group
                return eligible[-1].code
            if any(h.code is None for h in prev.donors):
                return None
        return None

    def seller(self, s: _Sentence, h: DonorHit) -> bool:
        """ "buy a NASAMS from the United States", "zehn Patriot-Systeme aus den USA kaufen": after a buying verb (or right
        before one, within two words: a German clause ends on its verb), "from" names the seller, not a donor."""
        if not is_source(self.text, h, s.start, self.lang):
            return False
        clause = s.clause_of(h.start)
        return self.has(self.p.benefactive, clause[0], h.start) or self.has(
            self.p.benefactive, h.end, min(clause[1], s.window_after(h.end, 2))
        )

    def in_relative(self, s: _Sentence, h: DonorHit, m: Mention) -> bool:
        """Whether ``h`` is named in a relative clause about a name right before it that closes before ``m``: "Latvia,
        which co-leads the drone coalition, plans to spend €20m", "Lettland, das die Koalition mitanführt, gibt ..."."""
        text = self.text
        opening = _comma(text, s.start, h.start, last=True)
        word = _NEXT_WORD.match(text, opening + 1) if opening >= 0 else None
        if word is None or word[1].lower() not in self.lex.donors.relative or _comma(text, h.end, m.start) < 0:
            return False
        return any(o.end <= opening and not text[o.end : opening].strip() for o in s.donors)

    def co_recipient(self, s: _Sentence, h: DonorHit) -> bool:
        """ "Hilfe für die Ukraine und Moldau", "aid to Ukraine and Moldova": a state joined to the recipient receives."""
        before = s.toks_before(h.start)[-3:]
        while before and before[-1].low in self.lex.donors.skip:
            before = before[:-1]  # "und die Republik Moldau"
        if len(before) < 2 or before[-1].low not in self.lex.units.coordinators:
            return False
        return self.has(self.p.recipient, before[-2].start, before[-2].end)

    def group_owns(self, s: _Sentence, m: Mention) -> bool:
        """ "the $50 billion G7 loan", "$50bn in G7 loans", "zu dem G7-Kredit über 50 Milliarden Dollar": a sum whose
        noun a group of states (``cues.group``) owns, named right after the sum or as the head of a compound right
        before it and its value preposition, is the group's: donor unknown (SCHEMA.md rule 3)."""
        group, text = self.p.group, self.text
        if group is None or not self.may_hold(group, s):
            return False
        gap = _GROUP_GAP.match(text, m.end, s.end)
        if gap is not None and group.match(text, gap.end(), s.end) is not None:
            return True
        for g in self.scan(group, s, s.window_before(m.start, 4), m.start):
            compound = _COMPOUND_TAIL.match(text, g.end(), m.start)
            if compound is None:
                continue
            words = text[compound.end() : m.end].split()  # "über" may open the mention, read with the number
            if len(words) > 1 and words[0].lower() in self.p.value_prepositions and compound.end() + 40 > m.start:
                return True
        return False

    def donors_of(self, s: _Sentence, m: Mention) -> tuple[str | None, ...]:
        hits = [
            h
            for h in s.donors
            if h.code not in NOT_DONORS
            and not self.seller(s, h)
            and not self.in_relative(s, h, m)
            and not self.co_recipient(s, h)
        ]
        if m.kind == "money" and self.group_owns(s, m):
            return (None,)
        text = self.text
        end = _item_end(m)
        clause = s.clause_of(m.start)
        # a state named as a noun before the figure in its clause is the giver; an adjective on the goods then names
        # where they were made ("Polen liefert 14 deutsche Leopard-Panzer", "finanziert ein Paket amerikanischer Waffen")
        subject = any(clause[0] <= h.start < m.start and h.code is not None and not h.adjective for h in hits)
        # named inside the mention ("die sieben deutschen Haubitzen") or as its source ("aus den Niederlanden")
        for h in hits:
            inside = m.start <= h.start < end and h.code is not None and m.kind == "count"
            if inside and not (subject and self.names_goods(s, h)):
                return (h.code,)
        follow = [h for h in hits if h.start >= end and h.code is not None]
        if follow and is_source(text, follow[0], end, self.lang) and follow[0].start - end < 30:
            return (follow[0].code,)
        if follow and " ".join(text[end : follow[0].start].split()).lower() in self.lex.donors.share_owner:
            return (follow[0].code,)  # "a joint $500m package, of which $275m is Sweden's"
        before = [h for h in hits if clause[0] <= h.start < m.start]
        if subject:
            before = [h for h in before if not self.names_goods(s, h)]
        if before and any(o.extra.get("aside") for o in s.mentions):
            before = [h for h in before if not self.in_aside(s, h.start, m.start)]
        each_before = self.has(self.p.distributive, s.window_before(m.start, 3), m.start)  # "each held out €100m"
        if not before and each_before:
            # "joining the United States and Germany, which are each supplying a battery": the givers the relative
            # clause of the figure is about
            ahead = [h for h in hits if h.end <= clause[0] and h.code is not None]
            relative = self.relative_after(s, ahead[-1].end) if ahead else None
            first = s.token_from(clause[0], word=True)
            if relative is not None and first is not None and relative.start == first.start:
                before = ahead[-1:]
        if before:
            if each_before or self.has(self.p.distributive, end, s.window_after(end, 1)):  # "€30m each"
                # (the list may run over clause breaks: "Deutschland, die Niederlande und die USA … je ein System")
                before = [h for h in hits if h.start <= before[-1].start]
                group = [before[-1]]
                for h in reversed(before[:-1]):
                    gap = text[h.end : group[0].start]
                    if _LIST_GAP.fullmatch(gap):  # ", ", " and ", " and Justin " (a leader's first name)
                        group.insert(0, h)
                    else:
                        break
                return tuple(h.code for h in group)
            if len(before) > 1 and self.coordinated(before[-2], before[-1]):
                return (None,)  # "Denmark and the Netherlands committed": a group, donor unknown
            if self.joint(s, clause[0], m.start):
                return (None,)  # "gemeinsam mit Partnern", "together with Poland": a joint pledge, donor unknown
            return (before[-1].code,)
        if self.joint(s, clause[0], m.start):
            return (None,)  # "…; gemeinsam mit Partnern sollen zwei Bataillone ausgestattet werden": no giver named
        after = [h for h in hits if end <= h.start < clause[1]]
        if after and any(h.code is not None and not h.adjective and h.start < clause[0] for h in hits):
            # "Die Niederlande finanzieren ein Paket: Mit 500 Mio. Euro sollen amerikanische Waffen gekauft werden":
            # the state of an earlier clause pays; the adjective says where the goods come from
            after = [h for h in after if not self.names_goods(s, h)]
        if after:
            return (after[0].code,)
        if m.kind == "money" and self.introduced_as_part(s, m):
            return ()  # "it forms part of a global $115bn package": the whole has more donors than this one
        # the clause names no state: the pledge of an earlier clause gives its donor before any state named there
        given = [
            o.donor
            for o in s.mentions
            if o.end <= clause[0] and o.restates is None and o.donor is not None and not o.extra.get("aside")
        ]
        if given:
            return (given[-1],)  # "EU leaders backed €50bn after Hungary dropped its veto; it combines €33bn …"
        before = [h for h in hits if h.start < m.start]
        if any(h.code is not None and not h.adjective for h in before):
            # "Den Haag bezahlt ein Paket aus amerikanischen Beständen: 500 Mio. Euro": the named state pays
            before = [h for h in before if not self.names_goods(s, h)]
        if len(before) > 1 and self.coordinated(before[-2], before[-1]):
            return (None,)  # "Italy and France agreed to supply jointly ...": the group of an earlier clause
        if before:
            return (before[-1].code,)
        # an adjective after a semicolon describes a sentence of its own: "… came from a domestic producer; its heavier
        # commitments depend on American production queues" (the giver is carried from before, if any); a state named
        # there may still be the giver ("…; all told, Washington has now approved eight")
        after = [h for h in hits if h.start >= end and not (h.adjective and ";" in text[end : h.start])]
        if after:
            return (after[0].code,)
        carried = self.carried(s)  # (looked for only here: it reads the donors of the sentences before)
        if carried is not None:
            return (carried,)
        national = m.kind == "money" and m.unit is not None and country_of_currency(m.unit) is not None
        opening = not national and not any(o.donors for o in self.sentences[: s.index])  # (a crown names its issuer)
        if opening or self.has(self.p.offices, s.start, s.end):
            later = self.named_later(s)
            if later is not None:
                # "Das Verteidigungsministerium kündigte an ...", and a text that opens with the items ("Hinzu kommen
                # vier Systeme … Bis dahin hatte die Bundesregierung …"): the state the passage names next
                return (later,)
        return ()

    def named_later(self, s: _Sentence) -> str | None:
        """The first state named in the sentences after ``s`` (up to :attr:`CARRY`; a group there: none)."""
        for nxt in self.sentences[s.index + 1 : s.index + 1 + self.CARRY]:
            eligible = [h for h in nxt.donors if h.code is not None and h.code not in NOT_DONORS]
            if len(eligible) > 1 and self.coordinated(eligible[0], eligible[1]):
                return None  # "Hungary, Slovakia and the Czech Republic stay out": a group, no giver
            if eligible:
                return eligible[0].code
            if any(h.code is None for h in nxt.donors):
                return None
        return None

    def joint(self, s: _Sentence, start: int, end: int) -> bool:
        """A joint word ("gemeinsam mit", "together with") before ``end`` whose next words name a group or a state."""
        if self.p.joint is None:
            return False
        for a, b in self.sentence_matches(self.p.joint, s.index):
            if start <= a and b <= end:
                named = find_donors(self.text, b, s.window_after(b, 3), self.lang)
                if any(h.code not in NOT_DONORS for h in named):
                    return True
        return False

    def names_goods(self, s: _Sentence, h: DonorHit) -> bool:
        """Whether ``h`` is an adjective right before a word for goods (an equipment noun or an aid word: "deutsche
        Leopard-Panzer", "amerikanischer Waffen", "American weapons") or after a word for where they come from ("aus
        amerikanischen Beständen", "from American stocks")."""
        if not h.adjective:
            return False
        if is_source(self.text, h, s.start, self.lang):
            return True
        nxt = s.toks_from(h.end)[:1]
        if not nxt or not nxt[0].is_word or not _one_space(self.text, h.end, nxt[0].start):
            return False
        return self.unit_of(nxt[0].low) is not None or self.has(self.p.aid, nxt[0].start, nxt[0].end)

    def as_noun(self, h: DonorHit) -> bool:
        """A name, or an adjective that stands for its people, with a comma or a coordinator after it: "the Dutch and
        the Czech Republic" (not "German and French tanks": "French" qualifies the tanks)."""
        if not h.adjective:
            return True
        word = _NEXT_WORD.match(self.text, h.end)
        return self.text[h.end : h.end + 1] == "," or (
            word is not None and word[1].lower() in self.lex.units.coordinators
        )

    def coordinated(self, a: DonorHit, b: DonorHit) -> bool:
        if a.code is None or b.code is None or a.code == b.code or not self.as_noun(a) or not self.as_noun(b):
            return False
        # "Denmark and the Netherlands", "Polen, die Slowakei": a comma or a coordinator between, then at most an
        # article; any other word is no list ("Trudeau told Biden that Canada would buy ...")
        gap = self.text[a.end : b.start]
        words = gap.replace(",", " ").split()
        if words and words[0].lower() in self.lex.units.coordinators:
            words = words[1:]
        elif "," not in gap:
            return False
        return not words or (len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha())

    # ------------------------------------------------------------------ money

    def finish_money(self) -> None:
        last: Mention | None = None
        for s in self.sentences:
            for m in s.mentions:
                if m.kind != "money":
                    continue
                token = (m.currency_token or "").lower()
                if m.unit is None and not token:
                    m.unit = self.crowns_after(s, m)
                if m.unit is None and token:
                    m.unit = currency_of(m.donor, "K")  # "Kronen": the donor's crown
                elif m.unit == "USD" and token in _BARE_DOLLAR and not self.named_dollar(s, m):
                    m.unit = currency_of(m.donor, "D") or "USD"  # "$" in a text about Canada is CAD
                if m.unit is None and last is not None and last.unit is not None:
                    m.unit = last.unit
                if m.unit is None and not token:
                    m.unit = self.currency_after(s, m)
                if m.unit is None and self.cue_right_before(s, m, self.p.parts, 3):
                    # "auf zwei Milliarden Euro …, von denen mehr als eine Milliarde der Ukraine zugutekommen soll": a
                    # part has the currency of the sum before it in its sentence, pledged or not
                    said = [o for o in s.candidates if o.kind == "money" and o.end <= m.start and o.unit is not None]
                    if said:
                        m.unit = said[-1].unit
                if m.unit is not None and (m.restates is None or m.restates.kind != "money"):
                    last = m  # (not a conversion in brackets; but the value of a count: "eine Million Granaten …
                    # fließen dafür zwei Milliarden Euro: eine Milliarde, um …, und eine Milliarde für …")
                if m.donor is None and m.unit is not None and m.restates is None:
                    m.donor = country_of_currency(m.unit)
            s.mentions = [m for m in s.mentions if m.kind != "money" or m.unit is not None]
        self.dollar_donor()
        for s in self.sentences:
            for m in s.mentions:
                if m.donor is None and len(m.donors) <= 1 and m.restates is not None and m.restates.donor is not None:
                    m.donor = m.restates.donor  # "A$245 million (US$164 million)": a restatement is the same donor's
                    m.donors = (m.donor,)

    def dollar_donor(self) -> None:
        """A text that names no giver at all and counts in bare dollars ("The $700 million package unveiled on
        Wednesday includes four HIMARS …") reports a US package: its pledges with no donor are the home of the bare
        dollar's (``money.bare_dollar_donor``)."""
        home = self.lex.money.bare_dollar_donor
        if home is None or any(h.code not in NOT_DONORS for s in self.sentences for h in s.donors):
            return
        mentions = [m for s in self.sentences for m in s.mentions]
        sums = [m for m in mentions if m.kind == "money" and m.restates is None]
        if not sums or any(m.unit != "USD" or (m.currency_token or "").lower() not in _BARE_DOLLAR for m in sums):
            return  # (every sum in bare dollars: not "a £2.26 billion ($2.84bn) loan agreement with the United Kingdom")
        if any(names_giver(self.text, s.start, s.end, self.lang) for s in self.sentences if s.mentions):
            return  # "Leaders of the Group of Seven … pledged up to $29.5 billion" (in a sentence with a pledge: a
            # neutral one around it, "Talks with the partners continue.", changes nothing)
        for m in mentions:
            if m.donor is None:
                m.donor = home

    def currency_after(self, s: _Sentence, m: Mention) -> str | None:
        """ "1,7 Milliarden und 2023 2,1 Milliarden Euro": a sum with no currency takes the one of the next sum in its
        sentence, when only a coordinator and a year stand between them."""
        nxt = next((o for o in s.candidates if o.kind == "money" and o.start >= m.end), None)
        if nxt is None or nxt.unit is None:
            return None
        between = [t for t in s.toks_from(m.end) if t.start < nxt.start]
        years = {n.start for n in s.numerals if n.is_year}
        if not between or len(between) > 2 or between[0].low not in self.lex.units.coordinators:
            return None
        return nxt.unit if all(t.start in years for t in between[1:]) else None

    def named_dollar(self, s: _Sentence, m: Mention) -> bool:
        """ "245 million Australian dollars ($165 million)": the donor's dollar named in the sentence for the sum that
        ``m`` restates (or that restates ``m``), so "$" is USD; "NZ$16 million: $6 million for …" keeps the NZ dollar
        for the parts."""
        local = currency_of(m.donor, "D")
        return local is not None and any(
            o is not m
            and o.kind == "money"
            and o.unit == local
            and (o.currency_token or "").lower() not in _BARE_DOLLAR
            and (o.restates is m or m.restates is o or (m.restates is not None and o.restates is m.restates))
            for o in s.mentions
        )

    def crowns_after(self, s: _Sentence, m: Mention) -> str | None:
        """ "five billion Norwegian kronor": the crown of the country named before the word."""
        words = s.toks_from(m.end)[:2]
        crowns = self.lex.money.donor_currency_words
        if len(words) == 2 and words[1].low in crowns:
            hit = next((h for h in find_donors(self.text, words[0].start, words[0].end, self.lang)), None)
            if hit is not None and hit.code is not None:
                m.end = words[1].end
                return currency_of(hit.code, "K")
        if words and words[0].low in crowns:
            m.end = words[0].end
            return currency_of(m.donor, "K")
        return None

    # ------------------------------------------------------------------ categories

    def assign_categories(self) -> None:
        inherited: list[Mention] = []  # restatements that take their pledge's category (which a later one may set)
        carried_money: str | None = None
        for s in self.sentences:
            # a sum that names no purpose takes the one of the sum before it in its sentence; a civilian purpose also
            # reaches into the next sentences ("eine Milliarde Euro an Winter-Soforthilfe … Frankreich trägt 125
            # Millionen Euro bei": category agreement up in 18 corpora, down in none)
            previous_money: str | None = carried_money if carried_money in _NOT_MILITARY else None
            unsaid: list[Mention] = []  # sums that name no purpose of their own
            for m in s.mentions:
                if m.restates is not None:
                    continue
                if m.kind == "money":
                    said = self.money_category(s, m) or self.purpose_next(s, m) or previous_money
                    m.category = said or self.parts_category(s, m) or "military_general"
                    if m.donor in self.lex.donors.lenders and m.category in ("other", "military_general"):
                        m.category = "financial"  # the IMF's or the World Bank's money is a loan or a grant
                    elif m.donor in self.lex.donors.non_lethal and m.category == "military_general" and said is None:
                        m.category = "financial"  # Japan's "$4.5 billion in support": it sends no weapons
                    elif m.donor in self.lex.donors.mixed_support and m.category == "military_general" and said is None:
                        m.category = "other"  # Norway's "NOK 35 billion for Ukraine next year" (dev: 1.000 with it)
                    if said is None and m.category == "military_general":
                        unsaid.append(m)  # (see bought_count below)
                    previous_money = carried_money = m.category
                elif m.kind == "share":
                    m.category = self.money_category(s, m) or "military_general"
                elif m.kind == "growth":
                    order = [*_ITEM_ORDER, *self.lex.categories.money]
                    m.category = self.keyword_category(s.start, s.end, order) or "military_general"
                else:
                    m.category = self.count_category(s, m)
            for m in unsaid:
                m.category = self.bought_count(s, m) or m.category
            for m in s.mentions:
                if m.kind == "money" and m.restates is None and m.category == "military_general":
                    # (also when a word of the sentence said military: "Defence Secretary John Healey said")
                    m.category = self.backed_count(s, m) or m.category
            for m in s.mentions:
                if m.restates is not None:
                    own: str | None
                    if m.kind == "count":
                        own = self.count_category(s, m)
                        specific = own not in ("other", "military_general")
                    else:  # "… 30 Mrd. Kronen. Das sind 10 Mrd. im Jahr für zivile und militärische Hilfe": a purpose
                        # that is not military the sum's restatement gives is the sum's (an equipment word near it may
                        # be a part's: "10 Mrd. für Ausrüstung und Munition")
                        general = m.kind == "money" and m.restates.category == "military_general"
                        own = self.money_category(s, m) if general else None
                        specific = own in ("financial", "humanitarian", "other")
                    if not specific or own is None:
                        m.category = m.restates.category
                        inherited.append(m)
                        continue
                    m.category = own
                    if m.restates.kind == "money" and m.restates.category == "military_general":
                        m.restates.category = own  # "£200m on 10,000 drones": the sum is for drones
        for m in inherited:
            m.category = m.restates.category if m.restates is not None else m.category

    def bought_count(self, s: _Sentence, m: Mention) -> str | None:
        """ "a £1.6bn deal allowing Ukraine to buy more than 5,000 air defence missiles": a sum that names no purpose
        is for the count a buying verb of its clause buys, the first figure after it (no parts word between), when the
        count's category is a kind of equipment."""
        after = [o for o in s.mentions if o.start >= m.end and o.restates is not m]  # (not its conversion)
        if not after or after[0].kind != "count" or after[0].restates is not None:
            return None
        count = after[0]
        if count.category in (None, "other", "military_general", "personnel"):
            return None
        if any(o.kind == "count" and o.restates is None for o in after[1:]):
            return None  # "Für 800 Millionen Dollar erhält Kiew 72 Haubitzen samt 144.000 Schuss": a package of items
        if any(m.end <= h.start < count.start and h.code not in (m.donor, "UKR") for h in s.donors):
            return None  # "Estland kündigte ein Paket … an, …, Dänemark will alle 19 bei Nexter bestellten …": another giver's
        clause = s.clause_of(count.start)
        # (or a verb by which the recipient receives it or a maker makes it: "a £1.6bn deal … under which Ukraine will
        # receive more than 5,000 air defence missiles", "… for Thales to build more than 5,000 missiles")
        buys = self.has(self.p.benefactive, m.end, clause[1])
        if not buys and not self.has(self.p.aid, m.end, s.window_after(m.end, 2)):  # (not for a package: "a $2.85
            # billion drawdown package, built around 50 Bradleys")
            buys = self.has(self.p.receive_verbs, m.end, clause[1]) or self.has(self.p.made_for, m.end, clause[1])
            before = s.toks_before(count.start)[-1:]
            buys = buys or (bool(before) and before[0].low in self.lex.cues.spent_on)  # "$650 million … to 50 vehicles"
        if not buys or self.has(self.p.parts, m.end, count.start):
            return None
        return count.category

    def backed_count(self, s: _Sentence, m: Mention) -> str | None:
        """ "Britain will supply 100,000 drones this year, …, backed by £350m of funding": a sum that names no purpose,
        right after a ``backing`` cue, pays for the last count before it in the sentence and takes its category when
        that is a kind of equipment."""
        if not self.cue_right_before(s, m, self.p.backing, 3):
            return None
        counts = [o for o in s.mentions if o.kind == "count" and o.end <= m.start and o.restates is None]
        if not counts or counts[-1].category in (None, "other", "military_general", "personnel"):
            return None
        return counts[-1].category

    def parts_category(self, s: _Sentence, m: Mention) -> str | None:
        """ "50 Milliarden Euro, davon 33 Milliarden als Kredite und 17 Milliarden als Zuschüsse": a sum that says
        nothing of its purpose is what all its parts (sums after a "davon", "of which") say they are, when they
        agree on financial or humanitarian aid."""
        if self.p.parts is None:
            return None
        cut = self.first(self.p.parts, s, m.end, s.end)
        if cut is not None and not any(o.kind == "money" and o.start >= cut.end() for o in s.mentions):
            cut = None  # "a €50bn package covering 2024 to 2027": no part follows the word
        if cut is None and s.index + 1 < len(self.sentences) and not any(o.start > m.end for o in s.mentions):
            # "… a €50 billion package. The Ukraine Facility combines €17 billion in grants with €33 billion in loans":
            # the sentence after the sum splits it into parts that add up to it
            nxt = self.sentences[s.index + 1]
            parts = [o for o in nxt.mentions if o.kind == "money" and o.restates is None and o.unit == m.unit]
            if len(parts) > 1 and math.isclose(sum(o.value for o in parts), m.value, rel_tol=0.01):
                # the parts that name a purpose agree on it ("33 Milliarden davon als Kredite, 17 Milliarden als
                # Zuschüsse": the first one's words stand after "davon", out of its reach)
                kinds = {self.money_category(nxt, o) for o in parts} - {None}
                if len(kinds) == 1 and kinds <= {"financial", "humanitarian"}:
                    return kinds.pop()
            return None
        if cut is None or any(o.start < cut.start() for o in s.mentions if o.start >= m.end):
            # "50 Milliarden Euro, 33 Milliarden davon als Kredite und 17 Milliarden als Zuschüsse": the sums right
            # after it that add up to it are its parts (as in date_parts)
            parts = self.added_parts(m, [o for o in s.mentions if o.kind == "money" and o.restates is None])
            kinds = {self.money_category(s, o) for o in parts} - {None}
            if len(kinds) == 1 and kinds <= {"financial", "humanitarian"}:
                return kinds.pop()
            return None  # the parts follow the sum right away
        found = {
            self.money_category(s, o)
            for o in s.mentions
            if o.kind == "money" and o.start >= cut.end() and o.restates is None
        }
        if len(found) == 1 and found <= {"financial", "humanitarian"}:
            return found.pop()
        return None

    def keyword_category(self, start: int, end: int, order: Sequence[str]) -> str | None:
        keywords = _keyword_patterns(self.lang)  # the first category of ``order`` whose words occur
        return next((c for c in order if c in keywords and self.keyword_in(c, keywords[c], start, end)), None)

    def keyword_in(self, category: str, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """A word of ``category`` in ``text[start:end]`` outside its excluded words ("anti-tank" is no tank)."""
        if not self.has(pattern, start, end):
            return False
        excluded = next((x for c, x in self.p.excluded if c == category), None)
        if excluded is None or not self.has(excluded, start, end):
            return True
        masks = [(a.start(), a.end()) for a in excluded.finditer(self.text, start, end)]
        return any(
            not any(x <= h.start() and h.end() <= y for x, y in masks) for h in pattern.finditer(self.text, start, end)
        )

    def excluded_hit(self, category: str, s: _Sentence, a: int, b: int) -> bool:
        """Whether the keyword hit ``text[a:b]`` of ``category`` lies inside one of its excluded words."""
        excluded = next((x for c, x in self.p.excluded if c == category), None)
        if excluded is None:
            return False
        return any(x <= a and b <= y for x, y in self.sentence_matches(excluded, s.index))

    def count_category(self, s: _Sentence, m: Mention) -> str:
        if m.unit == "weapon":
            span = m.item_span or (m.start, m.end)
            if self.keyword_category(span[0], span[1], ("air_defence",)) is not None:
                return "air_defence"  # "125 anti-aircraft guns": guns by their unit, air defence by their use
        if m.unit in _CATEGORY_OF_UNIT:
            return _CATEGORY_OF_UNIT[str(m.unit)]
        if m.model is not None:
            return m.model.category
        kind = self.named_before(s, m)
        if kind is not None:
            return kind
        span = m.item_span or m.extra.get("item_words") or (m.start, m.end)
        found = self.keyword_category(span[0], span[1], _ITEM_ORDER)
        if found is not None:
            return found
        if self.has(self.p.relief_items, span[0], span[1]):
            return "humanitarian"  # "120 Stromgeneratoren", "300 space heaters"
        if self.keyword_category(span[0], span[1], ("other",)) is not None:
            return "other"  # "40 Lkw", "trucks": vehicles, but not armour
        head = m.extra.get("head")
        if self.qualified_against(s, span):
            return _DEFAULT_OF_UNIT.get(str(m.unit), "other")  # "800 Panzerabwehrraketen" after "Flugabwehrraketen"
        if m.unit in _CONTEXT_UNITS or (head is not None and self.is_weak(head)) or m.elliptic or "ref" in m.extra:
            ref = m.extra.get("ref")
            if isinstance(ref, Mention) and ref.category:
                return ref.category
            if isinstance(ref, Mention) and ref.kind == "count" and ref is not m and "ref" not in ref.extra:
                # a count no pledge ("Die ersten vier Panzerhaubitzen sind angekommen. … sollen es zwölf sein"): the
                # kind its own words give
                return self.count_category(self.sentences[ref.sentence], ref)
            # the words of its own clause up to a few after it first: "train and equip a Ukrainian brigade of 4,500
            # soldiers and hand over Mirage jets" is personnel, not aircraft
            clause = s.clause_of(m.start)
            if m.unit in _CONTEXT_UNITS and self.has(
                self.p.training, max(clause[0], s.window_before(m.start, 4)), min(clause[1], s.window_after(m.end, 6))
            ):
                return "personnel"  # "… Mirage 2000-5 fighters and train and equip a full Ukrainian brigade": trained
            found = self.keyword_category(clause[0], min(clause[1], s.window_after(m.end, 6)), _ITEM_ORDER)
            if found is None:
                found = self.keyword_category(s.start, s.end, _ITEM_ORDER)
            if found is not None:
                return found
            for c in s.candidates:
                if c is not m and c.model is not None:
                    return c.model.category
        named = self.model_named_before(s, m)
        if named is not None:
            return named.category  # "14 Raketen" after "Sea Sparrow-Raketen": the model named before
        if m.unit == "launcher" and (
            self.keyword_category(s.start, m.start, ("air_defence",)) is not None
            or any(c.model is not None and c.model.category == "air_defence" for c in s.candidates if c.end <= m.start)
            or self.air_defence_model_before(s, m)
        ):  # "NASAMS air defence equipment: eight launchers", "ein Patriot-System …, die Niederlande zwei Startgeräte"
            return "air_defence"
        return _DEFAULT_OF_UNIT.get(str(m.unit), "other")

    def qualified_against(self, s: _Sentence, span: tuple[int, int]) -> bool:
        """Whether the item's own words say what it is used against ("800 Panzerabwehrraketen", "anti-tank missiles"):
        a category's excluded word in them, so the weak noun does not take its kind from the words around it."""
        return any(
            span[0] <= a and b <= span[1] for _, x in self.p.excluded for a, b in self.sentence_matches(x, s.index)
        )

    def named_before(self, s: _Sentence, m: Mention) -> str | None:
        """ "Die ersten drei Flugabwehrpanzer vom Typ Gepard sind eingetroffen. Insgesamt hat Berlin 30 dieser Panzer
        zugesagt": a count whose noun a demonstrative (``units.demonstratives``) opens takes the kind of the last model of
        its unit named in its sentence before it or in the two sentences before."""
        words = self.lex.units.demonstratives
        if not words:
            return None
        toks = s.toks_from(int(m.extra.get("num_end", m.start)))
        if toks and toks[0].low in self.lex.units.counter_links:
            toks = toks[1:]  # "30 of these tanks"
        if not toks or toks[0].low not in words:
            return None
        model = self.model_named_before(s, m)
        return model.category if model is not None else None

    def air_defence_model_before(self, s: _Sentence, m: Mention) -> bool:
        """Whether an air defence model is named in ``m``'s sentence before it, counted or not ("beteiligen sich an der
        Patriot-Initiative: … zwei Startgeräte")."""
        return any(model.category == "air_defence" for model in self.models_in(s.start, m.start))

    def model_named_before(self, s: _Sentence, m: Mention) -> EquipmentModel | None:
        """The last model of ``m``'s unit named in this sentence before ``m`` or in the two before it."""
        found: EquipmentModel | None = None
        for model in self.models_in(self.sentences[max(0, s.index - 2)].start, m.start):
            if model.unit == m.unit:
                found = model
        return found

    def models_in(self, start: int, end: int) -> list[EquipmentModel]:
        """The lexicon's models named in ``text[start:end]``, in text order (not inside a word)."""
        if self.p.models is None:
            return []
        found: list[EquipmentModel] = []
        for hit in self.p.models.finditer(self.text, start, end):
            if hit.start() > 0 and self.text[hit.start() - 1].isalnum():
                continue  # inside a word
            model = self.lex.units.models.get(re.sub(r"\s+", " ", hit.group().lower()))
            if model is not None:
                found.append(model)
        return found

    def purpose_next(self, s: _Sentence, m: Mention) -> str | None:
        """ "... mit 5 Milliarden Franken unterstützen. Das Geld ist für den Wiederaufbau bestimmt": the purpose the
        next sentence gives "the money" (a sentence with no figure of its own) is the last sum's category."""
        if self.p.money_anaphora is None or s.index + 1 >= len(self.sentences):
            return None
        if [o for o in s.mentions if o.kind == "money"][-1] is not m:
            return None
        nxt = self.sentences[s.index + 1]
        if nxt.mentions or not self.has(self.p.money_anaphora, nxt.start, nxt.end):
            return None  # "Das Geld ist …", "Tokyo said most of the money would go to …"
        keywords = _keyword_patterns(self.lang)
        kinds = [c for c in keywords if c not in _NOT_EQUIPMENT and self.keyword_in(c, keywords[c], nxt.start, nxt.end)]
        if len(kinds) > 1:
            return "military_general"  # "Das Geld soll in Artillerie, Drohnen und gepanzerte Fahrzeuge fließen"
        if self.has(self.p.mixed_purpose, nxt.start, nxt.end):
            return "other"  # "Das Geld soll je zur Hälfte in militärische und zivile Hilfe fließen"
        return self.keyword_category(nxt.start, nxt.end, self.lex.categories.money)

    def money_category(self, s: _Sentence, m: Mention) -> str | None:
        clause = s.clause_of(m.start)
        order = list(self.lex.categories.money)
        lo = s.window_before(m.start, 10)
        hi = min(clause[1], s.window_after(m.end, 15))
        if self.p.parts is not None:
            brackets = [g.span() for g in BRACKETED.finditer(self.text, m.end, hi)]
            for cut in self.scan(self.p.parts, s, m.end, hi):
                if not self.text[m.end : cut.start()].strip() and _starts_at(
                    self.p.partitive, self.text, cut.start(), cut.end()
                ):
                    continue  # "200 Millionen Pfund davon sind für Drohnen vorgesehen": the sum is the part, its purpose
                if not any(a <= cut.start() < b for a, b in brackets):  # "(etwa 215 Millionen Euro)": "about"
                    hi = cut.start()  # "a package that includes ammunition": what it includes is not what it is
                    break
        part = self.p.partial_purpose.search(self.text, m.end, hi) if self.p.partial_purpose is not None else None
        if part is not None:
            hi = part.start()  # "€1 billion in military aid, much of it for air defence": a part's purpose
        lo = max(clause[0], lo)
        item_before = None  # "send cluster munitions as part of a new $800m package": an item of it, not its purpose
        if self.p.part_of is not None:
            for c in self.scan(self.p.part_of, s, lo, m.start):
                item_before = lo = c.end()
        listed = False  # another sum's words are its own: "A$50m will go to air defence, A$30m to drones"
        for o in s.mentions:
            if (
                o is m
                or o.kind != "money"
                or o.restates is m
                or m.restates is o
                or not clause[0] <= o.start < clause[1]
            ):
                continue
            listed = True
            if o.start >= m.end:
                # "320 Mio. Dollar an Militärhilfe sowie Kredite über 2,4 Mrd.": what follows a "sowie", "and" up to
                # four words before the next sum is that sum's
                near = [t for t in s.toks if m.end <= t.start < o.start][-4:]
                joins = [t.start for t in near if t.low in self.lex.units.coordinators]
                hi = min(hi, joins[-1] if joins else o.start)
            elif o.end <= m.start:
                lo = max(lo, o.end)
        if listed:  # between two sums, the words after a sum are its purpose first
            return self.category_in(s, m, m.start, hi, order) or self.category_in(s, m, lo, hi, order)
        found = self.category_in(s, m, lo, hi, order)
        if found is None and lo > clause[0]:  # "Für die humanitäre Minenräumung stellt die Schweiz … bereit"
            found = self.category_in(s, m, clause[0], hi, order)
            if item_before is not None and found not in _NOT_MILITARY:
                found = None  # the item's kind is not the whole's; "The loan is the UK's share of …" still lends
        if found is None:
            # "beteiligt sich an den G7-Krediten, die … bedient werden, mit 2,26 Mrd. Pfund": the purpose goes on
            interrupted = self.interrupted(s, clause, m.start)
            if interrupted is not None:
                found = self.category_in(s, m, interrupted[0], interrupted[1], order)
        if found is None and self.parenthetical(clause) and all(o is m or o.kind != "money" for o in s.mentions):
            # "Mit den zinsgünstigen Krediten – im Schnitt 1,5 Mrd. Euro pro Monat – soll Kiew Löhne … bezahlen": the
            # sentence's only sum, set off by dashes, has the purpose of the sentence around it
            found = self.category_in(s, m, s.start, s.end, order)
        if found is None and self.has(self.p.training, lo, hi):
            return "personnel"  # "£247 million this year on training Ukrainian troops" (not "Ausrüstung, Ausbildung")
        if not self.has(self.p.mixed_purpose, s.start, s.end):
            if found == "financial" and self.loan_for_military(s, m, lo, hi):
                return "military_general"  # "a £2.26bn loan …, to be spent on military equipment": for military use
            return found  # (a loan "to cover its military and budget needs" has a mixed purpose: not military alone)
        # "$3 billion in military and financial support …, including $320 million in military aid": the mixed purpose
        # named right after the sum is its own, whichever of its words the keywords found
        if self.has(self.p.mixed_purpose, m.end, min(clause[1], s.window_after(m.end, 5))):
            return "other"
        if found in (None, "military_general"):
            # "75 Mrd. Kronen …, je zur Hälfte für militärische und zivile Zwecke": the sentence's only sum (and its
            # restatements) is for more than military aid
            head = m.restates or m
            if all(o.kind != "money" or (o.restates or o) is head for o in s.mentions):
                return "other"
        return found

    def loan_for_military(self, s: _Sentence, m: Mention, lo: int, hi: int) -> bool:
        """A sum whose financial words near it only name the instrument ("loan", "Kredit": ``categories.instruments``)
        and whose use the rest of its sentence, or a sentence on "das Geld" right after it, gives as military (asked
        only of a sentence with no mixed purpose)."""
        keywords = _keyword_patterns(self.lang)
        fin, mil = keywords.get("financial"), keywords.get("military_general")
        if self.p.instruments is None or fin is None or mil is None:
            return False
        spans = [(a, b) for a, b in self.sentence_matches(fin, s.index) if lo <= a and b <= hi]
        if not spans or any(_starts_at(self.p.instruments, self.text, a, b) is None for a, b in spans):
            return False
        if self.keyword_in("military_general", mil, m.end, s.end):
            return True
        if self.p.money_anaphora is None or s.index + 1 >= len(self.sentences):
            return False
        nxt = self.sentences[s.index + 1]  # "… einen Kredit über 2,26 Mrd. Pfund. Das Geld ist für militärische Zwecke"
        return (
            not nxt.mentions
            and self.has(self.p.money_anaphora, nxt.start, nxt.end)
            and self.keyword_in("military_general", mil, nxt.start, nxt.end)
        )

    def parenthetical(self, clause: tuple[int, int]) -> bool:
        """Whether ``clause`` is set off by dashes or brackets ("… Krediten – im Schnitt 1,5 Mrd. Euro pro Monat – …")."""
        before = self.text[max(0, clause[0] - 3) : clause[0]].strip()
        after = self.text[clause[1] : clause[1] + 3].strip()
        return before[-1:] in ("–", "—", "(") and after[:1] in ("–", "—", ")")

    def compound_heads(self, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """ "Artilleriemunition": two categories' words in one compound word; the word's counted noun (its head,
        "Munition": rounds) decides which one the word is, as in "artillery ammunition"."""
        out: list[tuple[int, int, str]] = []
        for a, b, c in hits:
            same = [h for h in hits if h[0] == a and h[1] == b and h[2] != c]
            if same and c in _ITEM_ORDER:
                unit = self.unit_of(self.text[a:b].lower())
                head = _CATEGORY_OF_UNIT.get(unit or "")
                if head is not None and head != c and any(h[2] == head for h in same):
                    continue  # the other category is the word's head
            out.append((a, b, c))
        return out

    def category_in(self, s: _Sentence, m: Mention, lo: int, hi: int, order: Sequence[str]) -> str | None:
        """The category the words of ``text[lo:hi]`` give the sum ``m``, outside other pledges' words."""
        # words of other counted pledges are theirs ("580 drones as part of a $270m package"), and a
        # share's own words ("Prozent seiner Wirtschaftsleistung") say nothing about its purpose
        taken = [o.item_span for o in s.mentions if o is not m and o.kind == "count" and o.item_span]
        taken.append((m.start, m.end))
        hits: list[tuple[int, int, str]] = []
        for category, pattern in self.p.keywords:
            if category not in order and category not in _ITEM_ORDER:
                continue
            for a, b in self.sentence_matches(pattern, s.index):
                free = lo <= a and b <= hi and not any(x <= a < y for x, y in taken)
                if free and not self.excluded_hit(category, s, a, b):  # "anti-tank weapons" are no tanks
                    hits.append((a, b, category))
        hits.sort()
        # a word inside another category's word is that word's: "anti-aircraft" is no aircraft
        hits = [h for h in hits if not any(x <= h[0] and h[1] <= y and (x, y) != (h[0], h[1]) for x, y, _ in hits)]
        if len(hits) > 1:
            hits = self.compound_heads(hits)
        # an equipment word yields to the equipment noun it qualifies: "artillery shells" are shells; a noun no sum
        # is counted in yields to its qualifier: "anti-aircraft guns" are air defence, not artillery
        heads: list[tuple[int, int, str]] = []
        dropped = -1
        for k, h in enumerate(hits):
            if k == dropped:
                continue
            qualifies = (
                k + 1 < len(hits)
                and h[2] in _ITEM_ORDER
                and hits[k + 1][2] in _ITEM_ORDER
                and self.text[h[1] : hits[k + 1][0]] in (" ", "-")
            )
            if not qualifies:
                heads.append(h)
            elif h[2] in order and hits[k + 1][2] not in order:
                heads.append(h)
                dropped = k + 1
        found = {c for _, _, c in heads}
        equipment = {c for c in found if c in _ITEM_ORDER}
        if len(equipment) > 1 and not found & {"humanitarian", "financial"}:
            return "military_general"  # "drones and ammunition": a mixed package
        if equipment and "military_general" in found and self.listed_with_equipment(heads):
            return "military_general"  # "heavy weapons and munitions": weapons of all kinds, besides munitions
        return next((c for c in order if c in found), None)

    # ------------------------------------------------------------------ periods

    def periods(self, s: _Sentence) -> list[tuple[int, int, tuple[int | None, int | None]]]:
        """The periods named in ``s`` (:meth:`find_periods`, read on first use)."""
        periods = s.found_periods
        if periods is None:
            periods = s.found_periods = self.find_periods(s, s.numerals)
        return periods

    def find_periods(self, s: _Sentence, nums: list[Numeral]) -> list[tuple[int, int, tuple[int | None, int | None]]]:
        text, p = self.text, self.p
        out: list[tuple[int, int, tuple[int | None, int | None]]] = []
        year = self.published.year if self.published else None
        # the cue lists' matches come from the sentence's cache (sentence_matches: no scan when the screen rules
        # them out), not from a scan of their own
        if year is not None:
            rolling = self.sentence_matches(p.rolling, s.index) if p.rolling else []
            if p.end_of_year is not None:
                out.extend((a, b, (None, year)) for a, b in self.sentence_matches(p.end_of_year, s.index))
            for pattern, y in ((p.this_year, year), (p.next_year, year + 1)):
                if pattern is None:
                    continue
                for start, end in self.sentence_matches(pattern, s.index):
                    if any(a <= start < b for a, b, _ in out) or any(a <= start < b for a, b in rolling):
                        continue
                    lo = s.window_before(start, 5)
                    until = _ends_with(p.until, text, max(lo, s.start), start)
                    # "deliveries expected to start early next year", "ab dem kommenden Jahr": a start, no end
                    since = not until and self.has(p.since, max(s.window_before(start, 2), s.start), start)
                    out.append((start, end, (None, y) if until else (y, None) if since else (y, y)))
            for n in nums:
                if n.duration == "year" and n.value >= 1 and n.value == int(n.value):
                    lo = s.window_before(n.start, 4)
                    if (
                        _ends_with(p.next_years, text, lo, n.start)
                        or self.has(p.next_years, lo, n.start)
                        or _ends_with(p.over_years, text, lo, n.start)
                    ):
                        out.append((n.start, n.end, (year, year + int(n.value) - 1)))
            month = self.published.month if self.published else 1
            for n in nums:
                if n.duration == "month" and 1 <= n.value <= 36 and n.value == int(n.value):
                    lo = max(s.window_before(n.start, 3), s.start)
                    if self.has(p.within, lo, n.start) and not any(a <= n.start < b for a, b in rolling):
                        y0, m0 = self.promised_month(s, n.start) or (year, month)
                        out.append((n.start, n.end, (y0, y0 + (m0 - 1 + int(n.value)) // 12)))
            if p.n_year is not None:
                for m in p.n_year.finditer(text, s.start, s.end):
                    count = self.count_word(m.group(1))
                    if self.has(p.n_year_not, m.end(), s.window_after(m.end(), 3)):
                        continue  # "a ten-year security agreement": the pact's term, not the package's period
                    if count is not None and 1 <= count <= 50:
                        out.append((m.start(), m.end(), (year, year + count - 1)))
        out.extend(self.until_month(s, nums, year))
        if p.year_prefixed is not None and text.find("-", s.start, s.end) >= 0:
            for hit in p.year_prefixed.finditer(text, s.start, s.end):  # "by end-2024", "from mid-2025"
                y, lo = int(hit.group(1)), s.window_before(hit.start(), 5)
                if self.has(p.until, lo, hit.start()):
                    out.append((hit.start(), hit.end(), (None, y)))
                elif self.has(p.since, lo, hit.start()):
                    out.append((hit.start(), hit.end(), (y, None)))
                elif self.has(p.in_year, s.window_before(hit.start(), 3), hit.start()):
                    out.append((hit.start(), hit.end(), (y, y)))
        years = [n for n in nums if n.is_year]
        used: set[int] = set()
        for k, n in enumerate(years):
            if n.start in used:
                continue
            if self.is_date(s, n):
                if n.is_year and self.has(p.until, max(s.window_before(n.start, 3), s.start), n.start):
                    out.append((n.start, n.end, (None, int(n.value))))  # "to be completed by 28 November 2025"
                continue
            span: tuple[int | None, int | None]
            fiscal = False  # one financial year written across two calendar years
            if n.is_range and n.low is not None and n.high is not None:
                span = (int(n.low), int(n.high))
                end = n.end
            else:
                span = (int(n.value), int(n.value))
                end = n.end
                if k + 1 < len(years):
                    nxt = years[k + 1]
                    gap = text[n.end : nxt.start].strip().lower()
                    if gap in self.lex.periods.range_connectors and not self.is_date(s, nxt):
                        span = (int(n.value), int(nxt.value))
                        end = nxt.end
                        used.add(nxt.start)
                # two digits right after ("2024/25"; their numeral may run on: "2030/31 jährlich")
                two = text[n.end + 1 : n.end + 3]
                short = (
                    next((o for o in nums if o.start == n.end + 1), None) if len(two) == 2 and two.isdigit() else None
                )
                if short is not None and n.end + 3 < len(text) and text[n.end + 3].isdigit():
                    short = None
                if short is not None and text[n.end] in "-/–" and short.value == (n.value + 1) % 100:
                    span = (int(n.value), int(n.value) + 1)  # "the 2024-25 financial year", "Haushaltsjahr 2024/25"
                    end = short.end
                    fiscal = True
            lo = s.window_before(n.start, 5)
            if self.has(p.not_period, s.window_before(n.start, 2), n.start):
                continue
            if self.has(p.until, lo, n.start) and (span[0] == span[1] or fiscal):
                out.append((n.start, end, (None, span[1])))  # "until 2030/31": to the end of that financial year
            elif self.has(p.since, lo, n.start) and (span[0] == span[1] or fiscal):
                out.append((n.start, end, (span[0], None)))
            elif self.has(p.in_year, s.window_before(n.start, 3), n.start) or span[0] != span[1]:
                out.append((n.start, end, span))
            elif self.bare_year(s, n):
                out.append((n.start, end, span))  # "Auch 2025 will Berlin ... geben": a bare year of a pledge
        if year is not None and p.last_year is not None:
            # "Im vergangenen Jahr hatte Polen 200 Kampfpanzer geliefert": the year before, where its clause dates
            # nothing else ("agreed last year to spend NOK 35bn in 2025"), it names no thing ("last year's act") and
            # compares with nothing ("ten times as many as last year", "mehr als im Vorjahr")
            for a, b in self.sentence_matches(p.last_year, s.index):
                clause = s.clause_of(a)
                if (
                    text[b : b + 2] not in ("'s", "’s")
                    and not any(clause[0] <= x < clause[1] for x, _, _ in out)
                    and not _ends_with(p.compared, text, max(s.window_before(a, 2), s.start), a)
                ):
                    out.append((a, b, (year - 1, year - 1)))
        out.sort(key=lambda t: t[0])
        return out

    def bare_year(self, s: _Sentence, n: Numeral) -> bool:
        """A year without a cue in the clause of a giving or plan word, not a model's number ("PzH 2000")."""
        prev = s.toks_before(n.start)[-1:]
        if prev and prev[0].is_word and (self.unit_of(prev[0].low) is not None or self.model_at(prev[0])):
            return False
        if self.is_model_number(s, n):
            return False
        if any(self.has(x, *s.clause_of(n.start)) for x in (self.p.pledge, self.p.plan)):
            return True
        nxt = s.window_after(n.end, 2)  # "gibt der Ukraine 2026 weitere 11,5 Mrd. Euro"
        return any(n.end < o.start < nxt and not o.is_year and (o.currency or o.currency_token) for o in s.numerals)

    def until_month(
        self, s: _Sentence, nums: list[Numeral], year: int | None
    ) -> list[tuple[int, int, tuple[int | None, int | None]]]:
        """ "bis Ende März", "by the end of March 2025": an end in that year (the publication year if none).

        "ab Juni", "from January": a start in that year, no end.
        """
        out: list[tuple[int, int, tuple[int | None, int | None]]] = []
        if self.p.months is None:
            return out
        for start, month_end in self.sentence_matches(self.p.months, s.index):  # cached, as for is_date
            if not self.text[start : start + 1].isupper():
                continue  # "may" the verb
            lo = s.window_before(start, 4)
            until = _ends_with(self.p.until, self.text, lo, start)
            following = _ends_with(self.p.following, self.text, s.window_before(start, 1), start)
            if following and not until:
                # "by the end of the financial year next April": the end cue further before the month named as next
                until = self.has(self.p.until, max(s.window_before(start, 9), s.start), start)
            if not until and not _ends_with(self.p.since, self.text, lo, start):
                continue  # "ab Juni", "from January": a start in that year
            stated = next((n for n in nums if n.is_year and 0 <= n.start - month_end <= 2), None)
            end = int(stated.value) if stated is not None else year
            if stated is None and end is not None and (until or following) and self.passed(self.text[start:month_end]):
                end += 1  # "by March" in a text of November: next March
            if end is not None:
                span: tuple[int | None, int | None] = (None, end) if until else (end, None)
                if stated is not None and stated.is_range and stated.low is not None and stated.high is not None:
                    span = (int(stated.low), int(stated.high))  # "ab Juni 2025 bis 2027"
                out.append((start, stated.end if stated is not None else month_end, span))
        return out

    def promised_month(self, s: _Sentence, pos: int) -> tuple[int, int] | None:
        """The year and month a duration at ``pos`` counts from when the sentence names the month of the promise before
        it ("promised last March to supply … within twelve months", "im März 2023 … binnen zwölf Monaten"): a month
        with its year, or after ``previous`` ("last March") or before ``previous_year_after`` ("March last year")."""
        p, published = self.p, self.published
        if published is None or p.months is None:
            return None
        found = [
            (a, b) for a, b in self.sentence_matches(p.months, s.index) if b <= pos and self.text[a : a + 1].isupper()
        ]
        if not found:
            return None
        a, b = found[-1]
        low = self.text[a:b].lower()
        number = next((k for k, names in enumerate(self.lex.periods.calendar, 1) if low in names), None)
        if number is None:
            return None
        stated = next((n for n in s.numerals if n.is_year and 0 <= n.start - b <= 2), None)
        if stated is not None:
            return int(stated.value), number
        if _starts_after_spaces(p.previous_year_after, self.text, b, s.end) is not None:
            return published.year - 1, number
        if _ends_with(p.previous, self.text, s.window_before(a, 2), a):
            return (published.year if number < published.month else published.year - 1), number
        return None

    def passed(self, month: str) -> bool:
        """Whether the month named ``month`` comes before the publication month (periods.calendar; False without
        either)."""
        if self.published is None:
            return False
        low = month.lower()
        number = next((k for k, names in enumerate(self.lex.periods.calendar, 1) if low in names), None)
        return number is not None and number < self.published.month

    def count_word(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        low = word.lower()
        numbers = self.lex.numbers
        for table in (numbers.units, numbers.teens, numbers.tens):
            if low in table:
                return int(table[low])
        return None

    def part_of_sum_before(self, s: _Sentence, m: Mention) -> bool:
        """A part of a sum pledged in the sentence before ("Around £200m of that …", :meth:`of_earlier_sum`)."""
        return self.of_earlier_sum(s, m) and any(o.kind == "money" for o in self.sentences[s.index - 1].mentions)

    def of_earlier_sum(self, s: _Sentence, m: Mention) -> bool:
        """ "About £200m of it", "Von dieser Summe …": a part, in its clause, of a sum said in the sentence before."""
        clause = s.clause_of(m.start)
        return s.index > 0 and self.has(self.p.of_that_sum, clause[0], clause[1])

    def assign_periods(self) -> None:
        for s in self.sentences:
            part: Mention | None = None  # the last part that took its whole's period
            for k, m in enumerate(s.mentions):
                if m.restates is not None:
                    continue  # a restatement's period is set below, once its whole's is known
                m.period = self.period_of(s, m)
                if self.is_part(s, m):
                    whole = [o for o in s.mentions[:k] if o.restates is None and o.period is not None]
                    if m.period is None and whole:
                        m.period = whole[-1].period  # "7 Mrd. im kommenden Jahr, davon 1 Mrd. für Drohnen"
                    part = m if m.period is not None else None
                elif m.period is None and part is not None and self.next_part(part, m):
                    m.period = part.period  # "€40bn for 2025-2028: €25bn in loans and €15bn in grants"
                    part = m
                else:
                    part = None
                listed = self.listed_after_colon(s, m) if m.period is None else None
                if listed is not None:
                    m.period = listed.period  # "NOK 27 billion in 2024: NOK 17 billion for …"
                if m.period is None and m.kind == "money" and self.of_earlier_sum(s, m):
                    # "£2.5bn for 2024/25. About £200m of it goes on drones"; a conversion of the whole is passed
                    # over ("35 Mrd. Kronen für 2025, umgerechnet 3,1 Mrd. Euro. Davon entfallen …")
                    whole = [
                        o for o in self.sentences[s.index - 1].mentions if o.kind == "money" and o.restates is None
                    ]
                    if whole and whole[-1].period is not None:
                        m.period = whole[-1].period
                if m.period is None and m.kind == "money" and s.index > 0 and self.raised_sum(s, m):
                    # "… für 2025 ursprünglich 20 Mrd. Kronen eingeplant. Nun steigt der Betrag auf 30 Mrd.": the
                    # year of the amount raised
                    spans = [span for _, _, span in self.periods(self.sentences[s.index - 1]) if _pledge_years(span)]
                    if len(spans) == 1:
                        m.period = spans[0]
            self.date_parts(s)
            for m in s.mentions:
                if m.restates is not None:
                    own = self.period_of(s, m)
                    if m.restates.sentence != s.index and _disjoint(own, m.restates.period):
                        m.restates, m.period = None, own  # "€20m this year. Last year Riga also put up €20m": another
                        continue
                    m.period = own or m.restates.period
                    if m.restates.period is None and m.restates.sentence == s.index:
                        m.restates.period = m.period  # "SEK 7bn, which is about €600m, will be delivered in 2025"
        # "Geliefert werden sollen sie bis 2024": a sentence without pledges dates the ones before it (also across one
        # sentence without pledges between: "… zwei Skynex. Der Hersteller bestätigte … Ausgeliefert werden … bis 2024")
        # The sentence's periods are read last: finding them costs more than every other test here, and most
        # sentences fail one of those (the tests only read the text, so their order changes no answer).
        for s in self.sentences[1:]:
            if s.mentions:
                self.money_dated_after(s)
                continue
            prev = self.sentences[s.index - 1]
            if not prev.mentions and s.index >= 2:
                prev = self.sentences[s.index - 2]
            if not prev.mentions:
                continue
            if any(m.extra.get("partitive") for m in s.candidates):
                continue  # "Sechs davon sollen noch in diesem Jahr kommen": the part's date, not the whole's
            if any(not n.is_year and n.duration is None for n in s.numerals):
                continue  # "… committed to lift defence spending to 2.5 per cent of GDP by 2027": a figure of its own
            if not self.has(self.p.pledge, s.start, s.end):
                continue  # (after the figures: the giving verbs' scan of the sentence costs more than a look at them)
            if not self.periods(s):
                continue
            span = self.periods(s)[0][2]
            if not _pledge_years(span):
                continue  # "the first time since … in 1939": a year no pledge is made for
            if (
                self.published is not None
                and span[1] is not None
                and span[1] < self.published.year
                and self.has(self.p.plan, prev.start, prev.end)
            ):
                continue  # "Italien wird ein zweites System liefern. Das erste hatten … im vergangenen Jahr bereitgestellt"
            named = self.named_items(s, prev)
            for m in prev.mentions:
                if m.period is None and (named is None or m in named):
                    m.period = span

    def named_items(self, s: _Sentence, prev: _Sentence) -> list[Mention] | None:
        """ "… 40 Schützenpanzer vom Typ Marder sowie eine Patriot-Batterie. Die Marder sollen bis Ende März übergeben
        werden": the mentions of ``prev`` whose item a word of the opening words of ``s`` names (a compound's head
        too), when some but not all are named; None when the sentence names none of them (or all)."""
        words = [t.low for t in s.toks[:3] if t.is_word and len(t.text) > 3][:2]
        if not words:
            return None
        named = []
        for m in prev.mentions:
            item = (m.item or "").lower().replace("-", " ").split()
            if any(w == x or (x.endswith(w) and len(w) > 4) for w in words for x in item):
                named.append(m)
        return named if named and len(named) < len(prev.mentions) else None

    def money_dated_after(self, s: _Sentence) -> None:
        """ "… ein Hilfspaket von 50 Milliarden Euro. Die Mittel sollen in den Jahren 2024 bis 2027 fließen, …": a sentence
        opening on the money (``money_anaphora``) dates the undated sums of the sentence before with its first period."""
        first = next((t for t in s.toks if t.is_word), None)
        if first is None or _starts_at(self.p.money_anaphora, self.text, first.start, s.end) is None:
            return
        prev = self.sentences[s.index - 1]
        sums = [m for m in prev.mentions if m.kind == "money" and m.period is None and m.restates is None]
        if not sums or not self.periods(s):
            return
        span = self.periods(s)[0][2]
        if _pledge_years(span):
            for m in sums:
                m.period = span
            for m in prev.mentions:
                if m.restates in sums and m.period is None:
                    m.period = span

    def date_parts(self, s: _Sentence) -> None:
        """ "50 Milliarden Euro für 2024 bis 2027, 33 Milliarden davon als Kredite und 17 Milliarden als Zuschüsse", "…
        for 2024 to 2027. It is made up of €33bn in loans and €17bn in grants": the sums that follow a dated sum (in the
        sentence or the one before) and add up to it are its parts, and the undated ones take its period. Not when a
        part has a period of its own that differs (a split by years: "… 10 Mrd. 2024 und 40 Mrd. bis 2027")."""
        sums = [m for m in s.mentions if m.kind == "money" and m.restates is None]
        if len(sums) < 2 or all(m.period is not None for m in sums):
            return
        wholes = [o for o in sums if o.period is not None]
        if s.index > 0:
            prev = self.sentences[s.index - 1].mentions
            wholes = [o for o in prev if o.kind == "money" and o.restates is None and o.period is not None] + wholes
        for whole in reversed(wholes):  # the nearest first
            parts = self.added_parts(whole, sums)
            if parts:
                if all(p.period is None or p.period == whole.period for p in parts):
                    for p in parts:
                        p.period = whole.period
                return

    @staticmethod
    def added_parts(whole: Mention, sums: Sequence[Mention]) -> list[Mention]:
        """The first two or more of ``sums`` after ``whole`` (in its unit) that add up to it (to 1 %), or none."""
        total = 0.0
        after = [m for m in sums if m.start >= whole.end]
        for k, m in enumerate(after):
            if m.unit != whole.unit:
                break
            total += m.value
            if k and math.isclose(total, whole.value, rel_tol=0.01):
                return after[: k + 1]
            if total > whole.value * 1.01:
                break
        return []

    def next_part(self, part: Mention, m: Mention) -> bool:
        """Whether ``m`` is joined to the part before it as the next part of the same whole: same kind, and at most
        three words between ending in a coordinator ("€25bn in loans and €15bn in grants")."""
        if m.kind != part.kind:
            return False
        words = self.text[_item_end(part) : m.start].replace(",", " ").split()
        return 0 < len(words) <= 3 and words[-1].lower() in self.lex.units.coordinators

    def listed_after_colon(self, s: _Sentence, m: Mention) -> Mention | None:
        """ "NOK 27 billion in all: NOK 17 billion for …": a sum listed after a colon that follows a sum of the
        sentence (up to a semicolon) is a part of that sum, which is returned."""
        if m.kind != "money":
            return None
        colon = self.text.rfind(":", s.start, m.start)
        if colon < 0 or ";" in self.text[colon : m.start]:
            return None
        whole = [o for o in s.mentions if o.kind == "money" and o.end <= colon and o.restates is None]
        return whole[-1] if whole else None

    def is_part(self, s: _Sentence, m: Mention) -> bool:
        """A part of a sum named before ("davon 1 Mrd.", "of which €1bn", "including 30 tanks")."""
        return self.has(self.p.parts, s.window_before(m.start, 3), m.start)

    def formation_holds(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "ein ukrainisches Panzerbataillon umfasst 31 Kampfpanzer", "a battalion typically has 31 tanks": what one
        formation holds (a clause opening with an indefinite article and a formation, then ``cues.formation_holds``
        in the four words before the count) defines the formation; it is no pledge."""
        if m.kind != "count" or self.p.formation_holds is None:
            return False
        opening = s.token_from(clause[0], word=True)
        if opening is None or opening.low not in self.lex.numbers.articles:
            return False  # (asked first: most clauses do not open with an article, and "has" is in many sentences)
        verb = self.first(self.p.formation_holds, s, max(clause[0], s.window_before(m.start, 4)), m.start)
        if verb is None:
            return False
        words = [t for t in s.toks_from(clause[0]) if t.end <= verb.start() and t.is_word]
        if len(words) < 2 or words[0].low not in self.lex.numbers.articles:
            return False
        units = {self.formation_unit(t.low) for t in words[1:]} - {None}
        if not units:
            return False
        # but "Polen überlässt eine Kompanie Leopard. Eine solche Kompanie umfasst 14 Panzer": the one formation
        # pledged, restated in its vehicles
        earlier = self.recent_mentions(s) + [o for o in s.candidates if o.end <= m.start and o.accepted]
        return not any(o.kind == "count" and o.value == 1 and o.unit in units for o in earlier)

    def needed_after(self, s: _Sentence, clause: tuple[int, int], m: Mention) -> bool:
        """ "Kiew hatte von rund 300 Kampfpanzern gesprochen, die es für eine Gegenoffensive benötige": a figure talked
        of (``spoken_of``) in a clause with no giving verb, whose relative clause says it is needed, is a need."""
        if not self.has(self.p.spoken_of, clause[0], clause[1]):
            return False
        rel = self.relative_clause(s, _item_end(m))
        return (
            rel is not None
            and self.has_negative(self.p.negative_before, s, rel[0], rel[1])
            and not self.has(self.p.pledge, clause[0], clause[1])
        )

    def relative_clause(self, s: _Sentence, end: int, words: int = 1) -> tuple[int, int] | None:
        """The clause right after a mention's words when it has no number of its own (a relative clause); with
        ``words`` over one, up to that many words may stand between when the clause opens with a relative word
        ("ein Hilfspaket von 50 Milliarden Euro für die Ukraine geeinigt, das in den Jahren 2024 bis 2027 …")."""
        nxt = next((c for c in s.clauses if c[0] >= end), None)
        if nxt is None:
            return None
        gap = len(self.text[end : nxt[0]].strip(" ,").split())
        if gap > words:
            return None  # at most a verb particle between ("30.000 Drohnen zu, die ...")
        if gap > 1:
            first = s.toks_from(nxt[0])[:1]
            if not first or first[0].low not in self.lex.sentences.relatives:
                return None
        if any(nxt[0] <= n.start < nxt[1] and not n.is_year for n in s.numerals):
            return None
        return nxt

    def in_others_relative(self, s: _Sentence, p: tuple[int, int, Any], others: list[Mention], m: Mention) -> bool:
        """ "40 Schützenpanzer vom Typ Marder, die bis Ende März übergeben werden sollen, dazu eine Patriot-Batterie":
        a period inside the relative clause of another mention before it is that one's, not ``m``'s after it."""
        for o in others:
            if _item_end(o) <= p[0]:
                relative = self.relative_clause(s, _item_end(o), words=4)
                # (a comma closes the relative clause: "…, die bis März kommen sollen, dazu eine …")
                if (
                    relative is not None
                    and relative[0] <= p[0] < relative[1]
                    and (relative[1] <= m.start or "," in self.text[p[1] : m.start])
                ):
                    return True
        return False

    def owned_period(self, p: tuple[int, int, Any], others: list[Mention]) -> bool:
        """Whether the period ``p`` stands right after (at most two words) another mention's words: that one's."""
        return any(_item_end(o) <= p[0] and len(self.text[_item_end(o) : p[0]].split()) <= 2 for o in others)

    def period_of(self, s: _Sentence, m: Mention) -> tuple[int | None, int | None] | None:
        each: tuple[int, int] | None = m.extra.get("each_years")
        if each is not None:
            return each  # "$300 million in each of fiscal years 2024 and 2025" (rate_each_year)
        if not self.periods(s):
            return None
        others = [o for o in s.mentions if o is not m and o.restates is None and o.restates is not m]
        others += [o for o in s.candidates if o.extra.get("partitive") and not o.accepted]  # "sechs davon bis Juni"
        end = _item_end(m)

        def between(a: int, b: int) -> bool:
            return any(a <= o.start < b for o in others)

        clause = s.clause_of(m.start)
        before = [p for p in self.periods(s) if p[1] <= m.start and not between(p[1], m.start)]
        if before and others:
            before = [p for p in before if not self.in_others_relative(s, p, others, m)]
        after = [p for p in self.periods(s) if p[0] >= end and not between(end, p[0])]
        inside = [p for p in self.periods(s) if m.start <= p[0] < end]
        if inside:
            return inside[0][2]
        for p in after:
            # "€1bn this year and €5bn by 2027": a period right after the amount is its own, unless it
            # opens the next amount ("2024 20 Panzer und 2025 weitere 30")
            gap = len(self.text[end : p[0]].split())
            # (or its own giving verb between: "30 F-16 fighter jets to be handed over by 2028")
            close = p[0] < clause[1] and (
                gap <= 2 or (gap <= 5 and "," not in self.text[end : p[0]] and self.has(self.p.pledge, end, p[0]))
            )
            if close and not any(p[1] <= o.start <= s.window_after(p[1], 3) for o in others):
                return p[2]
            break
        in_clause = [p for p in before if p[0] >= clause[0]]
        after_clause = [p for p in after if p[0] < clause[1]]
        if in_clause and after_clause and self.owned_period(in_clause[-1], others):
            return after_clause[0][2]  # "30 jets by 2028 and €977m in aid this year": "by 2028" is the jets'
        if in_clause:
            return in_clause[-1][2]
        if after_clause:
            return after_clause[0][2]
        relative = self.relative_clause(s, end, words=4)
        if relative is not None:
            inside_relative = [p for p in after if relative[0] <= p[0] < relative[1]]
            if inside_relative:
                return inside_relative[0][2]  # "30.000 Drohnen, die bis Ende des Jahres geliefert werden"
        if before:
            return before[-1][2]
        return None


#: What sets off a conversion after a sum: a comma or a dash.
_COMMA_OR_DASH = (",", "–", "—")

#: The dollar written without its country: which one it is depends on the giver.
_BARE_DOLLAR = frozenset(["$", "dollar", "dollars"])


def _dollar_pair(o: Mention, m: Mention) -> bool:
    """ "$680m – roughly US$500m": both read as dollars, one bare (the giver's own dollar, found later) and one named
    as the US dollar: two currencies."""
    if o.unit != "USD" or m.unit != "USD":
        return False
    bare = [(x.currency_token or "").lower() in _BARE_DOLLAR for x in (o, m)]
    return bare[0] != bare[1] and all(x.currency_token for x in (o, m))


def _disjoint(a: tuple[int | None, int | None] | None, b: tuple[int | None, int | None] | None) -> bool:
    """Whether two periods share no year (open ends reach as far as they may)."""
    if a is None or b is None:
        return False
    return (a[1] is not None and b[0] is not None and a[1] < b[0]) or (
        b[1] is not None and a[0] is not None and b[1] < a[0]
    )


def _pledge_years(span: tuple[int | None, int | None]) -> bool:
    """Whether a period's years are ones pledges are made for (:data:`_YEARS`; an open end is)."""
    return all(y is None or _YEARS[0] <= y <= _YEARS[1] for y in span)


def _repeat_key(m: Mention) -> tuple[Any, ...]:
    """What makes two mentions the same figure said twice; a share of GDP keeps its rate unsaid the second time."""
    return (m.kind, m.unit, None if m.kind == "share" else m.per, m.value, m.extra.get("head"))


def extract(text: str, lang: str, published: dt.date | None) -> list[Mention]:
    """Pledge mentions of ``text`` in text order (restatements included, linked by ``restates``)."""
    if not text.strip():
        return []
    clean, where = cleaned(text)
    mentions = _Extractor(unwrapped(clean), lang, published).read()
    if where is not None:
        _place_back(mentions, where)
    return _split_distributive(mentions)


def _place_back(mentions: list[Mention], where: list[int]) -> None:
    """Offsets into the cleaned text made offsets into the text given (:func:`~aidtracker._sentences.cleaned`):
    a start where its character stands, an end right after the character before it."""

    def span(a: int, b: int) -> tuple[int, int]:
        return where[a], (where[b - 1] + 1 if b > a else where[a])

    seen: set[int] = set()
    todo = list(mentions)
    while todo:
        m = todo.pop()
        if id(m) in seen:
            continue
        seen.add(id(m))
        m.start, m.end = span(m.start, m.end)
        if m.item_span is not None:
            m.item_span = span(*m.item_span)
        sentence = m.extra.get("sentence_span")
        if isinstance(sentence, tuple):
            m.extra["sentence_span"] = span(*sentence)
        if m.restates is not None:
            todo.append(m.restates)


def _split_distributive(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if len(m.donors) > 1:
            for code in m.donors:
                copy = replace(m, donor=code, donors=(code,), extra=dict(m.extra))
                out.append(copy)
        else:
            out.append(m)
    return out
