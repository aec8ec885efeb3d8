"""An exchange rate's average for a fiscal year written as a year and its successor's last two digits ('the rupee
averaged 70.0 per dollar in 2030-31'), of a place that states its years as fiscal years (fiscal_years.json:
India's run April to March): the mean of the fiscal year's twelve monthly rows, not the mean of the two calendar
years the digits name. A place of calendar years gets no such reading.

Invented figures: rupees and yen per US dollar, 70 a month from April 2030 to March 2031, 60 in every other month."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


def _months(fiscal: float, other: float) -> dict[str, float]:
    return {f"{year}-{month:02d}": fiscal if (year, month) >= (2030, 4) and (year, month) <= (2031, 3) else other
            for year in (2029, 2030, 2031) for month in range(1, 13)}


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("monthly")
    return [monthly_rates_package(folder, {"India": _months(70.0, 60.0), "Japan": _months(70.0, 60.0)})]


def test_the_fiscal_years_monthly_mean_supports_its_average(rates: list[Path]) -> None:
    results = claim_results("During 2030-31, the average exchange rate of the rupee was 70.1 per US dollar.", rates,
                            date="2031-06-01")
    result = results["70.1"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030-04/2031-03", result.evidence[0]


def test_the_two_calendar_years_mean_is_no_reading_of_a_fiscal_year(rates: list[Path]) -> None:
    """65.0 is the mean of 2030 and 2031's twenty-four months: not what '2030-31' names for India."""
    results = claim_results("During 2030-31, the average exchange rate of the rupee was 65.0 per US dollar.", rates,
                            date="2031-06-01")
    assert results["65.0"].verdict is not Verdict.supported, results["65.0"].explanation


def test_a_place_of_calendar_years_gets_no_fiscal_reading(rates: list[Path]) -> None:
    results = claim_results("During 2030-31, the average exchange rate of the yen was 70.1 per US dollar.", rates,
                            date="2031-06-01")
    assert results["70.1"].verdict is not Verdict.supported, results["70.1"].explanation
