"""Donor names in text: countries (from pycountry), capitals, adjectives, leaders, organisations.

Country names come from pycountry — English names, and in German through its ``iso3166-1`` gettext
catalogue — so no language file lists the world's states. The lexicon's ``[donors]`` section adds
what pycountry lacks: short forms ("USA", "Großbritannien"), capitals used for governments
("Berlin"), adjectives ("deutsche Unterstützung"), leaders and ministers, organisations, and the
words around a name that rule it in or out ("in Berlin" is a place; "German-made" is no donor).

Everything is built once per language, on first use.
"""

from __future__ import annotations

import bisect
import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ._lexicon import load_lexicon
from ._match import factor, fold, may_match, parse_count
from ._sentences import compile_patterns

__all__ = ["DonorHit", "country_of_currency", "currency_of", "find_donors"]

#: The recipient, the aggressor and the aggressor's arms suppliers (North Korea, Iran) never pledge aid to Ukraine;
#: their names are read (so that they are not mistaken for anything else) but never become a donor.
NOT_DONORS = frozenset({"UKR", "RUS", "BLR", "PRK", "IRN"})


@dataclass(frozen=True, slots=True)
class DonorHit:
    """A donor named at ``text[start:end]``; ``code`` None for a group ("allies")."""

    start: int
    end: int
    code: str | None
    adjective: bool = False


@dataclass(frozen=True, slots=True)
class _After:
    """The words of a ``not_after`` style list: ``"-made"`` glued on, ``"zeitung*"`` a prefix, else whole."""

    glued: tuple[str, ...]
    prefixes: tuple[str, ...]
    whole: frozenset[str]

    @classmethod
    def of(cls, words: list[str]) -> _After:
        return cls(
            tuple(w for w in words if w.startswith("-")),
            tuple(w.rstrip("*") for w in words if w.endswith("*")),
            frozenset(w for w in words if not w.endswith("*")),
        )

    def excludes(self, text: str, end: int) -> bool:
        """Whether one of the words follows ``text[:end]`` (glued on with a hyphen, or as the next word)."""
        rest = text[end : end + 40].lower()
        if self.glued:
            glued = _GLUED.match(rest)
            if glued and glued.group(1).startswith(self.glued):
                return True
        following = _FOLLOWING.match(rest)
        if not following:
            return False
        word = following.group(1)
        return word.startswith(self.prefixes) or word in self.whole


_GLUED = re.compile(r"\.?(-[\w-]+)")
_FOLLOWING = re.compile(r"[\s-]*([\w-]+)")


@dataclass(frozen=True, slots=True)
class _Finder:
    names: re.Pattern[str]
    table: dict[str, str]
    adjectives: re.Pattern[str] | None
    adjective_codes: tuple[tuple[re.Pattern[str], str], ...]
    groups: re.Pattern[str] | None
    led_by: re.Pattern[str] | None
    giving: re.Pattern[str] | None
    # ``names`` without its look-behind, which keeps ``re`` from skipping to the letters a name begins with
    names_loose: re.Pattern[str] | None
    # the lexicon's word lists, as sets and tests
    suffixes: tuple[tuple[str, int], ...]  # (folded, length), longest first
    receive: re.Pattern[str] | None
    skip: frozenset[str]
    coordinators: frozenset[str]  # "und", "and", "," between two names of one list
    not_before: frozenset[str]
    recipient_before: frozenset[str]  # "an", "to": what follows receives
    receive_from: frozenset[str]
    passive_agent: frozenset[str]
    absolute: frozenset[str]
    scheme_before: frozenset[str]
    bodies: frozenset[str]
    among_before: frozenset[str]
    among_after: frozenset[str]
    close_agent: frozenset[str]
    capitals: frozenset[str]  # folded
    passive_auxiliaries: frozenset[str]
    seat: frozenset[str]
    government: tuple[str, ...]  # word endings: "Bundesregierung" ends in "regierung"
    group_not_before: frozenset[str]
    possessives: frozenset[str]
    source_before: frozenset[str]
    schemes: frozenset[str]
    not_after: _After
    companies: _After


def _country_names(language: str | None) -> dict[str, str]:
    import pycountry

    translate = (
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
        if language
        else (lambda s: s)
    )
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            for name in {value, translate(value)}:
                # "Korea, Republic of" style names are not how news writes them
                if "," not in name and "(" not in name:
                    names[name] = code
    return names


@lru_cache(maxsize=8)
def _finder(lang: str) -> _Finder:
    lex = load_lexicon(lang).donors
    table: dict[str, str] = {}
    table.update(_country_names(lex.pycountry_language or None))
    table.update(lex.capitals)
    table.update(lex.names)
    table.update(lex.leaders)
    keys = sorted(table, key=len, reverse=True)
    suffixes = "|".join(re.escape(s) for s in sorted(lex.suffixes, key=len, reverse=True))
    body = factor([re.escape(k).replace(r"\ ", r"\s+") for k in keys])  # a prefix tree: same matches, faster
    names = re.compile(rf"(?<![\w-])(?:{body})(?:{suffixes})?(?!\w)")
    folded = {k.lower(): v for k, v in table.items()}
    adjective_codes = tuple((compile_patterns([pattern]), code) for pattern, code in lex.adjectives.items())
    return _Finder(
        names=names,
        table=folded,
        adjectives=compile_patterns(list(lex.adjectives)),
        adjective_codes=tuple((p, c) for p, c in adjective_codes if p is not None),
        groups=compile_patterns(load_lexicon(lang).cues.group),
        led_by=(
            re.compile(rf"(?<!\w)(?:{body_led})(?:\s+(?:{_alternation(lex.skip)}))?\s*$", re.IGNORECASE)
            if (body_led := _alternation(lex.led_by))
            else None
        ),
        giving=compile_patterns(load_lexicon(lang).cues.pledge),
        names_loose=re.compile(rf"(?:{body})(?:{suffixes})?(?!\w)") if all(keys) else None,
        suffixes=tuple((x.lower(), len(x)) for x in sorted(lex.suffixes, key=len, reverse=True)),
        receive=compile_patterns(lex.receive_verbs) if lex.receive_verbs else None,
        skip=frozenset(lex.skip),
        coordinators=frozenset([*load_lexicon(lang).units.coordinators, ","]),
        not_before=frozenset(lex.not_before),
        recipient_before=frozenset(w.lower() for w in lex.recipient_before),
        receive_from=frozenset(lex.receive_from),
        passive_agent=frozenset(lex.passive_agent),
        absolute=frozenset(lex.absolute),
        scheme_before=frozenset(lex.scheme_before),
        bodies=frozenset(lex.bodies),
        among_before=frozenset(w.lower() for w in lex.among_before),
        among_after=frozenset(w.lower() for w in lex.among_after),
        close_agent=frozenset(w.lower() for w in lex.close_agent),
        capitals=frozenset(k.lower() for k in lex.capitals),
        passive_auxiliaries=frozenset(lex.passive_auxiliaries),
        seat=frozenset(lex.seat),
        government=tuple(w.lower() for w in lex.government),
        group_not_before=frozenset(lex.group_not_before),
        possessives=frozenset(lex.possessives),
        source_before=frozenset(lex.source_before),
        schemes=frozenset(lex.schemes),
        not_after=_After.of(lex.not_after),
        companies=_After.of(lex.companies),
    )


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _adjective_code(lang: str, word: str) -> str | None:
    finder = _finder(lang)
    return next((c for p, c in finder.adjective_codes if p.fullmatch(word)), None)


_SPACES = re.compile(r"\s+")


def _names(finder: _Finder, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``finder.names.finditer(text, start, end)``, found with ``names_loose``.

    The leftmost match of ``names_loose`` from ``pos`` is where ``names`` matches first unless the
    look-behind fails there (a letter or a hyphen before it); then the search goes on from the next
    position, as ``names`` would. No name is empty, so no match is.
    """
    loose = finder.names_loose
    if loose is None:
        yield from finder.names.finditer(text, start, end)
        return
    pos = start
    while (m := loose.search(text, pos, end)) is not None:
        at = m.start()
        before = text[at - 1] if at > 0 else " "
        if before == "-" or before == "_" or before.isalnum():  # (?<![\w-])
            pos = at + 1
            continue
        yield m
        pos = m.end()


#: A name found: ``(start, end, the matched text, its code)``; the code None when the table lacks it.
_Named = tuple[int, int, str, str | None]


@dataclass(frozen=True, slots=True)
class _TextNames:
    """The names of one whole text (as :func:`_names` finds them), for one language, in one parse."""

    text: str
    lang: str
    parse: int  # :func:`parse_count` when made
    named: list[_Named]
    starts: list[int]
    ends: list[int]


#: The names of the text last asked about: find_donors and third_party ask about each sentence and clause.
_text_names: _TextNames | None = None


def _named(finder: _Finder, lang: str, text: str, start: int, end: int) -> list[_Named]:
    r"""The names :func:`_names` finds in ``text[start:end]``, with their codes, taken from one scan of the whole text.

    A scan of the whole text finds the same names inside ``[start, end)`` as a scan of that part unless
    a name of the whole scan reaches across ``start`` or ``end`` (the part's scan resumes inside it, or
    cuts it), or a word character follows ``end`` (which ``(?!\w)`` sees in the whole text, not in the
    part); then the part is scanned itself. Every other way the two scans could differ needs a name
    reaching across one of the bounds. ``tests/test_fast_paths_text.py`` checks it against the scan.
    """
    global _text_names
    size = len(text)
    if not 0 <= start <= end <= size or (end < size and (text[end].isalnum() or text[end] == "_")):
        return _scan(finder, text, start, end)
    cache = _text_names
    if cache is None or cache.text is not text or cache.lang != lang or cache.parse != parse_count():
        named = _scan(finder, text, 0, size)
        cache = _text_names = _TextNames(text, lang, parse_count(), named, [n[0] for n in named], [n[1] for n in named])
    i = bisect.bisect_left(cache.starts, start)
    j = bisect.bisect_left(cache.starts, end, i)
    if (i and cache.ends[i - 1] > start) or (j > i and cache.ends[j - 1] > end):
        return _scan(finder, text, start, end)  # a name across a bound
    return cache.named[i:j]


def state_named(text: str, start: int, end: int, lang: str) -> str | None:
    """The code of the state (not Ukraine) named by exactly ``text[start:end]``, a name or an adjective, with
    none of the checks of :func:`find_donors` on the words around it ("the Polish army": Poland)."""
    finder = _finder(lang)
    code = next((c for a, b, _, c in _named(finder, lang, text, start, end) if (a, b) == (start, end)), None)
    if code is None and finder.adjectives is not None:
        m = finder.adjectives.fullmatch(text, start, end)
        code = _adjective_code(lang, m.group().lower()) if m is not None else None
    return code if code is not None and code != "UKR" and _alpha2(code) is not None else None


def names_giver(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` names any state but the recipient and the aggressor, an organisation or a group of
    givers, by name or adjective, with none of the checks of :func:`find_donors` ("a loan agreement with the United
    Kingdom", "Leaders of the Group of Seven" name one)."""
    finder = _finder(lang)
    if any(code not in NOT_DONORS for _, _, _, code in _named(finder, lang, text, start, end)):
        return True
    return any(
        pattern is not None and pattern.search(text, start, end) is not None
        for pattern in (finder.adjectives, finder.groups)
    )


def _scan(finder: _Finder, text: str, start: int, end: int) -> list[_Named]:
    return [(m.start(), m.end(), g, _lookup(finder, g)) for m in _names(finder, text, start, end) for g in (m.group(),)]


def _lookup(finder: _Finder, matched: str) -> str | None:
    key = _SPACES.sub(" ", matched).lower()
    if key in finder.table:
        return finder.table[key]
    for suffix, size in finder.suffixes:
        if key.endswith(suffix) and key[:-size] in finder.table:
            return finder.table[key[:-size]]
    return None


_PUNCTUATION = re.compile(r"[,;:.!?()–—]")
_WINDOW_WORD = re.compile(r"[\w’']+")


def _window(text: str, start: int, lo: int) -> list[str]:
    """The words before ``start`` (from ``lo``, at most 40 characters back), after the last punctuation."""
    return _WINDOW_WORD.findall(_PUNCTUATION.split(text[max(lo, start - 40) : start])[-1])


def _among_after(finder: _Finder, text: str, hit: DonorHit, start: int, end: int) -> bool:
    """Whether ``hit`` stands in a phrase set off by commas, of at most four words, whose last word is an
    ``among_after`` one ("…, Hungary's Viktor Orbán included, …")."""
    close = text.find(",", hit.end, min(end, hit.end + 40))
    if close < 0:
        return False
    after = text[hit.end : close].split()
    if not after or after[-1].lower() not in finder.among_after:
        return False
    lo = max(start, hit.start - 40)
    opened = text.rfind(",", lo, hit.start)
    return opened >= 0 and len(text[opened + 1 : hit.start].split()) + len(after) <= 4


def _comma_before_word(text: str, start: int, size: int) -> bool:
    """Whether a comma stands right before the word of ``size`` characters that ends just before ``start``."""
    window = text[max(0, start - size - 40) : start].rstrip()
    return window[: len(window) - size].rstrip().endswith(",")


def _word_before(text: str, start: int, lo: int, skip: frozenset[str]) -> str:
    words = _window(text, start, lo)
    while words and words[-1].lower() in skip:
        words.pop()
    return words[-1].lower() if words else ""


#: After a name, a possessive and a figure: the name owns the figure ("of the G7's $50bn loan"), whatever
#: preposition stands before it (not a place or a partner, as "of the G7" or "into the coalition's purchases").
_OWNS_FIGURE = re.compile(r"['’]s\s+(?:[A-Z]{0,3}[$€£¥]|\d(?![\d.,]*(?:st|nd|rd|th|-)))")  # ("NATO's 75th summit")


def find_donors(text: str, start: int, end: int, lang: str, folded: str | None = None) -> list[DonorHit]:
    """Donor mentions in ``text[start:end]`` that may be the giver, in text order.

    Ruled out: the recipient and the aggressor; a name after a preposition that makes it a place or
    partner ("in Berlin", "to a NATO fund"); a name before a word that makes it a maker or a medium
    ("German-made", "Spanish newspaper"); an adjective glued into a compound ("amerikanisch-deutsche").
    Groups ("allies", "Verbündete") are kept with ``code=None``: a group pledging leaves the donor
    unknown (SCHEMA.md rule 3), also where an organisation or state names it ("NATO allies").

    ``folded`` is :func:`fold` of ``text[start:end]``, where the caller has it already.
    """
    finder = _finder(lang)
    hits: list[DonorHit] = []
    for a, b, _, code in _named(finder, lang, text, start, end):
        if code is not None:
            glued = (
                finder.adjectives.match(text, b + 1, end)
                if finder.adjectives is not None and text[b : b + 1] == "-"
                else None
            )
            if glued is not None and _adjective_code(lang, glued.group().lower()) == code:
                hits.append(DonorHit(a, glued.end(), code, adjective=True))  # "US-amerikanischer Waffen": an adjective
                continue
            hits.append(DonorHit(a, b, code))
    if folded is None:
        folded = fold(text[start:end])  # the two word lists are looked for only where their words may be
    if finder.adjectives is not None and may_match(finder.adjectives, folded):
        for m in finder.adjectives.finditer(text, start, end):
            if any(h.start <= m.start() < h.end for h in hits):
                continue
            if text[m.end() : m.end() + 1] == "-" or text[max(0, m.start() - 1) : m.start()] == "-":
                continue  # "amerikanisch-deutsche", "US-amerikanische": part of a compound
            code = _adjective_code(lang, m.group().lower())
            if code is not None:
                hits.append(DonorHit(m.start(), m.end(), code, adjective=True))
    if finder.groups is not None and may_match(finder.groups, folded):
        for m in finder.groups.finditer(text, start, end):
            if text[m.end() : m.end() + 1] == "-" or finder.not_after.excludes(text, m.end()):
                continue  # "am Rande des G7-Gipfels", "the G7 summit": the group names an event, it gives nothing
            if not any(h.start <= m.start() < h.end for h in hits):
                hits.append(DonorHit(m.start(), m.end(), None))
    if not hits:
        return hits
    hits.sort(key=lambda h: h.start)
    receiving: bool | None = None  # whether a receiving verb is in the sentence, looked up once if asked
    kept: list[DonorHit] = []
    led_end = -1  # where the last leader of a group ends ("led by Britain" and then "and Latvia")
    for at, hit in enumerate(hits):
        words = _window(text, hit.start, start)
        k = len(words)
        while k and words[k - 1].lower() in finder.skip:
            k -= 1
        before = words[k - 1].lower() if k else ""
        # (the hit may hold the possessive itself: "EU's", "Germany's")
        owned_at = hit.end - 2 if text[hit.end - 2 : hit.end] in ("'s", "’s") else hit.end
        owner = _OWNS_FIGURE.match(text, owned_at) is not None
        body = text[hit.start : hit.end].lower() in finder.bodies  # "im Bundeshaushalt 2026": its state gives
        if len(words) == 1 and before in finder.among_before and _comma_before_word(text, hit.start, len(words[0])):
            continue  # "Alle 27 Staats- und Regierungschefs, auch Ungarns Premier Orbán, stimmten zu": one of the group
        if finder.among_after and _among_after(finder, text, hit, start, end):
            continue  # "All 27 EU leaders, Hungary's Viktor Orbán included, signed off": one of the group
        if k and words[k - 1][-2:] in ("'s", "’s") and text[hit.start : hit.end].lower() in finder.capitals:
            continue  # "General Dynamics Land Systems-Canada's London plant": a town of that name, no metonym
        if before in finder.not_before and not hit.adjective and not owner and not body:
            # "in Berlin" is a place; but "die Regierung in Oslo" governs, "hat von Deutschland drei Systeme
            # erhalten" receives from, "von Dänemark geliefert" gives
            governed = (
                len(words) >= 2 and words[-1].lower() in finder.seat and words[-2].lower().endswith(finder.government)
            )
            if not governed and before in finder.receive_from and receiving is None:
                receiving = finder.receive is not None and finder.receive.search(text, start, end) is not None
            received = before in finder.receive_from and bool(receiving)
            # "werden von Norwegen … bereitgestellt": a passive auxiliary right before "von"
            agent = before in finder.passive_agent and _giving_after(
                finder, text, hit.end, end, k >= 2 and words[k - 2].lower() in finder.passive_auxiliaries
            )
            # "durch Deutschland zugesagten": a giving participle right after; not "nach der Blockade durch Ungarn …"
            agent = agent or (before in finder.close_agent and _giving_after(finder, text, hit.end, end, reach=1))
            # "…, with the United States contributing $20bn": an absolute clause, the name gives
            absolute = before in finder.absolute and _giving_after(finder, text, hit.end, end, reach=1)
            if not governed and not received and not agent and not absolute:
                continue
        if hit.code is not None and before in finder.scheme_before and any(_other_giver(h, hit) for h in hits):
            continue  # "under NATO's new PURL scheme", with a state that pays: whose scheme, not who gives
        if hit.code is not None and _scheme_compound(finder, text, hit.end) and any(_other_giver(h, hit) for h in hits):
            continue  # "Die Niederlande finanzieren über die neue Nato-Initiative PURL …": whose scheme, as above
        if hit.code is None and not owner and any(w.lower() in finder.group_not_before for w in words[-4:]):
            continue  # "one of the biggest donors", "via the Czech-led initiative": not who gives
        if hit.code is None and any(w.lower() in finder.possessives for w in words[-2:]):
            continue  # "its ammunition initiative": the donor's own scheme, not a group of donors
        if hit.code is not None and finder.not_after.excludes(text, hit.end):
            continue
        nxt = hits[at + 1] if at + 1 < len(hits) else None
        if (
            hit.code is not None
            and nxt is not None
            and nxt.code is not None
            and text[hit.end : nxt.start].strip().lower() in finder.coordinators
            and finder.not_after.excludes(text, nxt.end)
        ):
            continue  # "von Großbritannien und Lettland geführte Drohnenkoalition": the word after the list is both's
        seller = before in finder.not_before or before in finder.source_before
        if hit.code is not None and seller and finder.companies.excludes(text, hit.end):
            continue  # "bei einem französischen Hersteller bestellt": a seller; "der türkische Konzern liefert" gives
        joined = text[led_end : hit.start].strip(" ,").lower() if led_end >= 0 else None  # "led by Britain and"
        if finder.led_by is not None and (
            finder.led_by.search(text, max(start, hit.start - 40), hit.start)
            or (joined is not None and (not joined or joined in finder.coordinators))
        ):
            led_end = hit.end  # "the coalition led by Britain and Latvia": the group gives, not its leaders
            continue
        lead = words[max(0, k - 2) : k]  # the two words before the name, articles aside
        if hit.adjective and lead and _names_scheme(finder, text, hit.end, end):
            into = any(w.lower() in finder.not_before for w in lead)
            if into and any(_other_giver(h, hit) for h in hits):
                continue  # "Finnland gibt im Rahmen der tschechischen Initiative 30 Mio.": the money goes into the scheme
            if lead[-1].lower() in finder.recipient_before:
                continue  # "Vier Milliarden davon gehen an die tschechische Initiative": paid in by a donor named before
        own = kept and kept[-1].adjective and text[hit.start : hit.end].lower() in finder.schemes
        if hit.code is None and own and _adjacent(text, kept[-1].end, hit.start, words=1):
            continue  # "die tschechische Initiative", "the Czech (ammunition) initiative": the state's own scheme
        if hit.code is None and text[hit.start : hit.end].lower() in finder.schemes and text[hit.start].isupper():
            name = words[-1] if words else ""
            if name[:1].isupper() and name.lower() not in finder.skip:
                continue  # "the Ukraine Security Assistance Initiative": a programme's name, no group of donors
        if hit.code is None and kept and kept[-1].code is not None and _adjacent(text, kept[-1].end, hit.start):
            # "NATO allies", "EU-Staaten": the organisation's members pledging together are the organisation (as the
            # dev corpus annotates them); "US allies", "German partners": a group, donor unknown
            organisation = _alpha2(kept[-1].code) is None
            kept[-1] = DonorHit(kept[-1].start, hit.end, kept[-1].code if organisation else None)
            continue
        kept.append(hit)
    return kept


def _scheme_compound(finder: _Finder, text: str, end: int) -> bool:
    """Whether a hyphen after a name opens a compound whose head is a scheme word ("Nato-Initiative",
    "Nato-Beschaffungsinitiative")."""
    word = _GLUED.match(text, end)
    return word is not None and word.group(1).lower().endswith(tuple(finder.schemes))


def _other_giver(h: DonorHit, hit: DonorHit) -> bool:
    """Whether ``h`` names a state other than ``hit``'s that may give (not the recipient or the aggressor)."""
    return h.code is not None and h.code != hit.code and h.code not in NOT_DONORS and not h.adjective


def _names_scheme(finder: _Finder, text: str, end: int, stop: int) -> bool:
    """Whether a scheme word ("initiative") follows the adjective ending at ``end``, right after it or one word
    later ("the Czech ammunition initiative")."""
    words = _WINDOW_WORD.findall(text[end : min(stop, end + 40)])[:2]
    return any(w.lower() in finder.schemes for w in words)


def _giving_after(finder: _Finder, text: str, end: int, stop: int, passive: bool = False, reach: int = 5) -> bool:
    """A giving participle within five words after a name ("von Dänemark an die Ukraine geliefert"), or anywhere
    in the clause when a passive auxiliary follows the name ("Von Dänemark wurden der Ukraine 19 F-16 zugesagt") or
    comes right before its "von" (``passive``: "Zudem werden von Norwegen 3 Mrd. Kronen bereitgestellt"); ``reach``
    words after it when neither holds."""
    if finder.giving is None:
        return False
    window = _CLAUSE_SIGN.split(text[end : min(stop, end + 200)], maxsplit=1)[0]
    words = _WINDOW_WORD.findall(window)
    if passive or (words and words[0].lower() in finder.passive_auxiliaries):
        reach = len(words)
    return any(finder.giving.fullmatch(w) for w in words[:reach])


_CLAUSE_SIGN = re.compile(r"[,;:.!?()]")


@lru_cache(maxsize=8)
def _third_party_words(
    lang: str,
) -> tuple[
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    frozenset[str],
    re.Pattern[str] | None,
    re.Pattern[str] | None,
]:
    lex = load_lexicon(lang)
    return (
        compile_patterns(lex.cues.recipient),
        compile_patterns([*lex.cues.pledge, *lex.donors.give_verbs]),
        compile_patterns(lex.donors.receive_verbs),
        frozenset([*(k.lower() for k in lex.donors.leaders), *lex.donors.bodies]),
        compile_patterns(lex.cues.aid),
        compile_patterns([head for head, _ in lex.cues.separable]),  # "stellen ... zur Verfügung"
    )


_WORDS = re.compile(r"[\w’'.-]*\w")
_BREAK = re.compile(r"[,;:()]")


def third_party(text: str, lo: int, hi: int, start: int, end: int, lang: str) -> bool:
    """Whether the quantity at ``text[start:end]`` goes to a state other than Ukraine.

    ``lo``/``hi`` bound its clause. "Deutschland liefert der Slowakei 15 Leopard", "gibt Deutschland
    Tschechien 14 Panzer", "will pay Slovakia €200m" (a state right after the giving verb, before the
    quantity), "lent 500,000 shells to the United States" (a state after "to"/"an" following it), "erhält
    Slowenien 35 Lkw" (a state beside a receiving verb): a ring exchange or a loan, not aid to Ukraine.
    """
    finder = _finder(lang)
    states: list[tuple[int, int]] = []
    for a, b, matched, code in _named(finder, lang, text, lo, hi):
        if code is None or code == "UKR" or _alpha2(code) is None or matched.lower() in _third_party_words(lang)[3]:
            continue  # organisations, leaders and a state's budget bodies receive nothing here
        if text[b : b + 1] == "-":
            continue  # "the UK-led coalition": a modifier, not a recipient
        states.append((a, b))
    if all(start <= a < end for a, _ in states):
        return False  # no state beside the quantity (the loop below passes over the rest)
    lex = load_lexicon(lang)
    recipient, giving, receive, _, aid, split = _third_party_words(lang)

    def cue_in(a: int, b: int) -> bool:
        return recipient is not None and recipient.search(text, a, b) is not None

    def whole(pattern: re.Pattern[str] | None, word: str) -> bool:
        return pattern is not None and pattern.fullmatch(word) is not None

    def gives(word: str) -> bool:  # "liefert", or the head of a split giving verb ("stellen … zur Verfügung")
        return whole(giving, word) or whole(split, word)

    skip = finder.skip
    for a, b in states:
        if start <= a < end:
            continue
        before = _WORDS.findall(text, lo, a)
        low = [w.lower() for w in before]
        if a >= end:  # "... to the United States", "... an die Slowakei"
            words = [w for w in low if w not in skip]
            near = len(_WORDS.findall(text, end, a)) <= 8 and not _BREAK.search(text, end, a)
            if near and words and words[-1] in lex.donors.recipient_before and not cue_in(end, a):
                return True
            continue
        gap = _WORDS.findall(text, b, start)
        if len(gap) > 3 or cue_in(b, start) or any(w[:1].isdigit() for w in gap):
            continue
        k = len(low)
        while k and low[k - 1] in skip:
            k -= 1  # "erhält die Slowakei 15 Leopard": the article before the state
        if k and receive is not None and whole(receive, low[k - 1]):
            return True  # "erhält Slowenien 35 Lkw"
        after = [w.lower() for w in _WORDS.findall(text, b, start)][:3]
        if receive is not None and any(whole(receive, w) for w in after):
            return True  # "Poland received 20 tanks from Germany", "Polen erhält 200 Panzer"
        if any(whole(giving, w.lower()) for w in gap):
            continue  # "committed Britain to supplying 100,000 drones": the state gives, by the verb after it
        if gap and gap[0].lower() in lex.donors.recipient_before:
            continue  # "commits France to up to €3bn": the state is bound to the sum, it does not receive it
        # "Paket der Niederlande"; "auf der Lieferliste der Bundesregierung": a capitalised noun before the article,
        # not the clause's first word, is no verb (where nouns are capitalised and a dative article exists)
        genitive = len(low) >= 2 and (whole(aid, low[-2]) or (len(before) > 2 and before[-2][:1].isupper()))
        if len(low) >= 2 and low[-1] in lex.donors.dative and not genitive and gives(low[-2]):
            return True  # "liefert der Slowakei als Ausgleich 15 Leopard"
        if low and gives(low[-1]):
            verb_at, verb_end = [w.span() for w in _WORDS.finditer(text, lo, a)][-1]
            if "," in text[verb_end:a]:
                continue  # "… beisteuern, Portugal drei Leopard": the state opens a clause of its own, the giver's
            if lex.donors.bare_recipient or any(y <= verb_at for _, y in states):
                return True  # "will pay Slovakia €200m"; "Deutschland liefert Tschechien 15 Leopard" (subject first)
        dative_after = [x for x, y in states if y <= a and text[y:a].strip().lower() in lex.donors.dative]
        if dative_after:  # "stellen die USA der Slowakei ein Patriot-System zur Verfügung": the giver, then "der"
            verb = [w for w in _WORDS.findall(text, lo, dative_after[-1]) if w.lower() not in skip][-1:]
            if verb and gives(verb[0]):
                return True
        prior = [x for x, y in states if y <= a and not text[y:a].strip()]
        verb = _WORDS.findall(text, lo, prior[-1])[-1:] if prior else []
        if verb and whole(giving, verb[0]):
            return True  # "gibt Deutschland Tschechien 14 Panzer": the second name receives
    return False


def is_source(text: str, hit: DonorHit, lo: int, lang: str) -> bool:
    """Whether the name follows a word marking where things come from ("aus den Niederlanden")."""
    finder = _finder(lang)
    return _word_before(text, hit.start, lo, finder.skip) in finder.source_before


def _adjacent(text: str, end: int, start: int, words: int = 0) -> bool:
    """Whether only white space (and up to ``words`` words) stand between ``end`` and ``start``."""
    gap = text[end:start]
    if any(c in gap for c in ",;."):
        return False
    return len(gap) <= 3 or (words > 0 and len(gap.split()) <= words and len(gap) <= 30)


@lru_cache(maxsize=64)
def _alpha2(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country is not None else None


@lru_cache(maxsize=64)
def _alpha3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


#: Currencies used far beyond their issuer: an amount in them says nothing about who gives it.
_INTERNATIONAL = frozenset({"EUR", "USD", "XDR"})


def country_of_currency(currency: str) -> str | None:
    """The state issuing a national currency, by ISO 4217's rule (first two letters = ISO 3166 alpha-2).

    ``"NOK"`` -> ``"NOR"``; ``None`` for the euro and the dollar, which many donors report in.
    """
    if currency in _INTERNATIONAL or len(currency) != 3:
        return None
    return _alpha3(currency[:2])


@lru_cache(maxsize=512)
def currency_of(donor: str | None, initial: str) -> str | None:
    """The donor's own currency whose ISO code ends in ``initial`` ("D" dollar, "K" krone), if any.

    ``currency_of("CAN", "D")`` -> ``"CAD"``; ``currency_of("NOR", "K")`` -> ``"NOK"``. The code is
    only returned when the unit registry knows it. Remembered per (donor, initial): asking the registry
    (pint parses the code, and raises for a code it lacks) cost about 3 % of a parse of dense text.
    """
    if donor is None:
        return None
    alpha2 = _alpha2(donor)
    if alpha2 is None:
        return None
    code = alpha2 + initial
    from ._units import registry

    try:
        registry().parse_units(code)
    except Exception:
        return None
    return code
