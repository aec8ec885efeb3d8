"""A rate its own clause calls year on year is a 12-month rate, whatever another figure of the sentence is
said to be: 'year on year in 2021' behind a sibling figure compares that sibling's whole year, and says
nothing of this one. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("ownbasis") / "cpi")]  # Chile 2021 4.5, 2022 11.6


@pytest.mark.parametrize("sentence", [
    "In 2022 consumer prices in Chile were up 12.8 % year on year, after an average rise of 4.5 % year on year in 2021.",
    "Year-on-year inflation in Chile hit 12.8 % last year (the average was 4.5 % year-on-year in 2021).",
])
def test_the_figures_own_basis_words_stand_beside_a_siblings_year(packages: list[Path], sentence: str) -> None:
    result = claim_results(sentence, packages, date="2023-06-01")
    found = next(r for text, r in result.items() if text.startswith("12.8"))
    assert found.verdict is Verdict.needs_review, found.explanation
    assert "12-month" in found.explanation or "monthly" in found.explanation, found.explanation


def test_a_figure_said_of_a_whole_year_is_still_the_years(packages: list[Path]) -> None:
    result = claim_results("Consumer prices in Chile rose 11.6 % year on year in 2022.", packages, date="2023-06-01")
    found = next(r for text, r in result.items() if text.startswith("11.6"))
    assert found.verdict is Verdict.supported, found.explanation


@pytest.mark.parametrize("sentence", [
    "The statistics office put Chile's point-to-point inflation rate at 9.8 % in the tenth month.",
    "Chile's point-to-point inflation eased to 9.8 %, the statistics office said on Monday.",
])
def test_a_point_to_point_rate_is_a_months_12_month_rate(packages: list[Path], sentence: str) -> None:
    # a month's price level against the same month a year before: not the year's average (11.6 %), so another period
    result = claim_results(sentence, packages, date="2023-01-23")
    found = next(r for text, r in result.items() if text.startswith("9.8"))
    assert found.verdict is Verdict.needs_review, found.explanation
    assert "point-to-point" in found.explanation, found.explanation


def test_a_point_to_point_average_of_a_year_is_still_the_years(packages: list[Path]) -> None:
    # 'on average' makes it the year's mean again, which the row judges
    result = claim_results("Point-to-point inflation in Chile averaged 9.8 % in 2022.", packages, date="2023-06-01")
    found = next(r for text, r in result.items() if text.startswith("9.8"))
    assert found.verdict is Verdict.contradicted, found.explanation


@pytest.mark.parametrize("sentence", [
    "Chile's average annual inflation in 2022 came to 12.8 % year on year, the statistics office said.",
    "Średnioroczna inflacja w Chile w 2022 r. wyniosła 12,8 proc. rok do roku.",
])
def test_a_year_between_an_annual_average_and_its_figure_keeps_it_the_average(packages: list[Path],
                                                                             sentence: str) -> None:
    # the year's average over the year before's: judged by the annual row (11.6), which it misses
    result = claim_results(sentence, packages, date="2023-02-01")
    found = next(r for text, r in result.items() if text.startswith("12"))
    assert found.verdict is Verdict.contradicted, found.explanation
    assert found.evidence[0].period == "2022"
