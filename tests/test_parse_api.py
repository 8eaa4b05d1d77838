"""The parser's public surface: parse() arguments, parse_many(), language detection and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import aidtracker
from aidtracker.__main__ import main
from aidtracker._parser import detect_language

GERMAN = "Berlin wolle außerdem vier mechanisierte Infanteriebrigaden ausrüsten, was auf 480 Infanteriefahrzeuge pro Jahr hinausliefe."
ENGLISH = "Britain will send 14 Challenger tanks to Ukraine this year."


def test_records_point_back_into_the_text() -> None:
    pledges = aidtracker.parse(GERMAN, published="2025-09-04")
    assert [p.id for p in pledges] == ["p1", "p2"]
    assert [GERMAN[slice(*p.span)] for p in pledges if p.span] == [
        "vier mechanisierte Infanteriebrigaden",
        "480 Infanteriefahrzeuge",
    ]
    assert all(p.evidence == GERMAN and p.announced == dt.date(2025, 9, 4) for p in pledges)


def test_published_anchors_relative_time_and_accepts_a_date() -> None:
    (with_date,) = aidtracker.parse(ENGLISH, published=dt.date(2023, 1, 14))
    (without,) = aidtracker.parse(ENGLISH)
    assert with_date.period is not None
    assert (with_date.period.start, with_date.period.end) == (2023, 2023)
    assert without.period is None
    assert without.announced is None


def test_bad_published_names_the_value() -> None:
    with pytest.raises(ValueError, match="yesterday"):
        aidtracker.parse(ENGLISH, published="yesterday")


def test_unknown_language_is_a_lexicon_error() -> None:
    with pytest.raises(aidtracker.LexiconError, match="xx"):
        aidtracker.parse(ENGLISH, lang="xx")


def test_a_home_state_without_its_currency_is_refused_by_name() -> None:
    import tomllib
    from pathlib import Path

    import pydantic

    from aidtracker._lexicon_parse import DonorNames

    lexicon = Path(aidtracker.__file__).parent / "lexicons" / "de.toml"
    donors = tomllib.loads(lexicon.read_text(encoding="utf-8"))["donors"]
    DonorNames.model_validate(donors)  # as shipped: all three set
    del donors["home_currency"]
    with pytest.raises(pydantic.ValidationError, match=r"donors\.home is set but donors\.home_currency is not"):
        DonorNames.model_validate(donors)


def test_source_is_copied() -> None:
    (p,) = aidtracker.parse(ENGLISH, source="https://example.org/a")
    assert p.source == "https://example.org/a"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (GERMAN, "de"),
        (ENGLISH, "en"),
        ("Die Ukraine und die USA", "de"),
        # headlines: "will" is a word of both languages, or no common word at all (a tie goes to the giving words)
        ("Australia will give Ukraine 49 Abrams tanks, worth A$245 million.", "en"),
        ("Biden pledges $2bn", "en"),
        ("Kanada will vier Leopard schicken", "de"),
        ("Scholz sagt 50 Marder zu", "de"),
    ],
)
def test_language_is_detected(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_a_short_english_headline_is_parsed_as_english() -> None:
    (tanks, value) = aidtracker.parse("Australia will give Ukraine 49 Abrams tanks, worth A$245 million.")
    assert (tanks.donor, str(tanks.quantity), value.equivalent_of) == ("AUS", "49 vehicle", tanks.id)


@pytest.mark.parametrize("text", ["", "   \n", "Keine Zahlen hier.", "No numbers at all."])
def test_text_without_pledges_gives_an_empty_list(text: str) -> None:
    assert aidtracker.parse(text) == []


def test_parse_many_takes_texts_and_pairs() -> None:
    results = aidtracker.parse_many([GERMAN, (ENGLISH, "2023-01-14"), "Nichts."], published="2025-09-04")
    assert [len(r) for r in results] == [2, 1, 0]
    assert results[0][0].announced == dt.date(2025, 9, 4)
    assert results[1][0].announced == dt.date(2023, 1, 14)
    assert results[1][0].id == "p1"  # ids are per text


def test_parse_many_shows_progress_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    aidtracker.parse_many([ENGLISH] * 3, progress=True)
    assert "3/3" in capsys.readouterr().err
    assert len(aidtracker.parse_many(iter([ENGLISH]), progress=True)) == 1  # an iterator without a length
    assert "1it" in capsys.readouterr().err.replace(" ", "").replace("text", "it")
    aidtracker.parse_many([ENGLISH], progress=False)
    assert capsys.readouterr().err == ""


def test_cli_example_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--example"]) == 0
    out = capsys.readouterr().out
    assert "20 percent / year" in out
    assert "4 brigade" in out
    assert "480 vehicle / year" in out


def test_cli_json_from_a_file(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "article.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert main(["parse", str(path), "--published", "2023-01-14", "--format", "json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["donor"] == "GBR"
    assert record["quantity"] == {"value": 14, "unit": "vehicle"}
    assert record["source"] == str(path)


def test_cli_csv_and_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--example", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("id,donor,recipient,category")
    assert main(["parse", "/no/such/file.txt"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_runs_as_a_module_from_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aidtracker", "parse", "-", "--format", "json"],
        input=ENGLISH,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)[0]["donor"] == "GBR"


def test_cue_lists_compile_by_name_and_a_name_in_two_sections_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from aidtracker import _extract
    from aidtracker._lexicon import load_lexicon

    lex = load_lexicon("en")
    compiled = _extract._cue_patterns(lex, built=_extract._BUILT)
    fresh, months = compiled["fresh"], compiled["months"]  # from cues.fresh and periods.months
    assert fresh is not None
    assert fresh.search("the new package")
    assert months is not None
    assert months.search("in March")
    monkeypatch.setattr(_extract, "_CUE_SECTIONS", ("cues", "cues"))
    with pytest.raises(TypeError, match="'pledge' is in both lexicon sections 'cues' and 'cues'"):
        _extract._cue_patterns(lex, built=_extract._BUILT)
