"""A population count is a count on a day. A level naming no period in a dated story speaks of the
story's present: a count to the person that a 1 January count cannot be rounded to is another day's
count; the same count rounded is still the latest one. 'At the
beginning of the year', with no year, is 1 January of the story's own year. Sentences are written for
these tests; the packages are the shared Kazakhstan ones (a 1 January 2023 count by region, and the
World Bank's mid-year estimates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import reference_packages
from package_support import claim_results

from workbench.models import Verdict

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _packages() -> list[Path]:
    return reference_packages("kz-bns-region-population-2023", "worldbank-population")


def test_a_region_count_in_a_story_months_after_the_snapshot_is_for_review() -> None:
    results = claim_results("The Ulytau Region remains the least populated, with 221,600 residents.",
                            _packages(), date="2023-06-20")
    result = results["221,600"]
    assert result.verdict is Verdict.needs_review
    assert result.reason == "different_period"
    assert result.evidence and result.evidence[0].period == "2023-01-01"


def test_a_region_count_in_a_story_weeks_after_the_snapshot_is_judged_by_it() -> None:
    # 221,400 is the row's 221,395 rounded: 221,600 could not be, and is another day's count at any date
    results = claim_results("The Ulytau Region remains the least populated, with 221,400 residents.",
                            _packages(), date="2023-02-10")
    assert results["221,400"].verdict is Verdict.supported


def test_the_rounded_count_in_a_story_months_after_the_snapshot_is_still_the_latest_count() -> None:
    # a story quotes the latest published count: months later it is still that count, rounded
    results = claim_results("The Ulytau Region remains the least populated, with 221,400 residents.",
                            _packages(), date="2023-06-20")
    result = results["221,400"]
    assert result.verdict is Verdict.supported
    assert result.evidence and result.evidence[0].period == "2023-01-01"


@pytest.mark.parametrize("text, claim", [
    ("At the beginning of the year Kazakhstan had 19,766,000 residents, the statistics bureau said.", "19,766,000"),
    ("Численность населения Казахстана на начало года достигла 19 766 000 человек, сообщили статистики.", "19 766 000"),
    ("На начало текущего года в Казахстане насчитывалось 19 766 000 жителей, сообщили статистики.", "19 766 000"),
])
def test_the_beginning_of_the_year_is_the_first_of_january_of_the_storys_year(text: str, claim: str) -> None:
    # the mid-year rows (2022: 20.03 million) are another measure of another day; the bureau's 1 January row fits
    result = claim_results(text, _packages(), date="2023-05-03")[claim]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2023-01-01"


def test_the_end_of_the_year_still_ahead_is_not_read_as_a_past_day() -> None:
    # in a May story 'the end of the year' is the coming 31 December: no count of it exists to support it
    result = claim_results("By the end of the year Kazakhstan will have 19,766,000 residents.",
                           _packages(), date="2023-05-03")["19,766,000"]
    assert result.claim.period is None, result.claim.period  # no past day is read into it
    assert result.verdict is Verdict.needs_review, result.explanation  # a count the rows fit, of a day still ahead
