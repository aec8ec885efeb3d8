"""A change of consumer prices over the month before is a series no package holds: unsupported (reason
``month_on_month``), however the sentence words the month before ('the preceding month', 'than in the previous
month', 'monthly' right after the figure, Spanish 'mensual'), and wherever the place comes from — the statistics
office's own host ('hagstofa.is', 'statice.is') names its country. A 12-month rate with no place named anywhere
stays ``place_unnamed``; 'monthly' naming the index leaves a year's rate. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

_ANNUAL = {(place, year): value for place in ("Iceland", "Norway") for year, value in ((2029, 5.1), (2030, 4.2))}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


@pytest.mark.parametrize(("text", "figure", "url"), [
    ("The consumer price index in March 2030 rose by 0.61% from the preceding month.", "0.61%",
     "https://hagstofa.is/utgafur/frettasafn/visitala-neysluverds-mars-2030"),
    ("The consumer price index for March 2030 stands at 512.3 points, 0.28% higher than in the previous month.",
     "0.28%", "https://statice.is/publications/news-archive/prices/cpi-march-2030"),
    ("Norway's consumer price index in March 2030 rose by 0.61% from the preceding month.", "0.61%", None),
])
def test_one_months_change_is_unsupported(annual: Path, text: str, figure: str, url: str | None) -> None:
    result = claim_starting(claim_results(text, [annual], date="2030-04-10", url=url), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_twelve_month_rate_with_no_place_named_is_left_for_a_person(annual: Path) -> None:
    result = claim_starting(claim_results("Consumer prices rose 4.2% in 2030.", [annual], date="2031-02-01"), "4.2%")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_unnamed"), result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Los precios al consumidor en Noruega subieron 0,52% mensual y 4,2% interanual en marzo de 2030.", "0,52%"),
    ("Consumer prices in Norway rose 0.52% monthly in March 2030.", "0.52%"),
])
def test_monthly_right_after_the_figure_is_one_months_change(annual: Path, text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, [annual], date="2030-04-10"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_monthly_naming_the_index_leaves_a_years_rate(annual: Path) -> None:
    # 'monthly' before the measure is the index's frequency: the figure is still the year's rate
    result = claim_starting(claim_results("Norway's monthly consumer price index rose 4.2% in 2030.", [annual],
                                          date="2031-02-01"), "4.2%")
    assert result.verdict is Verdict.supported, result.explanation


def test_monthly_after_a_figure_with_its_own_twelve_month_word_is_the_next_figures(annual: Path) -> None:
    # the order of languages that set the word before its figure (Turkish 'yıllık yüzde 4,2 aylık ise yüzde 0,5')
    result = claim_starting(claim_results("Norway's consumer prices in 2030: year-on-year 4.2% monthly 0.5%.",
                                          [annual], date="2031-02-01"), "4.2%")
    assert result.reason != "month_on_month", result.explanation


@pytest.mark.parametrize("second", [
    "Compared to February 2030, consumer prices fell by 0.3%.",
    "Compared with February, consumer prices fell by 0.3%.",
])
def test_a_change_on_the_month_before_the_paragraph_s_month_is_unsupported(annual: Path, second: str) -> None:
    """The sentence names only its change's base, the month right before the one the paragraph speaks of."""
    text = "Norway's consumer prices rose by 4.4% in March 2030 compared with March 2029. " + second
    result = claim_starting(claim_results(text, [annual], date="2030-04-10"), "0.3%")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_change_on_the_same_month_a_year_before_is_left_to_the_period_rules(annual: Path) -> None:
    text = ("Norway's consumer prices rose by 4.4% in March 2030 compared with March 2029. "
            "Compared to March 2029, consumer prices rose by 4.4%.")
    results = claim_results(text, [annual], date="2030-04-10")
    assert all(r.reason != "month_on_month" for r in results.values()), [r.explanation for r in results.values()]


@pytest.mark.parametrize(("text", "figure"), [
    ("Norway's consumer price index in March 2030: annual 4.2%, monthly 0.5%.", "0.5%"),
    ("Norveç'te tüketici fiyat endeksi Mart 2030'da yıllık %4,2, aylık %0,5 oldu.", "%0,5"),
])
def test_monthly_right_before_the_figure_is_one_months_change(annual: Path, text: str, figure: str) -> None:
    # languages that set the word before its figure (Turkish 'aylık %0,5'): nothing between names an index
    result = claim_starting(claim_results(text, [annual], date="2030-04-10"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_annual_right_before_the_figure_keeps_the_years_rate(annual: Path) -> None:
    result = claim_starting(claim_results("Norway's consumer price index in 2030: monthly 0.5%, annual 4.2%.",
                                          [annual], date="2031-02-01"), "4.2%")
    assert result.reason != "month_on_month", result.explanation


def test_a_twelve_month_rates_change_in_points_on_the_month_before_is_left_to_the_period_rules(annual: Path) -> None:
    # Portuguese 'valor superior em 0,3 pontos percentuais ao mês anterior' (glossed 'up by … than the previous
    # month'): the 12-month average rose 0.3 points in a month — another period, not a series no package holds
    text = ("Em março de 2030, o IPC da Noruega registou uma variação média dos últimos 12 meses de 4,6%, valor "
            "superior em 0,3 pontos percentuais ao mês anterior.")
    result = claim_starting(claim_results(text, [annual], date="2030-04-10"), "0,3 pontos")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
