"""'Year on year in 2022' compares a whole year with the year before: the change of the year's average that
annual rows hold, judged by them; 'year on year in December 2022' stays a month's 12-month rate, a different
period from the annual average. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("yoy") / "cpi")]  # Norway 2022: 5.8


def test_a_yearly_change_said_year_on_year_of_a_year_is_judged_by_that_years_row(packages: list[Path]) -> None:
    result = claim_results("Consumer price inflation in Norway was 5.5 percent year on year in 2022, the "
                           "statistics office said.", packages, date="2023-02-10")["5.5 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2022"


def test_year_on_year_for_the_whole_year_agreeing_is_supported(packages: list[Path]) -> None:
    result = claim_results("Norway's consumer price inflation reached 5.8% year-on-year for the whole year of "
                           "2022.", packages, date="2023-02-10")["5.8%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_year_on_year_in_a_month_stays_a_months_rate(packages: list[Path]) -> None:
    result = claim_results("Consumer price inflation in Norway was 5.5 percent year on year in December 2022.",
                           packages, date="2023-02-10")["5.5 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"
