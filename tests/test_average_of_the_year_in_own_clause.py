"""A figure its own clause calls the year's average ('puts the average of the year at 5.8 %', 'bringing the
annual average to 5.8 %') is the whole year's, though an earlier clause of its sentence named the month whose
release gave it; a month's own rate beside no such words stays that month's. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("avg") / "cpi")]  # Norway 2022: 5.8


def test_the_average_of_the_year_after_a_months_release_is_the_years(packages: list[Path]) -> None:
    result = claim_results("Norway's consumer price index for December, released on Tuesday, puts the average "
                           "of the year at 5.8%.", packages, date="2023-01-17")["5.8%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_an_annual_average_the_years_row_disagrees_with_is_contradicted(packages: list[Path]) -> None:
    result = claim_results("Consumer price inflation in Norway eased in December 2022, bringing the annual average "
                           "to 5.4 percent.", packages, date="2023-01-17")["5.4 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_months_rate_without_such_words_stays_the_months(packages: list[Path]) -> None:
    result = claim_results("Consumer price inflation in Norway eased to 5.4 percent in December 2022, the "
                           "statistics office said.", packages, date="2023-01-17")["5.4 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
