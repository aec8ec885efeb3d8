"""A quarter's (or the year to date's) average exchange rate ('the won averaged 1,210.4 per dollar in the third quarter of 2022') read
from a series of monthly averages: the mean of the quarter's three monthly rows supports it when it agrees.
A mean that misses leaves the figure for a person (a quarter's end, or another mean, may be meant): never an
alarm. A quarter with a month missing, or a figure not called an average, is left as before. Figures invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, module_package, monthly_rates_package

from workbench.models import Verdict

MONTHS = {"2022-06": 1180.0, "2022-07": 1200.0, "2022-08": 1211.0, "2022-09": 1220.2, "2022-10": 1240.0,
          "2022-11": 1260.0}
# a year's first months, for averages over the year to date (January–May: mean 1,190.0)
MONTHS |= {"2022-01": 1170.0, "2022-02": 1185.0, "2022-03": 1195.0, "2022-04": 1200.0, "2022-05": 1200.0}


rates = module_package(monthly_rates_package, "South Korea", MONTHS)


def test_a_quarters_average_is_the_mean_of_its_months(rates: Path) -> None:
    text = "The South Korean won averaged 1,210.4 per US dollar in the third quarter of 2022."
    result = claim_results(text, [rates], date="2023-01-15")["1,210.4"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2022-07", "2022-08", "2022-09"]


def test_a_mean_that_misses_is_for_a_person(rates: Path) -> None:
    text = "The South Korean won averaged 1,290.0 per US dollar in the third quarter of 2022."
    result = claim_results(text, [rates], date="2023-01-15")["1,290.0"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_quarter_with_a_missing_month_is_not_averaged(rates: Path) -> None:
    text = "The South Korean won averaged 1,236.7 per US dollar in the fourth quarter of 2022."
    result = claim_results(text, [rates], date="2023-03-15")["1,236.7"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_an_average_over_the_years_first_months_is_their_mean(rates: Path) -> None:
    text = "Over the first five months of 2022, the South Korean won averaged 1,190.3 per US dollar."
    result = claim_results(text, [rates], date="2022-07-15")["1,190.3"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2022-01", "2022-02", "2022-03", "2022-04", "2022-05"]


def test_a_months_run_not_called_an_average_is_left_as_before(rates: Path) -> None:
    text = "Over the first five months of 2022, the South Korean won stood at 1,190.3 per US dollar."
    result = claim_results(text, [rates], date="2022-07-15")["1,190.3"]
    assert result.verdict is not Verdict.supported, result.explanation
