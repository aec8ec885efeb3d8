"""A cross rate of a year whose priced currency has no yearly row — the package files the pound's rates by
month only — is the ratio of the yearly row and the mean of that currency's twelve monthly rows of the year:
supported when it agrees, contradicted when it does not. A year short of a month has no mean to divide by.

Invented figures: kroner per US dollar by year, pounds per US dollar by month."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict

# twelve months of 2031 whose mean is 0.80 pounds per dollar; 2032 lacks December
POUND_MONTHS = {**{f"2031-{m:02d}": v for m, v in zip(range(1, 13), [0.78, 0.82] * 6)},
                **{f"2032-{m:02d}": 0.75 for m in range(1, 12)}}


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("rates")
    yearly = rates_package(folder / "yearly", {("Norway", 2031): 9.00, ("Norway", 2032): 9.30})
    monthly = monthly_rates_package(folder / "monthly", "United Kingdom", POUND_MONTHS)
    return [yearly, monthly]


def test_a_years_cross_rate_divides_by_the_mean_of_the_months(rates: list[Path]) -> None:
    result = next(iter(claim_results("In 2031 one British pound was worth 11.25 Norwegian kroner on average.",
                                     rates, date="2032-03-01").values()))
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].formula == "9 / 0.8", result.evidence[0].formula


def test_a_cross_rate_off_the_years_mean_is_contradicted(rates: list[Path]) -> None:
    result = next(iter(claim_results("In 2031 one British pound was worth 12.40 Norwegian kroner on average.",
                                     rates, date="2032-03-01").values()))
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_year_short_of_a_month_gives_no_mean(rates: list[Path]) -> None:
    result = next(iter(claim_results("In 2032 one British pound was worth 12.40 Norwegian kroner on average.",
                                     rates, date="2033-03-01").values()))
    assert result.verdict is not Verdict.supported, result.explanation
    assert not any(e.period == "2032" and e.formula for e in result.evidence), result.evidence
