"""A change its sentence ties to a census ('grown by 20 % since the 2009 census') is a change between two
census counts, with their own days and coverage: the mid-year estimates neither confirm nor refute it,
so it is for a person (``census_count``), never a contradiction. A census count itself is supported by its
year's row when they agree; when the row misses it, it is for a person too: the census counts its own day. A year's count in a paragraph that counts the stock on 1 January is of that day
(``count_days``). Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", year): 16_000_000 + 250_000 * (year - 2008) for year in range(2008, 2024)}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, {("Kazakhstan", 2021): 190_000_000_000})


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The population of Kazakhstan has grown by 25% since the 2009 census, the bureau reported in 2022.", "25%"),
    ("Since the previous census in 2009, the population of Kazakhstan has grown by about 4 million.", "4 million"),
    ("Kazakhstan now has 18.5% more residents than during the 2009 census, officials estimate.", "18.5%"),
])
def test_a_change_since_a_census_is_for_review(packages: list[Path], sentence: str, claim: str) -> None:
    results = claim_results(sentence, packages, date="2022-11-01")
    result = results[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "census_count"
    assert "census" in result.explanation


def test_since_the_census_year_is_the_base_of_the_change(packages: list[Path]) -> None:
    results = claim_results("The population of Kazakhstan has grown by 25% since the 2009 census.", packages,
                            date="2022-11-01")
    result = results["25%"]
    assert not (result.claim.period or "").startswith("2009")  # the census year is the base, not the figure's
    assert "computed from 2009 and" in result.explanation, result.explanation


def test_a_rounded_census_count_the_row_misses_is_for_review(packages: list[Path]) -> None:
    # a census count is of its census day, not the mid-year estimate: rounded or not, a miss is no error
    results = claim_results("According to the 2021 census, Kazakhstan had a population of 19.6 million.", packages,
                            date="2022-11-01")
    assert results["19.6 million"].verdict is Verdict.needs_review, results["19.6 million"].explanation
    assert results["19.6 million"].reason == "census_count"


@pytest.mark.parametrize("sentence", [
    "Kazakhstan's population grew 1.3% in 2022, according to Census Bureau estimates.",
    "Kazakhstan's population grew 1.3% in 2022, the census office said in its yearly estimates.",
    "Kazakhstan's population in 2022 was 1.3% higher than in 2021, the census office said.",
])
def test_a_census_named_as_a_source_leaves_the_change_to_the_rows(packages: list[Path], sentence: str) -> None:
    # 2021 → 2022: 19.25 m → 19.5 m, a change of 1.3 %
    result = claim_results(sentence, packages, date="2023-06-01")["1.3%"]
    assert result.verdict is Verdict.supported, result.explanation


# the 2022 → 2023 rows: 19,500,000 → 19,750,000, a rise of 1.28 %
@pytest.mark.parametrize("text", [
    "As of January 1, 2024, Kazakhstan's population stood at 19,790,000. It grew by 0.9% in 2023, the bureau said.",
    "Kazakhstan's population grew by 0.9% in 2023 to 19,790,000 as of January 1, 2024, the bureau said.",
])
def test_a_years_change_between_first_of_january_counts_is_for_review(packages: list[Path], text: str) -> None:
    result = claim_results(text, packages, date="2024-02-01")["0.9%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "count_days"
    assert "1 January 2024" in result.explanation


def test_a_years_change_with_no_day_counted_is_judged_by_the_rows(packages: list[Path]) -> None:
    result = claim_results("Kazakhstan's population grew by 0.9% in 2023, the bureau said.", packages,
                           date="2024-02-01")["0.9%"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_the_beginning_of_the_next_year_in_words_is_a_first_of_january_count(packages: list[Path]) -> None:
    text = "At the beginning of 2024 Kazakhstan had 19,790,000 residents. The population grew by 0.9% in 2023."
    result = claim_results(text, packages, date="2024-02-01")["0.9%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "count_days"


def test_a_count_of_another_day_than_a_first_of_january_leaves_the_change_to_the_rows(packages: list[Path]) -> None:
    # a count of 1 March says nothing of which days the year's change runs between: the rows judge it
    text = "As of March 1, 2024, Kazakhstan's population stood at 19,790,000. It grew by 0.9% in 2023, the bureau said."
    result = claim_results(text, packages, date="2024-04-01")["0.9%"]
    assert result.reason != "count_days", result.explanation


@pytest.mark.parametrize("text", [
    # a count on 1 January of another year than the change's: the source counts on that day every year
    "On 1 January 2019 the bureau counted 18,400,000 residents of Kazakhstan.\n\n"
    "The population rose by 240,000 in 2016 and by 230,000 in 2017.",
    # a change since the start of the year to a named day: the source holds that year's 1 January count
    "Kazakhstan had 19,900,000 residents on 1 October 2024, up 150,000 since the beginning of the year.\n\n"
    "The population grew by 0.9% in 2023, the bureau added.",
])
def test_a_source_counting_on_first_of_january_makes_a_years_change_for_review(packages: list[Path],
                                                                             text: str) -> None:
    claim = "240,000" if "240,000" in text else "0.9%"
    result = claim_results(text, packages, date="2024-11-01")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "count_days"
    assert "1 January" in result.explanation, result.explanation


# the 2010 row: 16,500,000
def test_a_census_count_to_the_person_that_the_estimate_misses_is_for_review(packages: list[Path]) -> None:
    text = "According to the 2010 census, the population of Kazakhstan was 15,917,300 people, the agency said."
    result = claim_results(text, packages, date="2011-03-01")["15,917,300"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "census_count"
    assert "census" in result.explanation and "16.5 million" in result.explanation, result.explanation


def test_a_census_count_to_the_person_that_the_estimate_holds_is_supported(packages: list[Path]) -> None:
    text = "According to the 2010 census, the population of Kazakhstan was 16,512,700 people, the agency said."
    result = claim_results(text, packages, date="2011-03-01")["16,512,700"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_count_to_the_person_not_tied_to_a_census_is_judged(packages: list[Path]) -> None:
    result = claim_results("In 2010 the population of Kazakhstan was 15,917,300 people.", packages,
                           date="2011-03-01")["15,917,300"]
    assert result.verdict is Verdict.contradicted, result.explanation


COUNTED_ON_A_DAY = "According to the statistics bureau, on 1 January 2023 Kazakhstan had 19,840,000 residents."


def test_a_years_count_beside_the_paragraphs_day_count_is_for_review(packages: list[Path]) -> None:
    text = f"{COUNTED_ON_A_DAY} In 2010 the population of Kazakhstan was 15.9 million."
    result = claim_results(text, packages, date="2023-03-01")["15.9 million"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "count_days"
    assert "1 January 2023" in result.explanation, result.explanation


@pytest.mark.parametrize("text", [
    "In 2010 the population of Kazakhstan was 15.9 million.",
    f"{COUNTED_ON_A_DAY}\n\nIn 2010 the population of Kazakhstan was 15.9 million.",
])
def test_a_years_count_with_no_day_count_in_its_paragraph_is_judged(packages: list[Path], text: str) -> None:
    result = claim_results(text, packages, date="2023-03-01")["15.9 million"]
    assert result.verdict is Verdict.contradicted, result.explanation
