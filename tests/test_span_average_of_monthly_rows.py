"""An exchange rate stated for a span the data holds no row of, read from a series of monthly averages: the
twelve months to June that a table's column calls an average ('Average rate for year ended 30 June 2031'), or a
calendar year of a currency published monthly only (a table's column of years, no word calling the figure an
average). The mean of the span's monthly rows supports the figure when it agrees; a mean that misses leaves it
for a person, never an alarm. A rate turned round (US dollars per Australian dollar against rows of Australian
dollars per US dollar) names the cells as published.

Invented figures: Australian dollars per US dollar, 1.25 a month from July 2030 to June 2031 and 1.60 in every
other month; Sri Lankan rupees per US dollar, 300 a month in 2031, 250 in 2030."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


def _australia() -> dict[str, float]:
    return {f"{year}-{month:02d}": 1.25 if (2030, 7) <= (year, month) <= (2031, 6) else 1.60
            for year in (2030, 2031) for month in range(1, 13)}


def _sri_lanka() -> dict[str, float]:
    return {f"{year}-{month:02d}": 300.0 if year == 2031 else 250.0 for year in (2030, 2031) for month in range(1, 13)}


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("monthly")
    return [monthly_rates_package(folder, {"Australia": _australia(), "Sri Lanka": _sri_lanka()})]


def _aud_table(figure: str) -> str:
    return ("Exchange rates for the financial year 2031 – foreign currency equivalent to 1 AUD.\n"
            "Country | Average rate for year ended 31 Dec 30 | Average rate for year ended 30 Jun 31 | Currency\n"
            f"USA | 0.6250 | {figure} | US dollar\n")


def test_the_average_for_a_year_ended_june_is_the_mean_of_its_twelve_months(rates: list[Path]) -> None:
    """1 / 1.25 = 0.80 US dollars per Australian dollar in each of the twelve months to June 2031."""
    result = claim_results(_aud_table("0.8000"), rates, date="2031-08-01")["0.8000"]
    assert result.verdict is Verdict.supported, result.explanation
    evidence = result.evidence[0]
    assert evidence.period == "2030-07/2031-06", evidence
    # the cells a reviewer finds in the file: Australian dollars per US dollar, as published
    assert [c.value for c in evidence.cells] == [1.25] * 12, evidence.cells


def test_an_average_for_a_year_ended_june_that_misses_is_for_a_person(rates: list[Path]) -> None:
    result = claim_results(_aud_table("0.7000"), rates, date="2031-08-01")["0.7000"]
    assert result.verdict is not Verdict.supported, result.explanation
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_a_years_rate_of_a_currency_published_monthly_only_is_the_mean_of_its_months(rates: list[Path]) -> None:
    text = "COUNTRY CURRENCY 2031 2030\n\nSRI LANKA RUPEE 300.1000 250.0500\n"
    results = claim_results(text, rates, date="2032-02-01")
    result = results["300.1000"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031", result.evidence[0]
    assert len(result.evidence[0].cells) == 12


def test_a_years_rate_its_months_miss_is_not_supported(rates: list[Path]) -> None:
    text = "COUNTRY CURRENCY 2031 2030\n\nSRI LANKA RUPEE 280.5000 250.0500\n"
    result = claim_results(text, rates, date="2032-02-01")["280.5000"]
    assert result.verdict is not Verdict.supported, result.explanation
