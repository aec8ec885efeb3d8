"""A series basis ('on a monthly basis') and a 12-month wording ('year on year') in one clause belong each to
the figure nearer it, wherever the clause starts: a clause opened by a comma begins with a space the word
lists' matching does not count, and the figure's place is measured the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi")


@pytest.mark.parametrize("opening", ["In 2022 consumer prices", "In 2022, consumer prices", "Last year,  in 2022, prices"])
def test_the_monthly_basis_right_before_a_figure_is_its_own(cpi: Path, opening: str) -> None:
    text = f"{opening} in Norway went up on a monthly basis by 0.4 % and year on year by 5.8 %."
    results = claim_results(text, [cpi], "2023-03-01")
    monthly = results["0.4 %"]
    assert monthly.verdict is Verdict.unsupported, monthly.explanation
    assert monthly.reason == "month_on_month"
    yearly = results["5.8 %"]
    assert yearly.verdict is Verdict.supported, yearly.explanation
    assert (yearly.evidence[0].period, yearly.evidence[0].value) == ("2022", 5.8)


@pytest.mark.parametrize("basis", ["from the previous month", "on the month", "from the month before"])
def test_a_basis_said_right_after_the_first_figure_is_not_the_seconds(cpi: Path, basis: str) -> None:
    # the second figure's own words name the month a year before: the month's 12-month rate, against the annual
    # average a different period — not a month-on-month series the data lacks
    text = f"In December 2022, consumer prices in Chile rose 0.3 % {basis} and 12.8 % from December 2021."
    results = claim_results(text, [cpi], "2023-01-10")
    monthly = results["0.3 %"]
    assert monthly.verdict is Verdict.unsupported, monthly.explanation
    assert monthly.reason == "month_on_month"
    yearly = results["12.8 %"]
    assert yearly.verdict is Verdict.needs_review, yearly.explanation
    assert yearly.reason == "different_period"
    assert yearly.evidence[0].period == "2022"


def test_a_basis_said_right_after_the_second_figure_is_not_the_firsts(cpi: Path) -> None:
    text = "Chile's consumer prices rose 12.8 % in the year to December 2022 and 0.3 % month-on-month."
    results = claim_results(text, [cpi], "2023-01-10")
    assert results["0.3 %"].reason == "month_on_month", results["0.3 %"].explanation
    yearly = results["12.8 %"]
    assert yearly.verdict is Verdict.needs_review, yearly.explanation
    assert yearly.reason != "other_series"


def test_a_basis_before_every_figure_of_its_clause_is_said_of_each(cpi: Path) -> None:
    text = "On a monthly basis, consumer prices in Norway rose 0.4 % in December 2022 and 0.6 % in November 2022."
    results = claim_results(text, [cpi], "2023-01-10")
    for figure in ("0.4 %", "0.6 %"):
        assert results[figure].verdict is Verdict.unsupported, results[figure].explanation
        assert results[figure].reason == "month_on_month"
