"""Per-language lexicons: the words the parser knows, kept as data.

Each language is one TOML file in ``aidtracker/lexicons/`` (``de.toml``, ``en.toml``), read with the
standard library's :mod:`tomllib` and validated by :class:`Lexicon` when first loaded. The engine
(:mod:`aidtracker._numbers`, the pledge extraction) is language-neutral: everything that differs
between languages — separators, number words, word order of compounds, currency words, cue phrases —
lives in these files. Adding a language means adding a file (and tests), not editing the engine.

The file is split into sections, one sub-model each, so that the parts can grow independently::

    [numbers]    digits and number words: separators, units/teens/tens, hundred, scales,
                 abbreviations ("Mio.", "bn"), fractions, multipliers ("Dutzend"), articles
    [money]      currency symbols and codes, currency words, donor-currency words ("Kronen"), sub-units
    [bounds]     hedges before/after a number: "bis zu" (high), "mindestens" (low), "rund" (none)
    [ranges]     range connectors ("bis", "-") and frames ("zwischen ... und")
    [rates]      rate cues after a number: "pro Jahr" -> year
    [percent]    percent words and signs
    [durations]  time-unit nouns for periods: "Jahre" -> year, "Jahrzehnt" -> 10 year

    [detect] [sentences] [units] [categories] [cues] [restatements] [periods] [donors]
                 read by the pledge extraction; see :mod:`aidtracker._lexicon_parse`

Word tables are matched case-insensitively (keys are stored lower-cased); symbol and abbreviation
tables (``money.symbols``, ``numbers.abbreviations``) are matched exactly as written, because "M"
(million) and "m" (metre) differ in German.

    >>> load_lexicon("de").numbers.tens["zwanzig"]
    20
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ._errors import LexiconError
from ._lexicon_parse import (
    CategoryWords,
    DetectWords,
    DonorNames,
    PeriodWords,
    PledgeCues,
    RestatementCues,
    SentenceRules,
    UnitNouns,
)

__all__ = [
    "BoundCues",
    "DurationWords",
    "Lexicon",
    "MoneyWords",
    "NumberWords",
    "PercentWords",
    "RangeCues",
    "RateCues",
    "available_languages",
    "load_lexicon",
]

Period = Literal["year", "quarter", "month", "week", "day"]
HundredFactor = Literal["unit", "teen", "ten", "compound"]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _lower_keys(value: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in value.items()}


def _lower_list(value: list[str]) -> list[str]:
    return [str(v).lower() for v in value]


class NumberWords(_Section):
    """Numerals in digits and in words."""

    decimal_separator: str = Field(min_length=1, max_length=1)
    group_separators: list[str] = Field(description="thousands separators, one character each")
    decimal_words: list[str] = Field(default_factory=list, description='"Komma", "point"')
    negative_words: list[str] = Field(default_factory=list, description='"minus"')
    zero: list[str]
    units: dict[str, int] = Field(description="1..9, incl. inflected forms")
    teens: dict[str, int] = Field(description="10..19")
    tens: dict[str, int] = Field(description="20..90")
    hundred: list[str]
    joiners: list[str] = Field(description='"und"/"and": inside compounds and between groups')
    unit_joiner_ten: bool = Field(description='units before tens with a joiner: "einundzwanzig"')
    ten_unit: bool = Field(description='tens before units: "twenty-one"')
    hundred_factors: list[HundredFactor] = Field(
        description='what may stand before "hundred": "neunzehnhundert" (teen), "sixty hundred" (ten)'
    )
    articles: list[str] = Field(
        description='"ein", "a": read as 1 only before hundred, a scale, a multiplier, a fraction or a currency'
    )
    standalone_words: list[str] = Field(
        default_factory=list,
        description='number words that are also pronouns ("one"): not read after/before the guard words',
    )
    guard_before: list[str] = Field(default_factory=list, description='"the one", "which one"')
    guard_after: list[str] = Field(default_factory=list, description='"one cannot"')
    scales: dict[str, float] = Field(description="scale words that may stand alone (implied 1)")
    plural_scales: dict[str, float] = Field(description='scale words that need a count ("Millionen")')
    abbreviations: dict[str, float] = Field(description='"Mio.", "bn", "k"; exact case; after a space or glued')
    attached_abbreviations: dict[str, float] = Field(
        default_factory=dict, description='only glued to the digits ("1.2b")'
    )
    multipliers: dict[str, float] = Field(default_factory=dict, description='"Dutzend" = 12')
    vague_before: list[str] = Field(
        default_factory=list, description='words that make a bare "hundred"/"tausend" vague: "several", "einige"'
    )
    count_marks: list[str] = Field(
        default_factory=list, description='marks glued to a count that do not change it: "14x Challenger"'
    )
    fractions: dict[str, float] = Field(default_factory=dict, description='"halbe" = 0.5, "quarters" = 0.25')
    fraction_of: list[str] = Field(
        default_factory=list, description='words between a fraction and its scale: "of" ("a quarter of a million")'
    )
    mixed_numbers: dict[str, float] = Field(
        default_factory=dict, description='non-whole numbers read like a unit: "anderthalb" = 1.5'
    )
    decimal_digits: dict[str, int] = Field(
        default_factory=dict, description='digit words read only after a decimal word: "point o five"'
    )
    added_fractions: dict[str, float] = Field(
        default_factory=dict, description='fractions added to the count before them: "zweieinhalb" = 2.5'
    )

    _lower = field_validator(
        "units",
        "teens",
        "tens",
        "scales",
        "plural_scales",
        "multipliers",
        "fractions",
        "added_fractions",
        "mixed_numbers",
        "decimal_digits",
        mode="after",
    )(_lower_keys)
    _lower_lists = field_validator(
        "fraction_of",
        "decimal_words",
        "negative_words",
        "zero",
        "hundred",
        "joiners",
        "articles",
        "standalone_words",
        "guard_before",
        "guard_after",
        "vague_before",
        mode="after",
    )(_lower_list)

    @model_validator(mode="after")
    def _separators_differ(self) -> NumberWords:
        for sep in self.group_separators:
            if len(sep) != 1:
                raise ValueError(f"group_separators: each separator is one character, got {sep!r}")
            if sep == self.decimal_separator:
                raise ValueError(f"group_separators: {sep!r} is also the decimal_separator")
        return self


class MoneyWords(_Section):
    """Currencies: symbols/codes (before or after the number) and words (after it)."""

    symbols: dict[str, str] = Field(description='exact case: "$" -> "USD" (a default), "CAN$" -> "CAD"')
    scaled_symbols: dict[str, tuple[str, float]] = Field(
        default_factory=dict, description='exact case, a code with a scale: "MUSD" -> ["USD", 1e6]'
    )
    words: dict[str, str] = Field(description='"Euro" -> "EUR", "dollars" -> "USD"')
    donor_currency_words: list[str] = Field(
        default_factory=list,
        description='"Kronen", "kroner": the donor\'s own currency; currency left None, token kept',
    )
    subunits: dict[str, float] = Field(default_factory=dict, description='"cent" = 0.01')
    bare_dollar_donor: str | None = Field(
        default=None,
        description='"USA": the giver of a text that names none and counts in bare dollars ("The $700 million package '
        'unveiled on Wednesday …")',
    )

    _lower = field_validator("words", "subunits", mode="after")(_lower_keys)
    _lower_lists = field_validator("donor_currency_words", mode="after")(_lower_list)

    @field_validator("symbols", "words", mode="after")
    @classmethod
    def _iso_codes(cls, value: dict[str, str]) -> dict[str, str]:
        for token, code in value.items():
            _check_iso(token, code)
        return value

    @field_validator("scaled_symbols", mode="after")
    @classmethod
    def _iso_scaled(cls, value: dict[str, tuple[str, float]]) -> dict[str, tuple[str, float]]:
        for token, (code, _) in value.items():
            _check_iso(token, code)
        return value


def _check_iso(token: str, code: str) -> None:
    if not (len(code) == 3 and code.isascii() and code.isupper()):
        raise ValueError(f"{token!r}: {code!r} is not an ISO 4217 code (three capitals)")


class BoundCues(_Section):
    """Hedges: phrases before (or after) a number that bound it."""

    high: list[str] = Field(description='before: "bis zu", "up to", "knapp" -> high = value')
    low: list[str] = Field(description='before: "mindestens", "more than" -> low = value')
    approx: list[str] = Field(default_factory=list, description='before: "rund", "about" -> no bound')
    high_after: list[str] = Field(default_factory=list, description='after: "or less"')
    low_after: list[str] = Field(default_factory=list, description='after: "or more"')
    period_sensitive: list[str] = Field(
        default_factory=list,
        description='cues that mean a period before a time unit ("over four years"): no bound there',
    )

    _lower_lists = field_validator(
        "high", "low", "approx", "high_after", "low_after", "period_sensitive", mode="after"
    )(_lower_list)


class RangeCues(_Section):
    """Ranges: "30 bis 40", "between 30 and 40"."""

    connectors: list[str] = Field(description='between the two numbers: "bis", "to", "-"')
    frames: list[tuple[str, str]] = Field(default_factory=list, description='["zwischen", "und"]')

    _lower_lists = field_validator("connectors", mode="after")(_lower_list)

    @field_validator("frames", mode="after")
    @classmethod
    def _lower_frames(cls, value: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(a.lower(), b.lower()) for a, b in value]


class RateCues(_Section):
    """Rate cues after a number ("pro Jahr"), or alone ("jährlich")."""

    after: dict[str, Period] = Field(description='"pro Jahr" -> "year"; may follow the number or its noun')
    adverbs: dict[str, Period] = Field(default_factory=dict, description='"jährlich" -> "year", "annually"')
    every: list[str] = Field(default_factory=list, description='"every", "jeden": "every three weeks"')
    not_before: list[str] = Field(
        default_factory=list,
        description='a word right after a rate phrase that makes it a point in time: "a day earlier", "im Jahr zuvor"',
    )
    each_year_after: list[str] = Field(
        default_factory=list,
        description='after a sum, before two years or a span of them, it is the sum of each year: "in each of 2026 and '
        '2027"',
    )
    each_year_before: list[str] = Field(
        default_factory=list,
        description="right before a sum, with two years or a span of them in its clause (before it, or just after the "
        'sum), it is the sum of each year: "in den Jahren 2026 und 2027 jeweils 40 Milliarden Kronen", "nach jeweils '
        '2,3 Milliarden Pfund in den Jahren 2022 und 2023"',
    )

    _lower = field_validator("after", "adverbs", mode="after")(_lower_keys)
    _lower_lists = field_validator("every", "not_before", "each_year_after", "each_year_before", mode="after")(
        _lower_list
    )


class PercentWords(_Section):
    words: list[str] = Field(description='"Prozent", "per cent", "%"')

    _lower_lists = field_validator("words", mode="after")(_lower_list)


class DurationWords(_Section):
    """Time-unit nouns: "Jahre" -> year; "Jahrzehnt" -> 10 year."""

    units: dict[str, Period] = Field(description='"jahre" -> "year"')
    multiples: dict[str, tuple[Period, float]] = Field(default_factory=dict, description='"decade" -> ["year", 10]')

    _lower = field_validator("units", "multiples", mode="after")(_lower_keys)


class Lexicon(_Section):
    """One language's lexicon, section by section (see the module docstring)."""

    lang: str
    numbers: NumberWords
    money: MoneyWords
    bounds: BoundCues
    ranges: RangeCues
    rates: RateCues
    percent: PercentWords
    durations: DurationWords
    # sections read by the pledge extraction (defined in aidtracker/_lexicon_parse.py)
    detect: DetectWords
    sentences: SentenceRules
    units: UnitNouns
    categories: CategoryWords
    cues: PledgeCues
    restatements: RestatementCues
    periods: PeriodWords
    donors: DonorNames
    #: Other spellings of the same letters (German: ``"ß" = "ss"``, as Swiss German writes "Grossbritannien"):
    #: when the file is read, every word list and every table key holding the first also gets the word with the second.
    spellings: dict[str, str] = {}


def available_languages() -> list[str]:
    """Languages that have a lexicon file, e.g. ``["de", "en"]``."""
    folder = resources.files("aidtracker") / "lexicons"
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


def _with_spellings(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a lexicon file) with each word of its lists and tables also written in its ``spellings``."""
    spellings = data.get("spellings")
    if not isinstance(spellings, dict) or not spellings:
        return data

    def respelt(word: str) -> str:
        for old, new in spellings.items():
            word = word.replace(str(old), str(new))
        return word

    def walk(value: Any) -> Any:
        if isinstance(value, list):
            items = [walk(v) for v in value]
            if all(isinstance(v, str) for v in items):
                items += dict.fromkeys(w for w in map(respelt, items) if w not in items)  # in order, once each
            return items
        if isinstance(value, dict):
            table = {k: walk(v) for k, v in value.items()}
            for key, v in list(table.items()):
                table.setdefault(respelt(key), v)
            return table
        return value

    return {k: v if k == "spellings" else walk(v) for k, v in data.items()}


@lru_cache(maxsize=16)
def load_lexicon(lang: str) -> Lexicon:
    """Read and validate ``aidtracker/lexicons/<lang>.toml`` (once per language).

    Raises :class:`~aidtracker.LexiconError` naming the file and the offending key when the file is
    missing, is not valid TOML, or does not validate.
    """
    filename = f"lexicons/{lang}.toml"
    resource = resources.files("aidtracker") / "lexicons" / f"{lang}.toml"
    if not lang.isascii() or not lang.isalnum() or not resource.is_file():
        raise LexiconError(
            f"no lexicon for language {lang!r} (looked for aidtracker/{filename}); "
            f"available: {', '.join(available_languages())}"
        )
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"aidtracker/{filename} is not valid TOML: {exc}") from exc
    try:
        return Lexicon.model_validate({"lang": lang, **_with_spellings(data)})
    except ValidationError as exc:
        problems = "; ".join(f"[{'.'.join(str(p) for p in err['loc'])}] {err['msg']}" for err in exc.errors())
        raise LexiconError(f"aidtracker/{filename} does not validate: {problems}") from exc
