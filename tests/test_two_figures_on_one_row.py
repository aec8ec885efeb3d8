"""Two different figures of one sentence that one row supports: the text sets them apart, so only the
nearer is the row's; the farther is another quantity (a rise of some prices beside the year's rate) for a
person to check. The same figure written twice is one quantity and keeps its support.

Packages are World Bank-shaped, figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", {("Serbia", 2041): 8.91, ("Serbia", 2040): 4.2})]


def test_the_farther_of_two_figures_on_one_row_is_for_a_person(cpi: list[Path]) -> None:
    results = claim_results("Serbia's statistics office said consumer prices rose by 9%, which raised the inflation "
                            "rate for 2041 to 8.9%.", cpi, "2042-06-01")
    farther, nearer = results["9%"], results["8.9%"]
    assert (farther.verdict, farther.reason) == (Verdict.needs_review, "nearer_figure_on_row"), farther.explanation
    assert "8.9%" in farther.explanation
    assert nearer.verdict is Verdict.supported, nearer.explanation


@pytest.mark.parametrize("text", [
    "Inflation in Serbia was 8.9% in 2041, and the office later confirmed the 8.9% rate for 2041.",
    "Inflation in Serbia rose to 8.9% in 2041 from 4.2% in 2040.",
])
def test_figures_of_their_own_rows_or_said_twice_keep_their_support(cpi: list[Path], text: str) -> None:
    for claim, result in claim_results(text, cpi, "2042-06-01").items():
        assert result.verdict is Verdict.supported, (claim, result.explanation)
