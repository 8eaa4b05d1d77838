"""The parser scored on the team's annotated dev corpus (../shared/eval), the gate of issue 3.

The corpus and its scorer live beside the repository, not in it; in a user's clone they are absent
and these tests skip, saying so. The gate is F1 >= 0.85 per language (the parser reaches about 0.99
on dev; the margin is for the larger hidden corpus the same code is measured on).
"""

from __future__ import annotations

import pytest
from shared_scorer import SCORER, SHARED, score

CORPUS = SHARED / "eval" / "dev.jsonl"
MIN_F1 = 0.85
MIN_AGREEMENT = 0.85

pytestmark = pytest.mark.skipif(
    not (CORPUS.is_file() and SCORER.is_file()),
    reason=f"no annotated corpus at {SHARED.resolve()} (../shared beside the repository); corpus gate skipped",
)


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    return score(CORPUS)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_f1_per_language(report: dict[str, object], lang: str) -> None:
    per_lang = report["per_lang"]
    assert isinstance(per_lang, dict)
    assert per_lang[lang]["f1"] >= MIN_F1, per_lang[lang]


@pytest.mark.parametrize("attribute", ["donor", "category"])
def test_attributes_agree_on_matched_pledges(report: dict[str, object], attribute: str) -> None:
    attributes = report["attributes"]
    assert isinstance(attributes, dict)
    assert attributes[attribute] >= MIN_AGREEMENT, attributes
