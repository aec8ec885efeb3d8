"""A one-month change in its other English wordings ('month-over-month', 'on a monthly comparison basis') is
unsupported against annual rates, as 'month-on-month' is: no different period of the year's average."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path, {("Chile", 2022): 11.6, ("Chile", 2023): 7.6})]


@pytest.mark.parametrize("text", [
    "Chile's consumer prices rose 0.4% month-over-month in October 2023.",
    "Chile's annual inflation slowed to 5.0% in October 2023. On a monthly comparison basis, prices rose 0.4%.",
    "In a monthly comparison, Chile's consumer prices were up 0.4% in October 2023.",
])
def test_a_one_month_change_is_no_annual_rate(packages: list[Path], text: str) -> None:
    result = claim_starting(claim_results(text, packages, date="2023-11-10"), "0.4%")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "month-on-month" in result.explanation
