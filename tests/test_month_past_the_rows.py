"""A month's 12-month rate of a year the place's rows do not reach ('rose to 9.2 percent in March 2023'
with annual rows ending in 2022): no row can judge it, so it is unsupported — not sent to a person with
another year's average as if that were nearer evidence. A month of a year the rows hold stays for review
(a monthly rate against the year's average)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.models import Verdict

RATES = {("Kenya", 2020): 5.4, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7,
         ("Chile", 2021): 4.5, ("Chile", 2022): 11.6, ("Chile", 2023): 7.6}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi") / "cpi", "cpi", "Consumer prices", "Inflation", RATES,
                             description=CPI_WORDS)


def test_a_month_past_the_places_last_row_is_unsupported(package: Path) -> None:
    # Kenya's rows end in 2022 though Chile's reach 2023: the place's own rows decide
    result = claim_results("Kenya's annual inflation climbed to 9.2 percent in March 2023, the bureau said.",
                           [package], date="2023-04-12")["9.2 percent"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.evidence[0].period == "2022"
    assert "March 2023" in result.explanation


def test_a_month_of_a_year_the_rows_hold_stays_for_review(package: Path) -> None:
    result = claim_results("Chile's annual inflation climbed to 9.2 percent in March 2023, the bureau said.",
                           [package], date="2023-04-12")["9.2 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2023"


def test_in_an_undated_draft_a_month_without_its_year_stays_for_review(package: Path) -> None:
    # the year is only a guess (the day the draft is checked), so the month may be one the rows hold
    result = claim_results("Kenya's annual inflation climbed to 9.2 percent in March, the bureau said.",
                           [package], date=None)["9.2 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
