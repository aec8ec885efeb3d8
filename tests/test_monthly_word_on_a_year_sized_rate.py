"""A figure its own words call 'monthly' ('on a monthly basis', French 'mensuel', German 'monatlich' as
glossed) that is the size of the place's 12-month rate — far larger than any month's change
there — may be the month's 12-month rate: against the annual row it is a month's rate for a person
(needs_review), not an unsupported month-on-month change. A small monthly figure stays month on month,
and so does one whose words say 'from the previous month'. Invented figures in a package shaped as the
World Bank's."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def prices(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Botswana", 2030): 6.2, ("Uruguay", 2030): 6.2, ("Chile", 2030): 6.2,
                                          ("Austria", 2030): 6.2})


@pytest.mark.parametrize(("text", "figure"), [
    ("On a monthly basis, Botswana's inflation rose to 6.4 % in May 2030 from 6.1 % in April.", "6.4 %"),
    ("Die monatliche Inflationsrate in Österreich lag im Mai 2030 bei 6,4 %.", "6,4 %"),
    ("Au Chili, l'inflation mensuelle a atteint 6,4 % en mai 2030.", "6,4 %"),
])
def test_a_monthly_figure_the_size_of_the_years_rate_is_for_review(prices: Path, text: str, figure: str) -> None:
    result = claim_results(text, [prices], "2030-06-20")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2030", result.evidence


def test_a_small_monthly_figure_is_still_month_on_month(prices: Path) -> None:
    result = claim_results("On a monthly basis, Botswana's consumer prices rose 0.6 % in May 2030.",
                           [prices], "2030-06-20")["0.6 %"]
    assert result.verdict is Verdict.unsupported and result.reason == "month_on_month", result.explanation


def test_a_change_from_the_previous_month_is_month_on_month_whatever_its_size(prices: Path) -> None:
    result = claim_results("Botswana's consumer prices rose 4.1 % in May 2030 from the previous month.",
                           [prices], "2030-06-20")["4.1 %"]
    assert result.verdict is Verdict.unsupported and result.reason == "month_on_month", result.explanation
