"""A quarter's average exchange rate ('the won averaged 1,210.4 per dollar in the third quarter of 2022') read
from a series of monthly averages: the mean of the quarter's three monthly rows supports it when it agrees.
A mean that misses leaves the figure for a person (a quarter's end, or another mean, may be meant): never an
alarm. A quarter with a month missing, or a figure not called an average, is left as before. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict

MONTHS = {"2022-06": 1180.0, "2022-07": 1200.0, "2022-08": 1211.0, "2022-09": 1220.2, "2022-10": 1240.0,
          "2022-11": 1260.0}


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [monthly_rates_package(tmp_path_factory.mktemp("fx"), "South Korea", MONTHS)]


def test_a_quarters_average_is_the_mean_of_its_months(rates: list[Path]) -> None:
    text = "The South Korean won averaged 1,210.4 per US dollar in the third quarter of 2022."
    result = claim_results(text, rates, date="2023-01-15")["1,210.4"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2022-07", "2022-08", "2022-09"]


def test_a_mean_that_misses_is_for_a_person(rates: list[Path]) -> None:
    text = "The South Korean won averaged 1,290.0 per US dollar in the third quarter of 2022."
    result = claim_results(text, rates, date="2023-01-15")["1,290.0"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_quarter_with_a_missing_month_is_not_averaged(rates: list[Path]) -> None:
    text = "The South Korean won averaged 1,236.7 per US dollar in the fourth quarter of 2022."
    result = claim_results(text, rates, date="2023-03-15")["1,236.7"]
    assert result.verdict is not Verdict.supported, result.explanation
