"""A count the text dates to a day, judged against a stock's yearly row (a mid-year estimate) that holds the
day: the row counts another day, so the count is for review even where an older year's row meets it (not an
out-of-date figure), with a bureau's one-day table loaded beside the yearly rows. Sentences are written for
these tests; the packages are the shared Kazakhstan ones (a 1 January 2023 count by region, and the World
Bank's mid-year estimates: 2023 20,330,104, 2024 20,592,571)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import reference_packages
from package_support import claim_results


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _packages() -> list[Path]:
    return reference_packages("kz-bns-region-population-2023", "worldbank-population")


def test_a_count_of_a_day_that_an_older_years_row_meets_is_for_review() -> None:
    text = ("The Bureau of National Statistics reports that, as of 1 November 2024, the total population of "
            "Kazakhstan reached 20,251,400.")
    result = claim_results(text, _packages(), date=None)["20,251,400"]
    assert (result.verdict.value, result.reason) == ("needs_review", "different_period"), result.explanation


def test_a_count_of_a_year_that_an_older_years_row_meets_is_still_out_of_date() -> None:
    text = "The total population of Kazakhstan reached 20,251,400 in 2024."
    result = claim_results(text, _packages(), date=None)["20,251,400"]
    assert (result.verdict.value, result.reason) == ("contradicted", "stale"), result.explanation
