"""Hungarian copy names inflation 'áremelkedési ütem' (the rate of price rises, glossed 'inflation rate');
with the statistics office (KSH) naming the place, a year's average is judged by Hungary's row. Invented
figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Hungary", 2021): 5.1, ("Hungary", 2022): 14.6})


@pytest.mark.parametrize(("figure", "verdict"), [("14,6 százalék", Verdict.supported),
                                                 ("15,2 százalék", Verdict.contradicted)])
def test_the_rate_of_price_rises_is_inflation(cpi: Path, figure: str, verdict: Verdict) -> None:
    text = f"A KSH beszámolója szerint a 2022-es átlagos áremelkedési ütem {figure} volt."
    result = claim_results(text, [cpi], date="2023-06-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2022", result.explanation
