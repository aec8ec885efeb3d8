"""A rate moved to, then the move itself in points after 'or by' ('inflation eased to 3.1 % in June 2023, or by
2.6 percentage points compared to March'): the points are a change of the 12-month rate between two months,
which annual averages cannot show — for review as another period, never 'nothing matches'. Invented figures
and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Kind, Verdict


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Chile", 2022): 11.6, ("Chile", 2023): 7.6})


def test_points_after_a_rate_moved_to_are_a_change_between_months(annual: Path) -> None:
    text = "Annual inflation in Chile eased to 8.7% in June 2023, or by 2.4 percentage points compared to March."
    result = claim_results(text, [annual], date="2023-07-10")["2.4 percentage points"]
    assert result.claim.kind is Kind.change, result.claim
    assert result.verdict is Verdict.needs_review and result.reason != "no_match", result.explanation
