"""A market's average of its closing prices for the year, reported in the year's last days ('this year's
average of the closing rates was 97.3 rupees', a page of 30 December), is the whole year's average by
the market's own count: a market closed for the year averages its sessions' closes after its last one,
so the year's row judges it. Earlier in the year, or when the average is not said to be of closes (a
year-to-date average), it stays a part of the year for a person. A closing-price average written noun
first (Korean '종가 연평균', closing price annual average) is an average, not one day's close.
The package is shaped like the Federal Reserve's yearly rate file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, rates_package

from workbench.models import Verdict


def _package(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("India", 2029): 97.31, ("India", 2028): 91.2,
                                                 ("South Korea", 2029): 1502.4})]


CLOSES = "This year the Indian rupee's average of its daily closing rates was 97.3 per US dollar, the weakest on record."


def test_an_average_of_closes_reported_on_the_years_last_session_is_judged_by_the_years_row(tmp_path: Path) -> None:
    result = claim_results(CLOSES, _package(tmp_path), date="2029-12-30")["97.3"]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_average_of_closes_reported_on_the_last_session_that_misses_never_passes(tmp_path: Path) -> None:
    result = claim_results(CLOSES.replace("97.3", "88.4"), _package(tmp_path), date="2029-12-30")["88.4"]
    assert result.verdict in (Verdict.contradicted, Verdict.needs_review), result.explanation


def test_an_average_of_closes_in_november_is_of_a_part_of_the_year(tmp_path: Path) -> None:
    result = claim_results(CLOSES, _package(tmp_path), date="2029-11-20")["97.3"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_year_to_date_average_on_the_years_last_days_is_of_a_part_of_the_year(tmp_path: Path) -> None:
    text = "So far this year the Indian rupee has averaged 97.3 per US dollar, the weakest on record."
    result = claim_results(text, _package(tmp_path), date="2029-12-30")["97.3"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_korean_closing_price_average_is_the_markets_average_of_the_year(tmp_path: Path) -> None:
    text = "올해 원·달러 환율의 종가 연평균은 1502.1원으로 집계됐다."
    result = claim_results(text, _package(tmp_path), date="2029-12-30")["1502.1원"]
    assert result.verdict is Verdict.supported, result.explanation
