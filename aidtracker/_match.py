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

__all__ = ["atoms", "compile_alternation", "factor", "fold", "may_match"]

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

#: Per registered pattern: one regex of its needles (literal, factored), run over the folded text.
#: By ``id`` of the pattern: a pattern's hash hashes its whole compiled code (~3 us for a cue list), and
#: :func:`may_match` is asked tens of thousands of times per megabyte. The entry holds the pattern itself,
#: which keeps it alive: its id cannot be reused by another pattern while the entry exists.
_NEEDLES: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def fold(text: str) -> str:
    """``text`` lower-cased so that a literal a case-insensitive pattern matches is a substring of it.

    Length-preserving: ``fold(text)[i]`` stands for ``text[i]``.
    """
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
    if ignorecase and all(_plain(s) for s in sources):
        found = [_needle(atoms(s), ignorecase) for s in sources]
        if sources and all(n is not None for n in found):
            needles = sorted({n for n in found if n is not None}, key=len)
            # a needle containing a shorter one adds nothing to the test
            kept: list[str] = []
            for n in needles:
                if not any(k in n for k in kept):
                    kept.append(n)
            _NEEDLES[id(pattern)] = (pattern, re.compile(factor([re.escape(n) for n in kept])))
    return pattern


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when ``pattern`` (from :func:`compile_alternation`) cannot match the text ``folded`` stands for.

    ``folded`` is :func:`fold` of the text (or of the part of it the pattern is run on).
    """
    entry = _NEEDLES.get(id(pattern))
    if entry is None:
        return True
    return entry[1].search(folded) is not None
