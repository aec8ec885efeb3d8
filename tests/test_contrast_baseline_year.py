"""'in contrast to the previous year' (and 'in contrast with 2021') names the year the figure is set
against, a baseline as 'compared to' names one: the figure keeps the year its sentence names for it.
Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import one_claim


@pytest.mark.parametrize("text", [
    "The average inflation rate for the whole year of 2023, in contrast to the previous year, came to 4.2%.",
    "Average inflation for 2023, in contrast with 2022, came to 4.2%.",
    "In contrast to 2022, average inflation in 2023 came to 4.2%.",
])
def test_a_year_after_in_contrast_to_is_the_baseline_not_the_figures(text: str) -> None:
    assert one_claim(text, dt.date(2024, 2, 1)).period == "2023"
