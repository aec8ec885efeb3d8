"""Spanish copy states a year's inflation as 'un acumulado de' (the change accumulated from January to
December, glossed 'a year-to-date change of'): a 12-month rate of December, which the annual average does
not judge (needs_review), while the same figure stated as the year's rate is contradicted. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("text", "verdict"), [
    ("El índice de precios al consumidor de Chile cerró con un acumulado de -0,9% en 2020, según el instituto.",
     Verdict.needs_review),
    ("Los precios al consumidor de Chile subieron un -0,9% en 2020, según el instituto.", Verdict.contradicted),
])
def test_a_year_to_date_change_is_no_annual_average(cpi: Path, text: str, verdict: Verdict) -> None:
    result = claim_results(text, [cpi], date="2021-02-01")["-0,9%"]
    assert result.verdict is verdict, result.explanation
    assert result.evidence and result.evidence[0].period == "2020", result.explanation
