"""A year joined to its successor's last two digits ('2030-31', '2030/31') is how fiscal, financial and
season years are written, whether or not the sentence says 'fiscal': a rate of such a span is not the
mean of two calendar years' rows. Against calendar-year rows it is another period (needs_review), never
contradicted nor supported by that mean."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Nepal", 2030): 5.0, ("Nepal", 2031): 7.4, ("Nepal", 2032): 6.1}


@pytest.mark.parametrize("text, figure", [
    ("Nepal's consumer inflation averaged 4.1 per cent in 2030-31, the central bank said.", "4.1 per cent"),
    ("Inflation in Nepal eased to 5.5 per cent in the first half of 2032 from 6.2 per cent during 2030/31.", "6.2 per cent"),
    ("Nepal's consumer inflation averaged 6.2 per cent in 2030-31.", "6.2 per cent"),
])
def test_a_split_year_is_another_period_than_two_calendar_years(tmp_path: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2032-08-01")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_span_of_two_full_years_is_still_their_mean(tmp_path: Path) -> None:
    """'2030-2031' written in full is two calendar years: their mean judges the figure as before."""
    result = claim_results("Nepal's consumer inflation averaged 4.1 per cent in 2030-2031.",
                           [cpi_package(tmp_path / "cpi", ROWS)], date="2032-08-01")["4.1 per cent"]
    assert result.verdict is Verdict.contradicted, result.explanation
