"""A change of a rate over part of a year ('rose by 0.6 points in the twelve months to October', 'climbed
2.1 points in the first ten months') has no row of its span in a series of annual averages: it goes to
a person beside the year it ends in, never 'unsupported' as if the data knew nothing of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


@pytest.mark.parametrize(("sentence", "claim", "period_words"), [
    ("The annual inflation rate in Chile rose by 0.6 percentage points in the twelve months to October 2022, "
     "the statistics institute said.", "0.6 percentage points", "November 2021–October 2022"),
    ("Consumer price inflation in Chile climbed by 2.1 percentage points in the first ten months of 2022.",
     "2.1 percentage points", "January–October 2022"),
])
def test_a_change_over_part_of_a_year_goes_to_review_beside_its_year(package: Path, sentence: str, claim: str,
                                                                     period_words: str) -> None:
    result = claim_results(sentence, [package], date="2022-11-15")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2022"
    assert period_words in result.explanation


def test_a_change_over_whole_years_is_still_judged(package: Path) -> None:
    # 4.5 % in 2021 to 11.6 % in 2022: 7.1 points, so 3 points is contradicted by the yearly rows
    result = claim_results("Consumer price inflation in Chile rose by 3 percentage points in 2022 from 2021.",
                           [package], date="2023-03-01")["3 percentage points"]
    assert result.verdict is Verdict.contradicted, result.explanation
