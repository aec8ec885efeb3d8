"""A figure its sentence calls the average of the last twelve months and dates by a year alone, 'for the same
period' as a month the sentence names ('… 6.1 % in May 2022 compared to 4.2 % for the same period in 2021'), is
the average of the twelve months to that month of its year: a 12-month figure no yearly row covers, for a person
whether or not the year's row happens to lie near it. To December the same words are the calendar year.

Package World Bank-shaped (``package_support.CPI``: Chile 2021 4.5), figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("opening", ["On average over the last twelve months", "On a 12-month average basis"])
def test_the_same_period_of_a_month_s_twelve_month_average_is_no_year_s_row(tmp_path: Path, opening: str) -> None:
    text = f"{opening}, inflation in Chile stood at 9.9% in May 2022 compared to 4.2% for the same period in 2021."
    result = claim_starting(claim_results(text, [cpi_package(tmp_path / "cpi")], "2022-07-01"), "4.2%")
    assert result.verdict is Verdict.needs_review, result.explanation  # 4.2 against the 2021 row's 4.5: not refuted
    assert result.evidence[0].period == "2021", result.explanation
    assert "June 2020–May 2021" in result.explanation, result.explanation


def test_the_same_period_to_december_is_the_calendar_year(tmp_path: Path) -> None:
    text = ("On average over the last twelve months, inflation in Chile stood at 11.6% in December 2022 "
            "compared to 4.2% for the same period in 2021.")
    result = claim_starting(claim_results(text, [cpi_package(tmp_path / "cpi")], "2023-03-01"), "4.2%")
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2021", result.explanation
