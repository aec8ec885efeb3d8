"""Inflation 'accumulated over' a year (Portuguese 'no acumulado de 2023', English 'accumulated inflation in
2023') is the year's prices from December to December, not the year's average: a figure that happens to meet
the annual average is a different period for a person, never a silent pass. A figure called the average
is still judged by the annual row.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Brazil", 2021): 8.3, ("Brazil", 2022): 9.3, ("Norway", 2022): 5.8}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("accumulated") / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("No acumulado de 2022, os preços ao consumidor no Brasil subiram 9,3%, informou o instituto.", "9,3%"),
    ("Brazil's accumulated inflation in 2022 came to 9.3%, the statistics institute reported.", "9.3%"),
    ("Norway's consumer prices accumulated over 2022 a rise of 5.8%, the bureau said.", "5.8%"),
])
def test_a_years_accumulated_rate_meeting_the_average_is_another_period(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2024-03-01")[figure]
    assert (found.verdict, found.reason) == (Verdict.needs_review, "different_period"), found.explanation
    assert "December 2022" in found.explanation, found.explanation


def test_the_years_average_is_still_supported(cpi: Path) -> None:
    found = claim_results("Brazil's consumer prices rose 8.3% on average in 2021, the institute said.", [cpi],
                          "2024-03-01")["8.3%"]
    assert found.verdict is Verdict.supported, found.explanation
