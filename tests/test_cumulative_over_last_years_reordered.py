"""A price level's rise over the last N years written in the order French, Spanish or Italian copy uses
('sur les 5 dernières années', glossed 'over the 5 last years'): the span is the N whole years before the
draft's year, judged by compounding the consumer-price rows of the place the clause names — not a
currency's move, nor one year's rate."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# compound 2018–2022: 1.02 × 1.03 × 1.025 × 1.04 × 1.06 = 1.1871 (a rise of 18.7 %)
RATES = {("Kenya", 2017): 8.0, ("Kenya", 2018): 2.0, ("Kenya", 2019): 3.0, ("Kenya", 2020): 2.5,
         ("Kenya", 2021): 4.0, ("Kenya", 2022): 6.0}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Le niveau général des prix a augmenté de 18,7% au Kenya sur les 5 dernières années, selon le bureau.",
     "18,7%", Verdict.supported),
    ("Le niveau général des prix a augmenté de 25,1% au Kenya sur les 5 dernières années, selon le bureau.",
     "25,1%", None),
    ("Prices in Kenya rose 18.7% over the 5 last years, the bureau said.", "18.7%", Verdict.supported),
])
def test_a_rise_over_the_last_years_compounds_the_yearly_rates(package: Path, text: str, claim: str,
                                                                verdict: Verdict | None) -> None:
    # (None: a figure the compound rate misses widely is never passed — flagged or sent to a person)
    results = claim_results(text, [package], date="2023-03-01")
    result = results[claim]
    if verdict is None:
        assert result.verdict in (Verdict.contradicted, Verdict.needs_review), result.explanation
        assert "18.7" in result.explanation
    else:
        assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period in ("2018/2022", "2017/2022"), result.evidence[0].period
