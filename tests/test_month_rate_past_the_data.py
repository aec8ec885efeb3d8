"""A month's 12-month rate that names no period, in a dated draft, is of a recent month: of the draft's year or
the one before. When every series it is read from ends before that, no row is of its time — unsupported
(nearest_other_period, a period outside the data), not a different period of a row that could judge it. Rows
that reach the year before the draft keep such a rate for review. Package World Bank-shaped (CPI rows to 2022,
invented); sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

TEXT = "Chile's statistics office said inflation eased to 7.4% from 9.1% in January."


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("recent") / "cpi")


def test_a_recent_month_s_rate_past_every_row_is_unsupported(cpi: Path) -> None:
    found = claim_results(TEXT, [cpi], "2024-04-15")["7.4%"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "nearest_other_period"), found.explanation


def test_a_recent_month_s_rate_beside_last_year_s_row_stays_for_review(cpi: Path) -> None:
    found = claim_results(TEXT, [cpi], "2023-04-15")["7.4%"]
    assert found.verdict is Verdict.needs_review, found.explanation
