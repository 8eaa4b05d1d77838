"""Sentences, clauses, words and word patterns: the text structure the pledge extraction walks.

Language-neutral; what differs between languages (abbreviations that do not end a sentence, whether
"17." is an ordinal, which words open a clause) comes from the lexicon's ``[sentences]`` section.
Every regex here is linear: alternations of literal words, no nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple, cast

from ._lexicon import Lexicon
from ._match import compile_alternation

__all__ = ["Token", "clauses", "compile_patterns", "sentences", "tokens"]

#: A word, possibly with inner hyphens, dots, apostrophes or slashes ("Gepard-Flakpanzer", "U.S.-made",
#: "SAMP/T"), or one sign. Every other character is white space.
_TOKEN = re.compile(r"\w+(?:[-'’/.]+\w+)*|[^\w\s]")
#: The same as one group, for ``split`` (``*+``: no backtracking into the finished word; same matches).
_TOKEN_SPLIT = re.compile(r"(\w+(?:[-'’/.]+\w+)*+|[^\w\s])")

#: Candidate sentence ends: a run of . ! ? (with closing quotes/brackets), then space; or a line break.
#: Written ``[.!?\n](?:(?<=[.!?])...|(?<=\n)...)`` for ``[.!?]+[...]*(?=\s)|\n+``: the same matches,
#: but a pattern that opens with one class lets ``re`` skip to the candidates (4x faster).
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”“»«)\]]*(?=\s)|(?<=\n)\n*)")


class Token(NamedTuple):
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


#: ``Token`` made from a ``(start, end, text)`` tuple without a Python-level call.
_token = cast(Callable[[type[Token], tuple[int, int, str]], Token], tuple.__new__)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and signs of ``text[start:end]``, with offsets into ``text``."""
    size = len(text)
    start = min(max(start, 0), size)  # as ``finditer``'s pos and endpos take them
    stop = size if end is None else min(max(end, 0), size)
    # split keeps the tokens at odd places and the space between them at even ones; the running sum of
    # their lengths gives every offset
    parts = _TOKEN_SPLIT.split(text[start:stop])
    at = list(accumulate(map(len, parts), initial=start))
    return list(map(_token, repeat(Token), zip(at[1:-1:2], at[2::2], parts[1::2], strict=True)))


@lru_cache(maxsize=8)
def _abbreviations(lang: str, items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.lower() for a in items)


def sentences(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, leading and trailing space trimmed, and what opens a sentence
    before its first word: a wire dateline at the start of the text or a paragraph ("KYIV (Reuters) -"), a quote
    mark.

    A sentence ends at ``.``/``!``/``?`` followed by space, or at a line break; not after an
    abbreviation of the language ("Mio.", "U.S."), a single capital ("J. Biden", but not one of the language's
    ``letter_names``: "auf X. Prag"), or, where the language writes ordinals with a dot, after a number of one or two
    digits ("am 17. August"); unless a capitalised opener follows ("… from the U.S. Much of …", "auf 16. Das …").
    """
    abbreviations = _abbreviations(lex.lang, tuple(lex.sentences.abbreviations))
    openers = _abbreviations(lex.lang, tuple(lex.sentences.openers))
    letter_names = _abbreviations(lex.lang, tuple(lex.sentences.letter_names))
    ordinal_dot = lex.sentences.ordinal_dot
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _END.finditer(text):
        at, after = m.span()
        mark = text[at]
        if mark == ".":
            last = text[max(begin, at - 30) : at + 1].rsplit(None, 1)[-1].lower()  # ends in ".": never empty
            core = last.rstrip(".")
            abbreviated = last in abbreviations or (len(core) == 1 and core.isalpha() and core not in letter_names)
            ordinal = ordinal_dot and core.isdigit() and len(core) <= 2
            if (abbreviated or ordinal) and not _opener_at(text, after, openers):
                # "the U.S. Army", "am 17. August" go on; "… from the U.S. Much of …", "auf 16. Das neue Paket" end
                continue
            if text[after : after + 3].lstrip()[:1].islower():
                continue
        _append(text, begin, at if mark == "\n" else after, spans)
        begin = after
    _append(text, begin, len(text), spans)
    return [_opening(text, a, b) for a, b in spans]


def _opener_at(text: str, pos: int, openers: frozenset[str]) -> bool:
    """Whether the word after ``pos`` is a capitalised sentence opener of the language ("Much", "Das")."""
    nxt = text[pos : pos + 20].split(None, 1)
    return bool(nxt) and nxt[0][:1].isupper() and nxt[0].lower() in openers


#: Characters that only format a word: soft hyphens (news sites set them in long compounds), zero-width spaces and
#: joiners, the byte-order mark; :func:`cleaned` drops them. Non-breaking hyphens ("F‑16") become hyphens.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u2010\u2011]")
_DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def cleaned(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the characters that only format it ("Schützen\u00adpanzer" is "Schützenpanzer"), and where
    each character of the result stands in ``text`` (one more entry: the end), or ``None`` when nothing was
    dropped (the result is then ``text`` itself, or the same length)."""
    if _INVISIBLE.search(text) is None:
        return text, None
    text = text.replace("\u2010", "-").replace("\u2011", "-")
    if not any(c in text for c in _DROPPED):
        return text, None
    kept = [i for i, c in enumerate(text) if c not in _DROPPED]
    return "".join(text[i] for i in kept), [*kept, len(text)]


#: Marks that open a list item on its own line ("- 20 Marder", "• 4 IRIS-T SLM").
BULLETS = "-–—•*·▪►"
#: A line that opens a list item: a bullet or dash, or a number with a dot or bracket ("- 20 Marder", "2) ...").
_LIST_ITEM = re.compile(rf"[ \t]*(?:[{re.escape(BULLETS)}]|\d{{1,2}}[.)])\s")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped lines (text pasted from a PDF or an e-mail) made spaces, so
    that a sentence wrapped over lines is one sentence; the same length, so offsets into it are offsets into
    ``text``.

    A break is a wrap when the line before it is full: the next line's first word would not have fitted on it
    (at the text's longest line, at least 30 characters). These keep their break: a blank line; a short line (a
    heading, a list item, the end of a paragraph); a line that opens a list item ("- ", "• ", "2. "); two lines
    that each open with a digit, the first of them at most 40 characters (a list that lost its bullets: "30
    Leopard 1A5", "20 Marder"); a line ending in a colon before a line that is not full (what a list follows).
    """
    if "\n" not in text:
        return text
    raw = text.split("\n")
    lines = [line.rstrip() for line in raw]
    width = max(map(len, lines))
    if width < 30:
        return text
    firsts = [line.split(None, 1)[0] if line.strip() else "" for line in lines]
    full = [
        bool(line and first) and len(line) + 1 + len(first) > width
        for line, first in zip(lines[:-1], firsts[1:], strict=True)
    ] + [False]
    out = list(text)
    at = -1
    for k, line in enumerate(raw[:-1]):
        at += len(line) + 1  # the break after line k
        nxt = text[at + 1 : at + 1 + len(lines[k + 1]) + 1]
        if not full[k] or _LIST_ITEM.match(nxt):
            continue
        if firsts[k + 1][0].isdigit() and lines[k].lstrip()[0].isdigit() and len(lines[k]) <= 40:
            continue
        if lines[k].endswith(":") and not full[k + 1]:
            continue
        out[at] = " "
    return "".join(out)


#: A wire report's dateline at the start of a text or paragraph: a place in capitals ("KYIV -", "OSLO, March 6
#: (Reuters) -") or a place and an agency in brackets ("Kiew (dpa) –", "Berlin (AFP):"), then a dash or colon.
_DATELINE = re.compile(
    r"(?:[A-ZÄÖÜ][A-ZÄÖÜ.'’ -]{1,29}[A-ZÄÖÜ.](?:,[^()\n–—]{1,25}?)?(?:\s*\([^()\n]{1,30}\))?"
    r"|[A-ZÄÖÜ][^\W\d_][\w.'’ /-]{0,29}?(?:,[^()\n–—]{1,25}?)?\s*\([^()\n]{1,30}\))"
    r"\s*[-–—:]\s+(?=\S)"
)


def _after_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence ``(start, end)`` without a dateline opening it: its place names no giver and no recipient."""
    m = _DATELINE.match(text, start, end)
    return (m.end(), end) if m is not None and m.end() < end else (start, end)


#: Quote marks that open or close a quotation ("…", „…“, “…”, »…«, «…»).
QUOTES = '"„“”»«'


def _opening(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without what opens it before its first word: a dateline (at the start of the text or of a
    paragraph) and a quote mark ("„Berlin wird …“, sagte …" starts at "Berlin", as the sentence would unquoted)."""
    if start == 0 or text[start - 1] == "\n":
        start, end = _after_dateline(text, start, end)
    if text[start] in QUOTES and start + 1 < end:
        start += 1
        while start < end - 1 and text[start].isspace():
            start += 1
    return start, end


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
    # a comma at a quote's end opens the attribution ('… 24," a spokesperson said', '… vier“, sagte ein Sprecher')
    quote = r'|,\s*[„“”"»«]\s*|(?<=[“”"»«]),\s*'
    return re.compile(
        rf"\s*[;:–—]\s*|,\s*(?=(?:{alternation})\b)|\s[-]\s{quote}" if alternation else rf"\s*[;:–—]\s*{quote}"
    )


#: A character every clause break holds (see :func:`_breaks`).
_BREAK_SIGN = re.compile(r"[;:–—,-]")
#: A bracket with no bracket inside ("(zuvor: 7)").
BRACKETED = re.compile(r"\([^()]*\)")


def _breaks(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern.finditer(text, start, end)`` for a :func:`_clause_break` pattern.

    Each break holds a sign of :data:`_BREAK_SIGN` with nothing but white space before it in the
    match, so the first match from ``pos`` is the first at some position from the start of the white
    space before the next sign (not before ``pos``) up to that sign: only those are tried, and ``re``
    skips to the signs instead of trying every position of the sentence.
    """
    pos = start
    for sign in _BREAK_SIGN.finditer(text, start, end):
        q = sign.start()
        if q < pos:
            continue
        p = q
        while p > pos and text[p - 1].isspace():
            p -= 1
        while p <= q:
            m = pattern.match(text, p, end)
            if m is not None:
                pos = m.end()
                yield p, pos
                break
            p += 1


#: The clause-break pattern last used, with the word list it was made from (kept, so compared by identity).
_last_break: tuple[list[str], re.Pattern[str]] | None = None


def clauses(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Clause spans inside one sentence: split at ``; : –``, at a comma before a clause word, and at the
    first comma after a fronted subordinate clause ("As the president flew to Kyiv, Washington announced")."""
    global _last_break  # the pattern for these words, without hashing the list on every sentence
    words = lex.sentences.clause_breaks
    last = _last_break
    if last is not None and last[0] is words:
        pattern = last[1]
    else:
        pattern = _clause_break(lex.lang, tuple(words))
        _last_break = (words, pattern)
    out: list[tuple[int, int]] = []
    begin = start
    brackets = [g.span() for g in BRACKETED.finditer(text, start, end)] if text.find("(", start, end) >= 0 else []
    breaks: Iterable[tuple[int, int]] = _breaks(pattern, text, start, end)
    if _fronted(text, start, end, lex.sentences.fronted):
        found = list(breaks)
        comma = next(
            (c for c in _COMMA.finditer(text, start, end) if not any(x <= c.start() < y for x, y in brackets)), None
        )
        if comma is not None and not any(x <= comma.start() < y for x, y in found):
            found = sorted([*found, comma.span()])
        breaks = found
    for a, b in breaks:
        if brackets and any(x <= a < y for x, y in brackets):
            continue  # "(zuvor: 7)": a bracket stays with its clause
        if a > begin:
            out.append((begin, a))
        begin = b
    if begin < end:
        out.append((begin, end))
    return out or [(start, end)]


_WORD = re.compile(r"\s*([^\W\d_]+)")
_COMMA = re.compile(r",\s*")


def _fronted(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the sentence opens with a fronted subordinate clause: a ``fronted`` word first, or third after a
    measure of time ("A week after Zelensky asked for help, Canberra confirmed …", "Two days before …")."""
    pos = start
    for k in range(3):
        m = _WORD.match(text, pos, end)
        if m is None:
            return False
        if m.group(1).lower() in words:
            return k != 1  # (the second word: "The after-effects", no clause of that kind)
        pos = m.end()
        if k == 0 and text[pos : pos + 1] == ",":
            return False
    return False


#: A gap of up to this many words, written "..." in a word list ("since ... invasion").
GAP_WORDS = 5


def _pattern_source(entry: str) -> str:
    words = entry.strip().split()
    source = ""
    for k, word in enumerate(words):
        if word in ("...", "…"):
            # bounded: stays linear; "100,000" and "$50" are one word each ("make around $50 billion available")
            source += rf"(?:(?:[\w'’.-]+(?:[$€£¥][\w'’.-]+)?|[$€£¥][\w'’.-]+)(?:,\d+)*\s+){{0,{GAP_WORDS}}}"
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
