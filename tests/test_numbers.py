"""Case tables for the number reader (``aidtracker._numbers``), per language.

Each case is a sentence written for these tests, the phrase of it that one numeral must span
exactly, and the fields that numeral must have (fields not named must keep their defaults: no
bounds, no currency, no percent, no rate). Cases that caught bugs are kept under the bug's name;
known failures are ``xfail(strict=True)`` so that fixing one is noticed.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from aidtracker import LexiconError
from aidtracker._lexicon import available_languages, load_lexicon
from aidtracker._numbers import Numeral, read_durations, read_numerals, read_rates

DEFAULTS: dict[str, Any] = {
    "low": None,
    "high": None,
    "currency": None,
    "percent": False,
    "per": None,
    "is_year": False,
    "is_range": False,
}


def the_numeral(text: str, lang: str, phrase: str) -> Numeral:
    found = read_numerals(text, lang)
    spans = [text[n.start : n.end] for n in found]
    matches = [n for n in found if text[n.start : n.end] == phrase]
    assert matches, f"no numeral spans {phrase!r}; read {spans}"
    return matches[0]


def check(text: str, lang: str, phrase: str, want: dict[str, Any]) -> None:
    n = the_numeral(text, lang, phrase)
    expected = {**DEFAULTS, **want}
    got = {k: getattr(n, k) for k in expected}
    if isinstance(expected["value"], float | int):
        assert n.value == pytest.approx(expected["value"], rel=1e-12)
        got["value"] = expected["value"]
    assert got == expected


# --------------------------------------------------------------------------------------------- German

DE = [
    # digits in the German format
    pytest.param("Die Lieferung umfasst 100.000 Granaten.", "100.000", {"value": 100_000}, id="de-thousands-dot"),
    pytest.param("Es geht um 20 000 Schuss Munition.", "20 000", {"value": 20_000}, id="de-thousands-space"),
    pytest.param("Bern nannte 30'000 Helme.", "30'000", {"value": 30_000}, id="de-thousands-apostrophe"),
    pytest.param(
        "Das Paket hat 2,5 Milliarden Euro.",
        "2,5 Milliarden Euro",
        {"value": 2.5e9, "currency": "EUR"},
        id="de-decimal-comma-scale",
    ),
    pytest.param("Es sind 4,800 Tonnen.", "4,800", {"value": 4.8}, id="de-comma-is-decimal"),
    pytest.param(
        "Zugesagt sind 1,5 Mrd. Euro.", "1,5 Mrd. Euro", {"value": 1.5e9, "currency": "EUR"}, id="de-mrd-abbreviation"
    ),
    pytest.param(
        "Weitere 350 Mio. € folgen.", "350 Mio. €", {"value": 3.5e8, "currency": "EUR"}, id="de-mio-euro-sign"
    ),
    pytest.param(
        "Die Summe beträgt 1.250.000,50 Euro.",
        "1.250.000,50 Euro",
        {"value": 1_250_000.5, "currency": "EUR"},
        id="de-groups-and-decimals",
    ),
    pytest.param("Geplant sind 500 Tsd. Schuss.", "500 Tsd.", {"value": 500_000}, id="de-tsd"),
    # words and compounds
    pytest.param("Berlin will vier Brigaden ausrüsten.", "vier", {"value": 4, "is_word": True}, id="de-unit-word"),
    pytest.param(
        "Es kamen zweihundertfünfunddreißig Fahrzeuge.",
        "zweihundertfünfunddreißig",
        {"value": 235, "is_word": True},
        id="de-compound-235",
    ),
    pytest.param("Dazu einundzwanzig Haubitzen.", "einundzwanzig", {"value": 21, "is_word": True}, id="de-compound-21"),
    pytest.param(
        "Es waren dreitausendvierhundert Helme.",
        "dreitausendvierhundert",
        {"value": 3400, "is_word": True},
        id="de-compound-3400",
    ),
    pytest.param(
        "Eine halbe Milliarde Euro fließt.",
        "Eine halbe Milliarde Euro",
        {"value": 5e8, "currency": "EUR", "is_word": True},
        id="de-half-billion",
    ),
    pytest.param("Geliefert wurde ein Dutzend Drohnen.", "ein Dutzend", {"value": 12, "is_word": True}, id="de-dozen"),
    pytest.param(
        "Man sprach von zwei Dutzend Panzern.", "zwei Dutzend", {"value": 24, "is_word": True}, id="de-two-dozen"
    ),
    pytest.param(
        "Es gibt zweieinhalb Milliarden Kronen.",
        "zweieinhalb Milliarden Kronen",
        {"value": 2.5e9, "is_word": True},
        id="de-zweieinhalb",
    ),
    pytest.param(
        "Die Zusage: eineinhalb Milliarden.",
        "eineinhalb Milliarden",
        {"value": 1.5e9, "is_word": True},
        id="de-eineinhalb-segmentation",
    ),
    pytest.param(
        "Die Summe: eine Billion Euro.",
        "eine Billion Euro",
        {"value": 1e12, "currency": "EUR", "is_word": True},
        id="de-billion-is-1e12",
    ),
    pytest.param(
        "Das sind 5 Millionen Schuss.", "5 Millionen", {"value": 5e6, "is_word": True}, id="de-digits-and-scale"
    ),
    # money
    pytest.param(
        "Oslo gibt 1,7 Milliarden Kronen.",
        "1,7 Milliarden Kronen",
        {"value": 1.7e9, "is_word": True},
        id="de-kronen-donor-currency",
    ),
    pytest.param(
        "Rund 228 Millionen Euro kommen dazu.",
        "Rund 228 Millionen Euro",
        {"value": 2.28e8, "currency": "EUR", "is_word": True},
        id="de-rund-no-bounds",
    ),
    pytest.param(
        "Kiew bekommt einen Euro pro Kopf.",
        "einen Euro",
        {"value": 1, "currency": "EUR", "is_word": True},
        id="bug-de-article-before-currency-lost-to-the-word-anchor",
    ),
    pytest.param(
        "Washington gab 300 Millionen US-Dollar.",
        "300 Millionen US-Dollar",
        {"value": 3e8, "currency": "USD", "is_word": True},
        id="de-us-dollar",
    ),
    pytest.param(
        "Das kostet 40 Mrd. Dollar.", "40 Mrd. Dollar", {"value": 4e10, "currency": "USD"}, id="de-dollar-default-usd"
    ),
    pytest.param("Schweden gibt 2 Mrd. SEK.", "2 Mrd. SEK", {"value": 2e9, "currency": "SEK"}, id="de-sek-code"),
    # percent, rates
    pytest.param(
        "Ein Zuwachs von 20 Prozent pro Jahr ist geplant.",
        "20 Prozent pro Jahr",
        {"value": 20, "percent": True, "per": "year"},
        id="de-percent-per-year",
    ),
    pytest.param("Es kommen 480 pro Jahr hinzu.", "480 pro Jahr", {"value": 480, "per": "year"}, id="de-pro-jahr"),
    pytest.param(
        "Kiew erhält jährlich 100.000 Granaten.",
        "jährlich 100.000",
        {"value": 100_000, "per": "year"},
        id="de-rate-before",
    ),
    pytest.param(
        "Es sind 50.000 pro Quartal.", "50.000 pro Quartal", {"value": 50_000, "per": "quarter"}, id="de-per-quarter"
    ),
    pytest.param(
        "Etwa 5 Prozent monatlich.",
        "Etwa 5 Prozent monatlich",
        {"value": 5, "percent": True, "per": "month", "approximate": True},
        id="de-monthly",
    ),
    # bounds and ranges
    pytest.param("Es sollen bis zu 500 Fahrzeuge sein.", "bis zu 500", {"value": 500, "high": 500}, id="de-bis-zu"),
    pytest.param("Es kommen mindestens 40 Panzer.", "mindestens 40", {"value": 40, "low": 40}, id="de-mindestens"),
    pytest.param("Es waren mehr als 60 Systeme.", "mehr als 60", {"value": 60, "low": 60}, id="de-mehr-als"),
    pytest.param("Knapp 30 Haubitzen wurden geliefert.", "Knapp 30", {"value": 30, "high": 30}, id="de-knapp"),
    pytest.param(
        "Es sollen 30 bis 40 Panzer sein.",
        "30 bis 40",
        {"value": 35, "low": 30, "high": 40, "is_range": True},
        id="de-range-bis",
    ),
    pytest.param(
        "Es geht um zwischen 30 und 40 Panzer.",
        "zwischen 30 und 40",
        {"value": 35, "low": 30, "high": 40, "is_range": True},
        id="de-range-zwischen",
    ),
    pytest.param(
        "Man erwartet 100 bis 300 Millionen Euro.",
        "100 bis 300 Millionen Euro",
        {"value": 2e8, "low": 1e8, "high": 3e8, "currency": "EUR", "is_range": True, "is_word": True},
        id="de-range-shared-scale",
    ),
    pytest.param(
        "Für die Jahre 2026 bis 2029 gilt das.",
        "2026 bis 2029",
        {"value": 2027.5, "low": 2026, "high": 2029, "is_year": True, "is_range": True},
        id="de-year-range",
    ),
    pytest.param("Im Jahr 2025 kam die Zusage.", "2025", {"value": 2025, "is_year": True}, id="de-year"),
    # cases that caught bugs
    pytest.param(
        "Für 2026 bis 2029 sind bis zu 8,3 Milliarden Euro vorgesehen.",
        "bis zu 8,3 Milliarden Euro",
        {"value": 8.3e9, "high": 8.3e9, "currency": "EUR", "is_word": True},
        id="bug-de-float-noise-of-scaling",
    ),
    pytest.param("Es kommen 3x so viele Drohnen.", "3x", {"value": 3}, id="de-count-mark"),
    pytest.param(
        "Über vier Jahre sollen Mittel fließen.",
        "vier",
        {"value": 4, "is_word": True, "duration": "year"},
        id="bug-de-ueber-before-years-is-a-period",
    ),
    pytest.param(
        "Bis Ende März 2026 hunderttausend Drohnen.",
        "hunderttausend",
        {"value": 100_000, "is_word": True},
        id="bug-de-year-then-number-word-read-as-one-number",
    ),
    pytest.param(
        "Im Jahr 2024 Milliarden ausgegeben.", "2024", {"value": 2024, "is_year": True}, id="de-year-then-scale"
    ),
    pytest.param(
        "Ein Paket im Wert von 2,5 Milliarden 40 Schützenpanzer.",
        "2,5 Milliarden",
        {"value": 2.5e9},
        id="bug-de-digits-after-scale-word-are-no-part",
    ),
    pytest.param(
        "2022 gab Paris 1,7 Milliarden und 2023 2,1 Milliarden Euro.",
        "1,7 Milliarden",
        {"value": 1.7e9},
        id="bug-de-a-year-after-scale-and-und-is-no-part",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "want"), DE)
def test_german(text: str, phrase: str, want: dict[str, Any]) -> None:
    check(text, "de", phrase, want)


# -------------------------------------------------------------------------------------------- English

EN = [
    pytest.param(
        "Ottawa promised half a billion dollars.",
        "half a billion dollars",
        {"value": 5e8, "currency": "USD", "is_word": True},
        id="en-half-a-billion",
    ),
    pytest.param(
        "The package is worth $2.5bn in total.", "$2.5bn", {"value": 2.5e9, "currency": "USD"}, id="en-dollar-bn"
    ),
    pytest.param(
        "Brussels added €40 billion on Monday.",
        "€40 billion",
        {"value": 4e10, "currency": "EUR", "is_word": True},
        id="en-euro-billion",
    ),
    pytest.param(
        "Ottawa pledged CAN$90 million more.",
        "CAN$90 million",
        {"value": 9e7, "currency": "CAD", "is_word": True},
        id="en-can-dollar",
    ),
    pytest.param(
        "Canberra sent A$245 million of aid.",
        "A$245 million",
        {"value": 2.45e8, "currency": "AUD", "is_word": True},
        id="en-aus-dollar",
    ),
    pytest.param(
        "London announced a 350-million-pound deal.",
        "350-million-pound",
        {"value": 3.5e8, "currency": "GBP", "is_word": True},
        id="en-hyphenated-pound",
    ),
    pytest.param("A further £1.5bn was promised.", "£1.5bn", {"value": 1.5e9, "currency": "GBP"}, id="en-pound-sign"),
    pytest.param("Norway added 7 billion kroner.", "7 billion kroner", {"value": 7e9, "is_word": True}, id="en-kroner"),
    pytest.param("Kyiv got 100,000 rounds.", "100,000", {"value": 100_000}, id="en-thousands-comma"),
    pytest.param(
        "It came to 1,250,000.75 dollars.",
        "1,250,000.75 dollars",
        {"value": 1_250_000.75, "currency": "USD"},
        id="en-groups-and-decimals",
    ),
    pytest.param("It weighs 4.800 tonnes.", "4.800", {"value": 4.8}, id="en-dot-is-decimal"),
    pytest.param("They sent $90m in spare parts.", "$90m", {"value": 9e7, "currency": "USD"}, id="en-m-suffix"),
    pytest.param("Some 20k drones followed.", "Some 20k", {"value": 20_000, "approximate": True}, id="en-k-suffix"),
    pytest.param("They promised two dozen boats.", "two dozen", {"value": 24, "is_word": True}, id="en-two-dozen"),
    pytest.param("A hundred vehicles arrived.", "A hundred", {"value": 100, "is_word": True}, id="en-a-hundred"),
    pytest.param(
        "It sent twenty-one howitzers.", "twenty-one", {"value": 21, "is_word": True}, id="en-hyphen-compound"
    ),
    pytest.param(
        "It sent three hundred and forty-two shells.",
        "three hundred and forty-two",
        {"value": 342, "is_word": True},
        id="en-hundred-and",
    ),
    pytest.param(
        "A total of 1.2 million shells was promised.",
        "A total of 1.2 million",
        {"value": 1.2e6, "is_word": True, "approximate": True},
        id="en-a-total-of",
    ),
    pytest.param(
        "Support grows 10% a year.", "10% a year", {"value": 10, "percent": True, "per": "year"}, id="en-percent-a-year"
    ),
    pytest.param(
        "Spending rises by 20 per cent annually.",
        "20 per cent annually",
        {"value": 20, "percent": True, "per": "year"},
        id="en-per-cent-annually",
    ),
    pytest.param(
        "That means 480 vehicles, or 40 per month.", "40 per month", {"value": 40, "per": "month"}, id="en-per-month"
    ),
    pytest.param("Up to 500 drones will follow.", "Up to 500", {"value": 500, "high": 500}, id="en-up-to"),
    pytest.param("At least 40 tanks are coming.", "At least 40", {"value": 40, "low": 40}, id="en-at-least"),
    pytest.param(
        "More than $1bn was sent.",
        "More than $1bn",
        {"value": 1e9, "low": 1e9, "currency": "USD"},
        id="en-more-than-money",
    ),
    pytest.param("Nearly 30 jets were promised.", "Nearly 30", {"value": 30, "high": 30}, id="en-nearly"),
    pytest.param(
        "It wants between 30 and 40 launchers.",
        "between 30 and 40",
        {"value": 35, "low": 30, "high": 40, "is_range": True},
        id="en-between",
    ),
    pytest.param(
        "It wants 30-40 launchers.", "30-40", {"value": 35, "low": 30, "high": 40, "is_range": True}, id="en-dash-range"
    ),
    pytest.param(
        "It costs $10-$20 each.",
        "$10-$20",
        {"value": 15, "low": 10, "high": 20, "currency": "USD", "is_range": True},
        id="en-money-range",
    ),
    pytest.param(
        "It covers 2026 to 2029.",
        "2026 to 2029",
        {"value": 2027.5, "low": 2026, "high": 2029, "is_range": True, "is_year": True},
        id="en-year-range",
    ),
    pytest.param("The order, placed in 2024, stands.", "2024", {"value": 2024, "is_year": True}, id="en-year"),
    pytest.param(
        "They sent 2024 rounds.", "2024", {"value": 2024, "is_year": True}, id="en-year-like-count-is-flagged"
    ),
    pytest.param("It paid $2024 for it.", "$2024", {"value": 2024, "currency": "USD"}, id="en-money-is-no-year"),
    # cases that caught bugs
    pytest.param(
        "He signed a $ 300 million contract.",
        "$ 300 million",
        {"value": 3e8, "currency": "USD", "is_word": True},
        id="bug-en-article-before-sign-read-as-one-dollar",
    ),
    pytest.param(
        "Costs: $ 20.00 $ 37.50 in all.",
        "$ 37.50",
        {"value": 37.5, "currency": "USD"},
        id="bug-en-second-sign-swallowed",
    ),
    pytest.param(
        "It wants 5k-20k rounds.",
        "5k-20k",
        {"value": 12_500, "low": 5000, "high": 20_000, "is_range": True},
        id="bug-en-abbreviation-range-read-as-model-name",
    ),
    pytest.param(
        "Equal to 500 or less than 600.", "less than 600", {"value": 600, "high": 600}, id="bug-en-or-less-than"
    ),
    pytest.param(
        "Over four years, 40 tanks will follow.",
        "four",
        {"value": 4, "is_word": True, "duration": "year"},
        id="bug-en-over-before-years-is-a-period",
    ),
    pytest.param("It sent 14 M113 carriers.", "14", {"value": 14}, id="bug-en-model-name-after-count-read-as-million"),
    pytest.param(
        "London pledged 14x Challenger 2 tanks.", "14x", {"value": 14}, id="bug-en-count-mark-read-as-model-name"
    ),
    pytest.param("The 155mm shells, 60 in all, arrived.", "60", {"value": 60}, id="bug-en-calibre-is-no-number"),
    pytest.param(
        "It sends 18 155-millimetre howitzers.", "18", {"value": 18}, id="bug-en-hyphened-calibre-is-no-thousands-group"
    ),
    pytest.param("A 1 500-strong unit.", "1 500", {"value": 1500}, id="en-space-group-before-a-hyphened-word"),
    pytest.param(
        "Value: almost €700m\n40 infantry fighting vehicles",
        "almost €700m",
        {"value": 7e8, "currency": "EUR", "high": 7e8},
        id="bug-en-digits-after-abbreviated-scale-are-no-part",
    ),
    pytest.param(
        "It sends 2 thousand 5 hundred rounds.",
        "2 thousand 5 hundred",
        {"value": 2500},
        id="en-digits-before-a-smaller-scale-word-go-on",
    ),
    pytest.param(
        "A $2.5 billion 59 Bradleys package.",
        "$2.5 billion",
        {"value": 2.5e9, "currency": "USD"},
        id="bug-en-digits-after-scale-word-are-no-part",
    ),
    pytest.param(
        "It gave $1.2 billion and 2024 brought more.",
        "$1.2 billion",
        {"value": 1.2e9, "currency": "USD"},
        id="bug-en-a-year-after-scale-and-and-is-no-part",
    ),
    pytest.param(
        "It counts one thousand and 21 rounds.",
        "one thousand and 21",
        {"value": 1021},
        id="en-last-two-digits-after-scale-and-and-go-on",
    ),
    pytest.param(
        "It floated a €100bn five-year fund.",
        "€100bn",
        {"value": 1e11, "currency": "EUR"},
        id="bug-en-number-word-after-abbreviated-scale-is-no-part",
    ),
    pytest.param(
        "A €100 billion five-year fund.",
        "€100 billion",
        {"value": 1e11, "currency": "EUR"},
        id="bug-en-number-word-after-digits-and-scale-is-no-part",
    ),
    pytest.param(
        "It sends a quarter of a million rounds.",
        "a quarter of a million",
        {"value": 250_000, "is_word": True},
        id="bug-en-quarter-of-a-million",
    ),
    pytest.param(
        "By 2027 thousands more will come.", "2027", {"value": 2027, "is_year": True}, id="en-year-then-scale"
    ),
    pytest.param(
        "It cost £2000 million.", "£2000 million", {"value": 2e9, "currency": "GBP"}, id="en-sign-then-year-like-digits"
    ),
]


@pytest.mark.parametrize(("text", "phrase", "want"), EN)
def test_english(text: str, phrase: str, want: dict[str, Any]) -> None:
    check(text, "en", phrase, want)


# ------------------------------------------------------------------------ what is not a numeral at all

NOT_NUMERALS = [
    pytest.param("Die F-16 und der T-72 sind bekannt.", "de", id="de-model-names"),
    pytest.param("Der Leopard 2A6 ist ein Panzer.", "de", id="de-leopard-variant"),
    pytest.param("Ich suche ein Buch und eine Lampe.", "de", id="de-articles"),
    pytest.param("Tausende Soldaten und Millionen Menschen.", "de", id="de-vague-plurals"),
    pytest.param("Sechzigfünfzehn ist kein Wort.", "de", id="de-malformed-compound"),
    pytest.param("Die Einsatzbereitschaft der Achtung.", "de", id="de-words-that-start-like-numbers"),
    pytest.param("Einige tausend Soldaten und ein paar hundert Fahrzeuge.", "de", id="de-vague-hundreds"),
    pytest.param("Am 24.02.2022 begann der Angriff.", "de", id="de-date-in-digits"),
    pytest.param("Several hundred tanks and hundreds of millions of dollars.", "en", id="en-vague-hundreds"),
    pytest.param("Which one do you mean? The one on the left.", "en", id="en-pronoun-one"),
    pytest.param("See https://example.org/report?page=30%25 for more.", "en", id="en-url"),
    pytest.param("The MiG-29 and the Su-25 flew, as did an M777.", "en", id="en-model-names"),
    pytest.param("Thousands of troops and millions of people.", "en", id="en-vague-plurals"),
    pytest.param("+++ 19:30 Neue Zusagen aus Oslo +++", "de", id="bug-de-time-of-day-in-a-live-blog"),
    pytest.param("Mitgeliefert wurden mehrere zehntausend Schuss.", "de", id="bug-de-vague-scale-inside-a-word"),
    pytest.param("Update at 7:05 a.m.: more aid from Ottawa.", "en", id="bug-en-time-of-day"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_NUMERALS)
def test_not_numerals(text: str, lang: str) -> None:
    assert [text[n.start : n.end] for n in read_numerals(text, lang)] == []


def test_numerals_in_text_order_and_not_overlapping() -> None:
    text = "Berlin gab 1,5 Mrd. Euro, dazu vier Brigaden und bis zu 500 Fahrzeuge im Jahr 2026."
    found = read_numerals(text, "de")
    assert [text[n.start : n.end] for n in found] == ["1,5 Mrd. Euro", "vier", "bis zu 500", "2026"]
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_currency_token_keeps_the_sign_as_written() -> None:
    (n,) = read_numerals("Ottawa gave $90 million.", "en")
    assert (n.currency, n.currency_token) == ("USD", "$")  # the lexicon default; CAD is the extraction's call


def test_donor_currency_has_no_code() -> None:
    (n,) = read_numerals("Oslo gibt 1,7 Milliarden Kronen.", "de")
    assert (n.currency, n.currency_token) == (None, "Kronen")


# ------------------------------------------------------------------------------- durations and rates

DURATIONS = [
    pytest.param("Die Hilfe läuft vier Jahre.", "de", "vier Jahre", 4, "year", id="de-vier-jahre"),
    pytest.param("Binnen zwölf Monaten kommt alles.", "de", "zwölf Monaten", 12, "month", id="de-zwoelf-monaten"),
    pytest.param("Ein halbes Jahr dauert es.", "de", "Ein halbes Jahr", 0.5, "year", id="de-halbes-jahr"),
    pytest.param("It runs over four years.", "en", "four years", 4, "year", id="en-over-four-years"),
    pytest.param("Deliveries within 12 months.", "en", "12 months", 12, "month", id="en-12-months"),
    pytest.param("For two decades it held.", "en", "two decades", 20, "year", id="en-decades"),
    pytest.param("It took 2 years and 3 months.", "en", "2 years and 3 months", 27, "month", id="en-compound-duration"),
]


@pytest.mark.parametrize(("text", "lang", "phrase", "value", "unit"), DURATIONS)
def test_durations(text: str, lang: str, phrase: str, value: float, unit: str) -> None:
    found = {text[d.start : d.end]: (d.value, d.unit) for d in read_durations(text, lang)}
    assert found[phrase] == (pytest.approx(value), unit)


RATES = [
    pytest.param("Die Mittel fließen jährlich.", "de", "jährlich", "year", 1, id="de-jaehrlich"),
    pytest.param("Das Treffen ist monatlich.", "de", "monatlich", "month", 1, id="de-monatlich"),
    pytest.param("Reports come every three weeks.", "en", "every three weeks", "week", 3, id="en-every-three-weeks"),
    pytest.param("Payments arrive quarterly.", "en", "quarterly", "quarter", 1, id="en-quarterly"),
    pytest.param("Talks happen once a year.", "en", "once a year", "year", 1, id="en-once-a-year"),
]


@pytest.mark.parametrize(("text", "lang", "phrase", "per", "every"), RATES)
def test_rates(text: str, lang: str, phrase: str, per: str, every: float) -> None:
    found = {text[r.start : r.end]: (r.per, r.every) for r in read_rates(text, lang)}
    assert found[phrase] == (per, every)


# ------------------------------------------------------------------------------------ known failures

KNOWN_FAILURES = [
    pytest.param("Es sind 1.5 Millionen Schuss.", "de", "1.5 Millionen", 1.5e6, id="de-english-decimal-in-german-text"),
    pytest.param(
        "The price starts at dollar 22.5 million.",
        "en",
        "dollar 22.5 million",
        2.25e7,
        id="en-currency-word-before-number",
    ),
    pytest.param("Es sind 1½ Milliarden Euro.", "de", "1½ Milliarden Euro", 1.5e9, id="de-vulgar-fraction-sign"),
]


@pytest.mark.xfail(strict=True, reason="not read yet; see the case id")
@pytest.mark.parametrize(("text", "lang", "phrase", "value"), KNOWN_FAILURES)
def test_known_failures(text: str, lang: str, phrase: str, value: float) -> None:
    n = the_numeral(text, lang, phrase)
    assert n.value == pytest.approx(value)


# ------------------------------------------------------------------------------------------- lexicons


def test_every_language_file_loads() -> None:
    assert {"de", "en"} <= set(available_languages())
    for lang in available_languages():
        assert load_lexicon(lang).lang == lang


def test_unknown_language_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="no lexicon for language 'xx'"):
        read_numerals("12", "xx")


def test_a_calendar_needs_twelve_months() -> None:
    """A lexicon's month groups are checked when it loads: eleven groups would date "by December" wrongly."""
    from aidtracker._lexicon_parse import PeriodWords

    periods = load_lexicon("en").periods.model_dump()
    periods["calendar"] = periods["calendar"][:11]
    with pytest.raises(ValueError, match=r"twelve groups of month names.*got 11"):
        PeriodWords.model_validate(periods)
