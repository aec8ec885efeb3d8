"""A month named as the figure's attribute ('the March average was …', 'an April reading of …') is the
figure's period, as 'in March' is: the figure is judged against that month's row, not the latest one.
A month that no measure's noun follows ('the May decision') stays no period of its own.

Packages are publisher-shaped (the Federal Reserve's monthly file), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict

MONTHS = {"2024-02": 81.7, "2024-03": 82.5, "2024-04": 83.1, "2024-05": 83.9}


@pytest.fixture()
def fx(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", "India", MONTHS)


def test_the_month_average(fx: Path) -> None:
    found = claim_results("In India, the March average exchange rate was 82.5 rupees per US dollar.", [fx], "2024-06-10")
    assert found["82.5 rupees"].claim.period == "2024-03"
    assert found["82.5 rupees"].verdict is Verdict.supported


def test_an_earlier_months_reading(fx: Path) -> None:
    found = claim_results("India's central bank gave an April reading of 83.1 rupees per US dollar for the exchange rate.",
                          [fx], "2024-06-10")
    assert found["83.1 rupees"].claim.period == "2024-04"
    assert found["83.1 rupees"].evidence[0].period.startswith("2024-04")


def test_a_month_no_measure_follows_is_no_period(fx: Path) -> None:
    found = claim_results("After the March decision the rupee traded at 83.9 per US dollar in India.", [fx], "2024-06-10")
    assert found["83.9"].claim.period != "2024-03"


def test_each_month_attribute_is_its_own_figures(fx: Path) -> None:
    found = claim_results("In India, comparing the February average rate of 81.7 rupees to the April average rate of "
                          "83.1 rupees, the rupee weakened.", [fx], "2024-06-10")
    assert found["81.7 rupees"].claim.period == "2024-02"
    assert found["81.7 rupees"].verdict is Verdict.supported
    assert found["83.1 rupees"].claim.period == "2024-04"
