"""A month said with a year relative to the draft's date in Chinese, Japanese or Korean ('今年5月', '去年5月',
'昨年5月', '올해 5월', '지난해 5월': this year's and last year's May) is that month of the year counted from the
draft's date, as English 'in May this year' and 'in May last year' are; and a Japanese day without its year
('7月14日の東京外国為替市場で') is the day a figure is of, its year the draft's, as English 'on 14 July'; and
Chinese 'the past ten years' ('过去十年') is the span before the draft, as English 'over the past ten years' is.

The packages are publisher-shaped with invented figures: a station's monthly CO2 means and one country's
monthly exchange rates."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-mm-mlo": ("Date", "date", "Average", [("2040-04", 441.7), ("2040-05", 442.9),
                                                   ("2041-04", 444.1), ("2041-05", 445.6)])})


@pytest.mark.parametrize("text", [
    "观测站的数据显示,今年5月冒纳罗亚的二氧化碳月均浓度为445.6ppm,去年5月为442.9ppm。",
    "觀測站的數據顯示,今年5月冒納羅亞的二氧化碳月均濃度為445.6ppm,去年5月為442.9ppm。",
    "観測所によると、今年5月のマウナロアの二酸化炭素濃度は445.6ppm、昨年5月は442.9ppmだった。",
    "관측소에 따르면 올해 5월 마우나로아의 이산화탄소 농도는 445.6ppm, 지난해 5월은 442.9ppm이었다.",
])
def test_this_and_last_years_month_are_counted_from_the_drafts_date(ppm: Path, text: str) -> None:
    results = claim_results(text, [ppm], "2041-06-08")
    this_may = next(r for surface, r in results.items() if surface.startswith("445.6ppm"))
    last_may = next(r for surface, r in results.items() if surface.startswith("442.9ppm"))
    assert this_may.verdict is Verdict.supported, this_may.explanation
    assert this_may.evidence[0].period == "2041-05"
    assert last_may.verdict is Verdict.supported, last_may.explanation
    assert last_may.evidence[0].period == "2040-05"


def test_last_years_month_that_disagrees_is_contradicted_by_that_month(ppm: Path) -> None:
    results = claim_results("观测站的数据显示,去年5月冒纳罗亚的二氧化碳月均浓度为436.0ppm。", [ppm], "2041-06-08")
    result = next(r for surface, r in results.items() if surface.startswith("436.0ppm"))
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2040-05"


def test_a_japanese_day_without_its_year_is_a_day_of_the_drafts_year(tmp_path: Path) -> None:
    rates = monthly_rates_package(tmp_path / "fx", "Japan", {"2042-02": 121.4, "2042-03": 119.8})
    results = claim_results("3月15日の東京外国為替市場で、円相場は1ドル=126円だった。", [rates], "2042-03-20")
    result = next(r for surface, r in results.items() if surface.startswith("126"))
    # one day's price against the month's mean: another period, for a person, never a contradiction
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"
    assert "15 March 2042" in result.explanation



@pytest.fixture(scope="module")
def yearly_ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # yearly rises of 2.0 ppm up to 2040, then 2.4 ppm in 2041: the last year's rise is not the decade's mean
    means = [(year, round(410.0 + 2.0 * (year - 2030), 2)) for year in range(2030, 2041)] + [(2041, 432.4)]
    # the globe's December means rose 2.3 ppm in 2041, its yearly mean 2.4 ppm
    return ppm_package(tmp_path_factory.mktemp("yearly") / "gas",
                       {"co2-annmean-gl": ("Year", "year", "Mean", means),
                        "co2-mm-gl": ("Date", "date", "Average", [("2040-12", 430.6), ("2041-12", 432.9)])})


def test_the_past_decades_mean_rise_is_no_one_years_rise(yearly_ppm: Path) -> None:
    # '过去十年平均增幅': the average rise over the past ten years; the one year's rise that equals the figure is
    # no support for it (a figure over ten years, not the sentence's year)
    text = "报告指出,过去十年平均增幅为2.4 ppm,2041年全球大气二氧化碳浓度为432.4 ppm。"
    results = claim_results(text, [yearly_ppm], "2042-09-20")
    decade = next(r for surface, r in results.items() if surface.startswith("2.4 ppm"))
    assert decade.claim.period is not None and "/" in decade.claim.period, decade.claim
    assert not (decade.verdict is Verdict.supported and decade.evidence[0].period == "2041"), decade.explanation


def test_the_years_own_rise_before_the_past_decades_mean_keeps_its_year(yearly_ppm: Path) -> None:
    # the decade's mean rise compared with stands after the year's figure: the year's 2.9 ppm is still 2041's (2.4)
    text = "2041年全球大气二氧化碳浓度增幅约2.9 ppm,高于过去十年平均增幅(2.1 ppm)。"
    results = claim_results(text, [yearly_ppm], "2042-09-20")
    year = next(r for surface, r in results.items() if surface.startswith("约2.9 ppm") or surface.startswith("2.9 ppm"))
    assert year.verdict is Verdict.contradicted, year.explanation
    assert year.evidence[0].period.startswith("2041"), year.explanation
