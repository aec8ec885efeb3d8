"""French copy states the 12-month average inflation ('en moyenne annuelle') of a month and of the month before
('contre … le mois précédent'): the month before a January is December of the year before, and the average of
the twelve months to December is that calendar year's, judged by its yearly row — as the English wording is.
Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Peru", 2022): 7.9, ("Peru", 2023): 6.3})


def test_the_months_before_average_in_french_is_the_years(annual: Path) -> None:
    text = "Au Pérou, l'inflation en moyenne annuelle s'est établie à 7,6 % en janvier 2023, contre 7,9 % le mois précédent."
    result = claim_results(text, [annual], date="2023-02-14")["7,9 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence and result.evidence[0].period == "2022", result.explanation
