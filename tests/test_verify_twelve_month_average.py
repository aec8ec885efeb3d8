"""A month's rate that its sentence calls the average of the past twelve months: to December it is the
calendar year's annual average, judged by the yearly row (supported or contradicted); to another month
it is a 12-month figure the yearly rows do not cover — a different period, never a contradiction.

Publisher-shaped CPI package of invented figures (package_support.CPI: Chile 2021 = 4.5, 2022 = 11.6).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("twelve") / "cpi")


@pytest.mark.parametrize("basis", ["measured on an annual average basis",
                                   "based on the 12-month moving average",
                                   "as the average of the past 12 months"])
def test_the_twelve_months_to_december_are_the_calendar_year(cpi: Path, basis: str) -> None:
    text = f"Chile's consumer price inflation, {basis}, rose from 10.9% in November 2022 to {{}}% in December 2022."
    right = claim_results(text.format("11.6"), [cpi])["11.6%"]
    assert right.verdict is Verdict.supported, right.explanation
    assert (right.evidence[0].dimensions["Country"], right.evidence[0].period) == ("Chile", "2022")
    wrong = claim_results(text.format("9.4"), [cpi])["9.4%"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence[0].period == "2022"


def test_another_month_s_twelve_month_average_is_a_different_period(cpi: Path) -> None:
    result = claim_results("Chile's consumer price inflation, measured on an annual average basis, "
                           "was 7.9% in June 2022.", [cpi])["7.9%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"
    assert "a 12-month" in result.explanation


def test_without_the_average_wording_a_december_rate_is_a_month_s(cpi: Path) -> None:
    # the December 12-month rate is not the year's average: an equal yearly row does not support it
    result = claim_results("Chile's consumer price inflation rose to 11.6% in December 2022.", [cpi])["11.6%"]
    assert result.verdict is Verdict.needs_review and result.reason == "different_period"


def test_a_twelve_month_average_to_january_after_the_rows_is_held_against_the_year_it_mostly_covers(cpi: Path) -> None:
    # February 2022 – January 2023: eleven of its months lie in 2022, the rows' last year, so that row is the
    # nearest evidence of another period, not a period beyond the data
    result = claim_results("Chile's consumer price inflation, measured on an annual average basis, "
                           "was 12.1% in January 2023.", [cpi])["12.1%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"
    assert (result.evidence[0].dimensions["Country"], result.evidence[0].period) == ("Chile", "2022")


def test_a_twelve_month_average_mostly_after_the_rows_is_beyond_the_data(cpi: Path) -> None:
    # October 2022 – September 2023: nine of its months lie in 2023, a year the rows do not reach
    result = claim_results("Chile's consumer price inflation, measured on an annual average basis, "
                           "was 9.8% in September 2023.", [cpi])["9.8%"]
    assert result.verdict is Verdict.unsupported, result.explanation
