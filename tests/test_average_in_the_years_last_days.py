"""A year's average exchange rate reported in the year's last days ('this year's average was 97.3
rupees', a page of 30 December) is the whole year's average: the market's last sessions barely move
it and a market may close before 31 December, so the year's row judges it. Earlier in the year, or
when the figure is not called an average, it stays a part of the year for a person.
The package is shaped like the Federal Reserve's yearly rate file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, rates_package

from workbench.models import Verdict


def _package(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("India", 2029): 97.31, ("India", 2028): 91.2})]


def test_a_years_average_reported_on_its_last_session_is_judged_by_the_years_row(tmp_path: Path) -> None:
    text = "This year the Indian rupee averaged 97.3 per US dollar, its weakest yearly average on record."
    result = claim_results(text, _package(tmp_path), date="2029-12-30")["97.3"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_years_average_reported_on_its_last_session_that_misses_never_passes(tmp_path: Path) -> None:
    text = "This year the Indian rupee averaged 88.4 per US dollar, its weakest yearly average on record."
    result = claim_results(text, _package(tmp_path), date="2029-12-30")["88.4"]
    assert result.verdict in (Verdict.contradicted, Verdict.needs_review), result.explanation


def test_an_average_of_the_year_so_far_in_november_is_a_part_of_the_year(tmp_path: Path) -> None:
    text = "This year the Indian rupee averaged 97.3 per US dollar, its weakest yearly average on record."
    result = claim_results(text, _package(tmp_path), date="2029-11-20")["97.3"]
    assert result.verdict is Verdict.needs_review, result.explanation
