"""A census named by its year after the day a count is taken on ('As of 1 January 2023, taking into account the
results of the 2021 census, the population was 730.2 thousand') names the census the count builds on, not the
count's period: the figure is the day's. A census's year with no day before it ('the 2021 census counted 147.2
million') stays the count's period, as the census rules read it."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import claims_in

AS_OF = dt.date(2023, 3, 1)


def _period_of(text: str, figure: str) -> str | None:
    [claim] = [c for c in claims_in(text, AS_OF) if c.text.startswith(figure)]
    return claim.period


@pytest.mark.parametrize("text", [
    "As of 1 January 2023, taking into account the results of the 2021 census, the population was 730.2 thousand people.",
    "As of January 1, 2023, the region's population, counted from the 2021 national census, was 730.2 thousand people.",
])
def test_a_census_year_after_the_counts_day_is_not_the_counts_period(text: str) -> None:
    assert _period_of(text, "730.2") == "2023-01-01"


def test_a_census_year_alone_is_still_the_counts_period() -> None:
    assert _period_of("The 2021 census counted 147.2 million people in Russia.", "147.2") == "2021"
