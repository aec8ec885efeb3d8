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


@pytest.mark.parametrize(("sentence", "claim"), [
    # 'by 2022': the register's count at the year's start, 1.1 % below the mid-year row of 19,500,000
    ("By 2022, the number of residents of Kazakhstan amounted to 19,287,413 people, the statistics office said.",
     "19,287,413"),
    # near the 2021 row (19,250,000) only through the slack: no stale figure of 2021, a count of a day of 2022
    ("In 2022 the population of Kazakhstan reached 19,263,808 people.", "19,263,808"),
])
def test_a_count_to_the_person_of_a_year_the_row_misses_is_for_review(packages: list[Path], sentence: str,
                                                                      claim: str) -> None:
    result = claim_results(sentence, packages, date="2023-02-01")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "row_day_count" and "stale" not in result.flags
    assert result.evidence[0].period == "2022"


@pytest.mark.parametrize(("sentence", "claim", "reason"), [
    # the 2021 row itself, digit for digit: that row's figure, out of date
    ("In 2022 the population of Kazakhstan reached 19,250,000 people.", "19,250,000", "stale"),
    # farther from the 2022 row than counts move in half a year: no day of 2022 counts it
    ("By 2022, the number of residents of Kazakhstan amounted to 17,987,413 people.", "17,987,413", "contradicted"),
    ("The population of Kazakhstan was 18,854,440 as of 2022.", "18,854,440", "contradicted"),
    # an estimate is the kind of figure the row is
    ("In 2022 the population of Kazakhstan was estimated at 19,287,413 people.", "19,287,413", "stale"),
])
def test_a_year_count_that_is_an_older_row_far_off_or_an_estimate_stays_contradicted(
        packages: list[Path], sentence: str, claim: str, reason: str) -> None:
    result = claim_results(sentence, packages, date="2023-02-01")[claim]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.reason == reason, result.explanation
