"""A rate that moved to a level 'compared with' the month before ('inflation rose to 1.9 % in March
compared with February'; German 'ist im März verglichen mit Februar auf 1,9 Prozent gestiegen') is the
month's 12-month rate set beside the last one — for a person against the year's average — not a change of
prices over one month, a series the packages lack: judged as the month's rate (here a month of a year the
package does not reach yet). A change said of the month against the month before ('prices rose 0.4 % in
March compared with February') still is one.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Austria", 2023): 7.8, ("Austria", 2022): 8.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("moved") / "cpi", ROWS)


@pytest.mark.parametrize(("text", "figure"), [
    ("Die Teuerung in Österreich ist im März verglichen mit Februar auf 9,2 Prozent angestiegen.", "9,2 Prozent"),
    ("Inflation in Austria rose to 9.2% in March compared with February.", "9.2%"),
])
def test_a_rate_moved_to_beside_the_month_before_is_the_month_s_rate(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2024-04-20")
    assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "nearest_other_period"), \
        found[figure].explanation


def test_a_change_against_the_month_before_is_still_a_month_s_change(cpi: Path) -> None:
    found = claim_results("Consumer prices in Austria rose 0.4% in March compared with February.",
                          [cpi], "2024-04-20")
    assert (found["0.4%"].verdict, found["0.4%"].reason) == (Verdict.unsupported, "month_on_month"), \
        found["0.4%"].explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("On a month-on-month basis, consumer prices in Austria declined to 0.3% in March from 0.9% in February.",
     "0.3%"),
    ("Austria's CPI eased to 0.2% m/m in March 2023, the statistics office said.", "0.2%"),
])
def test_a_rate_moved_to_under_a_month_on_month_basis_is_the_month_s_change(cpi: Path, text: str,
                                                                            figure: str) -> None:
    found = claim_results(text, [cpi], "2023-04-20")
    assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "month_on_month"), \
        found[figure].explanation


def test_a_rate_moved_to_the_size_of_the_year_s_rate_stays_a_month_s_rate(cpi: Path) -> None:
    # 'month-on-month' said of a level as large as the year's rate: the writer's basis cannot be the month's change
    found = claim_results("On a month-on-month basis, inflation in Austria rose to 7.5% in March.", [cpi], "2023-04-20")
    assert found["7.5%"].reason != "month_on_month", found["7.5%"].explanation
