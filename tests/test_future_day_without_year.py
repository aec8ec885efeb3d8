"""A day or month written without its year takes the last such day before the draft's date ('as of 1
July' in a report of August), but in a clause about the future ('on 1 July the population will amount to
18 million', written in June) it is the next one: a forecast of a count, never supported by last year's
row. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2016): 18_000_000, ("Kazakhstan", 2017): 18_400_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, {("Kazakhstan", 2016): 137_000_000_000})


@pytest.mark.parametrize("sentence", [
    "The president said that on 1 July the population of Kazakhstan will amount to 18 million people.",
    "Officials say that by July the population of Kazakhstan is expected to reach 18 million people.",
    "Президент заявил, что на 1 июля численность населения Казахстана составит 18 миллионов человек.",
])
def test_a_day_in_a_clause_about_the_future_is_the_next_one(packages: list[Path], sentence: str) -> None:
    results = claim_results(sentence, packages, date="2017-06-20")
    [result] = results.values()
    assert result.claim.period.startswith("2017-07"), result.claim.period
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_day_in_a_past_clause_is_still_the_last_one_before_the_draft(packages: list[Path]) -> None:
    results = claim_results("On 1 July the population of Kazakhstan was 18 million people, the bureau said.",
                            packages, date="2017-06-20")
    [result] = results.values()
    assert result.claim.period == "2016-07-01"
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("sentence", [
    "Since 1 July the number of people living in Kazakhstan has risen to 18 million and will rise further.",
    "Since May the number of people living in Kazakhstan has risen to 18 million and is expected to keep rising.",
])
def test_since_a_day_is_already_past_even_in_a_clause_about_the_future(packages: list[Path], sentence: str) -> None:
    [result] = claim_results(sentence, packages, date="2017-06-20").values()
    assert result.claim.period is not None and result.claim.period < "2017-06-20", result.claim.period
