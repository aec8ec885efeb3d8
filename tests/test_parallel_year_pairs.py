"""A figure whose own clause names its year before it, then another year standing before a figure of
its own ('the 2022 rate 5.1 % to the 2021 rate 2.5 %', as a Korean postposition '5.1%로' glosses with
no comma): each year is the figure after it, so the first figure is not read as the later year's and
called out of date.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("South Korea", 2021): 2.5, ("South Korea", 2022): 5.1, ("Gabon", 2020): 1.3, ("Gabon", 2021): 4.6}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_korean_pair_of_years_and_rates(cpi: Path) -> None:
    found = claim_results("2022년 한국의 물가상승률은 5.1%로 2021년 물가상승률인 2.5%에 비해 크게 올랐다.", [cpi], "2023-03-01")
    assert found["5.1%"].verdict is Verdict.supported
    assert found["5.1%"].evidence[0].period == "2022"
    assert found["2.5%"].evidence[0].period == "2021"


def test_english_pair_without_a_comma(cpi: Path) -> None:
    found = claim_results("Gabon's 2021 inflation rate 4.6% to the 2020 inflation rate 1.3% is a big jump.", [cpi], "2022-03-01")
    assert found["4.6%"].verdict is Verdict.supported
    assert found["4.6%"].evidence[0].period == "2021"
    assert found["1.3%"].evidence[0].period == "2020"
