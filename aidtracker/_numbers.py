"""The number reader: numerals, money, percentages, bounds, ranges, rates and durations in text.

Language-neutral engine; every word, separator and symbol comes from the language's lexicon
(:mod:`aidtracker._lexicon`). Three steps, each linear in the length of the text:

1. **Tokens.** One regex, built from the lexicon's separators and currency symbols, cuts the text
   into digit chunks, currency symbols, letter runs and single signs. A digit chunk
   (``"1.000.000,5"``, ``"20 000"``, ``"22,24,26"``) is then split into numbers by the language's
   decimal and thousands separators (``"4,800"`` is 4.8 in German and 4800 in English; a chunk whose
   decimal separator comes before a thousands mark, ``"1.111,11"`` in English, is read in the other
   convention).
2. **Number words.** A letter run is looked up in a table of morphemes built from the lexicon
   (units, teens, tens, hundred, scales, fractions, "Dutzend"); German compounds
   (``"zweihundertfünfunddreißig"``) are cut into morphemes by a possessive, longest-first regex
   built from the same tables, so there is no list of compounds. A small grammar over the
   morphemes of consecutive tokens (and digits: ``"4 thousand 3 hundred and 21"``) computes the
   value; a parse that ends inside a word (``"sechzigfünfzehn"``) is no number.
3. **Numerals.** Around each number: bound and hedge cues before (``"bis zu"``, ``"at least"``,
   ``"rund"``) or after (``"or more"``), a currency before or after (``"$2.5bn"``,
   ``"1,7 Milliarden Kronen"``, ``"350-million-pound"``), a percent word, a range
   (``"30 bis 40"``, ``"between 30 and 40"``), a rate cue (``"pro Jahr"``).

Quirks worth knowing (all documented in the tests):

* ``"$"`` and ``"dollar"`` read as ``currency="USD"`` (a lexicon default); ``currency_token`` keeps
  the sign as written so the extraction layer can re-read it as CAD/AUD by context.
* ``"Kronen"``/``"kroner"`` are the donor's own crown: ``currency=None``, ``currency_token`` set.
* A hedge like ``"über"``/``"over"`` before a time unit (``"over four years"``) is a period, not a
  bound: the numeral has no ``low`` then (see :func:`read_durations`).
* Digits glued to letters (``"F-16"``, ``"T-72"``, ``"2A6"``, ``"155mm"``) are model names or
  calibres, not numerals, unless the letters are a known scale, currency, percent or time unit
  (``"100k"``, ``"115USD"``, ``"3day"``). Numbers inside URLs are skipped.
* Articles (``"ein"``, ``"a"``) are read as 1 only before hundred, a scale, a multiplier, a fraction
  or a currency word (``"a hundred"``, ``"eine Milliarde"``, ``"a dollar"``); ``"one"`` is not read
  after ``"the"``/``"which"`` and the like (a pronoun).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast

from ._lexicon import Lexicon, load_lexicon

__all__ = ["Duration", "Numeral", "Rate", "read_durations", "read_numerals", "read_rates"]

PeriodName = Literal["year", "quarter", "month", "week", "day"]

#: Longest run of tokens one number may span; bounds the work per start position (linear time).
_MAX_RUN = 48
#: Longest letter run tried as a number word ("siebenhundertsiebenundsiebzigtausend..." has 66).
_LONGEST_WORD = 120
#: Characters before an anchor (digits, a number word) searched for cues that belong to the numeral.
_CONTEXT = 32


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number found in text, with what belongs to it.

    ``text[start:end]`` is the whole expression, including a currency sign or word, scale word,
    percent word, hedge ("bis zu", "rund") and rate cue ("pro Jahr") that belong to it.
    """

    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    currency_token: str | None = None
    percent: bool = False
    per: PeriodName | None = None
    is_word: bool = False
    is_year: bool = False
    #: a hedge without bounds was attached: "rund", "about", "etwa"
    approximate: bool = False
    #: a range "30 bis 40": low and high are both set, value is the midpoint
    is_range: bool = False
    #: a time unit follows the number ("vier Jahre", "12 months"): it counts time, not things
    duration: PeriodName | None = None


class _NumeralSlots:
    """A :class:`Numeral` under construction: the same slots, set by plain stores.

    A frozen dataclass sets each of its fields through ``object.__setattr__``, which made building
    a Numeral (14 fields) twice as slow as plain stores, and one of the reader's larger costs. The
    reader fills one of these and :meth:`done` turns it into a true Numeral (same slot layout, so
    ``__class__`` may be assigned; frozen, hashed and compared as any other).
    """

    __slots__ = Numeral.__slots__

    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        low: float | None,
        high: float | None,
        currency: str | None,
        currency_token: str | None,
        percent: bool,
        per: PeriodName | None,
        is_word: bool,
        is_year: bool,
        approximate: bool,
        is_range: bool,
        duration: PeriodName | None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.high = high
        self.currency = currency
        self.currency_token = currency_token
        self.percent = percent
        self.per = per
        self.is_word = is_word
        self.is_year = is_year
        self.approximate = approximate
        self.is_range = is_range
        self.duration = duration

    def done(self) -> Numeral:
        """This object, now a true :class:`Numeral` (compiled with mypyc: a new one with the same fields)."""
        if _RETYPE:
            self.__class__ = Numeral  # type: ignore[assignment]
            return cast(Numeral, self)
        return Numeral(
            self.start,
            self.end,
            self.value,
            self.low,
            self.high,
            self.currency,
            self.currency_token,
            self.percent,
            self.per,
            self.is_word,
            self.is_year,
            self.approximate,
            self.is_range,
            self.duration,
        )


def _can_retype() -> bool:
    """Whether a :class:`_NumeralSlots` may become a :class:`Numeral` by assigning ``__class__``: yes in
    CPython; no when this module is compiled with mypyc (the optional build, see setup.py), whose classes
    each have a layout of their own."""
    probe = _NumeralSlots(0, 0, 0.0, None, None, None, None, False, None, False, False, False, False, None)
    try:
        probe.__class__ = Numeral  # type: ignore[assignment]
    except TypeError:
        return False
    return True


_RETYPE = _can_retype()


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time: "vier Jahre" -> 4 year, "two decades" -> 20 year, "half a year" -> 0.5 year."""

    start: int
    end: int
    value: float
    unit: PeriodName
    is_word: bool = False


@dataclass(frozen=True, slots=True)
class Rate:
    """A frequency said in words: "jährlich" -> year, "every three weeks" -> 3 week."""

    start: int
    end: int
    per: PeriodName
    every: float = 1.0


# --------------------------------------------------------------------------------------------------
# token kinds and morpheme kinds

#: token kinds, numbered as the groups of the tokenizer's regex that match them
_NUM, _SYM, _WORD, _PUNCT = 1, 2, 3, 4
_HYPHENS = ("-", "‐")

# morpheme kinds
_Z = "Z"  # zero
_U = "U"  # unit 1..9
_T = "T"  # teen 10..19
_X = "X"  # tens 20..90
_H = "H"  # hundred
_S = "S"  # scale that may stand alone (tausend, million)
_P = "P"  # plural scale that needs a count (Millionen, thousands)
_M = "M"  # multiplier (Dutzend)
_F = "F"  # fraction that multiplies (halbe, quarters)
_E = "E"  # fraction that adds (einhalb)
_J = "J"  # joiner (und, and)
_A = "A"  # article (ein, a) = 1 before H/S/M/F/currency
_W = "W"  # decimal word (Komma, point)
_D = "D"  # digits
_K = "K"  # abbreviation scale after a number (Mio., bn, k)
_O = "O"  # digit word only read after a decimal word ("point o five")

_PERIOD_MONTHS = {"year": 12.0, "quarter": 3.0, "month": 1.0, "week": 7 / 30, "day": 1 / 30}


@dataclass(slots=True)
class _Morph:
    kind: str
    value: float
    tok: int  # index of the token it comes from
    last: bool  # last morpheme of its token
    plain4: bool = False  # digits: four digits without separators (year candidate)


@dataclass(slots=True)
class _Num:
    value: float
    end: int  # token index after the number
    is_word: bool
    plain4: bool  # four digits without separators: a year candidate
    scale: float  # the last scale word applied (1 when none): "300 Milliarden" -> 1e9


@dataclass(slots=True)
class _Cur:
    end: int
    code: str | None
    token: str
    scale: float  # "MUSD" -> 1e6


@dataclass(slots=True)
class _Side:
    """One number of a numeral (a range has two) with its currency and percent word."""

    value: float
    end: int
    is_word: bool
    plain4: bool
    scale: float
    currency: str | None
    currency_token: str | None
    percent: bool


class _Tokens:
    """Tokens of a text from some position on, cut lazily: ``fill(i)`` cuts up to token ``i``.

    Numerals are read only around anchors (digits, number words), so long stretches of text without
    numbers are never tokenized.
    """

    __slots__ = ("_it", "_split", "_urls", "done", "end", "kind", "low", "plain4", "raw", "start", "text", "value")

    def __init__(self, tokenizer: _Tokenizer, text: str, pos: int = 0, urls: list[tuple[int, int]] | None = None):
        self.start: list[int] = []
        self.end: list[int] = []
        self.raw: list[str] = []
        self.low: list[str] = []
        self.kind: list[int] = []
        self.value: dict[int, float] = {}  # digits: their value
        self.plain4: set[int] = set()  # digits: four of them without separators (a year candidate)
        self.text = text
        self._it = tokenizer.pattern.finditer(text, pos)
        self._split = tokenizer.split_digits
        self._urls = urls or []
        self.done = False

    def fill(self, i: int) -> bool:
        """Cut tokens until token ``i`` exists; False when the text ends before it."""
        if i < len(self.start):
            return True
        if self.done:
            return False
        return self._cut(i, -1)

    def fill_past(self, pos: int) -> None:
        """Cut tokens until one starts after ``pos`` (or the text ends)."""
        if not self.done and (not self.start or self.start[-1] <= pos):
            self._cut(0, pos)

    def _cut(self, i: int, past: int) -> bool:
        """Turn regex matches into tokens until token ``i`` exists and one starts after ``past``.

        A digit chunk may give several tokens. False when the text ends first.
        """
        start, end, raw, low, kind = self.start, self.end, self.raw, self.low, self.kind
        urls = self._urls
        for m in self._it:
            group: int = m.lastindex  # type: ignore[assignment]  # the token's kind (see _Tokenizer)
            token = m[group]
            e = m.end()  # the token ends the match (which starts with the space before it)
            s = e - len(token)
            if urls:
                k = bisect_right(urls, (s, math.inf)) - 1
                if k >= 0 and urls[k][1] > s:
                    continue  # inside a URL: no numbers there
            if group == _NUM:
                if not token.isdigit():
                    self._split(self.text, token, s, self)  # separators: maybe several numbers
                    if i < len(start) and start[-1] > past:
                        return True
                    continue
                # plain digits (Tokenizer.split_digits, its common case, inline); digits have no
                # case, so the lower-cased token is the token
                n = len(start)
                self.value[n] = float(token)
                if len(token) == 4:
                    self.plain4.add(n)
                low.append(token)
            else:
                low.append(token.lower())
            start.append(s)
            end.append(e)
            raw.append(token)
            kind.append(group)
            if i < len(start) and s > past:
                return True
        self.done = True
        return False

    def add(self, start: int, end: int, raw: str, kind: int) -> int:
        self.start.append(start)
        self.end.append(end)
        self.raw.append(raw)
        self.low.append(raw.lower())
        self.kind.append(kind)
        return len(self.start) - 1


#: A time of day ("19:30", "7:05"): hours and two-digit minutes, no more digits after them; not after a digit,
#: colon or point (see :meth:`_Reader.read`).
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|[.,]\d)")
_CLOCK_GLUE = frozenset("0123456789:.,")

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACE = re.compile(r"\s")
_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d+")
_TWO_RUNS = re.compile(r"(\d+)(\D)(\d+)")  # a digit chunk with one separator


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of URLs in ``text`` (numbers inside them are not read)."""
    if "/" not in text and "www" not in text:
        return []
    return [(m.start(), m.end()) for m in _URL.finditer(text)]


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes ("zw(?:ei|anzig|ölf)").

    Python's regex engine tries alternatives one by one; a trie rejects a position after one
    character instead of after trying every word.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(root)


def _trie_branches(words: Iterable[str]) -> list[str]:
    """The top-level alternatives of :func:`_trie`, one per first letter, each starting with that letter.

    Spliced as alternatives of a larger alternation, each begins with a literal, which the regex
    engine tests before it enters the alternative (one comparison instead of a nested call).
    """
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    out = []
    for first, rests in sorted(by_first.items()):
        tails = [r for r in rests if r]
        tail = _trie(tails) if tails else ""
        if tail and len(tails) < len(rests):  # the letter alone is a word too
            tail = f"(?:{tail})?"
        out.append(re.escape(first) + tail)
    return out


def _alternation(words: Iterable[str]) -> str:
    """Escaped, longest-first alternation of ``words`` (so "Mrd." wins over "Mrd")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class _Phrases:
    """Multi-token phrases ("bis zu", "per cent", "US-Dollar") looked up by their first token."""

    def __init__(self, tokenize: _Tokenizer, exact: bool = False) -> None:
        self._tokenize = tokenize
        self._exact = exact
        #: first token -> (length, the tokens after the first, payload), longest first
        self._by_first: dict[str, list[tuple[int, list[str], object]]] = {}

    def add(self, phrase: str, payload: object) -> None:
        toks = self._tokenize.words(phrase)
        if not toks:
            return
        key = toks if self._exact else tuple(t.lower() for t in toks)
        entries = self._by_first.setdefault(key[0], [])
        entries.append((len(key), list(key[1:]), payload))
        entries.sort(key=lambda e: -e[0])

    def match(self, toks: _Tokens, i: int, stop: int | None = None) -> tuple[int, object] | None:
        """Longest phrase starting at token ``i``: (index after it, payload)."""
        words = toks.raw if self._exact else toks.low
        if i >= len(words) and not toks.fill(i):
            return None
        entries = self._by_first.get(words[i])
        if not entries:
            return None
        for k, rest, payload in entries:
            if (stop is None or i + k <= stop) and toks.fill(i + k - 1) and words[i + 1 : i + k] == rest:
                return i + k, payload
        return None

    def firsts(self) -> set[str]:
        return set(self._by_first)


class _Tokenizer:
    """Cuts text into digit chunks, currency symbols, letter runs and single signs."""

    def __init__(self, lex: Lexicon) -> None:
        nums = lex.numbers
        self.decimal = nums.decimal_separator
        self.groups = frozenset(nums.group_separators)
        seps = re.escape("".join(sorted({*nums.group_separators, nums.decimal_separator, ".", ","})))
        # longest first; one look-behind for all that start with a letter (so that each of them
        # starts with a literal and the regex engine skips it after one character)
        lettered: list[tuple[int, str]] = []
        signs: list[tuple[int, str]] = []
        for sym in (*lex.money.symbols, *lex.money.scaled_symbols):
            pat = re.escape(sym)
            if sym[-1].isalpha():
                pat += r"(?![^\W\d_])"
            (lettered if sym[0].isalpha() else signs).append((len(sym), pat))
        alts = ["|".join(p for _, p in sorted(group, key=lambda s: -s[0])) for group in (lettered, signs)]
        if alts[0]:
            alts[0] = rf"(?<![^\W\d_])(?:{alts[0]})"
        sym_alt = "|".join(a for a in alts if a) or r"(?!x)x"
        firsts = re.escape("".join(sorted({sym[0] for sym in (*lex.money.symbols, *lex.money.scaled_symbols)})))
        # A match is the space before a token and the token (its group): the search then does not
        # try all four kinds at each space (about 2% of the reader's instructions). A run of letters
        # is read first by a bitmap of the Latin-1 letters (a cheap test per character), then by the
        # letter category (a few table look-ups per character): the same run, about 10% less work.
        self.pattern = re.compile(
            rf"""
            \s*+
            (?: (?P<num> \d++ (?: [{seps}] \d++ )*+ )   # digits, single separators between digit runs
              | (?P<sym> (?=[{firsts}]) (?:{sym_alt}) )  # currency symbols and codes, longest first
              | (?P<word> [a-zA-Z\xc0-\xd6\xd8-\xf6\xf8-\xff]++ [^\W\d_]*+ | [^\W\d_]++ )  # a run of letters
              | (?P<punct> [^\w\s] ) )               # any other sign: % - – . , ( )
            """,
            re.VERBOSE,
        )
        assert list(self.pattern.groupindex.values()) == [_NUM, _SYM, _WORD, _PUNCT]

    def words(self, phrase: str) -> tuple[str, ...]:
        return tuple(m.group(m.lastindex or 0) for m in self.pattern.finditer(phrase))

    def tokenize(self, text: str, pos: int = 0, urls: list[tuple[int, int]] | None = None) -> _Tokens:
        """Lazy tokens of ``text`` from ``pos`` on (see :meth:`_Tokens.fill`)."""
        if urls is None:
            urls = find_urls(text)
        return _Tokens(self, text, pos, urls)

    def split_digits(self, text: str, chunk: str, base: int, toks: _Tokens) -> None:
        """Split a digit chunk into numbers by the language's separators (greedy, left to right)."""
        if chunk.isdigit():  # the common case
            i = toks.add(base, base + len(chunk), chunk, _NUM)
            toks.value[i] = float(chunk)
            if len(chunk) == 4:
                toks.plain4.add(i)
            return
        two = _TWO_RUNS.fullmatch(chunk)
        if two is not None:  # the next most common case: "1.500", "2,5", "22,24"
            self.split_two_runs(text, base, toks, *two.groups())
            return
        if _DATE.fullmatch(chunk):  # "24.02.2022": a date, no numbers in it
            toks.add(base, base + len(chunk), chunk, _PUNCT)
            return
        self.split_runs(text, chunk, base, toks)

    def split_two_runs(self, text: str, base: int, toks: _Tokens, a: str, sep: str, b: str) -> None:
        """:meth:`split_runs` for a chunk of two digit runs ``a``, ``b`` with ``sep`` between."""
        end = base + len(a) + 1 + len(b)
        if (
            len(a) <= 3
            and sep in self.groups
            and len(b) == 3
            and not (sep.isspace() and _word_glued(text, end))  # "5 155mm", "18 155-millimetre"
        ):
            value = float(a + b)  # a thousands group: "1.500" in German
        elif sep == self.decimal:
            value = float(a + "." + b)  # "2,5" in German
        else:  # two numbers: "22,24", "2025 2026"
            i = toks.add(base, base + len(a), a, _NUM)
            toks.value[i] = float(a)
            if len(a) == 4:
                toks.plain4.add(i)
            if not sep.isspace():
                toks.add(base + len(a), base + len(a) + 1, sep, _PUNCT)
            i = toks.add(end - len(b), end, b, _NUM)
            toks.value[i] = float(b)
            if len(b) == 4:
                toks.plain4.add(i)
            return
        i = toks.add(base, end, text[base:end], _NUM)
        toks.value[i] = value

    def split_runs(self, text: str, chunk: str, base: int, toks: _Tokens) -> None:
        """Split a chunk of digit runs by the language's separators (greedy, left to right)."""
        runs: list[tuple[int, int]] = [m.span() for m in _DIGIT_RUN.finditer(chunk)]
        seps = [chunk[runs[k][1]] for k in range(len(runs) - 1)]
        decimal, groups = self.decimal, self.groups
        # the other convention: a decimal mark before a thousands mark ("1.111,11" in English)
        if decimal in seps:
            first_dec = seps.index(decimal)
            later = [c for c in seps[first_dec + 1 :] if c in ".," and c != decimal]
            if later:
                decimal, groups = later[0], frozenset({self.decimal})
        r = 0
        n = len(runs)
        while r < n:
            j = r
            if runs[r][1] - runs[r][0] <= 3:
                sep: str | None = None
                while (
                    j + 1 < n
                    and seps[j] in groups
                    and (sep is None or seps[j] == sep)
                    and runs[j + 1][1] - runs[j + 1][0] == 3
                ):
                    after = base + runs[j + 1][1]
                    if seps[j].isspace() and _word_glued(text, after):
                        break  # "5 155mm", "18 155-millimetre": not a thousands group
                    sep = seps[j]
                    j += 1
            digits = "".join(chunk[a:b] for a, b in runs[r : j + 1])
            plain = j == r
            if j + 1 < n and seps[j] == decimal:
                digits += "." + chunk[runs[j + 1][0] : runs[j + 1][1]]
                j += 1
                plain = False
            s, e = base + runs[r][0], base + runs[j][1]
            i = toks.add(s, e, text[s:e], _NUM)
            toks.value[i] = float(digits)
            if plain and len(digits) == 4:
                toks.plain4.add(i)
            if j + 1 < n:  # the separator that did not join: a sign of its own ("," in "22,24")
                p = base + runs[j][1]
                if not chunk[runs[j][1]].isspace():
                    toks.add(p, p + 1, text[p], _PUNCT)
            r = j + 1


def _word_glued(text: str, end: int) -> bool:
    """Whether a word is glued to the digits ending at ``end`` ("155mm"), or a calibre's millimetres hyphened to them
    ("155-millimetre", "155-mm"; not "1 500-strong")."""
    if end >= len(text):
        return False
    if text[end] == "-":
        return text[end + 1 : end + 3].lower() == "mm" or text[end + 1 : end + 6].lower() == "milli"
    return text[end].isalpha()


class _Reader:
    """Everything compiled from one lexicon, built once per language."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        nums = lex.numbers
        self.tok = _Tokenizer(lex)
        self.fraction_of = frozenset(nums.fraction_of)
        # morpheme table: string -> (kind, value)
        table: dict[str, tuple[str, float]] = {}
        for kind, words in (
            (_E, nums.added_fractions),
            (_F, nums.fractions),
            (_M, nums.multipliers),
            (_P, nums.plural_scales),
            (_S, nums.scales),
            (_X, nums.tens),
            (_T, nums.teens),
            (_U, nums.units),
            (_U, nums.mixed_numbers),
            (_O, nums.decimal_digits),
        ):
            for w, v in words.items():
                table[w] = (kind, float(v))
        for w in nums.hundred:
            table[w] = (_H, 100.0)
        for w in nums.joiners:
            table[w] = (_J, 0.0)
        self.morph_table = table
        self.morph_re = re.compile(rf"(?:{_alternation(table)})++")
        self.split_re = re.compile(_alternation(table))
        self.articles = frozenset(nums.articles)
        self.zero = frozenset(nums.zero)
        self.decimal_words = frozenset(nums.decimal_words)
        self.negative = frozenset(nums.negative_words)
        self.joiners = frozenset(nums.joiners)
        self.standalone = frozenset(nums.standalone_words)
        self.guard_before = frozenset(nums.guard_before)
        self.guard_after = frozenset(self.tok.words(w)[0].lower() for w in nums.guard_after if self.tok.words(w))
        self._word_cache: dict[str, tuple[tuple[str, float], ...] | None] = {}
        self._parse_cache: dict[tuple[tuple[str, float, bool], ...], tuple[float, int, float, bool] | None] = {}

        # exact-case abbreviations ("Mio.", "bn", "k")
        self.abbrev = _Phrases(self.tok, exact=True)
        for w, v in nums.abbreviations.items():
            self.abbrev.add(w, v)
        self.attached = _Phrases(self.tok, exact=True)
        for w, v in nums.attached_abbreviations.items():
            self.attached.add(w, v)
        self.abbreviation_firsts = frozenset(self.abbrev.firsts() | self.attached.firsts())

        money = lex.money
        self.symbols: dict[str, tuple[str, float]] = {k: (v, 1.0) for k, v in money.symbols.items()}
        self.symbols.update(money.scaled_symbols)
        self.cur_words = _Phrases(self.tok)
        for w, code in money.words.items():
            self.cur_words.add(w, (code, w))
        for w in money.donor_currency_words:
            self.cur_words.add(w, (None, w))
        self.subunits = _Phrases(self.tok)
        for w, v in money.subunits.items():
            self.subunits.add(w, v)

        self.percent = _Phrases(self.tok)
        for w in lex.percent.words:
            self.percent.add(w, True)

        b = lex.bounds
        self.before = _Phrases(self.tok)
        for w in b.approx:
            self.before.add(w, "approx")
        for w in b.low:
            self.before.add(w, "low")
        for w in b.high:
            self.before.add(w, "high")
        for opener, closer in lex.ranges.frames:
            self.before.add(opener, ("frame", closer))
        self.period_sensitive = frozenset(b.period_sensitive)
        self.after = _Phrases(self.tok)
        for w in b.low_after:
            self.after.add(w, "low")
        for w in b.high_after:
            self.after.add(w, "high")
        self.connectors = _Phrases(self.tok)
        for w in lex.ranges.connectors:
            self.connectors.add(w, w)

        self.rates_after = _Phrases(self.tok)
        self.rate_not_before = frozenset(lex.rates.not_before)
        for w, per in lex.rates.after.items():
            self.rates_after.add(w, per)
        self.rate_adverbs = _Phrases(self.tok)
        for w, per in lex.rates.adverbs.items():
            self.rate_adverbs.add(w, per)
        self.every = frozenset(lex.rates.every)
        self.count_marks = frozenset(nums.count_marks)
        self.vague_before = frozenset(nums.vague_before)

        self.durations = _Phrases(self.tok)
        for w, per in lex.durations.units.items():
            self.durations.add(w, (per, 1.0))
        for w, (per, mult) in lex.durations.multiples.items():
            self.durations.add(w, (per, float(mult)))

        # words after which an article is a number: "a dozen", "eine Million", "einen Euro"
        self.article_followers = frozenset(
            {*nums.hundred, *nums.scales, *nums.multipliers, *nums.fractions, *self.cur_words.firsts()}
        )
        # Words whose first morpheme is a joiner or a digit said after a decimal word ("und", "o" in
        # "of", "only") are never anchors (:meth:`anchors` skips them): the trie leaves these out, so
        # that the scan does not hand them over (in English text most of its word matches).
        morphemes = {
            *(w for w, (kind, _) in self.morph_table.items() if kind not in (_J, _O)),
            *self.zero,
            *self.decimal_words,
        }
        # One scan of " " + the lower-cased text. It stops only at characters that are not common
        # lower-case letters (a bitmap test, cheap), and reads from there: the character before a
        # word that starts like a number, or the first digit of a run. That the character before
        # a word is no letter at all (not "ł" in "łzwei") is checked by :meth:`anchors` on the few
        # matches, not by a look-behind at every space (about 15% of the scan's work).
        # Each alternative after the stop begins with a literal (an article, a first letter of the
        # morpheme trie) but the last, so that at most stops (a space before a word that is no
        # number) the engine rejects them by one comparison each and enters only the last one; an
        # empty group at the end of an alternative tells :meth:`anchors` which one matched (none: a
        # word). With the trie that leaves out joiners (above): anchors() 48.1 -> 41.7 M instructions
        # on 60 KB de + 60 KB en of the benchmark text (callgrind), against named groups around three
        # alternatives.
        followers = rf"(?= \s+ (?:{_alternation(self.article_followers)}) (?![^\W\d_]) )"
        article_alts = [f"{re.escape(a)} {followers} ()" for a in sorted(self.articles, key=lambda a: (-len(a), a))]
        word_alts = [rf"{branch} [^\W\d_]*+" for branch in _trie_branches(morphemes)]
        self.anchor_re = re.compile(
            rf"""
            [^a-z\xdf-\xf6\xf8-\xff]      # no common letter: may precede a word
            (?: {" | ".join(article_alts)}      # an article that is a number: "a dozen", "einen Euro"
              | {" | ".join(word_alts)}        # a word that starts like a number
              | (?<=\D\d) () )                # or it is a digit that starts a run
            """,
            re.VERBOSE,
        )
        self._anchor_digits = self.anchor_re.groups  # the last group
        # what the look-ups after a number may use (phrases by their first token, lower-cased or as
        # written); a token that is none of these and no number word is "inert" (see :meth:`inert`)
        self.followers = frozenset(
            {
                *self.cur_words.firsts(),
                *self.percent.firsts(),
                *self.connectors.firsts(),
                *self.durations.firsts(),
                *self.after.firsts(),
                *self.rates_after.firsts(),
                *self.joiners,
                *(closer for _, closer in lex.ranges.frames),
                *_HYPHENS,
            }
        )
        self.followers_exact = frozenset({*self.abbrev.firsts(), *self.attached.firsts(), *self.count_marks, *_HYPHENS})
        self._inert: dict[str, bool] = {}
        self._starting: dict[str, bool] = {}  # see starting_word
        # first tokens of what may come before a number: rate adverb, cue, minus
        self.openers = frozenset({*self.rate_adverbs.firsts(), *self.before.firsts(), *self.negative})
        # words that may begin a numeral (cheap pre-check per token)
        self.starters = (
            self.before.firsts()
            | self.rate_adverbs.firsts()
            | self.negative
            | self.decimal_words
            | self.articles
            | self.zero
        )

    # ---------------------------------------------------------------------------------- words

    def word_morphs(self, low: str) -> tuple[tuple[str, float], ...] | None:
        """Morphemes of one lower-cased letter run, or None when it is not (only) a number word."""
        cache = self._word_cache
        if low in cache:
            return cache[low]
        result: tuple[tuple[str, float], ...] | None
        if len(low) > _LONGEST_WORD:
            return None  # no number word is that long; keeps the morpheme scan short
        if low in self.articles:
            result = ((_A, 1.0),)
        elif low in self.zero:
            result = ((_Z, 0.0),)
        elif low in self.decimal_words:
            result = ((_W, 0.0),)
        elif low in self.morph_table:
            result = (self.morph_table[low],)
        elif self.morph_re.fullmatch(low):
            parts = tuple(self.morph_table[m.group()] for m in self.split_re.finditer(low))
            # a compound neither starts nor ends with a joiner ("und")
            result = None if parts[0][0] == _J or parts[-1][0] == _J else parts
        else:
            result = None
        if len(cache) < 100_000:
            cache[low] = result
        return result

    def starting_word(self, low: str) -> bool:
        """A word (lower-cased) may begin a numeral: a cue, a number word, an article, ... (cached)."""
        known = self._starting.get(low)
        if known is None:
            known = low in self.starters or self.word_morphs(low) is not None
            if len(self._starting) < 100_000:
                self._starting[low] = known
        return known

    def is_starter(self, toks: _Tokens, i: int) -> bool:
        k = toks.kind[i]
        if k in (_NUM, _SYM):
            return True
        return k == _WORD and self.starting_word(toks.low[i])

    def glued_to_letters(self, toks: _Tokens, i: int) -> bool:
        """Digits that are part of a name: "F-16", "M777", "2A6", "155mm" (not "100k", "3day")."""
        s = toks.start[i]
        if i > 0 and toks.end[i - 1] == s:
            prev = toks.kind[i - 1]
            if prev == _WORD:
                return True
            # "F-16", "T-72"; but not "5k-20k" (there the letters close a number)
            if (
                prev == _PUNCT
                and toks.raw[i - 1] in "-‐/"
                and i > 1
                and toks.end[i - 2] == toks.start[i - 1]
                and toks.kind[i - 2] == _WORD
                and toks.low[i - 2] not in self.morph_table
                and not (i > 2 and toks.kind[i - 3] == _NUM and toks.end[i - 3] == toks.start[i - 2])
            ):
                return True
        if toks.fill(i + 1) and toks.start[i + 1] == toks.end[i] and toks.kind[i + 1] == _WORD:
            j = i + 1
            known = (
                self.abbrev.match(toks, j)
                or self.attached.match(toks, j)
                or self.cur_words.match(toks, j)
                or self.percent.match(toks, j)
                or self.durations.match(toks, j)
                or toks.raw[j] in self.count_marks
                or (self.word_morphs(toks.low[j]) or ((_A, 0.0),))[0][0] not in (_A, _J, _W, _Z, _O)
            )
            if not known:
                return True
        return False

    def glued_after(self, toks: _Tokens, i: int) -> bool:
        """Token ``i`` runs on into letters or digits: "M" in "14 M113" is no million."""
        return toks.fill(i + 1) and toks.start[i + 1] == toks.end[i] and toks.kind[i + 1] in (_NUM, _WORD)

    def inert(self, toks: _Tokens, j: int) -> bool:
        """Token ``j`` (which exists) is nothing that may follow a number as part of it.

        No scale, currency, percent, range, bound, time unit, rate, count mark, hyphen, joiner or
        number word: every look-up after a number that ends before ``j`` finds nothing there, so
        the caller may skip them all (the common case: "40 Haubitzen", "1,5 Mrd. Euro.").
        """
        kind = toks.kind[j]
        if kind != _WORD and kind != _PUNCT:
            return False
        raw = toks.raw[j]
        known = self._inert.get(raw)
        if known is None:
            low = toks.low[j]
            known = (
                low not in self.followers
                and raw not in self.followers_exact
                and (kind == _PUNCT or self.word_morphs(low) is None)
            )
            if len(self._inert) < 100_000:
                self._inert[raw] = known
        return known

    # ---------------------------------------------------------------------------------- grammar

    def after_sign(self, toks: _Tokens, i: int) -> bool:
        """Whether a currency sign stands right before token ``i``."""
        return i > 0 and toks.kind[i - 1] == _SYM

    def flatten(self, toks: _Tokens, i: int) -> list[_Morph]:
        """Morphemes of the number-like tokens from ``i`` on (words, digits, joiners, hyphens)."""
        out: list[_Morph] = []
        j = i
        stop = i + _MAX_RUN
        cut = toks.start
        while j < stop and (j < len(cut) or toks.fill(j)):
            k = toks.kind[j]
            if k == _NUM:
                if out and out[-1].kind in (_D, _K):
                    break  # two digit numbers in a row are two numbers; so are digits after an abbreviated scale ("€700m 40")
                if out and out[-1].kind in (_S, _P) and not self.scale_word_after(toks, j + 1):
                    break  # digits after a scale word go on only before a smaller one: "4 thousand 3 hundred and 21", but
                    # "$2.5 billion 59 Bradleys", "2,5 Milliarden 40 Panzer" are two numbers
                if self.glued_to_letters(toks, j):
                    break
                out.append(_Morph(_D, toks.value[j], j, True, j in toks.plain4))
                j += 1
                # abbreviation scale right after digits: "1,5 Mrd.", "100k", "1.2b"
                m = None
                if toks.fill(j) and toks.kind[j] == _WORD and toks.raw[j] in self.abbreviation_firsts:
                    m = self.abbrev.match(toks, j)
                    if m is None and toks.start[j] == toks.end[j - 1]:
                        m = self.attached.match(toks, j)
                if m is not None and not self.glued_after(toks, m[0] - 1):
                    nxt, v = m
                    out.append(_Morph(_K, float(v), nxt - 1, True))  # type: ignore[arg-type]
                    j = nxt
                continue
            if k == _WORD:
                if (
                    out
                    and out[-1].kind == _D
                    and out[-1].plain4
                    and 1900 <= out[-1].value <= 2100
                    and not self.after_sign(toks, out[-1].tok)
                ):
                    break  # a year, then a number word: "im April 2026 hunderttausend Drohnen" ("£2000 million" is money)
                morphs = self.word_morphs(toks.low[j])
                if morphs is None and out and out[-1].kind == _F and toks.low[j] in self.fraction_of:
                    after = self.word_morphs(toks.low[j + 1]) if toks.fill(j + 1) else None
                    if after is not None and after[0][0] in (_A, _S):
                        j += 1  # "a quarter of a million": the fraction of the scale after it
                        continue
                if morphs is None:
                    # an abbreviation after a word number: "zwei Mio."
                    if out and out[-1].kind not in (_J, _D, _K) and toks.raw[j] in self.abbreviation_firsts:
                        m = self.abbrev.match(toks, j)
                        if m is not None and not self.glued_after(toks, m[0] - 1):
                            out.append(_Morph(_K, float(m[1]), m[0] - 1, True))  # type: ignore[arg-type]
                            j = m[0]
                            continue
                    break
                if not out and morphs[0][0] == _J:
                    break
                last = len(morphs) - 1
                for idx, (kind, value) in enumerate(morphs):
                    out.append(_Morph(kind, value, j, idx == last))
                j += 1
                continue
            if (
                k == _PUNCT
                and toks.raw[j] in "-‐"
                and out
                and out[-1].kind != _D
                and j + 1 < stop
                and toks.fill(j + 1)
                and toks.kind[j + 1] == _WORD
                and self.word_morphs(toks.low[j + 1]) is not None
            ):
                j += 1  # hyphen inside a number word: "twenty-one", "fifty - two"
                continue
            if k == _PUNCT and toks.raw[j] in "-‐" and out and out[-1].kind == _D and j + 1 < stop and toks.fill(j + 1):
                nxt = toks.kind[j + 1]
                if nxt == _WORD:
                    morphs = self.word_morphs(toks.low[j + 1])
                    if morphs is not None and morphs[0][0] in (_S, _P, _H):
                        j += 1
                        continue
            break
        return out

    def scale_word_after(self, toks: _Tokens, j: int) -> bool:
        """Whether ``toks[j]`` is a word for hundreds or a scale ("hundred", "tausend")."""
        if not toks.fill(j) or toks.kind[j] != _WORD:
            return False
        morphs = self.word_morphs(toks.low[j])
        return morphs is not None and morphs[0][0] in (_H, _S, _P)

    def parse(self, ms: list[_Morph]) -> tuple[float, int, float] | None:
        """Value of the longest number at the start of ``ms`` that ends at a token boundary.

        Returns (value, number of morphemes used, the last scale applied or 1).
        """
        ends: list[tuple[int, float, float]] = []
        n = len(ms)

        def kind(k: int) -> str:
            return ms[k].kind if k < n else ""

        def sub100(k: int) -> tuple[float, int, str] | None:
            kd = kind(k)
            if kd == _T:
                return ms[k].value, k + 1, "teen"
            if kd == _A and self.lex.numbers.unit_joiner_ten and kind(k + 1) == _J and kind(k + 2) == _X:
                return 1.0 + ms[k + 2].value, k + 3, "compound"  # "ein und zwanzig"
            if kd == _U:
                nums = self.lex.numbers
                if nums.unit_joiner_ten and kind(k + 1) == _J and kind(k + 2) == _X:
                    return ms[k].value + ms[k + 2].value, k + 3, "compound"
                if kind(k + 1) == _E and not ms[k].last:
                    return ms[k].value + ms[k + 1].value, k + 2, "compound"
                return ms[k].value, k + 1, "unit"
            if kd == _X:
                if self.lex.numbers.ten_unit and kind(k + 1) == _U:
                    return ms[k].value + ms[k + 1].value, k + 2, "compound"
                if kind(k + 1) == _E and not ms[k].last:
                    return ms[k].value + ms[k + 1].value, k + 2, "compound"
                return ms[k].value, k + 1, "ten"
            if kd == _D and ms[k].value < 100 and ms[k].value == int(ms[k].value) and ms[k].value > 0:
                return ms[k].value, k + 1, "digits"
            return None

        def frac_term(k: int) -> tuple[float, int] | None:
            """'a half', 'three quarters', 'ein halbes', 'half'."""
            if kind(k) in (_A, _U) and kind(k + 1) == _F:
                return ms[k].value * ms[k + 1].value, k + 2
            if kind(k) == _F:
                return ms[k].value, k + 1
            return None

        def group(k: int) -> tuple[float, int, bool] | None:
            """A number below a thousand (or any digits), with its multiplier; (value, next, is_fraction)."""
            kd = kind(k)
            # fractions: "ein halbes (Dutzend)", "three quarters", "half (a dozen/million)"
            ft = frac_term(k)
            if ft is not None:
                val, k2 = ft
                if kind(k2) == _A and kind(k2 + 1) in (_M, _S):  # "half a dozen", "half a billion"
                    k2 += 1
                if kind(k2) == _M:
                    return val * ms[k2].value, k2 + 1, False
                return val, k2, True
            head: tuple[float, int, str] | None
            if kd == _A and kind(k + 1) in (_H, _S, _M):
                head = (1.0, k + 1, "unit")
            elif kd == _D:
                head = (ms[k].value, k + 1, "digits")
            else:
                head = sub100(k)
            if head is None:
                if kd == _H:
                    head_val, k2, has_head = 100.0, k + 1, True
                else:
                    return None
            else:
                val, k2, hk = head
                if kind(k2) == _H and (hk == "digits" or hk in self.lex.numbers.hundred_factors):
                    head_val, k2, has_head = val * 100.0, k2 + 1, True
                else:
                    has_head = False
                    head_val = val
            if has_head:
                # tail after hundred: "(und) fünf", "and twenty-one" (not "and two hundred")
                kk = k2 + 1 if kind(k2) == _J else k2
                tail = sub100(kk)
                if tail is not None and kind(tail[1]) not in (_H, _F):
                    tval = tail[0]
                    k3 = tail[1]
                    if kind(k3) == _M:  # "three hundred and two dozens"
                        tval *= ms[k3].value
                        k3 += 1
                    return head_val + tval, k3, False
            if kind(k2) == _M:  # "zwei Dutzend", "two hundred dozens"
                return head_val * ms[k2].value, k2 + 1, False
            return head_val, k2, False

        def decimals(k: int) -> tuple[float, int] | None:
            """Digits said after "point"/"Komma": "two" -> .2, "ninety-nine" -> .99, "15" -> .15."""
            out = ""
            while k < n:
                kd = kind(k)
                if kd in (_Z, _O):
                    out += "0"
                    k += 1
                elif kd == _D and ms[k].value == int(ms[k].value):
                    out += str(int(ms[k].value))
                    k += 1
                elif kd in (_U, _T, _X):
                    g = group(k)  # "point two hundred thirty-six" -> .236
                    if g is None or g[2] or g[0] != int(g[0]):
                        break
                    out += str(int(g[0]))
                    k = g[1]
                else:
                    break
            if not out:
                return None
            return float("0." + out), k

        total = 0.0
        last_scale = math.inf
        k = 0
        # zero stands alone ("null", "zero", "0")
        if kind(0) == _Z and (n == 1 or ms[0].last) and kind(1) != _W:
            return 0.0, 1, 1.0
        if kind(0) == _D and ms[0].value == 0 and kind(1) not in (_K,):
            return 0.0, 1, 1.0
        first = True
        while k < n:
            start_k = k
            g = group(k)
            if g is None and kind(k) == _W:  # "point 77"
                g = (0.0, k, False)
            if g is None:
                if not (first and kind(k) == _S):
                    break
                g = (1.0, k, False)  # "tausend", "thousand nine hundred twenty": an implied one
            val, k2, is_frac = g
            if kind(k2) == _W:  # "two point two (million)", "1 komma 1"
                dec = decimals(k2 + 1)
                if dec is not None and ms[k2 - 1].kind != _F:
                    val += dec[0]
                    k2 = dec[1]
                    is_frac = False
            # "one and a half", "five and a quarter (million)"
            if not is_frac and kind(k2) == _J:
                ft = frac_term(k2 + 1)
                if ft is None and kind(k2 + 1) == _A:
                    ft = frac_term(k2 + 2)
                if ft is not None and kind(ft[1]) not in (_A,):
                    val += ft[0]
                    k2 = ft[1]
            kd2 = kind(k2)
            if kd2 in (_S, _P, _K):
                scale = ms[k2].value
                k3 = k2 + 1
                while kind(k3) in (_S, _P, _K) and ms[k3].value > scale:  # "thousand millions"
                    scale *= ms[k3].value
                    k3 += 1
                if scale >= last_scale:
                    break
                total += val * scale
                last_scale = scale
                k = k3
                ends.append((k, total, last_scale))
                first = False
                if (kd2 == _K or kind(0) == _D) and kind(k) in (_U, _T, _X, _H, _A):
                    break  # "€100bn five-year", "€100 billion five-year": no words go on a number of digits
                if kind(k) == _J:  # "and a half" of the last scale, or the next group
                    nxt = group(k + 1)
                    if nxt is None and kind(k + 1) == _A:
                        ft2 = frac_term(k + 2)
                        nxt = (ft2[0], ft2[1], True) if ft2 else None
                    if nxt is not None and nxt[2] and kind(nxt[1]) not in (_S, _P, _K):
                        total += nxt[0] * last_scale
                        k = nxt[1]
                        ends.append((k, total, last_scale))
                        break
                    if nxt is None:
                        break
                    k += 1
                continue
            # a group without scale ends the number
            if is_frac:
                if first and kind(start_k) == _F:
                    break  # bare "half": only before a scale or multiplier
                if not first:
                    break
            if not first and val >= last_scale:
                break
            if first and kind(start_k) == _A and k2 == start_k + 1:
                break
            if val == 0 and not first:
                break
            if not first and kind(start_k) == _D and start_k > 0 and kind(start_k - 1) == _J and val >= 100:
                break  # "1,7 Milliarden und 2023 2,1 Milliarden": digits after "und" go on only as a last two ("thousand and 21")
            total += val
            k = k2
            ends.append((k, total, last_scale))
            break
        # the longest parse that ends at the end of a token
        for end, value, scale in reversed(ends):
            if ms[end - 1].last:
                return value, end, 1.0 if math.isinf(scale) else scale
        return None

    # ---------------------------------------------------------------------------------- numerals

    def number_at(self, toks: _Tokens, i: int) -> _Num | None:
        """The number (digits and/or words) that starts at token ``i`` (which exists)."""
        if toks.kind[i] == _NUM:
            if self.glued_to_letters(toks, i):
                return None  # "F-16": flatten finds no morpheme
            alone = self.digits_alone(toks, i)
            if alone is not None:
                return alone
        ms = self.flatten(toks, i)
        if not ms:
            return None
        parsed: tuple[float, int, float, bool] | None
        if len(ms) == 1 and ms[0].kind == _D:
            parsed = (ms[0].value, 1, 1.0, False)  # what parse gives plain digits
        else:
            key = tuple([(m.kind, m.value, m.last) for m in ms])  # all that parse reads
            if key in self._parse_cache:
                parsed = self._parse_cache[key]
            else:
                got = self.parse(ms)
                # with whether the morphemes used have a word among them
                parsed = None if got is None else (*got, any(m.kind not in (_D, _K) for m in ms[: got[1]]))
                if len(self._parse_cache) < 100_000:
                    self._parse_cache[key] = parsed
        if parsed is None:
            return None
        value, used, scale, is_word = parsed
        end_tok = ms[used - 1].tok + 1
        plain4 = used == 1 and ms[0].kind == _D and ms[0].plain4
        # "several hundred", "einige tausend": a vague count, not 100 or 1000
        # (and "mehrere zehntausend", "einige hunderttausend": a scale inside the word)
        scaled = ms[0].kind in (_H, _S) or (is_word and any(m.kind in (_H, _S) for m in ms[:used]))
        if scaled and i > 0 and toks.low[i - 1] in self.vague_before:
            return None
        # "one" as a pronoun: "the one", "which one", "one cannot"
        if used == 1 and toks.low[i] in self.standalone:
            if i > 0 and toks.low[i - 1] in self.guard_before:
                return None
            if toks.fill(end_tok) and toks.low[end_tok] in self.guard_after:
                return None
        return _Num(value, end_tok, is_word, plain4, scale)

    def digits_alone(self, toks: _Tokens, i: int) -> _Num | None:
        """:meth:`number_at` for digits that nothing after them joins (the common case), else None.

        Digits (not glued to letters) followed by no scale abbreviation, number word or hyphen
        ("40 Haubitzen"; not "1,5 Mrd.", "3 Millionen", "10-Millionen"): :meth:`flatten` gives
        them alone and :meth:`parse` reads them as they are. None sends the caller the full way.
        """
        j = i + 1
        if toks.fill(j):
            kind = toks.kind[j]
            if kind == _WORD:
                if toks.raw[j] in self.abbreviation_firsts or self.word_morphs(toks.low[j]) is not None:
                    return None
            elif kind == _PUNCT and toks.raw[j] in "-‐":
                return None
        if toks.low[i] in self.standalone:
            return None  # (no digits are) a pronoun: the full path checks the words around it
        return _Num(toks.value[i], j, False, i in toks.plain4, 1.0)

    def currency_after(self, toks: _Tokens, j: int, *, after_symbol: bool) -> _Cur | None:
        """Currency right after the number that ends before token ``j``."""
        k = j
        if not toks.fill(k):
            return None
        if toks.raw[k] in "-‐" and toks.fill(k + 1) and toks.start[k] == toks.end[k - 1]:
            k += 1  # "350-million-pound", "siebenhundert-Euro"
            if toks.kind[k] != _WORD:
                return None
        if toks.kind[k] == _SYM:
            nxt = k + 1
            # a sign glued to the next number belongs to it ("3 USD50"), and so does a second
            # sign after a number that has one already ("$ 20,000.00 $ 37,305.97")
            if toks.fill(nxt) and toks.kind[nxt] == _NUM and (toks.start[nxt] == toks.end[k] or after_symbol):
                return None
            code, scale = self.symbols[toks.raw[k]]
            return _Cur(k + 1, code, toks.raw[k], scale)
        m = self.cur_words.match(toks, k)
        if m is not None:
            nxt, payload = m
            word_code: str | None  # None: a currency word of no one currency ("Kronen")
            word_code, _ = payload  # type: ignore[misc]
            return _Cur(nxt, word_code, _text(toks, k, nxt), 1.0)
        return None

    def side(self, toks: _Tokens, j: int) -> _Side | None:
        """One number with its currency (before or after) and percent word."""
        currency: str | None = None
        cur_tok: str | None = None
        prefix = False
        factor = 1.0
        if not toks.fill(j):
            return None
        if toks.kind[j] == _SYM:
            currency, factor = self.symbols[toks.raw[j]]
            cur_tok = toks.raw[j]
            prefix = True
            j += 1
            if toks.fill(j) and toks.kind[j] == _SYM:  # "usd$ 15"-like doubles
                j += 1
            if not toks.fill(j):
                return None
        num = self.number_at(toks, j)
        if num is None:
            # "a dollar", "einen Euro" (a currency word, not a sign: "a $ 300 million" is 300 million)
            if toks.kind[j] == _WORD and toks.low[j] in self.articles and not prefix:
                m = self.cur_words.match(toks, j + 1)
                if m is not None:
                    code = m[1][0]  # type: ignore[index]
                    return _Side(1.0, m[0], True, False, 1.0, code, _text(toks, j + 1, m[0]), False)
            return None
        value, j, is_word, plain4, scale = num.value, num.end, num.is_word, num.plain4, num.scale
        value *= factor
        if not toks.fill(j) or self.inert(toks, j):  # the common case: nothing more belongs to it
            return _Side(value, j, is_word, plain4 and cur_tok is None, scale, currency, cur_tok, False)
        if (
            toks.fill(j)
            and toks.raw[j] in self.count_marks
            and toks.start[j] == toks.end[j - 1]
            and not self.glued_after(toks, j)
        ):
            j += 1  # "14x Challenger 2": a count mark
            plain4 = False
        percent = False
        c = self.currency_after(toks, j, after_symbol=prefix)
        if c is not None and (not prefix or c.code == currency):
            j = c.end
            value *= c.scale
            if not prefix:
                currency, cur_tok = c.code, c.token
            if toks.fill(j) and not self.inert(toks, j):
                # "75 USD million"
                if toks.kind[j] == _WORD:
                    mm = self.word_morphs(toks.low[j])
                    sm = self.abbrev.match(toks, j)
                    if mm is not None and len(mm) == 1 and mm[0][0] in (_S, _P):
                        value *= mm[0][1]
                        j += 1
                    elif sm is not None:
                        value *= float(sm[1])  # type: ignore[arg-type]
                        j = sm[0]
                # "zwei Euro und fünfzig Cent", "3 dollars 50 cents"
                k = j + 1 if toks.fill(j) and toks.low[j] in self.joiners else j
                sub = self.number_at(toks, k) if toks.fill(k) else None
                if sub is not None:
                    su = self.subunits.match(toks, sub.end)
                    if su is not None:
                        value += sub.value * float(su[1])  # type: ignore[arg-type]
                        j = su[0]
                        is_word = is_word or sub.is_word
        elif currency is None:
            pm = self.percent.match(toks, j)
            if pm is not None:
                percent = True
                j = pm[0]
        if currency is not None or cur_tok is not None or percent:
            plain4 = False
        return _Side(value, j, is_word, plain4, scale, currency, cur_tok, percent)

    def anchors(self, text: str) -> list[int]:
        """Where a numeral may be: digits, number words, an article before a scale or currency.

        One scan of the lower-cased text with a regex compiled once per language (see
        ``anchor_re``): the start of each digit run, the number morphemes (as a prefix trie) at the
        start of a word, and articles followed by a word that makes them a number ("a dozen",
        "eine Million", "einen Euro"). A word that only starts like a number ("Einsatz", "tenth") is
        checked against the lexicon and skipped.
        """
        padded = (" " + text).lower()  # a word at the very start has a character before it too
        if len(padded) != len(text) + 1:  # a few characters change length when lower-cased ("İ")
            padded = " " + "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        word_morphs = self.word_morphs
        digits = self._anchor_digits
        out: list[int] = []
        for m in self.anchor_re.finditer(padded):
            s = m.start()  # padded[s] is low[s - 1], the character before the word
            kind = m.lastindex
            if kind == digits:
                out.append(s - 1)
                continue
            c = padded[s]
            if c.isalnum():  # a letter or digit: [^\W\d_] is what is alphanumeric and no decimal digit
                if not c.isdecimal():
                    continue  # a letter outside the regex's bitmap ("ł"): no word starts after it
                if not padded[s - 1].isdecimal():
                    out.append(s - 1)  # "3tausend": the digits and the word after them
            if kind is None:  # a word (an article's alternative ends with a group)
                morphs = word_morphs(padded[s + 1 : m.end()])
                if morphs is None or morphs[0][0] in (_O, _J, _A):
                    continue  # "Einsatz", "und", a lone article
            out.append(s)
        return out

    def read(self, text: str) -> list[Numeral]:
        """Numerals around each anchor; tokens are cut lazily from a little before the anchor."""
        out: list[Numeral] = []
        urls = find_urls(text)
        consumed = 0  # numerals do not overlap: none starts before the end of the last one
        toks: _Tokens | None = None
        i = 0
        starting = self._starting
        for p in self.anchors(text):
            if p < consumed:
                continue
            context = max(0, p - _CONTEXT)  # room for cues before the number: "nicht weniger als"
            if toks is None or not toks.start or toks.end[-1] < context:
                ws = context
                if ws > 0 and not text[ws - 1].isspace():  # start at a word boundary
                    space = _SPACE.search(text, ws, p)
                    ws = space.end() if space else p
                toks = _Tokens(self.tok, text, ws, urls)  # tokenize(), without the call
                i = 0
            starts, kinds, lows = toks.start, toks.kind, toks.low
            toks.fill_past(p)  # as far as this loop looks (so it cuts as many tokens), in one go
            while (i < len(starts) or toks.fill(i)) and starts[i] <= p:
                s, k = starts[i], kinds[i]
                if s >= consumed and s >= context and k != _PUNCT:  # is_starter, inline
                    starter = k != _WORD or starting.get(lows[i])  # digits and signs start one
                    if starter is None:
                        starter = self.starting_word(lows[i])
                    if not starter:
                        i += 1
                        continue
                    if k != _WORD and text[s : s + 1].isdigit():
                        clock = _CLOCK.match(text, s)
                        if clock is not None and (s == 0 or text[s - 1] not in _CLOCK_GLUE):
                            consumed = clock.end()  # "+++ 19:30 NASAMS aus den USA +++": a time of day, no figure
                            i += 1
                            continue
                    got = self.numeral_at(toks, i)
                    if got is not None:
                        numeral, i = got
                        out.append(numeral)
                        consumed = numeral.end
                        continue
                i += 1
        return out

    def digits_numeral(self, toks: _Tokens, i: int) -> tuple[Numeral, int] | None:
        """:meth:`numeral_at` for digits that stand alone (the common case: "40 Haubitzen"), else None.

        Digits (token ``i``) glued to nothing before them, followed by the end of the text or by an
        inert token (see :meth:`inert`) that is no word glued to them: :meth:`side` reads them as
        :meth:`digits_alone` does, and nothing after them joins the numeral, so it is the digits'
        value alone. None sends the caller the full way; the tokens are cut as far as it would cut them.
        """
        start, end = toks.start, toks.end
        s = start[i]
        if i > 0 and end[i - 1] == s:
            return None  # "F-16", "(5", "$5": glued to what comes before
        j = i + 1
        if (j < len(start) or toks.fill(j)) and (
            not self.inert(toks, j) or (start[j] == end[i] and toks.kind[j] == _WORD)
        ):
            return None  # something may join ("1,5 Mrd.", "30 bis 40") or a glued word ("155mm")
        if toks.low[i] in self.standalone or toks.low[i] in self.openers:
            return None  # (no digits are) a pronoun or the first word of a cue
        toks.fill(j + 1)  # as far as numeral_at cuts
        value = toks.value[i]
        numeral = _NumeralSlots(
            s,
            end[i],
            _tidy(value),
            None,
            None,
            None,
            None,
            False,
            None,
            False,
            i in toks.plain4 and 1900 <= value <= 2100,  # is_year
            False,
            False,
            None,
        ).done()
        return numeral, j

    def numeral_at(self, toks: _Tokens, i: int) -> tuple[Numeral, int] | None:
        if toks.kind[i] == _NUM:
            quick = self.digits_numeral(toks, i)
            if quick is not None:
                return quick
        j = i
        per: str | None = None
        cue: object = None
        cue_at = j
        negative = False
        if toks.low[i] in self.openers:  # else none of these look-ups finds anything
            m = self.rate_adverbs.match(toks, j)
            if m is not None and toks.fill(m[0]) and self.is_starter(toks, m[0]):
                per = m[1]  # type: ignore[assignment]
                j = m[0]
            cue_at = j
            m = self.before.match(toks, j)
            if m is not None:
                cue = m[1]
                j = m[0]
            if toks.fill(j) and toks.low[j] in self.negative:
                negative = True
                j += 1
        first = self.side(toks, j)
        if first is None:
            return None  # the caller moves on; a cue alone is no numeral
        number_at = j
        value, j = first.value, first.end
        if negative:
            value = -value
        start_tok = i
        low: float | None = None
        high: float | None = None
        is_range = False
        currency, cur_tok, percent = first.currency, first.currency_token, first.percent
        is_word, plain4 = first.is_word, first.plain4
        # range: "30 bis 40", "between 30 and 40", "10-20 dollars", "$10-$20"
        closer = cue[1] if isinstance(cue, tuple) else None
        suspended = False
        # the common case, a number with nothing after it that belongs to it, skips the look-ups;
        # but it cuts as many tokens as they would (the range check cuts one more): where
        # :meth:`read` starts its next window depends on how far the tokens were cut
        tail = toks.fill(j) and not self.inert(toks, j)
        if not tail:
            toks.fill(j + 1)
        else:
            if (
                toks.fill(j + 1)
                and toks.low[j] == "-"
                and toks.start[j] == toks.end[j - 1]
                and toks.start[j + 1] > toks.end[j]
            ):
                after_dash = toks.low[j + 1]  # "vier- und sechstausend": a suspended compound before its range word
                if after_dash == closer or (closer is None and self.connectors.match(toks, j + 1) is not None):
                    j += 1
                    suspended = True
            if closer is not None:
                cm = (j + 1, closer) if toks.fill(j) and toks.low[j] == closer else None
            else:
                cm = self.connectors.match(toks, j)
            if cm is not None:
                second = self.side(toks, cm[0])
                if second is not None:
                    lo = value
                    if first.scale == 1.0 and second.scale > 1.0 and value * second.scale < second.value:
                        lo = value * second.scale  # "100 bis 300 Milliarden": the scale is shared
                    elif suspended and first.scale == 1.0 and 0 < value < second.value:
                        lo = value * 10 ** math.floor(math.log10(second.value / value))  # "zwei- und dreihundert"
                    compatible = (
                        second.value > lo
                        and plain4 == second.plain4
                        and (currency is None or second.currency is None or currency == second.currency)
                        and (percent == second.percent or (not percent and second.currency is None and cur_tok is None))
                        and not (second.percent and cur_tok is not None)
                    )
                    if compatible:
                        low, high = lo, second.value
                        value = (lo + second.value) / 2
                        j = second.end
                        is_word = is_word or second.is_word
                        if currency is None and cur_tok is None:
                            currency, cur_tok = second.currency, second.currency_token
                        percent = percent or second.percent
                        is_range = True
                        tail = toks.fill(j) and not self.inert(toks, j)
        if closer is not None and not is_range:
            return None  # "between 30" without "and 40": the number is read alone at the next token
        duration = None
        dm = self.durations.match(toks, j) if tail else None
        if dm is not None:
            duration = dm[1][0]  # type: ignore[index]
        approximate = cue == "approx"
        if not is_range:
            if cue == "low":
                if duration is not None and toks.low[cue_at] in self.period_sensitive:
                    start_tok = number_at  # "over four years": a period, not a bound
                else:
                    low = value
            elif cue == "high":
                high = value
            am = self.after.match(toks, j) if tail else None
            if am is not None and low is None and high is None:
                bm = self.before.match(toks, j + 1)  # "5000 or less than 6000": not "or less"
                if bm is None or bm[0] <= am[0]:
                    if am[1] == "low":
                        low = value
                    else:
                        high = value
                    j = am[0]
            # "at most 100 and at least 20": two bounds joined into a range
            if tail and (low is None) != (high is None) and toks.fill(j) and toks.low[j] in self.joiners:
                bm = self.before.match(toks, j + 1)
                if bm is not None and bm[1] in ("low", "high") and bm[1] != ("low" if low is not None else "high"):
                    other = self.side(toks, bm[0])
                    if other is not None and other.currency == currency:
                        lo2 = low if low is not None else other.value
                        hi2 = high if high is not None else other.value
                        if lo2 < hi2:
                            low, high, value = lo2, hi2, (lo2 + hi2) / 2
                            j = other.end
                            is_range = True
        # rate: "pro Jahr", "a year"
        rm = self.rates_after.match(toks, j) if tail else None
        if rm is not None and toks.fill(rm[0]) and (toks.low[rm[0]] in self.rate_not_before or rm[0] in toks.plain4):
            rm = None  # "$500 million a day later", "1,7 Milliarden Euro im Jahr 2022": a point in time, no rate
        if rm is not None and per is None and duration is None:
            per = rm[1]  # type: ignore[assignment]
            j = rm[0]
        is_year = plain4 and 1900 <= value <= 2100 and currency is None and not percent and not is_word
        numeral = _NumeralSlots(  # positional (faster): start, end, value, low, high, currency, ...
            toks.start[start_tok],
            toks.end[j - 1],
            _tidy(value),
            None if low is None else _tidy(low),
            None if high is None else _tidy(high),
            currency,
            cur_tok,  # currency_token
            percent,
            per,  # type: ignore[arg-type]
            is_word,
            is_year,
            approximate,
            is_range,
            duration,
        ).done()
        return numeral, j


def _tidy(value: float) -> float:
    """Drop the binary noise of scaling: 8.3 * 1e9 is 8300000000, not 8300000000.000001."""
    if value.is_integer() and -1e15 < value < 1e15:
        return value  # 15 digits or fewer: printed and read back unchanged (the common case)
    return float(f"{value:.15g}")


def _text(toks: _Tokens, a: int, b: int) -> str:
    """The tokens a..b as one string, single spaces where the text had any space."""
    parts = [toks.raw[a]]
    parts.extend(" " + toks.raw[k] if toks.start[k] > toks.end[k - 1] else toks.raw[k] for k in range(a + 1, b))
    return "".join(parts)


@lru_cache(maxsize=16)
def _reader(lang: str) -> _Reader:
    return _Reader(load_lexicon(lang))


def read_numerals(text: str, lang: str) -> list[Numeral]:
    """All numerals in ``text`` (a language of :func:`aidtracker._lexicon.available_languages`).

    In text order, non-overlapping; each with its span, expanded value, bounds, currency, percent
    and rate. Never raises on odd input; runs in time linear in ``len(text)``.

    >>> [(n.value, n.currency) for n in read_numerals("1,7 Milliarden Kronen und 228 Mio. Euro", "de")]
    [(1700000000.0, None), (228000000.0, 'EUR')]
    """
    return _reader(lang).read(text)


def read_durations(text: str, lang: str) -> list[Duration]:
    """Lengths of time: "vier Jahre", "over four years" (the 4 year), "12 months", "a fortnight".

    Compound lengths ("2 years and 3 months") add up in the smaller unit (27 month).
    """
    r = _reader(lang)
    toks = r.tok.tokenize(text)
    out: list[Duration] = []
    i = 0
    while toks.fill(i):
        got = _duration_at(r, toks, i)
        if got is None:
            i += 1
            continue
        value, unit, is_word, j = got
        # "2 years and 3 months", "2 years, 3 months"
        k = j + 1 if toks.fill(j) and (toks.low[j] in r.joiners or toks.raw[j] == ",") else j
        more = _duration_at(r, toks, k) if toks.fill(k) else None
        if more is not None and _PERIOD_MONTHS[more[1]] < _PERIOD_MONTHS[unit]:
            factor = _PERIOD_MONTHS[unit] / _PERIOD_MONTHS[more[1]]
            value, unit, j = value * factor + more[0], more[1], more[3]
        out.append(Duration(toks.start[i], toks.end[j - 1], value, unit, is_word))  # type: ignore[arg-type]
        i = j
    return out


def _duration_at(r: _Reader, toks: _Tokens, i: int) -> tuple[float, str, bool, int] | None:
    if toks.kind[i] != _WORD and not r.is_starter(toks, i):
        return None
    value: float
    num = r.number_at(toks, i)
    if num is not None:
        value, j, is_word = num.value, num.end, num.is_word
    else:
        morphs = r.word_morphs(toks.low[i]) if toks.kind[i] == _WORD else None
        j = i
        if morphs and len(morphs) == 1 and morphs[0][0] == _F:  # "halbes Jahr", "half (an) year"
            value, j, is_word = morphs[0][1], i + 1, True
            if toks.fill(j) and toks.low[j] in r.articles:
                j += 1
        elif morphs and morphs[0][0] == _A:  # "a month", "a fortnight"
            value, j, is_word = 1.0, i + 1, True
        else:
            return None
    dm = r.durations.match(toks, j)
    if dm is None:
        return None
    unit, mult = cast(tuple[str, float], dm[1])
    j = dm[0]
    value *= mult
    # "a month and a half", "one month and half"
    if toks.fill(j) and toks.low[j] in r.joiners:
        k = j + 1
        if toks.fill(k) and toks.low[k] in r.articles:
            k += 1
        fm = r.word_morphs(toks.low[k]) if toks.fill(k) else None
        if fm and len(fm) == 1 and fm[0][0] == _F:
            value += fm[0][1] * mult
            j = k + 1
    return value, unit, is_word, j


def read_rates(text: str, lang: str) -> list[Rate]:
    """Frequencies said in words: "jährlich", "annually", "once a week", "every three weeks"."""
    r = _reader(lang)
    toks = r.tok.tokenize(text)
    out: list[Rate] = []
    i = 0
    while toks.fill(i):
        if toks.kind[i] == _WORD and toks.low[i] in r.every and toks.fill(i + 1):
            got = _duration_at(r, toks, i + 1)
            if got is not None:
                value, unit, _, j = got
                out.append(Rate(toks.start[i], toks.end[j - 1], unit, value))  # type: ignore[arg-type]
                i = j
                continue
        m = r.rate_adverbs.match(toks, i)
        if m is not None:
            out.append(Rate(toks.start[i], toks.end[m[0] - 1], m[1]))  # type: ignore[arg-type]
            i = m[0]
            continue
        i += 1
    return out
