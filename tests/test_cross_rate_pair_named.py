"""A rate named as a pair of two currencies neither of which is the base ('the won-yen rate', '원·엔 환율') is
the price of the pair's other currency in the figure's: the ratio of the two currencies' rows per dollar, never
the figure's own per-dollar row. As the pair is quoted, it may be the price of 100 yen: the reading that lies
within the range the derived rates have shown counts. A quarter's average cross rate is the mean of its months'
cross rates; a year's is that mean or the ratio of the two yearly rows, and where they part a person decides.
Invented figures, units per US dollar."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import ClaimResult, Verdict

# 2031's months: won per dollar 1000, 1200, …; yen per dollar 100, 120, …: 10 won per yen each month, as the
# yearly rows' ratio 1,100 / 110 says. 2032's won runs 1010, 1230, … and its yen 125, 100, …: cross rates of 8.08
# and 12.3 won per yen, whose mean is 10.19, while the yearly rows' ratio 1,120 / 112.5 is 9.956
WON = {**{f"2031-{m:02d}": 1000.0 if m % 2 else 1200.0 for m in range(1, 13)},
       **{f"2032-{m:02d}": 1010.0 if m % 2 else 1230.0 for m in range(1, 13)}}
YEN = {**{f"2031-{m:02d}": 100.0 if m % 2 else 120.0 for m in range(1, 13)},
       **{f"2032-{m:02d}": 125.0 if m % 2 else 100.0 for m in range(1, 13)}}


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("rates")
    yearly = rates_package(folder / "yearly", {("South Korea", 2031): 1100.0, ("Japan", 2031): 110.0,
                                               ("South Korea", 2032): 1120.0, ("Japan", 2032): 112.5})
    monthly = monthly_rates_package(folder / "monthly", {"South Korea": WON, "Japan": YEN})
    return [yearly, monthly]


def _result(text: str, rates: list[Path], figure: str) -> ClaimResult:
    return claim_results(text, rates, date="2033-03-01")[figure]


def test_a_years_won_yen_average_is_read_per_100_yen(rates: list[Path]) -> None:
    result = _result("In 2031 the yearly average won-yen exchange rate was 1000.0 won per 100 yen.", rates, "1000.0 won")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(1000.0)


def test_a_won_yen_average_far_off_is_contradicted_not_read_per_dollar(rates: list[Path]) -> None:
    result = _result("In 2031 the yearly average won-yen exchange rate was 1100.0 won.", rates, "1100.0 won")
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].value == pytest.approx(1000.0)


def test_a_year_whose_two_averages_part_goes_to_a_person(rates: list[Path]) -> None:
    """2032's mean of monthly cross rates, 1,019.0 won per 100 yen, is 2.4 % above the yearly rows' ratio, 995.6:
    either is a year's average cross rate, so a figure one supports and the other refutes is for review."""
    for figure in ("1019.0 won", "995.6 won"):
        result = _result(f"In 2032 the yearly average won-yen exchange rate was {figure}.", rates, figure)
        assert result.verdict is Verdict.needs_review, result.explanation
    off = _result("In 2032 the yearly average won-yen exchange rate was 1213.0 won.", rates, "1213.0 won")
    assert off.verdict is Verdict.contradicted, off.explanation


def test_a_quarters_won_yen_average_is_the_mean_of_its_months(rates: list[Path]) -> None:
    result = _result("In the first quarter of 2032 the average won-yen exchange rate was 948.7 won.", rates, "948.7 won")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx((808.0 + 1230.0 + 808.0) / 3)


def test_a_pair_quoted_per_one_yen_is_read_so(rates: list[Path]) -> None:
    result = _result("In 2031 the won-yen exchange rate averaged 10.00 won.", rates, "10.00 won")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(10.0)


def test_a_pair_with_the_dollar_is_the_per_dollar_row(rates: list[Path]) -> None:
    result = _result("In 2031 the average won-dollar exchange rate was 1100.0 won.", rates, "1100.0 won")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(1100.0)


def test_a_korean_won_yen_average_is_read_as_the_cross_rate(rates: list[Path]) -> None:
    text = "2031년 연평균 원·엔 환율은 100엔당 1000.0원으로 집계됐다."
    result = next(r for t, r in claim_results(text, rates, date="2033-03-01").items() if "1000.0" in t)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(1000.0)


def test_a_change_of_the_won_yen_average_is_the_cross_rates_change(rates: list[Path]) -> None:
    """2031 → 2032 per 100 yen: the months' means rose 19.0 won, the yearly rows' ratio fell 4.4; the won's own
    rate per dollar rose 20 won, which is no reading of the pair's change."""
    text = "2032년 연평균 원·엔 환율은 100엔당 1019.0원으로 전년보다 150.0원 올랐다."
    result = next(r for t, r in claim_results(text, rates, date="2033-03-01").items() if "150.0" in t)
    assert result.verdict is Verdict.contradicted, result.explanation
    assert "JPY" in (result.evidence[0].metric or ""), result.evidence[0]
    assert result.evidence[0].value in (pytest.approx(19.0, abs=0.05), pytest.approx(-4.4, abs=0.05)), result.evidence[0]
