"""'Ended with' and 'finished with' close a year only when what ended is a monthly-published rate ('inflation
ended with a rate of 6.1 %': December on December). Said of anything else — a company's share, a poll — the
figure stays the year's own and is judged by the year's row. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("pkgs")
    wind = publisher_package(root / "wind", "wind_share", "Wind share of electricity generation",
                             "Wind share of electricity (%)", {("Norway", 2021): 9.7, ("Chile", 2021): 6.2})
    return [cpi_package(root / "cpi"), wind]


@pytest.mark.parametrize("sentence", [
    "In 2021, wind power in Norway finished with a 9.7% share of electricity generation.",
    "Norway's wind farms ended with 9.7% of electricity generation in 2021.",
])
def test_a_share_that_ended_with_a_figure_is_the_years_own(packages: list[Path], sentence: str) -> None:
    result = claim_results(sentence, packages, date="2022-06-01")["9.7%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"


def test_inflation_that_finished_with_a_rate_is_the_years_end(packages: list[Path]) -> None:
    # the annual average is 4.5: a December-on-December rate of 6.1 differs from it without being wrong
    result = claim_results("In 2021, Chile's inflation finished with a rate of 6.1%.", packages,
                           date="2022-06-01")["6.1%"]
    assert result.verdict is Verdict.needs_review, result.explanation
