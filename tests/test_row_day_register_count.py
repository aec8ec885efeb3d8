"""A stock counted to the unit on the very day its yearly rows estimate ('stood at 19,087,413 as of July 1,
2022': a statistics office's register) is another source's figure than the mid-year estimate: a row that
misses it is for a person (``row_day_count``). Called an estimate or a projection, or rounded, it is judged
by the row of its year as before. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

# the 2022 row: 19,500,000
POPULATION = {("Kazakhstan", year): 16_000_000 + 250_000 * (year - 2008) for year in range(2008, 2024)}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, {("Kazakhstan", 2021): 190_000_000_000})


@pytest.mark.parametrize("sentence", [
    "As of July 1, 2022, the population of Kazakhstan stood at 19,087,413 people, the statistics office said.",
    "According to the national bureau, the population of Kazakhstan was 19,087,413 on 1 July 2022.",
])
def test_a_register_count_of_the_rows_day_that_the_row_misses_is_for_review(packages: list[Path],
                                                                            sentence: str) -> None:
    result = claim_results(sentence, packages, date="2023-02-01")["19,087,413"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "row_day_count"
    assert "1 July 2022" in result.explanation and "estimate" in result.explanation


@pytest.mark.parametrize(("sentence", "claim"), [
    # an estimate or a projection of the day is the kind of figure the row is: an older vintage disagrees
    ("The population of Kazakhstan was estimated at 19,087,413 as of July 1, 2022.", "19,087,413"),
    ("The population of Kazakhstan is projected at 19,087,413 as of July 1, 2022.", "19,087,413"),
    # a rounded count is judged by its year's row as any count is
    ("As of July 1, 2022, the population of Kazakhstan stood at 19.1 million.", "19.1 million"),
])
def test_an_estimate_or_a_rounded_count_of_the_rows_day_stays_contradicted(packages: list[Path], sentence: str,
                                                                           claim: str) -> None:
    result = claim_results(sentence, packages, date="2023-02-01")[claim]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_register_count_the_row_agrees_with_is_supported(packages: list[Path]) -> None:
    result = claim_results("As of July 1, 2022, the population of Kazakhstan stood at 19,498,713 people.",
                           packages, date="2023-02-01")["19,498,713"]
    assert result.verdict is Verdict.supported, result.explanation
