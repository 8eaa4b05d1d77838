"""Fast alternations: a list of regex alternatives factored into a prefix tree, same matches.

Python's ``re`` tries the alternatives of ``(?:a|b|...)`` one after another at every position, so a
lexicon list of a few hundred words costs a few hundred attempts per word of text. :func:`factor`
rewrites the alternation so that alternatives sharing a first literal character share one test of
it (``Lieferung|liefern|Panzer`` -> ``(?:Liefer(?:ung|n)|Panzer)``, recursively), which makes a
scan cost a handful of character tests per position.

The rewrite never changes what the pattern matches, nor which alternative wins (leftmost, then in
list order, as ``re`` does):

* only a *literal* character is factored out, and a literal matches exactly one character, so
  ``c(?:x|y)`` explores the same paths in the same order as ``cx|cy``;
* alternatives are reordered only past alternatives that start with a *different* literal
  character; two such alternatives can never both match at one position (under ``IGNORECASE``
  only characters below U+0100 are grouped, where ``str.lower`` gives ``re``'s case classes), so
  their order cannot decide a match;
* an alternative that starts with anything else (``\\w*``, ``\\s+``, a group, a class) keeps its
  place: nothing is moved across it;
* sources with capturing groups or a top-level ``|`` are joined unchanged.

``tests/test_fast_paths.py`` checks this against the plain ``"|".join`` on the lexicons and corpora.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import reduce
from operator import or_
from typing import ClassVar

__all__ = [
    "atoms",
    "compile_alternation",
    "factor",
    "fold",
    "forget_texts",
    "may_match",
    "parse_count",
    "screen_bits",
]

#: A piece of an alternative: ``(True, c)`` the literal character ``c``; ``(False, source)`` any
#: other regex piece, kept as written.
Atom = tuple[bool, str]

_SPECIAL = frozenset(".^$*+?{}[]|()\\")
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")


def _outside_classes(source: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """``(index, character)`` of each character from ``start`` that is neither escaped nor inside a
    character class; a class still open at the end yields ``(len(source), "[")`` last."""
    k = start
    in_class = False
    while k < len(source):
        c = source[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[k + 1 : k + 2] == "]":
                k += 1
        else:
            yield k, c
        k += 1
    if in_class:
        yield len(source), "["


def _group_end(source: str, i: int) -> int | None:
    """Index after the ``)`` closing the group that opens at ``source[i]``; None if unbalanced."""
    depth = 0
    for k, c in _outside_classes(source, i):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return None


def _plain(source: str) -> bool:
    """Whether ``source`` is safe to factor: no capturing group, no top-level ``|``."""
    depth = 0
    for k, c in _outside_classes(source):
        if c == "(":
            if source[k + 1 : k + 2] != "?" or source[k + 2 : k + 4] == "P<":
                return False  # a capturing (or named) group: reordering would renumber it
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        elif c == "[" and k == len(source):
            return False  # a character class left open
    return depth == 0


def atoms(source: str) -> list[Atom]:
    """``source`` cut into literal characters and opaque pieces (a group or class with its quantifier)."""
    out: list[Atom] = []
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            piece = source[i : i + 2]
            if len(piece) < 2:
                return [*out, (False, source[i:])]
            literal = not piece[1].isalnum()
            j = i + 2
        elif c == "(":
            end = _group_end(source, i)
            if end is None:
                return [*out, (False, source[i:])]
            piece, literal, j = source[i:end], False, end
        elif c in _SPECIAL:
            return [*out, (False, source[i:])]  # a class, an anchor, a dot: kept whole, nothing factored
        else:
            piece, literal, j = c, True, i + 1
        quantifier = _QUANTIFIER.match(source, j)
        if quantifier is not None:
            piece, literal, j = piece + quantifier.group(), False, quantifier.end()
        out.append((True, piece[-1]) if literal else (False, piece))
        i = j
    return out


def _key(char: str, ignorecase: bool) -> str | None:
    if not ignorecase:
        return char
    return char.lower() if ord(char) < 0x100 else None


def _source(parts: Sequence[Atom]) -> str:
    return "".join(re.escape(p) if literal else p for literal, p in parts)


def _common(group: list[list[Atom]], ignorecase: bool) -> int:
    """How many leading literal characters all alternatives of ``group`` share (at least one)."""
    first = group[0]
    k = 1
    while k < len(first) and first[k][0]:
        key = _key(first[k][1], ignorecase)
        if key is None or not all(
            len(alt) > k and alt[k][0] and _key(alt[k][1], ignorecase) == key for alt in group[1:]
        ):
            break
        k += 1
    return k


def _tree(alternatives: list[list[Atom]], ignorecase: bool) -> str:
    out: list[str] = []
    run: dict[str, list[list[Atom]]] = {}  # literal-led alternatives since the last other one, by first char

    def flush() -> None:
        for group in run.values():
            if len(group) == 1:
                out.append(_source(group[0]))
            else:
                common = _common(group, ignorecase)
                inner = _tree([alt[common:] for alt in group], ignorecase)
                out.append(f"{_source(group[0][:common])}(?:{inner})")
        run.clear()

    for alt in alternatives:
        key = _key(alt[0][1], ignorecase) if alt and alt[0][0] else None
        if key is None:
            flush()
            out.append(_source(alt))
        else:
            run.setdefault(key, []).append(alt)
    flush()
    return "|".join(out)


def factor(sources: Sequence[str], ignorecase: bool = False) -> str:
    """An alternation of ``sources`` (in this order of preference) that matches what ``"|".join(sources)`` does.

    ``ignorecase`` must be set when the pattern is compiled with ``re.IGNORECASE``.

    >>> factor(["liefern", "lieferte", "Panzer"])
    'liefer(?:n|te)|Panzer'
    """
    if not all(_plain(s) for s in sources):
        return "|".join(sources)
    return _tree([atoms(s) for s in sources], ignorecase)


# ---------------------------------------------------------------------- quick reject

#: Characters that ``re.IGNORECASE`` matches to a character below U+0100 although ``str.lower`` maps
#: them elsewhere (found by trying every code point; see tests/test_fast_paths.py), and U+0130,
#: the one character whose ``lower()`` is two characters long.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u039c": "µ", "\u03bc": "µ"})
_FOLDED = re.compile("[\u0130\u0131\u017f\u039c\u03bc]")

#: Per registered pattern, by its ``id`` (hashing a pattern hashes its whole compiled code): the
#: pattern, kept so that the id stays its own, and the needles (folded literals) of which every
#: match holds at least one.
_NEEDLES: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def fold(text: str) -> str:
    """``text`` lower-cased so that a literal a case-insensitive pattern matches is a substring of it.

    Length-preserving: ``fold(text)[i]`` stands for ``text[i]``.
    """
    # ``translate`` looks up every character in a dict; the five it changes are rare, so look first
    if text.isascii() or _FOLDED.search(text) is None:
        return text.lower()
    return text.translate(_FOLD).lower()


def _needle(parts: Sequence[Atom], ignorecase: bool) -> str | None:
    """The longest run of literal characters an alternative must match, folded; None if there is none."""
    best = ""
    run = ""
    for literal, piece in parts:
        key = (_key(piece, ignorecase) if ignorecase else piece) if literal else None
        if key is None:
            run = ""
            continue
        run += key
        if len(run) > len(best):
            best = run
    return best or None


def compile_alternation(sources: Sequence[str], before: str, after: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(before + "(?:" + "|".join(sources) + ")" + after, flags)``, factored (:func:`factor`).

    The pattern is also registered for :func:`may_match`: every alternative's longest literal run,
    so that a text lacking all of them is known not to match without running the regex.
    """
    ignorecase = bool(flags & re.IGNORECASE)
    pattern = re.compile(f"{before}(?:{factor(sources, ignorecase)}){after}", flags)
    if ignorecase and id(pattern) not in _NEEDLES and all(_plain(s) for s in sources):
        found = [_needle(atoms(s), ignorecase) for s in sources]
        if sources and all(n is not None for n in found):
            needles = sorted({n for n in found if n is not None}, key=len)
            # a needle containing a shorter one adds nothing to the test
            kept: list[str] = []
            for n in needles:
                if not any(k in n for k in kept):
                    kept.append(n)
            _NEEDLES[id(pattern)] = (pattern, tuple(kept))
    return pattern


_WORD_RUN = re.compile(r"\w+")

#: At most this many patterns share a screen; bits from this one up stand for the gates of needles
#: with a character other than a word character (see :class:`_Screen`).
_SCREEN_PATTERNS = 256


class _Words(dict[str, int]):
    """Word -> bits of the needles inside it, each word worked out on first use."""

    def __init__(self, screen: _Screen) -> None:
        super().__init__()
        self.screen = screen

    def __missing__(self, word: str) -> int:
        if len(self) >= _Screen.LIMIT:
            self.clear()
        bits = self[word] = self.screen.word(word)
        return bits


class _Screen:
    """Which of some patterns' needles a folded text holds, answered word by word.

    A needle of word characters can only lie inside one run of word characters of the text, so a
    text's answer is the union of its words' answers, and a word's answer is kept: news repeats its
    words. The "words" are the text's white-space separated chunks ("tanks," "anti-tank"): a needle of
    word characters is inside a chunk exactly when it is inside one of the chunk's runs of word
    characters, and ``str.split`` finds the chunks far faster than a regex finds the runs. A needle with another character ("sept.", "anti-tank") is looked up in the whole text,
    but only when its longest run of word characters, its gate, is inside one of the words. Each
    pattern owns one bit of the answers, each gate one bit from :data:`_SCREEN_PATTERNS` up.

    A screen's patterns and needles never change once made: adding a pattern makes a new screen
    (see :func:`may_match`), so that a caller still holding the old one gets consistent answers.
    """

    #: How many words, and how many texts (sentences, up to 1,000 characters each), a screen
    #: remembers before it forgets them all.
    LIMIT: ClassVar[int] = 50_000
    TEXTS: ClassVar[int] = 4096

    def __init__(self, base: _Screen | None = None, key: int | None = None, needles: tuple[str, ...] = ()) -> None:
        self.bits: dict[int, int] = dict(base.bits) if base is not None else {}  # pattern's key in _NEEDLES -> bit
        # needle of word characters, or gate -> bits of the patterns holding it, or of the gate
        self.inner: dict[str, int] = dict(base.inner) if base is not None else {}
        # gate bit -> the needles with another character behind it, with the bits of their patterns
        self.gated: dict[int, dict[str, int]] = (
            {g: dict(ns) for g, ns in base.gated.items()} if base is not None else {}
        )
        self.gates: dict[str, int] = dict(base.gates) if base is not None else {}  # gate -> its bit
        if key is not None:
            bit = self.bits[key] = 1 << len(self.bits)
            for n in needles:
                if _WORD_RUN.fullmatch(n):
                    self.inner[n] = self.inner.get(n, 0) | bit
                    continue
                gate = max(_WORD_RUN.findall(n), key=len, default="")  # "": always open
                gate_bit = self.gates.get(gate)
                if gate_bit is None:
                    gate_bit = self.gates[gate] = 1 << (_SCREEN_PATTERNS + len(self.gates))
                    if gate:
                        self.inner[gate] = self.inner.get(gate, 0) | gate_bit
                behind = self.gated.setdefault(gate_bit, {})
                behind[n] = behind.get(n, 0) | bit
        self.lengths = sorted({len(n) for n in self.inner})
        # gate bit's index above _SCREEN_PATTERNS -> its needles with the bits of their patterns
        self.behind: list[tuple[tuple[str, int], ...]] = [()] * len(self.gates)
        for gate_bit, behind in self.gated.items():
            self.behind[gate_bit.bit_length() - 1 - _SCREEN_PATTERNS] = tuple(behind.items())
        self.always = self.gates.get("", 0)  # the gate of needles without a word character
        self.words = _Words(self)
        self.texts: dict[str, int] = {}  # folded text -> bits of the patterns with a needle in it

    def word(self, word: str) -> int:
        """The bits of the needles and gates inside ``word`` (a chunk of the text without white space)."""
        bits = 0
        inner = self.inner
        for size in self.lengths:
            if size > len(word):
                break
            for i in range(len(word) - size + 1):
                bits |= inner.get(word[i : i + size], 0)
        return bits

    def text(self, folded: str) -> int:
        """The bits of the patterns with a needle in ``folded``."""
        bits: int = reduce(or_, map(self.words.__getitem__, folded.split()), 0)
        opened = (bits | self.always) >> _SCREEN_PATTERNS  # the gates of needles with another character
        while opened:  # only the open gates, lowest first
            low = opened & -opened
            for n, b in self.behind[low.bit_length() - 1]:
                if n in folded:
                    bits |= b
            opened ^= low
        if len(self.texts) >= self.TEXTS:
            self.texts.clear()
        self.texts[folded] = bits
        return bits


#: The screen of the patterns asked about so far; at :data:`_SCREEN_PATTERNS` it starts afresh.
_screen = _Screen()


def _screen_with(key: int, needles: tuple[str, ...]) -> _Screen:
    global _screen  # replaced whole, never changed in place (see _Screen)
    base = _screen if len(_screen.bits) < _SCREEN_PATTERNS else None
    _screen = _Screen(base, key, needles)
    return _screen


def forget_texts() -> None:
    """Drop the answers remembered per text (called at the start of each parse).

    Words' answers are kept across parses (news repeats its words); whole sentences are not, so that a
    parse never profits from having seen the same sentence in an earlier one (a benchmark re-parsing
    its corpus would measure the cache, not the parser). Answers remembered per whole text elsewhere
    (:func:`parse_count`) are dropped too.
    """
    global _parses
    _screen.texts.clear()
    _parses += 1


#: How many parses have begun (:func:`forget_texts` calls).
_parses = 0


def parse_count() -> int:
    """How many parses have begun: a cache of one text's answers is only valid within the parse it was made in."""
    return _parses


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when ``pattern`` (from :func:`compile_alternation`) cannot match the text ``folded`` stands for.

    ``folded`` is :func:`fold` of the text (or of the part of it the pattern is run on). The answer
    is that of "does ``folded`` contain one of the pattern's needles", found for all patterns asked
    about at once and remembered per text (a sentence is asked about many patterns).
    """
    screen = _screen
    key = id(pattern)
    bit = screen.bits.get(key)
    if bit is None:
        registered = _NEEDLES.get(key)
        if registered is None:
            return True
        screen = _screen_with(key, registered[1])
        bit = screen.bits[key]
    found = screen.texts.get(folded)
    if found is None:
        found = screen.text(folded)
    return found & bit != 0


def screen_bits(folded: str) -> tuple[dict[int, int], int]:
    """The answers of :func:`may_match` for ``folded``, all at once: (``id`` of a pattern -> its bit, the bits of
    the patterns that may match).

    A pattern missing from the first is one not asked about yet (or one without needles): ask :func:`may_match`.
    The two stay consistent with each other when later patterns are added (a new screen is made for them; this
    one is not changed), so a caller can keep them for a sentence and test a pattern's bit without a call.
    """
    screen = _screen
    found = screen.texts.get(folded)
    if found is None:
        found = screen.text(folded)
    return screen.bits, found
