"""Sentences, clauses, words and word patterns: the text structure the pledge extraction walks.

Language-neutral; what differs between languages (abbreviations that do not end a sentence, whether
"17." is an ordinal, which words open a clause) comes from the lexicon's ``[sentences]`` section.
Every regex here is linear: alternations of literal words, no nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ._lexicon import Lexicon
from ._match import compile_alternation

__all__ = ["Token", "clauses", "compile_patterns", "sentences", "tokens"]

#: A word, possibly with inner hyphens, dots, apostrophes or slashes ("Gepard-Flakpanzer", "U.S.-made",
#: "SAMP/T"), or one sign.
_TOKEN = re.compile(r"\w+(?:[-'’/.]+\w+)*|[^\w\s]")

#: Candidate sentence ends: a run of . ! ? (with closing quotes/brackets), then space; or a line break.
_END = re.compile(r"[.!?]+[\"'”“»«)\]]*(?=\s)|\n+")


@dataclass(frozen=True, slots=True)
class Token:
    """One word or sign: ``text[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and signs of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]


@lru_cache(maxsize=8)
def _abbreviations(lang: str, items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.lower() for a in items)


def sentences(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, leading and trailing space trimmed.

    A sentence ends at ``.``/``!``/``?`` followed by space, or at a line break; not after an
    abbreviation of the language ("Mio.", "U.S."), a single capital ("J. Biden"), or, where the
    language writes ordinals with a dot, after a number ("am 17. August").
    """
    abbreviations = _abbreviations(lex.lang, tuple(lex.sentences.abbreviations))
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _END.finditer(text):
        if m.group()[0] == ".":
            word = text[max(begin, m.start() - 30) : m.start() + 1].split()
            last = word[-1].lower() if word else ""
            core = last.rstrip(".")
            if last in abbreviations or (len(core) == 1 and core.isalpha()):
                continue
            if lex.sentences.ordinal_dot and core.isdigit() and len(core) <= 2:
                continue
            following = text[m.end() : m.end() + 3].lstrip()
            if following[:1].islower():
                continue
        _append(text, begin, m.end() if m.group()[0] != "\n" else m.start(), spans)
        begin = m.end()
    _append(text, begin, len(text), spans)
    return spans


#: Longer "sentences" (tables, lists, text without full stops) are cut at a space before this many
#: characters, so that the work per sentence stays bounded and parsing stays linear in the text.
MAX_SENTENCE = 1000


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        if stop - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            stop = cut if cut > start else start + MAX_SENTENCE
        last = stop
        while last > start and text[last - 1].isspace():
            last -= 1
        if last > start:
            spans.append((start, last))
        start = stop


@lru_cache(maxsize=8)
def _clause_break(lang: str, words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*[;:–—]\s*|,\s*(?=(?:{alternation})\b)|\s[-]\s" if alternation else r"\s*[;:–—]\s*")


def clauses(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Clause spans inside one sentence: split at ``; : –``, at a comma before a clause word, and at the
    first comma after a fronted subordinate clause ("As the president flew to Kyiv, Washington announced")."""
    pattern = _clause_break(lex.lang, tuple(lex.sentences.clause_breaks))
    out: list[tuple[int, int]] = []
    begin = start
    brackets = [(start + g.start(), start + g.end()) for g in re.finditer(r"\([^()]*\)", text[start:end])]
    breaks = [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
    first = _first_word(text, start, end)
    if first in lex.sentences.fronted:
        comma = text.find(",", start, end)
        while comma != -1 and any(a <= comma < b for a, b in brackets):
            comma = text.find(",", comma + 1, end)
        if comma != -1 and not any(a <= comma < b for a, b in breaks):
            gap = re.compile(r",\s*").match(text, comma, end)
            breaks = sorted([*breaks, (comma, gap.end() if gap else comma + 1)])
    for a, b in breaks:
        if any(x <= a < y for x, y in brackets):
            continue  # "(zuvor: 7)": a bracket stays with its clause
        if a > begin:
            out.append((begin, a))
        begin = b
    if begin < end:
        out.append((begin, end))
    return out or [(start, end)]


_WORD = re.compile(r"\s*([^\W\d_]+)")


def _first_word(text: str, start: int, end: int) -> str:
    m = _WORD.match(text, start, end)
    return m.group(1).lower() if m else ""


#: A gap of up to this many words, written "..." in a word list ("since ... invasion").
GAP_WORDS = 5


def _pattern_source(entry: str) -> str:
    words = entry.strip().split()
    source = ""
    for k, word in enumerate(words):
        if word in ("...", "…"):
            source += rf"(?:[\w'’.-]+(?:,\d+)*\s+){{0,{GAP_WORDS}}}"  # bounded: stays linear; "100,000" one word
            continue
        head = r"\w*" if word.startswith("*") else ""
        tail = r"\w*" if word.endswith("*") and len(word) > 1 else ""
        core = word.strip("*")
        inner = r"\w*".join(re.escape(piece) for piece in core.split("*"))  # "defen*e", "armo*red"
        source += head + inner + tail + (r"\s+" if k + 1 < len(words) else "")
    return source


@lru_cache(maxsize=512)
def _compiled(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    if not entries:
        return None
    ordered = sorted({e for e in entries if e.strip()}, key=lambda e: (-len(e), e))  # no hash-seed order
    # one alternation, factored into a prefix tree (same matches, fewer tries; see _match.py)
    return compile_alternation([_pattern_source(e) for e in ordered], r"(?<!\w)", r"(?!\w)", re.IGNORECASE)


def compile_patterns(entries: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for a lexicon word list: ``"liefer*"`` (prefix), ``"*hilfe*"`` (infix), phrases.

    A star inside a word stands for any letters (``"defen*e"``: defence, defense); a word ``...``
    in a phrase for up to :data:`GAP_WORDS` words (``"since ... invasion"``).

    Matching is case-insensitive and on word boundaries; ``None`` for an empty list. Compiled once
    per distinct list.
    """
    return _compiled(tuple(entries))
