"""French copy dates a rate to the year's end as 'au terme de l'année' (glossed 'at the end of the year',
as 'à la fin de l'année' is): December's 12-month rate, which the annual average neither confirms nor
refutes (needs_review); the same figure stated as the year's rate is contradicted. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Au terme de l'année, le taux d'inflation est à 11,0%.", Verdict.needs_review),
    ("Au terme de l’année, le taux d'inflation est à 11,0%.", Verdict.needs_review),
    ("Sur l'ensemble de l'année, le taux d'inflation est à 11,0%.", Verdict.contradicted),
])
def test_a_rate_at_the_years_end_is_decembers(cpi: Path, sentence: str, verdict: Verdict) -> None:
    text = f"Le Chili a connu une forte hausse des prix en 2022. {sentence}"
    result = claim_results(text, [cpi], date="2023-06-01")["11,0%"]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2022", result.explanation
