"""The public parser: :func:`parse` one text, :func:`parse_many` a batch.

>>> import aidtracker as at
>>> text = "Berlin wolle außerdem vier mechanisierte Infanteriebrigaden ausrüsten."
>>> [(p.donor, str(p.quantity)) for p in at.parse(text)]
[('DEU', '4 brigade')]

The work is done by :mod:`aidtracker._extract` with the language's lexicon; this module picks the
language, anchors relative time to the publication date and turns mentions into
:class:`~aidtracker.Pledge` records.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sized
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ._errors import LexiconError

if TYPE_CHECKING:
    from ._extract import Mention
    from ._records import Pledge

__all__ = ["detect_language", "parse", "parse_many"]

DateLike = dt.date | str | None

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _detect_tables() -> tuple[tuple[str, frozenset[str]], ...]:
    from ._lexicon import available_languages, load_lexicon

    return tuple((lang, frozenset(load_lexicon(lang).detect.words)) for lang in available_languages())


def detect_language(text: str) -> str:
    """The language whose common words (lexicon ``[detect]``) occur most often in ``text``.

    Looks at the first 5,000 characters. A tie (a headline may have no such word) goes to the language
    whose giving and aid words (lexicon ``cues.pledge`` and ``cues.aid``) occur most often, and a tie of
    those to the first language in alphabetical order that has a lexicon.

    >>> detect_language("Deutschland liefert der Ukraine weitere Panzer und Munition.")
    'de'
    >>> detect_language("Biden pledges $2bn")
    'en'
    """
    head = text[:5000]
    words = [w.lower() for w in _WORD.findall(head)]
    scored = [(sum(1 for w in words if w in table), lang) for lang, table in _detect_tables()]
    top = max(hits for hits, _ in scored)
    tied = [lang for hits, lang in scored if hits == top]
    if len(tied) > 1:
        cues = {lang: _cue_hits(lang, head) for lang in tied}
        return max(tied, key=lambda lang: cues[lang])  # (max keeps the first of equals: alphabetical order)
    return tied[0]


def _cue_hits(lang: str, text: str) -> int:
    """How often the giving and aid words of ``lang``'s lexicon occur in ``text``."""
    from ._extract import _patterns

    p = _patterns(lang)
    return sum(len(pattern.findall(text)) for pattern in (p.pledge, p.aid) if pattern is not None)


def _as_date(value: DateLike) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"published: {value!r} is not a date; give a datetime.date or 'YYYY-MM-DD'") from None


def _number(value: float) -> float | int:
    if type(value) is float and value.is_integer():  # the usual case, and what the general rule gives for it
        return int(value)
    rounded = round(value)
    if abs(value - rounded) <= 1e-9 * max(1.0, abs(value)):
        return int(rounded)
    return float(f"{value:.12g}")


def _quantity(value: float | None, unit: str | None, per: str | None) -> dict[str, Any] | None:
    if value is None or unit is None:
        return None
    if per == "quarter":
        value, per = value * 4, "year"
    return {"value": _number(value), "unit": f"{unit} / {per}" if per else unit}


def _pledges(text: str, mentions: list[Mention], published: dt.date | None, source: str | None) -> list[Pledge]:
    from ._records import Pledge

    ids = {id(m): f"p{k}" for k, m in enumerate(mentions, 1)}
    first: dict[tuple[int, int, str | None], str] = {}  # the first mention with each key
    for m in reversed(mentions):
        first[_key(m)] = ids[id(m)]
    out: list[Pledge] = []
    for m in mentions:
        evidence = _sentence_text(text, m)
        quantity = _quantity(m.value, m.unit, m.per) if m.kind != "growth" else None
        low = _quantity(m.low, m.unit, m.per) if quantity is not None and m.low is not None else None
        high = _quantity(m.high, m.unit, m.per) if quantity is not None and m.high is not None else None
        growth = {"value": _number(m.growth), "unit": "percent / year"} if m.growth is not None else None
        target = None
        if m.restates is not None:
            target = first.get(_key(m.restates))
        period = None
        if m.period is not None and (m.period[0] is not None or m.period[1] is not None):
            period = {"start": m.period[0], "end": m.period[1]}
        record = {
            "id": ids[id(m)],
            "donor": m.donor,
            "category": m.category or "other",
            "item": m.item,
            "quantity": quantity,
            "low": low,
            "high": high,
            "growth": growth,
            "period": period,
            "equivalent_of": target if target != ids[id(m)] else None,
            "span": (m.start, m.end),
            "evidence": evidence,
            "source": source,
            "announced": published,
        }
        out.append(Pledge.model_validate(record))
    return out


def _key(m: Mention) -> tuple[int, int, str | None]:
    """Mentions with equal keys are the same pledge (a distributive copy shares its place, not its donor)."""
    return (m.start, m.end, m.donor)


def _sentence_text(text: str, m: Mention) -> str:
    span = m.extra.get("sentence_span")
    if isinstance(span, tuple):
        return text[span[0] : span[1]]
    return text[m.start : m.end]


def parse(text: str, *, published: DateLike = None, lang: str | None = None, source: str | None = None) -> list[Pledge]:
    """Every quantified pledge in ``text``, as :class:`~aidtracker.Pledge` records in text order.

    ``published`` (a date or ``"YYYY-MM-DD"``) anchors relative time ("this year", "im kommenden
    Jahr", "over the next four years") and becomes each record's ``announced``; without it such
    periods are left open. ``lang`` ("de", "en", or any language with a lexicon file) is detected
    when None. ``source`` is copied into each record. Text without pledges gives ``[]``.

    Raises :class:`~aidtracker.LexiconError` for a language without a lexicon and ``ValueError``
    for a ``published`` that is not a date.
    """
    from ._extract import extract

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    day = _as_date(published)
    if not text.strip():
        return []
    language = lang or detect_language(text)
    if not language:
        raise LexiconError("no lexicon available to read the text")
    mentions = extract(text, language, day)
    return _pledges(text, mentions, day, source)


def _items(texts: Iterable[str | tuple[str, DateLike]], published: DateLike) -> Iterator[tuple[str, DateLike]]:
    for item in texts:
        if isinstance(item, str):
            yield item, published
        else:
            text, day = item
            yield text, day


def parse_many(
    texts: Iterable[str | tuple[str, DateLike]],
    *,
    published: DateLike = None,
    lang: str | None = None,
    progress: bool = False,
) -> list[list[Pledge]]:
    """:func:`parse` for a batch: one list of pledges per text, in order.

    Items are texts or ``(text, published)`` pairs (a pair's date wins over ``published``). With
    ``progress=True`` a tqdm bar counts the texts (to stderr). Ids are unique within each text's
    result, as in :func:`parse`.

    >>> [len(r) for r in parse_many(["Kein Versprechen hier.", ("Britain will send 14 tanks.", "2023-01-14")])]
    [0, 1]
    """
    items: Iterable[tuple[str, DateLike]] = _items(texts, published)
    if progress:
        from importlib import import_module

        tqdm: Any = import_module("tqdm").tqdm
        total = len(texts) if isinstance(texts, Sized) else None
        items = tqdm(items, total=total, unit="text", desc="parsing")
    return [parse(text, published=day, lang=lang) for text, day in items]
