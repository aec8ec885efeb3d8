"""'IPCA' in English and Portuguese copy is Brazil's consumer price index, the CPI of a series that names it so:
'Brazil's IPCA rose 4.6 % on average in 2023' is judged against that series, not left unmatched (a false
alarm). Spanish and Italian copy gloss their own 'IPCA' (the harmonised index) before this reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.models import Verdict

# Invented annual averages, %.
ROWS = {("Brazil", 2022): 9.3, ("Brazil", 2023): 4.6, ("Chile", 2023): 7.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi") / "cpi", "cpi", "Consumer price index (CPI), annual %",
                             "Inflation", ROWS, description=CPI_WORDS)


def test_brazils_ipca_is_read_as_its_cpi(cpi: Path) -> None:
    [result] = claim_results("Brazil's IPCA rose 4.6% on average in 2023, the statistics institute said.",
                             [cpi], date="2024-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation


def test_a_wrong_ipca_figure_is_contradicted(cpi: Path) -> None:
    [result] = claim_results("Brazil's IPCA rose 7.1% on average in 2023, the statistics institute said.",
                             [cpi], date="2024-06-01").values()
    assert result.verdict is Verdict.contradicted, result.explanation
