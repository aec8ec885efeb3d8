"""A day of the month written as an ordinal word or with 'of' — 'on the first of January 2031', 'January
first, 2031', 'the 1st of January 2031', and the gloss of Russian 'на первое января 2031 года' ('on first
January 2031') — is that day, as '1 January 2031' is, and so is one with no year ('on the first of
January': the latest by the draft's date): a count said of it is judged by a register's count of
that day, not read as the month's figure against the mid-year estimate.

Invented figures: a register of areas dated by its file name, as statistics offices publish it, beside a
World Bank-shaped mid-year series that disagrees with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

DAY_COUNT = 7_654_321


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("register")
    register = folder / "register"
    register.mkdir()
    (register / "area_population_2031-01-01.csv").write_text(
        "Area,Total,Men,Women\n"
        f"Chile,{DAY_COUNT},3800000,3854321\n"
        "Uruguay,3456789,1700000,1756789\n", encoding="utf-8")
    mid_year = publisher_package(folder / "pop", "population", "Population, total", "Population",
                                 {("Chile", 2030): 7_590_000, ("Chile", 2031): 7_702_000},
                                 description="Total population counts all residents regardless of legal status")
    return [register, mid_year]


@pytest.mark.parametrize("text, figure", [
    ("On the first of January 2031 the population of Chile was 7,654,321 people, the statistics office said.",
     "7,654,321"),
    ("As of January first, 2031, the population of Chile stood at 7,654,321 people.", "7,654,321"),
    ("On the 1st of January 2031 the population of Chile was 7,654,321 people.", "7,654,321"),
    ("По данным статистического ведомства, на первое января 2031 года численность населения Чили "
     "составляла 7 654 321 человек.", "7 654 321"),
])
def test_a_day_written_as_an_ordinal_is_that_days_count(packages: list[Path], text: str, figure: str) -> None:
    result = next(r for surface, r in claim_results(text, packages, "2031-03-10").items() if surface.startswith(figure))
    assert result.claim.period == "2031-01-01", result.claim.period
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-01-01", result.explanation


@pytest.mark.parametrize("text", [
    "On the first of January the population of Chile was 7,654,321 people, the statistics office said.",
    "As of January first the population of Chile stood at 7,654,321 people.",
])
def test_a_day_with_no_year_written_as_an_ordinal_is_the_latest_such_day(packages: list[Path], text: str) -> None:
    result = claim_results(text, packages, "2031-03-10")["7,654,321"]  # the latest 1 January by the draft's date
    assert result.claim.period == "2031-01-01", result.claim.period
    assert result.verdict is Verdict.supported, result.explanation


def test_another_count_of_that_day_is_not_supported(packages: list[Path]) -> None:
    text = "On the first of January 2031 the population of Chile was 7,702,000 people."
    result = claim_results(text, packages, "2031-03-10")["7,702,000"]  # the mid-year figure, not the day's
    assert result.claim.period == "2031-01-01", result.claim.period
    assert result.verdict is not Verdict.supported, result.explanation
