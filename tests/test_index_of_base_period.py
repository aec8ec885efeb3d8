"""A price index written as a percent of its base period, the base being 100 ('the consumer price index was
102.1 % compared to the same period of 2029'), is a change of its figure less 100: a rise of 2.1 %, judged by
the year's annual rate; below 100, a fall. Inflation written so ('inflation was 102.1 %') is a rate as written.
A figure glued to its group's name by a hyphen ('prices for foodstuff-111.2 %') is read, and a group's prices
are another series than the headline's. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

_ANNUAL = {("Armenia", 2029): 3.5, ("Armenia", 2030): 2.1, ("Georgia", 2030): -1.4, ("Kazakhstan", 2030): 2.1,
           ("Zimbabwe", 2029): 350.0}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


def _result(text: str, figure: str, annual: Path):  # type: ignore[no-untyped-def]
    return claim_starting(claim_results(text, [annual], date="2031-02-10"), figure)


@pytest.mark.parametrize(("text", "figure"), [
    ("In Armenia, the consumer price index in 2030 totalled 102.1% compared to the same period of 2029.", "102.1%"),
    ("Georgia's consumer price index for 2030 stood at 98.6% compared with the same period of 2029.", "98.6%"),
    ("Индекс потребительских цен в Казахстане в 2030 году составил 102,1% по сравнению с соответствующим "
     "периодом 2029 года.", "102,1%"),
])
def test_an_index_of_its_base_period_is_its_change(annual: Path, text: str, figure: str) -> None:
    result = _result(text, figure, annual)
    assert result.verdict is Verdict.supported, result.explanation


def test_an_index_of_its_base_period_that_disagrees_is_contradicted(annual: Path) -> None:
    result = _result("In Armenia, the consumer price index in 2030 totalled 104.8% compared to the same period "
                     "of 2029.", "104.8%", annual)
    assert result.verdict is Verdict.contradicted, result.explanation


def test_inflation_written_in_the_same_words_is_no_index(annual: Path) -> None:
    result = _result("In Armenia, inflation in 2030 was 102.1% compared to the same period of 2029.", "102.1%", annual)
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_groups_index_glued_by_a_hyphen_is_read_as_another_series(annual: Path) -> None:
    results = claim_results("In Armenia, the consumer price index in 2030 totalled 102.1% compared to the same "
                            "period of 2029, including the index of prices for foodstuff-106.3%.", [annual],
                            date="2031-02-10")
    food = claim_starting(results, "106.3%")
    assert (food.verdict, food.reason) == (Verdict.unsupported, "other_series"), food.explanation


def test_a_japanese_index_base_with_a_two_digit_year_is_no_figure(annual: Path) -> None:
    results = claim_results("アルメニアの2030年消費者物価指数(29年=100)は102.1となった。", [annual], date="2031-02-10")
    assert "29" not in results and "100" not in results, list(results)
    assert claim_starting(results, "102.1").verdict is Verdict.unsupported


@pytest.mark.parametrize(("text", "figure", "verdict"), [
    # the index of 2030 on the year before, as a verb-last language writes it: 2.1 % up in 2030
    ("2030-cu ildə Ermənistanda istehlak qiymətləri indeksi 2029-cu ilə nisbətən 102,1 % təşkil edib.", "102,1 %",
     Verdict.supported),
    ("In 2030 Armenia's consumer price index compared with 2029 was 104.8 %.", "104.8 %", Verdict.contradicted),
])
def test_an_index_on_the_previous_year_named_by_its_number_is_that_years_rise(annual: Path, text: str, figure: str,
                                                                           verdict: Verdict) -> None:
    result = _result(text, figure, annual)
    assert result.verdict is verdict, result.explanation
    assert result.evidence and result.evidence[0].period == "2030", result.explanation


def test_an_index_on_an_earlier_year_than_the_previous_is_no_years_rate(annual: Path) -> None:
    result = _result("In 2030 Armenia's consumer price index compared with 2027 was 102.1 %.", "102.1 %", annual)
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_months_index_with_no_base_written_is_a_change_of_its_figure_less_100(annual: Path) -> None:
    # Rosstat's way: the December index on November, beside the index since the year began
    text = ("The statistics office reports that Armenia's consumer price index in December 2029 came to 100.3%, "
            "and 103.4% since the beginning of the year.")
    result = claim_starting(claim_results(text, [annual], date="2030-01-12"), "100.3%")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_months_index_the_size_of_the_years_rate_is_its_rise_over_a_longer_span(annual: Path) -> None:
    # 3.5 % up on an unwritten base: it agrees with the year's 3.5 %, a month's reading beside the year's average
    result = claim_starting(claim_results("Armenia's consumer price index in December 2029 was 103.5%.", [annual],
                                          date="2030-01-12"), "103.5%")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "which agrees with" in result.explanation, result.explanation


def test_a_months_index_on_a_reference_year_is_no_change_of_the_month(annual: Path) -> None:
    result = claim_starting(claim_results("Armenia's consumer price index (2015 = 100) stood at 100.3% in December "
                                          "2029.", [annual], date="2030-01-12"), "100.3%")
    assert result.reason != "month_on_month", result.explanation


def test_a_months_index_on_the_same_month_a_year_before_is_no_months_change(annual: Path) -> None:
    # Azerbaijani 'əvvəlki ilin eyni dövrünə nisbətən': compared with the same period of the previous year
    text = "2029-cu ilin dekabr ayında Ermənistanda istehlak qiymətləri indeksi əvvəlki ilin eyni dövrünə nisbətən 100,3 % təşkil edib."
    result = claim_starting(claim_results(text, [annual], date="2030-01-12"), "100,3 %")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation


def test_a_months_inflation_index_is_a_rate_as_written(annual: Path) -> None:
    # 'the inflation index reached 82.39 %': a month's inflation (beside a year's 350 %), not a price index 17.6 %
    # below its base
    result = claim_starting(claim_results("In Zimbabwe the highest value came in March 2029, when the government's "
                                          "inflation index reached 82.39%.", [annual], date="2030-01-12"), "82.39%")
    assert result.reason != "month_on_month", result.explanation
    assert result.verdict is not Verdict.unsupported, result.explanation
