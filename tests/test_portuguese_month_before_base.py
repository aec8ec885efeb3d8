"""Portuguese 'face a' ('compared with', as 'em relação a' reads): 'os preços aumentaram 0,8 % no mês de março,
face a fevereiro' is a change over one month, which no annual package holds (unsupported, month on month), not
another period of the year's rate. A figure of the same sentence said 'no espaço de um ano' ('over twelve
months') keeps its twelve-month reading.

The package is World Bank-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi")


@pytest.mark.parametrize("base", ["face a fevereiro", "face ao mês de fevereiro"])
def test_a_month_against_the_month_before_is_month_on_month(cpi: Path, base: str) -> None:
    found = claim_results(f"Os preços no Chile aumentaram 0,8 % no mês de março, {base}.", [cpi], "2022-04-20")
    assert found["0,8 %"].verdict is Verdict.unsupported
    assert found["0,8 %"].reason == "month_on_month"


def test_a_twelve_month_figure_beside_it_is_not(cpi: Path) -> None:
    found = claim_results("Os preços no Chile aumentaram 0,8 % no mês de março, face a fevereiro, acumulando uma "
                          "subida de 9,4 % no espaço de um ano.", [cpi], "2022-04-20")
    assert found["0,8 %"].reason == "month_on_month"
    assert found["9,4 %"].reason != "month_on_month"
