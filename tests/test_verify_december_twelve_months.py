"""A monthly-published rate over 'the 12 months to December' is December's 12-month rate: the twelve
months are the calendar year, but a rise over them is point to point, not the year's average, so the
annual-average row neither confirms nor refutes it, agreeing or not. Called an average, it is the
average; the words date only their own figure.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict


@pytest.mark.parametrize("claim", ["5.8%", "6.4%"])  # agreeing with the 2022 average (5.8) or not
def test_a_rise_over_the_twelve_months_to_december_is_decembers_rate(cpi: Path, claim: str) -> None:
    result = claim_results(f"Norwegian consumer prices rose {claim} in the 12 months to December 2022.", [cpi])[claim]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")
    assert "12 months" in result.explanation and result.evidence[0].period == "2022"


def test_an_average_over_the_twelve_months_to_december_is_the_years_average(cpi: Path) -> None:
    result = claim_results("Norway's inflation averaged 5.8% over the 12 months to December 2022.", [cpi])["5.8%"]
    assert result.verdict is Verdict.supported


def test_the_words_date_only_their_own_figure(cpi: Path) -> None:
    found = claim_results("Inflation in Chile was 11.6% in 2022, after 7.2% in the 12 months to December 2021.", [cpi])
    assert found["11.6%"].verdict is Verdict.supported and found["11.6%"].evidence[0].period == "2022"
    assert found["7.2%"].verdict is Verdict.needs_review


@pytest.mark.parametrize("said", ["the year ending December 2022", "the year that ended December 31, 2022",
                                  "the year which ended on 31 December 2022"])
def test_a_year_named_by_its_december_end_is_decembers_rate(cpi: Path, said: str) -> None:
    # the year to December is the twelve months to December: December's 12-month rate, which the 2022 average
    # (5.8) neither confirms nor refutes, agreeing or not
    text = f"Norway's annual inflation rose to 6.4% in January 2023, from 5.8% registered in {said}."
    result = claim_results(text, [cpi])["5.8%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "December" in result.explanation and result.evidence[0].period == "2022"


def test_an_average_for_the_year_ended_december_is_the_years_average(cpi: Path) -> None:
    result = claim_results("Norway's average inflation for the year ended December 2022 was 5.8%.", [cpi])["5.8%"]
    assert result.verdict is Verdict.supported, result.explanation
