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


# stated as now, in the present perfect: the latest month's 12-month rate out by the draft's date
NOW = "Chile's annual inflation has climbed to 7.4%, the statistics office said."


def test_a_rate_stated_as_now_past_every_row_is_unsupported_within_the_year_after(cpi: Path) -> None:
    # October 2023 is the month a rate of mid-November can be out for: no row of 2023
    found = claim_results(NOW, [cpi], "2023-11-17")["7.4%"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "nearest_other_period"), found.explanation
    assert "October 2023" in found.explanation


def test_a_rate_stated_as_now_in_january_may_be_december_s_and_stays_for_review(cpi: Path) -> None:
    # a story of mid-January quotes December 2022's rate: the 2022 row is of its year
    found = claim_results(NOW, [cpi], "2023-01-16")["7.4%"]
    assert found.verdict is Verdict.needs_review, found.explanation


GAP = {("Peru", 2016): 3.6, ("Peru", 2019): 2.1, ("Peru", 2020): 1.8}


@pytest.mark.parametrize("text, figure, verdict", [
    # the place's rows skip 2017 and 2018: no row of the month's year, as none past the end is
    ("Peru's inflation stood at 2.2% in December 2018, the central bank said.", "2.2%", Verdict.unsupported),
    # a month of a year the rows hold is the year's row's different period
    ("Peru's inflation stood at 1.9% in December 2019, the central bank said.", "1.9%", Verdict.needs_review),
])
def test_a_month_of_a_year_the_rows_skip_is_outside_the_data(tmp_path: Path, text: str, figure: str,
                                                             verdict: Verdict) -> None:
    found = claim_results(text, [cpi_package(tmp_path / "cpi", GAP)], "2021-03-01")[figure]
    assert found.verdict is verdict, found.explanation
