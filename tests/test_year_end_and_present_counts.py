"""A year's rate stated at its end is December's 12-month rate: an annual average that happens to agree is
another basis, for a person, never a pass. A count the paragraph
dates to today, or to a month, is no year mix-up of the yearly rows; nor is a later year's row that was not
yet published when the draft was written."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package

from workbench.models import Verdict

RATES = {("Chile", 2021): 4.5, ("Chile", 2022): 11.6, ("Chile", 2023): 7.6,
         ("Norway", 2021): 3.5, ("Norway", 2022): 5.8, ("Norway", 2023): 5.5}
PEOPLE = {("Norway", 2021): 5_400_000, ("Norway", 2022): 5_460_000, ("Norway", 2023): 5_510_000}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return population_package(tmp_path_factory.mktemp("pop") / "pop", PEOPLE)


def test_a_year_end_rate_of_a_year_an_earlier_paragraph_names_is_not_the_average(cpi: Path) -> None:
    results = claim_results("Prices climbed across the continent in 2022.\n\n"
                            "At the end of the year, inflation stood at 11.6% in Chile.", [cpi], date="2023-03-01")
    assert results["11.6%"].verdict is Verdict.needs_review, results["11.6%"].explanation


def test_a_rate_said_at_the_end_of_something_else_keeps_the_carried_year(cpi: Path) -> None:
    results = claim_results("Prices climbed across the continent in 2022.\n\n"
                            "At the end of the strike, inflation stood at 11.6% in Chile.", [cpi], date="2023-03-01")
    assert results["11.6%"].verdict is Verdict.supported, results["11.6%"].explanation


def test_a_portuguese_accumulated_annual_change_is_the_years_close(cpi: Path) -> None:
    results = claim_results("O Chile registou uma variação acumulada anual nos preços de 11,6% em 2022, "
                            "segundo o instituto de estatística.", [cpi], date="2023-05-01")
    [result] = results.values()
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_later_row_published_after_the_draft_makes_no_stale_figure(cpi: Path) -> None:
    # 7.6 is 2023's row, out only in 2024: a page of May 2022 cannot have fallen behind it
    results = claim_results("Chile's consumer prices rose 7.6% in 2021, the statistics institute said.",
                            [cpi], date="2022-05-01")
    assert results["7.6%"].verdict is Verdict.contradicted, results["7.6%"].explanation
    assert results["7.6%"].reason != "stale", results["7.6%"].explanation


LEAGUE = ("In terms of population size, Sweden leads with 10.5 million people, followed by Norway with 5.46 million.")


def test_a_count_the_paragraph_dates_to_today_is_no_stale_figure(people: Path) -> None:
    # the rows end in 2023: a count of 2025 is of a time the data does not reach, not 2022's row gone stale
    results = claim_results(f"Today the region is approaching 28 million people. {LEAGUE}", [people], date="2025-06-01")
    assert results["5.46 million"].verdict is Verdict.unsupported, results["5.46 million"].explanation


def test_a_count_of_a_paragraph_that_says_no_time_is_read_against_the_decade_before_the_page(people: Path) -> None:
    # 2022's row fits: a page of 2025 may quote any year of the decade before it, which is for a person
    results = claim_results(f"The region is approaching 28 million people. {LEAGUE}", [people], date="2025-06-01")
    assert results["5.46 million"].verdict is Verdict.needs_review, results["5.46 million"].explanation
    assert results["5.46 million"].evidence[0].period == "2023"


def test_a_kazakh_count_of_last_years_month_is_that_month(people: Path) -> None:
    results = claim_results("Былтырғы қазан айында Норвегиядағы халық саны 5 млн 460 мыңға жуықтаған еді.",
                            [people], date="2023-10-15")
    [result] = results.values()
    assert result.verdict is Verdict.needs_review, result.explanation
