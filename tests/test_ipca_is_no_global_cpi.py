"""'IPCA' names no one index everywhere: Brazil's is its consumer price index, Spain's and Italy's the
harmonised index (HICP). The data files cannot scope a synonym by place, so 'IPCA' is no synonym of 'CPI':
a Spanish IPCA figure is never compared with Spain's CPI (a false alarm when the two differ)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.models import Verdict

# Invented annual averages, %.
ROWS = {("Spain", 2022): 8.1, ("Spain", 2023): 3.1, ("Brazil", 2023): 4.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi") / "cpi", "cpi", "Consumer price index (CPI), annual %",
                             "Inflation", ROWS, description=CPI_WORDS)


def test_spains_ipca_is_not_judged_against_its_cpi(cpi: Path) -> None:
    [result] = claim_results("Spain's IPCA rose 3.6% on average in 2023, the statistics office said.",
                             [cpi], date="2024-06-01").values()
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_spains_consumer_prices_are_still_judged_against_its_cpi(cpi: Path) -> None:
    [result] = claim_results("Spain's consumer prices rose 3.6% on average in 2023, the statistics office said.",
                             [cpi], date="2024-06-01").values()
    assert result.verdict is Verdict.contradicted, result.explanation
