"""Year-end wording whose object is another year ('from 4.9 % at the end of 2021 to 2.1 % in 2022') closes a sibling
figure's time: a figure whose own words name a plain year is that
year's rate, judged by the year's average. Year-end wording of the figure's own year still makes it December's.

Package World Bank-shaped (CPI rows invented: Norway 2021 3.5, 2022 5.8); sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("another_time") / "cpi")


@pytest.mark.parametrize("text", [
    "Norway's consumer inflation went from 4.9% at the end of 2021 to 2.1% in 2022, the statistics office said.",
])
def test_a_plain_year_beside_another_times_end_is_judged_by_its_average(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2024-03-01")
    assert found["2.1%"].verdict is Verdict.contradicted, found["2.1%"].explanation
    assert found["2.1%"].evidence[0].period == "2022"


def test_a_plain_year_s_average_beside_another_year_s_end_is_supported(cpi: Path) -> None:
    text = "Norway's consumer inflation went from 4.9% at the end of 2021 to 5.8% in 2022, the statistics office said."
    found = claim_results(text, [cpi], "2024-03-01")
    assert found["5.8%"].verdict is Verdict.supported, found["5.8%"].explanation


def test_the_end_of_the_figure_s_own_year_keeps_it_december_s(cpi: Path) -> None:
    text = "Norway's consumer inflation stood at 7.4% at the end of 2022, the statistics office said."
    found = claim_results(text, [cpi], "2024-03-01")
    assert found["7.4%"].verdict is not Verdict.contradicted, found["7.4%"].explanation
