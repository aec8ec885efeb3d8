"""A month's change beside the year's rate in one sentence is month on month (``month_change_unheld``), also when

- its own words say how long since it was last so high ('the highest since 2016'): that year closes a record's
  span (periods.json ``record_span_words``), no base a year before that would make it a 12-month change;
- a sibling change stands between it and the 12-month wording ('food prices by 1.6 %, while the annual rates
  reached …'): the year's rates it is weighed against are the figures after that wording, not the sibling;
- it is compared with the figure before it whose month-on-month wording stands before that figure ('rose
  month-on-month in May, with 0.4 % compared with 0.2 % in April'): the month before's change — unless words of
  its own stand between the two and name another base ('… of the year before').
A rate alone in its sentence is still left to the period rules, and a year's rate after the wording is judged.
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import ClaimResult, Verdict

_ROWS = {("Peru", 2019): 3.0, ("Russian Federation", 2019): 4.5, ("Azerbaijan", 2019): 2.6}


def _result(text: str, figure: str, date: str, tmp_path: Path) -> ClaimResult:
    return claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date=date)[figure]


def test_a_months_rate_the_highest_since_a_year_is_month_on_month(tmp_path: Path) -> None:
    result = _result("Inflation in Peru was 0.5% in March, the highest since 2016, with an accumulated 3.2% over the "
                     "last 12 months.", "0.5%", "2019-04-02", tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


def test_a_months_change_before_a_siblings_is_weighed_against_the_annual_rates(tmp_path: Path) -> None:
    result = _result("Consumer prices in Russia rose by 1.1% in March 2019, food prices by 1.6%, while the annual "
                     "rates of the two reached 5.3% and 6.0%.", "1.1%", "2019-04-10", tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


def test_a_rate_alone_the_highest_since_a_year_is_left_to_the_period_rules(tmp_path: Path) -> None:
    result = _result("Inflation in Peru was 3.1% in March, the highest since 2016.", "3.1%", "2019-04-02", tmp_path)
    assert result.reason != "month_on_month", result.explanation
    assert result.verdict is not Verdict.unsupported, result.explanation


def test_a_rate_compared_with_a_month_change_worded_before_it_is_month_on_month(tmp_path: Path) -> None:
    # the earlier figure's month-on-month wording stands before it: the later figure, its comparison, is the
    # month before's change
    result = _result("Consumer prices in Peru rose month-on-month in May 2019, with 0.4% compared with 0.2% in April.",
                     "0.2%", "2019-06-05", tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


def test_a_twelve_month_rate_compared_with_the_month_before_is_not_month_on_month(tmp_path: Path) -> None:
    result = _result("Inflation in Peru reached 3.1% in May 2019 compared with 2.9% in April.", "2.9%", "2019-06-05",
                     tmp_path)
    assert result.reason != "month_on_month", result.explanation


def test_an_index_compared_with_the_same_month_a_year_before_keeps_its_own_base(tmp_path: Path) -> None:
    # Azerbaijani 'əvvəlki ilin may ayına nisbətən' (compared with May of the year before) stands between the
    # month-on-month figure and this one: its own base, a 12-month one, whatever the earlier figure's wording
    result = _result("Bildirilir ki, may ayında Azərbaycanda istehlak qiymətləri indeksi əvvəlki aya nisbətən 100,6 %, "
                     "əvvəlki ilin may ayına nisbətən 102,9 % təşkil edib.", "102,9 %", "2019-06-10", tmp_path)
    assert result.reason != "month_on_month", result.explanation
