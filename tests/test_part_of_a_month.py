"""'In mid-April', 'by early May', 'at the end of June': a part of a month between the preposition and
the month still names the month. The figure is that month's — a monthly rate in a year the data has no
row for yet is unsupported, as 'in April' is — never a figure with no period compared with the latest
year's row as if it were that year's."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Chile", 2030): 4.2, ("Chile", 2029): 6.0})


@pytest.mark.parametrize("text, figure, month", [
    ("In mid-April the annual inflation rate in Chile reached 9.6%, the statistics office said.", "9.6%", "2031-04"),
    ("By early May annual inflation in Chile had eased to 8.1%, the statistics office said.", "8.1%", "2031-05"),
    ("In late March annual inflation in Chile was running at 9.9%.", "9.9%", "2031-03"),
])
def test_the_figure_is_the_months(cpi: Path, text: str, figure: str, month: str) -> None:
    result = claim_results(text, [cpi], date="2031-05-20")[figure]
    assert result.claim.period == month
    assert result.verdict is Verdict.unsupported, result.explanation  # no row of 2031 yet, not 2030's contradicting


def test_a_part_of_a_month_in_a_year_with_rows_is_a_different_period(cpi: Path) -> None:
    result = claim_results("In mid-April 2030 annual inflation in Chile reached 9.6%.", [cpi], date="2031-05-20")["9.6%"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_polish_mid_month_is_the_month(cpi: Path) -> None:
    # 'w połowie kwietnia': in mid-April, read through the Polish glossary
    text = "W połowie kwietnia roczna inflacja w Chile wyniosła 9,6 proc., podał urząd statystyczny."
    result = claim_starting(claim_results(text, [cpi], date="2031-05-20"), "9,6")
    assert result.claim.period == "2031-04"
    assert result.verdict is Verdict.unsupported, result.explanation
