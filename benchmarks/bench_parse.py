"""Parse throughput on >= 1 MB of generated news-like text, beside the floor, plus linearity.

Run: ``pytest benchmarks/bench_parse.py --benchmark-only`` (add ``--benchmark-columns=median`` for a
short table). Each run reports in ``extra_info`` its MB/s (median) and how many times the floor's
median time it took (``x floor``). Goal: ``aidtracker.parse`` at >= 1 MB/s on one
core. What is measured, per language:

* ``parse_many``: :func:`aidtracker.parse_many` over the corpus cut into articles of three
  paragraphs (about 2 KB), the way a tracker reads a feed;
* ``parse``: :func:`aidtracker.parse` on the whole corpus in one call (one 1 MB "article");
* ``read_numerals``: the number reader alone (:func:`aidtracker._numbers.read_numerals`);
* ``floor``: a bare regex scan for digits, ``re.finditer(r"\\d+", text)``, over the same text; the
  ratio of each path to it is the figure to watch;
* ``density``: ``parse_many`` on the same kind of text with 16 % (a whole article's share, measured on the seed
  article) and 30 % of the sentences carrying a number, beside the dense corpus's 58 %: time goes to the sentences
  with figures (text without any parses at about 4 MB/s), so this is the throughput a reader of whole articles sees;
* ``pathological``: 100 KB and 1 MB of digits, separators and unit words in bad orders
  (``tests/test_robustness.py``), read and parsed: 10x the input must take about 10x the time.

The corpus is written from the templates below (sentences of our own, filled at random from small
tables with a fixed seed): 58 % of its sentences carry a number, 0.75 numerals per sentence (counted
with the number reader), and nearly every such sentence is a pledge or a trap the rules must weigh.
"""

from __future__ import annotations

import functools
import random
import re
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import aidtracker
from aidtracker._numbers import read_numerals

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_robustness import pathological

CORPUS_BYTES = 1_100_000

TEMPLATES: dict[str, list[str]] = {
    "de": [
        "{donor_de} will der Ukraine {num_de} weitere {item_de} liefern, teilte das Ministerium am {day_de} mit.",
        "Nach Angaben der Regierung in {city} umfasst das neue Paket rund {money_de}.",
        "Bis zu {n} {item_de} sollen noch in diesem Jahr übergeben werden.",
        "Der Minister sprach in {city} mit seinen Amtskollegen über die Lage an der Front.",
        "Kritiker bemängeln, dass die Zusagen oft erst Monate später eingelöst werden.",
        "Für die Jahre {y1} bis {y2} sind insgesamt {money_de} eingeplant, hieß es.",
        "Die Opposition forderte mehr Tempo bei den Lieferungen und eine bessere Abstimmung.",
        "Die Hilfe für die Luftverteidigung soll jährlich um {pct} Prozent wachsen.",
        "Beobachter rechnen damit, dass die Debatte im Parlament weitergeht.",
        "Außerdem sind {num_de} Haubitzen und {n2} Schuss Artilleriemunition vorgesehen.",
        "Ein Sprecher wollte sich zu Einzelheiten der Vereinbarung nicht äußern.",
        "Seit Beginn des Krieges hat das Land nach eigenen Angaben Hilfe im Wert von {money_de} geleistet.",
    ],
    "en": [
        "{donor_en} will send Ukraine another {num_en} {item_en}, the ministry said on {day_en}.",
        "Officials in {city} said the new package was worth about {money_en}.",
        "Up to {n} {item_en} are due to be handed over before the end of the year.",
        "The minister met his counterparts in {city} to discuss the situation at the front.",
        "Critics say pledges are often honoured only months after they are announced.",
        "A total of {money_en} has been set aside for {y1} to {y2}, the statement said.",
        "Opposition lawmakers called for faster deliveries and closer coordination.",
        "Support for air defence is to grow by {pct}% a year, according to the plan.",
        "Analysts expect the debate in parliament to continue into next month.",
        "The package also includes {num_en} howitzers and {n2} rounds of artillery ammunition.",
        "A spokesman declined to comment on the details of the agreement.",
        "Since the start of the war the country says it has provided aid worth {money_en}.",
    ],
}

SLOTS: dict[str, list[str]] = {
    "donor_de": ["Deutschland", "Berlin", "Frankreich", "Die Niederlande", "Schweden", "Norwegen"],
    "donor_en": ["Germany", "Britain", "Canada", "The Netherlands", "Sweden", "Australia"],
    "item_de": ["Schützenpanzer", "Kampfpanzer", "Flugabwehrsysteme", "Drohnen", "Mehrfachraketenwerfer"],
    "item_en": ["infantry fighting vehicles", "tanks", "air-defence systems", "drones", "rocket launchers"],
    "num_de": ["vier", "zwölf", "zwanzig", "einundzwanzig", "40", "120", "1.500"],
    "num_en": ["four", "twelve", "twenty", "twenty-one", "40", "120", "1,500"],
    "money_de": ["1,5 Mrd. Euro", "500 Millionen Euro", "2,7 Milliarden Kronen", "eine halbe Milliarde Euro"],
    "money_en": ["$2.5bn", "€400 million", "£1.5 billion", "CAN$90 million", "7 billion kroner"],
    "day_de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "day_en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "city": ["Berlin", "London", "Paris", "Ottawa", "Kyiv", "Brussels", "Oslo"],
}


#: A slot of a template that puts a number in its sentence ("{num_de}", "{money_en}", "{n}", "{pct}", "{y1}").
_NUMERIC_SLOT = re.compile(r"\{(?:num_|money_|n\b|n2|pct|y1|y2)")


#: Sentences without a figure, beside the templates' own, for the sparser corpora of :func:`corpus`.
FILLERS: dict[str, list[str]] = {
    "de": [
        "Die Regierung in {city} betonte, man stehe weiter fest an der Seite der Ukraine.",
        "Der Kanzler äußerte sich am Rande eines Treffens mit Wirtschaftsvertretern.",
        "Ob weitere Zusagen folgen, ließ das Ministerium offen.",
        "In Kiew wurde die Ankündigung mit Erleichterung aufgenommen.",
        "Die Lage an der Front gilt nach Einschätzung von Militärexperten als angespannt.",
        "Im Bundestag stieß der Plan auf breite Zustimmung, die Linke stimmte dagegen.",
        "Moskau warf dem Westen erneut vor, den Konflikt zu verlängern.",
        "Die Ausbildung der Soldaten soll wie bisher in Deutschland stattfinden.",
    ],
    "en": [
        "The government in {city} said it would stand by Ukraine for as long as it takes.",
        "The prime minister spoke on the sidelines of a meeting with business leaders.",
        "The ministry would not say whether further commitments would follow.",
        "Officials in Kyiv welcomed the announcement.",
        "Military analysts describe the situation at the front as tense.",
        "The plan won broad support in parliament, with only a handful of members voting against it.",
        "Moscow again accused the West of prolonging the conflict.",
        "Training of the soldiers is to continue at bases in Britain and Germany.",
    ],
}

#: Share of sentences that carry a number in the seed article (tests' worked example, a whole news report about
#: pledges: 4 of its 25 sentences), and the dense corpus's share, for :func:`test_density`.
ARTICLE_SHARE = 0.16
DENSE_SHARE = 0.58


def corpus(lang: str, size: int = CORPUS_BYTES, seed: int = 2025, numeric_share: float | None = None) -> str:
    """News-like text of at least ``size`` UTF-8 bytes, paragraphs of five sentences.

    By default each sentence is one of the language's templates at random (58 % of the sentences carry a number).
    With ``numeric_share`` a sentence is a template with a number with that probability, else one without
    (:data:`FILLERS` beside the templates' own): the same kind of text at the density of a whole article.
    """
    rng = random.Random(seed)
    numeric = [t for t in TEMPLATES[lang] if _NUMERIC_SLOT.search(t)]
    plain = [t for t in TEMPLATES[lang] if not _NUMERIC_SLOT.search(t)] + FILLERS[lang]
    out: list[str] = []
    total = 0
    while total < size:
        if numeric_share is None:
            template = rng.choice(TEMPLATES[lang])
        else:
            template = rng.choice(numeric if rng.random() < numeric_share else plain)
        sentence = template.format(
            **{k: rng.choice(v) for k, v in SLOTS.items()},
            n=rng.randint(2, 900),
            n2=f"{rng.randint(1, 99) * 1000:,}".replace(",", "." if lang == "de" else ","),
            pct=rng.choice([5, 10, 15, 20]),
            y1=2025,
            y2=rng.choice([2027, 2028, 2029]),
        )
        out.append(sentence + ("\n\n" if len(out) % 5 == 4 else " "))
        total += len(sentence.encode()) + 1
    return "".join(out)


def _floor(text: str) -> int:
    return sum(1 for _ in re.finditer(r"\d+", text))


def _articles(text: str, paragraphs: int = 3) -> list[str]:
    """The corpus cut into articles of a few paragraphs (about 2 KB each), as a tracker feeds them."""
    parts = text.split("\n\n")
    return ["\n\n".join(parts[i : i + paragraphs]) for i in range(0, len(parts), paragraphs)]


PATHS: dict[str, Callable[[str, str], Any]] = {
    "floor: re.finditer(r'\\d+')": lambda text, lang: _floor(text),
    "read_numerals": lambda text, lang: read_numerals(text, lang),
    "parse_many (articles of 3 paragraphs)": lambda text, lang: aidtracker.parse_many(_articles(text), lang=lang),
    "parse (whole corpus, one call)": lambda text, lang: aidtracker.parse(text, lang=lang),
}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("path", list(PATHS), ids=list(PATHS))
def test_throughput(benchmark, path: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    text = corpus(lang)
    func = PATHS[path]
    func("Warm-up: 1,5 Mrd. Euro, four tanks.", lang)  # lexicons and regexes built outside the timing
    result = benchmark.pedantic(func, args=(text, lang), rounds=3, iterations=1, warmup_rounds=0)
    megabytes = len(text.encode()) / 1e6
    median = benchmark.stats.stats.median
    benchmark.extra_info["MB"] = round(megabytes, 3)
    benchmark.extra_info["MB/s (median)"] = round(megabytes / median, 3)
    benchmark.extra_info["x floor (median / floor median)"] = round(median / _floor_seconds(lang), 1)
    THROUGHPUT.append(
        f"{lang}  {path:42} {megabytes / median:7.3f} MB/s  median {median:7.3f} s  "
        f"{median / _floor_seconds(lang):6.1f}x the floor"
    )
    assert result


#: One line per throughput run, printed after the run by ``pytest_terminal_summary`` below.
THROUGHPUT: list[str] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Not collected from a test module; called through ``benchmarks/conftest.py``."""
    if THROUGHPUT:
        terminalreporter.section("parse throughput (median of the rounds; goal: parse >= 1 MB/s)")
        for line in THROUGHPUT:
            terminalreporter.write_line(line)


@functools.cache
def _floor_seconds(lang: str) -> float:
    """Median seconds of the floor (bare digit scan) over the language's corpus, 7 runs."""
    text = corpus(lang)
    return statistics.median(timeit.repeat(lambda: _floor(text), number=1, repeat=7))


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("share", [ARTICLE_SHARE, 0.3], ids=["article (16 %)", "30 %"])
def test_density(benchmark, share: float, lang: str) -> None:  # type: ignore[no-untyped-def]
    """``parse_many`` on the same kind of text with fewer sentences carrying a number: the throughput a reader of
    whole articles sees (the dense corpus above is the stress case, 58 %)."""
    text = corpus(lang, numeric_share=share)
    func = PATHS["parse_many (articles of 3 paragraphs)"]
    func("Warm-up: 1,5 Mrd. Euro, four tanks.", lang)
    result = benchmark.pedantic(func, args=(text, lang), rounds=3, iterations=1, warmup_rounds=0)
    megabytes = len(text.encode()) / 1e6
    median = benchmark.stats.stats.median
    benchmark.extra_info["MB/s (median)"] = round(megabytes / median, 3)
    THROUGHPUT.append(
        f"{lang}  {'parse_many, ' + format(share, '.0%') + ' of sentences with a number':42} "
        f"{megabytes / median:7.3f} MB/s  median {median:7.3f} s"
    )
    assert result


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("size", [100_000, 1_000_000], ids=["100KB", "1MB"])
@pytest.mark.parametrize("path", ["read_numerals", "parse (whole corpus, one call)"])
def test_pathological(benchmark, path: str, size: int, lang: str) -> None:  # type: ignore[no-untyped-def]
    text = pathological(size)
    func = PATHS[path]
    func("1", lang)
    benchmark.pedantic(func, args=(text, lang), rounds=1, iterations=1, warmup_rounds=0)
    benchmark.extra_info["MB/s"] = round(size / 1e6 / benchmark.stats.stats.median, 3)
