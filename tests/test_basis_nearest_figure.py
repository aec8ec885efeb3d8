"""A series basis ('on a monthly basis') and a 12-month wording ('year on year') in one clause belong each to
the figure nearer it, wherever the clause starts: a clause opened by a comma begins with a space the word
lists' matching does not count, and the figure's place is measured the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi")


@pytest.mark.parametrize("opening", ["In 2022 consumer prices", "In 2022, consumer prices", "Last year,  in 2022, prices"])
def test_the_monthly_basis_right_before_a_figure_is_its_own(cpi: Path, opening: str) -> None:
    text = f"{opening} in Norway went up on a monthly basis by 0.4 % and year on year by 5.8 %."
    results = claim_results(text, [cpi], "2023-03-01")
    monthly = results["0.4 %"]
    assert monthly.verdict is Verdict.unsupported, monthly.explanation
    assert monthly.reason == "month_on_month"
    yearly = results["5.8 %"]
    assert yearly.verdict is Verdict.supported, yearly.explanation
    assert (yearly.evidence[0].period, yearly.evidence[0].value) == ("2022", 5.8)
