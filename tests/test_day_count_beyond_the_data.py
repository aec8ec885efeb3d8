"""A count of a day in a year no row reaches, more than a year past the last row's day (``stock_row_day``, the
mid-year estimate's 1 July), is a period outside the data: unsupported (nearest_other_period), as a month's
rate of a year past the rows is. A count within a year of the last row's day is another day's count beside
it, as one between two rows is: needs_review.

Packages World Bank-shaped (population rows invented); sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Norway", 2021): 5_400_000, ("Norway", 2022): 5_450_000, ("Norway", 2023): 5_500_000}
GDP = {("Norway", 2021): 4.9e11, ("Norway", 2022): 5.9e11, ("Norway", 2023): 4.8e11}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("beyond"), POPULATION, GDP)


@pytest.mark.parametrize("text", [
    "On 1 January 2025 Norway had 5,512,300 inhabitants, the statistics office said.",
    "Norway's population stood at 5,498,000 on 1 March 2025.",
])
def test_a_count_more_than_a_year_past_the_last_row_is_outside_the_data(packages: list[Path], text: str) -> None:
    found = next(r for r in claim_results(text, packages, "2025-04-01").values() if r.claim.value > 1e6)
    assert (found.verdict, found.reason) == (Verdict.unsupported, "nearest_other_period"), found.explanation


@pytest.mark.parametrize("text", [
    # half a year after the 2023 mid-year estimate: as near a row as a count between two rows
    "On 1 January 2024 Norway had 5,512,300 inhabitants, the statistics office said.",
    # a day inside the rows' years
    "On 1 January 2023 Norway had 5,476,000 inhabitants, the statistics office said.",
])
def test_a_count_near_a_row_is_another_day_s_count(packages: list[Path], text: str) -> None:
    found = next(r for r in claim_results(text, packages, "2025-04-01").values() if r.claim.value > 1e6)
    assert (found.verdict, found.reason) == (Verdict.needs_review, "different_period"), found.explanation


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A register of 1 January counts dated by its file name, as statistics offices publish it."""
    folder = tmp_path_factory.mktemp("register")
    (folder / "area_population_2031-01-01.csv").write_text(
        "Area,Total,Urban,Rural\nChile,19412300,16950000,2462300\nPeru,33870000,27100000,6770000\n", encoding="utf-8")
    return [folder]


@pytest.mark.parametrize(("text", "figure", "verdict", "reason"), [
    # two years past the register's day: no row is of its time
    ("As of 1 January 2033, Chile's urban population was 17.4 million.", "17.4 million", Verdict.unsupported,
     "nearest_other_period"),
    # a year past it: another day's count beside the row
    ("As of 1 January 2032, Chile's urban population was 17.4 million.", "17.4 million", Verdict.needs_review,
     "different_period"),
])
def test_a_register_s_day_count_years_past_its_day_is_outside_the_data(register: list[Path], text: str, figure: str,
                                                                       verdict: Verdict, reason: str) -> None:
    found = claim_results(text, register, "2033-02-10")[figure]
    assert (found.verdict, found.reason) == (verdict, reason), found.explanation
