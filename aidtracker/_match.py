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
from collections.abc import Iterable, Iterator, Sequence
from functools import reduce
from itertools import accumulate
from operator import add, or_, sub
from typing import ClassVar

__all__ = [
    "WHOLE_WORDS",
    "WORD_LED",
    "Chunks",
    "Screen",
    "atoms",
    "chunk_bits",
    "compile_alternation",
    "factor",
    "fold",
    "forget_texts",
    "may_match",
    "parse_count",
    "screen_bits",
    "screen_chunks",
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

#: Per registered pattern, by its ``id`` (hashing a pattern hashes its whole compiled code): the pattern, kept so
#: that the id stays its own, with what it was made of (sources, before, after); its words are worked out when
#: it is first asked about (:func:`_alternatives`).
_REGISTERED: dict[int, tuple[re.Pattern[str], tuple[str, ...], str, str]] = {}

_WORD_START = r"(?<!\w)"
_WORD_END = r"(?!\w)"
_SPACES = r"\s+"
_LETTERS_ANY = r"\w*"
#: Where a word of an alternative must stand in its chunk, at either end (see :func:`_words`).
_ANYWHERE, _WORD_EDGE, _CHUNK_EDGE = 0, 1, 2
_ANCHORS = {_ANYWHERE: ("", ""), _WORD_EDGE: (_WORD_START, _WORD_END), _CHUNK_EDGE: (r"\A", r"\Z")}


def fold(text: str) -> str:
    """``text`` lower-cased so that a literal a case-insensitive pattern matches is a substring of it.

    Length-preserving: ``fold(text)[i]`` stands for ``text[i]``.
    """
    # ``translate`` looks up every character in a dict; the five it changes are rare, so look first
    if text.isascii() or _FOLDED.search(text) is None:
        return text.lower()
    return text.translate(_FOLD).lower()


class Word:
    """One word an alternative needs (see :func:`_words`): a run of literal characters and ``\\w*``, and where it
    must stand in its chunk of the text (a piece between white space), at its start and at its end.

    ``gate`` is the longest run of its literal characters, folded: a substring of any chunk the word is in.
    """

    def __init__(self, pieces: list[str], literal: str, gate: str, opening: int, closing: int, flags: int) -> None:
        self.literal = literal  # the whole word when it is only literal characters of the gate ("" else)
        self.gate = gate
        self.opening = opening
        self.closing = closing
        self.flags = flags
        self.source = _ANCHORS[opening][0] + "".join(pieces) + _ANCHORS[closing][1]  # its regex
        self.regex: re.Pattern[str] | None = None  # compiled on first use

    def found_in(self, chunk: str) -> bool:
        """Whether the word stands in ``chunk`` (folded, no white space) where it must."""
        literal = self.literal
        if not literal:
            regex = self.regex
            if regex is None:
                regex = self.regex = re.compile(self.source, self.flags)
            return regex.search(chunk) is not None
        # the regex's answer for a word of literal characters, without compiling it: an occurrence whose edges
        # are as they must be (see _opens, _closes)
        n = len(literal)
        if self.opening == _CHUNK_EDGE:
            return chunk.startswith(literal) and self._closes(chunk, n)
        if self.closing == _CHUNK_EDGE:
            return chunk.endswith(literal) and self._opens(chunk, len(chunk) - n)
        i = chunk.find(literal)
        while i >= 0:
            if self._opens(chunk, i) and self._closes(chunk, i + n):
                return True
            i = chunk.find(literal, i + 1)
        return False

    def _opens(self, chunk: str, i: int) -> bool:
        """Whether the word may start at ``chunk[i]`` (``(?<!\\w)``: no word character before it)."""
        if self.opening == _ANYWHERE:
            return True
        return i == 0 or (self.opening == _WORD_EDGE and not _is_word(chunk[i - 1]))

    def _closes(self, chunk: str, j: int) -> bool:
        """Whether the word may end before ``chunk[j]`` (``(?!\\w)``: no word character after it)."""
        if self.closing == _ANYWHERE:
            return True
        return j == len(chunk) or (self.closing == _WORD_EDGE and not _is_word(chunk[j]))


def _is_word(c: str) -> bool:
    """Whether ``c`` is a word character (what re's ``\\w`` matches in a str pattern)."""
    return c.isalnum() or c == "_"


def _words(parts: Sequence[Atom], before: str, after: str, flags: int) -> tuple[Word, ...]:
    """The words an alternative (cut into :func:`atoms`) needs: its runs of literal characters and ``\\w*``.

    Such a run holds no white space, so whatever it matches lies in one chunk of the text (a piece between white
    space). Where it meets ``\\s+`` (or a literal space) the chunk must end or begin there; at the ends of the
    alternative the pattern's own ``(?<!\\w)`` and ``(?!\\w)`` hold; next to anything else nothing is assumed.
    So every match of the alternative has each word standing in some chunk of the text (folded; :func:`fold`
    keeps white space, word characters and the matches of ``re.IGNORECASE``), and a text lacking one of them
    cannot match the alternative. A run without a literal character says nothing and is left out.
    """
    ignorecase = bool(flags & re.IGNORECASE)
    out: list[Word] = []
    pieces: list[str] = []
    gate = run = ""
    plain = True  # only literal characters, each with its folded form
    opening = _WORD_EDGE if before == _WORD_START else _ANYWHERE
    for literal, piece in [*parts, (False, "")]:  # the empty piece: the end of the alternative
        if literal and not piece.isspace():
            pieces.append(re.escape(piece))
            key = _key(piece, ignorecase)
            run = run + key if key is not None else ""
            gate = run if len(run) > len(gate) else gate
            plain = plain and key is not None
            continue
        if piece == _LETTERS_ANY:
            pieces.append(piece)
            run = ""
            plain = False
            continue
        spaced = piece == _SPACES or literal
        if not piece:
            closing = _WORD_EDGE if after == _WORD_END else _ANYWHERE
        else:
            closing = _CHUNK_EDGE if spaced else _ANYWHERE
        if gate:
            out.append(Word(pieces, gate if plain else "", gate, opening, closing, flags))
        opening = _CHUNK_EDGE if spaced else _ANYWHERE
        pieces, gate, run, plain = [], "", "", True
    return tuple(out)


def _alternatives(key: int) -> tuple[tuple[Word, ...], ...] | None:
    """The words each alternative of the registered pattern ``key`` needs; None when one needs none (the pattern is
    then never screened)."""
    registered = _REGISTERED.get(key)
    if registered is None:
        return None
    pattern, sources, before, after = registered
    alternatives = [_words(atoms(s), before, after, pattern.flags) for s in sources]
    if not sources or not all(alternatives):
        return None
    return tuple(alternatives)


def _whole_word(parts: Sequence[Atom]) -> bool:
    """Whether an alternative is only word characters and ``\\w*``: between ``(?<!\\w)`` and ``(?!\\w)`` it
    matches the whole run of word characters it starts at, or nothing."""
    return all((literal and _is_word(piece)) or (not literal and piece == _LETTERS_ANY) for literal, piece in parts)


def _infix(parts: Sequence[Atom]) -> str | None:
    """The core of an alternative ``\\w*core\\w*`` whose core is only literal word characters, else None."""
    if len(parts) < 3 or parts[0] != (False, _LETTERS_ANY) or parts[-1] != (False, _LETTERS_ANY):
        return None
    core = parts[1:-1]
    return "".join(piece for _, piece in core) if all(lit and _is_word(piece) for lit, piece in core) else None


def _join_infixes(sources: Sequence[str], ignorecase: bool) -> list[str]:
    """``sources`` (between ``(?<!\\w)`` and ``(?!\\w)``) with the infixes (``\\w*hilfe\\w*``) of each run of
    consecutive whole-word alternatives joined into one ``\\w*(?:hilfe|paket|...)\\w*``, at the first one's place.

    The same matches: at a position, every whole-word alternative (:func:`_whole_word`) that matches spans the same
    run of word characters, so their order among themselves decides nothing, and the joined infix matches the run
    exactly when one of its infixes does. ``re`` tries a lone ``\\w*core\\w*`` at every split of each word (it
    takes the word, then gives back one character at a time), so ten infixes cost ten such passes; joined, one
    pass tests all cores (factored) at each split.
    """
    out: list[str] = []
    run: list[tuple[str, str]] = []  # the current run's infixes: (source, core)
    at = 0  # where the run's first infix stands in ``out``
    for source in [*sources, ""]:  # "": the end, which closes the last run
        parts = atoms(source)
        core = _infix(parts) if source else None
        if core is not None:
            if not run:
                at = len(out)
                out.append(source)
            run.append((source, core))
            continue
        if not source or not _whole_word(parts):  # an alternative of another kind ends the run
            if len(run) > 1:
                out[at] = rf"\w*(?:{factor([re.escape(c) for _, c in run], ignorecase)})\w*"
            run = []
        if source:
            out.append(source)
    return out


def compile_alternation(sources: Sequence[str], before: str, after: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(before + "(?:" + "|".join(sources) + ")" + after, flags)``, factored (:func:`factor`).

    Between word bounds (``(?<!\\w)``, ``(?!\\w)``) infixes are joined too (:func:`_join_infixes`).
    The pattern is also registered for :func:`may_match`: the words every alternative needs (:func:`_words`), so
    that a text lacking them all is known not to match without running the regex.
    """
    ignorecase = bool(flags & re.IGNORECASE)
    body = sources
    if before == _WORD_START and after == _WORD_END and all(_plain(s) for s in sources):
        body = _join_infixes(sources, ignorecase)
    pattern = re.compile(f"{before}(?:{factor(body, ignorecase)}){after}", flags)
    if ignorecase and id(pattern) not in _REGISTERED and all(_plain(s) for s in sources):
        _REGISTERED[id(pattern)] = (pattern, tuple(sources), before, after)
        if before == _WORD_START and all(_word_led(atoms(s), flags) for s in sources):
            WORD_LED.add(id(pattern))
            if after == _WORD_END and all(_whole_word(atoms(s)) for s in sources):
                WHOLE_WORDS.add(id(pattern))
    return pattern


#: The registered patterns (by ``id``) after ``(?<!\w)`` whose every alternative opens with a word of its own
#: (:func:`_word_led`): each of their matches starts in a chunk of the text that holds that word (see
#: :meth:`_Screen.starts`).
WORD_LED: set[int] = set()
#: Those of them whose every alternative is a whole word (:func:`_whole_word`) before ``(?!\w)``: each of their
#: matches is a run of word characters, so it lies inside one chunk.
WHOLE_WORDS: set[int] = set()


def _word_led(parts: Sequence[Atom], flags: int) -> bool:
    """Whether the alternative (cut into :func:`atoms`) opens with a run of literal characters (no white space) and
    ``\\w*`` that holds a literal (so that it is the first of its :func:`_words`): its match starts where that run
    starts, inside the chunk the word stands in, and is never empty."""
    k = 0
    while k < len(parts) and ((parts[k][0] and not parts[k][1].isspace()) or parts[k] == (False, _LETTERS_ANY)):
        k += 1
    return k > 0 and len(_words(parts[:k], _WORD_START, "", flags)) == 1


#: At most this many patterns share a screen; bits from this one up stand for the words of alternatives that need
#: more than one (see :class:`_Screen`). Both lexicons' cue lists must fit with room to spare: a batch that mixes the
#: languages asks about all of them in turn, and past this number each new pattern starts a screen afresh, so every
#: sentence would rebuild it (at 256, with the 279 lists of session 25, the fast-path test on the corpora ran 7x
#: slower). Larger numbers make every bit operation dearer (1024 cost the benchmark about 7 %).
_SCREEN_PATTERNS = 384
_PATTERN_BITS = (1 << _SCREEN_PATTERNS) - 1


class _Words(dict[str, int]):
    """Chunk -> bits of the words inside it, each chunk worked out on first use."""

    def __init__(self, screen: _Screen) -> None:
        super().__init__()
        self.screen = screen

    def __missing__(self, word: str) -> int:
        if len(self) >= _Screen.LIMIT:
            self.clear()
        bits = self[word] = self.screen.word(word)
        return bits


class _Screen:
    """Which of some patterns may match a folded text, answered chunk by chunk.

    Every word an alternative needs lies in one chunk of the text (its white-space separated pieces: "tanks,",
    "anti-tank"; ``str.split`` finds them far faster than a regex finds words), so a text's answer is made of its
    chunks' answers, and a chunk's answer is kept: news repeats its words. A chunk's answer sets the bit of each
    pattern with an alternative of one word found in it, and the bit of each word found that an alternative of
    several words needs; the text's answer then holds a pattern's bit as well when all the words of one of its
    alternatives of several are found (looked at from the word with the longest gate, its key). Words are looked
    for in a chunk by their gates (each substring of the chunk looked up), then each where it must stand.

    A screen's patterns and words never change once made: adding a pattern makes a new screen (see
    :func:`may_match`), so that a caller still holding the old one gets consistent answers.
    """

    #: How many chunks, and how many texts (sentences, up to 1,000 characters each), a screen remembers before it
    #: forgets them all.
    LIMIT: ClassVar[int] = 50_000
    TEXTS: ClassVar[int] = 4096

    def __init__(
        self, base: _Screen | None = None, key: int | None = None, alternatives: Sequence[Sequence[Word]] = ()
    ) -> None:
        self.bits: dict[int, int] = dict(base.bits) if base is not None else {}  # pattern's key in _REGISTERED -> bit
        # gate -> its words with the bits each sets (of patterns it is an alternative of, and its own)
        self.inner: dict[str, tuple[tuple[Word, int], ...]] = dict(base.inner) if base is not None else {}
        self.ids: dict[str, int] = dict(base.ids) if base is not None else {}  # word's source -> its own bit
        # the index of a key word's bit -> (the bits of all words of an alternative it is the key of, pattern's bit)
        self.keyed: dict[int, tuple[tuple[int, int], ...]] = dict(base.keyed) if base is not None else {}
        self.keys: int = base.keys if base is not None else 0  # the bits of key words
        # pattern's key -> its starts() (see there), worked out with its bit
        self.masks: dict[int, int] = dict(base.masks) if base is not None else {}
        if key is not None:
            bit = self.bits[key] = 1 << len(self.bits)
            mask = bit
            for words in alternatives:
                if len(words) == 1:
                    self._add(words[0], bit)
                    continue
                need = 0
                for word in words:
                    need |= self._add(word, self._id(word))
                mask |= self._id(words[0])
                own = self._id(max(words, key=lambda w: len(w.gate)))
                index = own.bit_length() - 1
                self.keyed[index] = (*self.keyed.get(index, ()), (need, bit))
                self.keys |= own
            if key in WORD_LED:
                self.masks[key] = mask
        lengths = {len(w.gate) for words in alternatives for w in words}
        self.lengths: list[int] = sorted(lengths.union(base.lengths)) if base is not None else sorted(lengths)
        self.words = _Words(self)
        self.texts: dict[str, int] = {}  # folded text -> bits of the patterns that may match it

    def _id(self, word: Word) -> int:
        """The word's own bit (made on first use)."""
        own = self.ids.get(word.source)
        if own is None:
            own = self.ids[word.source] = 1 << (_SCREEN_PATTERNS + len(self.ids))
        return own

    def _add(self, word: Word, bits: int) -> int:
        """Let ``word`` set ``bits`` too; returns ``bits``."""
        entries = self.inner.get(word.gate, ())
        for k, (w, b) in enumerate(entries):
            if w.source == word.source:
                self.inner[word.gate] = (*entries[:k], (w, b | bits), *entries[k + 1 :])
                return bits
        self.inner[word.gate] = (*entries, (word, bits))
        return bits

    def word(self, word: str) -> int:
        """The bits of the words inside ``word`` (a chunk of the text without white space), see the class."""
        bits = 0
        inner = self.inner
        for size in self.lengths:
            if size > len(word):
                break
            for i in range(len(word) - size + 1):
                found = inner.get(word[i : i + size])
                if found is not None:
                    for w, b in found:
                        if bits & b != b and w.found_in(word):
                            bits |= b
        return bits

    def starts(self, key: int) -> int | None:
        """The bits a chunk's answer holds where a match of the :data:`WORD_LED` pattern ``key`` may start (None for
        a pattern this screen does not know, or one not word-led): the pattern's own (a single-word alternative's word
        stands in the chunk of its match), and the bit of the first word of each alternative of several words (each
        match starts in the chunk of its alternative's first word, whose own bit that chunk's answer holds)."""
        return self.masks.get(key)

    def text(self, folded: str, each: Iterable[int] | None = None) -> int:
        """The bits of the patterns that may match ``folded`` (``each``: its chunks' answers, when known)."""
        if each is None:
            each = map(self.words.__getitem__, folded.split())
        found: int = reduce(or_, each, 0)
        bits = found & _PATTERN_BITS
        keys = found & self.keys
        while keys:  # the key words found, lowest first
            low = keys & -keys
            for need, bit in self.keyed[low.bit_length() - 1]:
                if found & need == need:
                    bits |= bit
            keys ^= low
        if len(self.texts) >= self.TEXTS:
            self.texts.clear()
        self.texts[folded] = bits
        return bits


#: The screen's type, for a caller that keeps one (:func:`chunk_bits`).
Screen = _Screen

#: The screen of the patterns asked about so far; at :data:`_SCREEN_PATTERNS` it starts afresh.
_screen = _Screen()


def _screen_with(key: int, alternatives: Sequence[Sequence[Word]]) -> _Screen:
    global _screen  # replaced whole, never changed in place (see _Screen)
    base = _screen if len(_screen.bits) < _SCREEN_PATTERNS else None
    _screen = _Screen(base, key, alternatives)
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
    is that of "does ``folded`` hold all the words (:func:`_words`) of one of the pattern's alternatives",
    found for all patterns asked about at once and remembered per text (a sentence is asked about many
    patterns).
    """
    screen = _screen
    key = id(pattern)
    bit = screen.bits.get(key)
    if bit is None:
        alternatives = _alternatives(key)
        if alternatives is None:
            return True
        screen = _screen_with(key, alternatives)
        bit = screen.bits[key]
    found = screen.texts.get(folded)
    if found is None:
        found = screen.text(folded)
    return found & bit != 0


_SPACES_SPLIT = re.compile(r"(\s+)")


#: What the screen says of each chunk of a text: (the screen, where each chunk starts, where it ends, its bits).
Chunks = tuple[_Screen, list[int], list[int], list[int]]


def chunk_bits(folded: str, screen: _Screen | None = None, words: list[str] | None = None) -> Chunks:
    """What the screen says of each chunk of ``folded`` (its pieces between white space): (the screen, where each
    chunk starts, where it ends, its bits). ``screen`` and ``words`` (``folded.split()``, answered by that screen in
    :func:`screen_chunks`) spare the work when given.

    A word of an alternative stands in the chunk that holds its part of the match (see :class:`_Screen`), so a
    :data:`WORD_LED` pattern's match can start only in a chunk whose bits meet the screen's
    :meth:`~_Screen.starts` of it, and a :data:`WHOLE_WORDS` pattern's lies inside such a chunk. The screen is
    returned with its chunks' answers, so that the two stay consistent when later patterns make a new one.
    """
    if screen is None or words is None:
        screen, words = _screen, folded.split()
    if " ".join(words) == folded:  # one space between the chunks and none around them (most sentences)
        ends = list(map(add, accumulate(map(len, words)), range(len(words))))
        each = list(map(screen.words.__getitem__, words))  # (looked up again: the words' answers are kept)
        return screen, list(map(sub, ends, map(len, words))), ends, each
    parts = _SPACES_SPLIT.split(folded)  # chunks at even places ("" at an end that is white space), the rest odd
    at = list(accumulate(map(len, parts), initial=0))
    return screen, at[0::2], at[1::2], list(map(screen.words.__getitem__, parts[0::2]))


def screen_chunks(folded: str) -> tuple[_Screen, int, list[str] | None]:
    """:func:`screen_bits` with the screen itself and ``folded``'s chunks when it answered them now (None when it
    remembered the text), for :func:`chunk_bits`."""
    screen = _screen
    found = screen.texts.get(folded)
    if found is not None:
        return screen, found, None
    words = folded.split()
    return screen, screen.text(folded, map(screen.words.__getitem__, words)), words


def screen_bits(folded: str) -> tuple[dict[int, int], int]:
    """The answers of :func:`may_match` for ``folded``, all at once: (``id`` of a pattern -> its bit, the bits of
    the patterns that may match).

    A pattern missing from the first is one not asked about yet (or one never screened): ask :func:`may_match`.
    The two stay consistent with each other when later patterns are added (a new screen is made for them; this
    one is not changed), so a caller can keep them for a sentence and test a pattern's bit without a call.
    """
    screen = _screen
    found = screen.texts.get(folded)
    if found is None:
        found = screen.text(folded)
    return screen.bits, found
