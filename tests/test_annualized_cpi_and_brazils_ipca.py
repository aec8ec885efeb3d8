"""An 'annualized CPI' is the 12-month rate of consumer prices as 'annualized inflation' is, in English and
in the Romance order ('el Índice de Precios al Consumidor (IPC) anualizado'): a figure the annual average
misses is a different period for a person, never another series. Brazil's national index, the IPCA, is its
CPI in Portuguese copy ('o IPCA acumulou alta de'), an accumulated (December-on-December) rate: a figure that
happens to meet the annual average is a different period too, never a silent pass. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Chile", 2022): 11.6, ("Brazil", 2022): 9.3}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("annualized_cpi") / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("En 2022 el Índice de Precios al Consumidor (IPC) anualizado de Chile cerró en 12,8 %.", "12,8 %"),
    ("In 2022, Chile's annualized consumer price index closed at 12.8%.", "12.8%"),
])
def test_an_annualized_cpi_is_the_twelve_month_rate(cpi: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi], "2023-03-01")[figure]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation


def test_the_ipca_accumulated_over_a_year_is_brazils_cpi_for_review(cpi: Path) -> None:
    text = "Segundo o Instituto Brasileiro de Geografia e Estatística, o IPCA acumulou alta de 9,31% em 2022."
    result = claim_results(text, [cpi], "2023-01-15")["9,31%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert result.evidence and result.evidence[0].value == 9.3, result.explanation
