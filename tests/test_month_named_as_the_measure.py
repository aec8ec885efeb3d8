"""A month written as what a figure measures ('the May average', 'April's reading') with the year right
after the figure ('… 433.4 ppm in 2030') is that month of that year, as 'in May 2030' is: the monthly rows
judge it, not the year's mean. A lower-case 'may' is a verb and names no month. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-mm-mlo": ("Date", "date", "Average", [("2030-04", 429.9), ("2030-05", 433.4), ("2030-06", 432.0)]),
        "co2-annmean-mlo": ("Year", "year", "Mean", [(2030, 428.6)])})


@pytest.mark.parametrize(("text", "claim", "period", "verdict"), [
    ("At the observatory the May average reached 433.4 ppm in 2030.", "433.4 ppm", "2030-05", Verdict.supported),
    ("At the observatory April's reading stood at 433.4 ppm in 2030.", "433.4 ppm", "2030-04", Verdict.contradicted),
    ("At the observatory the level may average 428.6 ppm in 2030.", "428.6 ppm", "2030", Verdict.supported),
])
def test_a_month_named_as_the_measure_dates_the_figure(gas: Path, text: str, claim: str, period: str,
                                                       verdict: Verdict) -> None:
    result = claim_results(text, [gas], date="2031-03-01")[claim]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == period, result.explanation
