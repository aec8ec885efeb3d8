"""A change of the population restated in percent ('fell by 500 thousand people or 1.2%') is the same
change in percent, with the noun it counts between the two figures; and a change measured from a
day's count ('compared to 1 March 2021', 'as compared to last March 1', 'has fallen … compared to
the data of the previous year' under a day's count) runs between two days' counts, which mid-year
rows cannot judge: for a person, neither contradicted nor unsupported. In a draft with no date, a day
written without its year is counted from the day of the check, so whatever the rows say of it is a
guess too.

Packages are World Bank-shaped (``package_support.population_and_gdp``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Kind, Verdict

POPULATION = {("Ukraine", 2019): 41.5e6, ("Ukraine", 2020): 41.0e6, ("Ukraine", 2021): 40.5e6,
              ("Ukraine", 2022): 38.0e6}
GDP = {("Ukraine", 2021): 199.8e9}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


def test_a_percent_after_the_counted_noun_restates_the_change(packages: list[Path]) -> None:
    right = claim_results("In 2021 Ukraine's population fell by 500 thousand people or 1.2%.", packages, "2022-08-01")
    wrong = claim_results("In 2021 Ukraine's population fell by 500 thousand people or 3.5%.", packages, "2022-08-01")
    assert right["1.2%"].claim.kind is Kind.change
    assert right["1.2%"].verdict is Verdict.supported
    assert wrong["3.5%"].verdict is Verdict.contradicted


def test_a_change_from_a_dated_count_is_for_review(packages: list[Path]) -> None:
    found = claim_results("Compared to 1 March 2021, Ukraine's population fell by 410 thousand people or 1.0%, "
                          "the statistics office said.", packages, "2022-03-20")
    assert found["410 thousand"].verdict is Verdict.needs_review
    assert found["1.0%"].verdict is Verdict.needs_review
    assert "1 March 2021" in found["1.0%"].explanation


def test_a_change_from_a_day_without_its_year_in_an_undated_draft_is_for_review(packages: list[Path]) -> None:
    found = claim_results("Ukraine's population fell by 410 thousand people or 1.0% as compared to last March 1.",
                          packages, None)
    assert found["410 thousand"].verdict is Verdict.needs_review
    assert found["1.0%"].verdict is Verdict.needs_review


def test_a_restated_percent_in_the_present_perfect_speaks_of_the_drafts_day(packages: list[Path]) -> None:
    found = claim_results("Ukraine's population on 1 April 2022 was 38.2 million people. Compared to the data of "
                          "the previous year the population has fallen by 500 thousand people or 1.2%.",
                          packages, "2022-05-01")
    assert found["500 thousand"].verdict is Verdict.needs_review
    assert found["1.2%"].verdict is Verdict.needs_review
