"""'Prices rose 3.1 % in December, bringing the full-year average to 4.2 %': the second figure's own
clause says 'full year' and names no period of its own, so it is the year's average (judged against
the annual row), though the clause before it named a month of that year; the month's figure stays the
month's (a monthly rate against an annual average: for a person)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

TEXT = ("Chile's consumer prices rose 3.1% in December, bringing the full-year average to 4.2%, "
        "the statistics office said on Friday.")


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Chile", 2030): 4.2, ("Chile", 2029): 6.0})


def test_the_full_year_figure_is_the_years_average(cpi: Path) -> None:
    result = claim_results(TEXT, [cpi], date="2031-01-09")["4.2%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence and result.evidence[0].period == "2030"


def test_the_months_figure_stays_the_months(cpi: Path) -> None:
    result = claim_results(TEXT, [cpi], date="2031-01-09")["3.1%"]
    assert result.verdict is Verdict.needs_review, result.explanation
