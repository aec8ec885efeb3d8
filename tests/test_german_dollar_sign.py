"""German copy writes the US dollar 'US-$' after the figure ('1.250 Milliarden US-$'): the figure is in
US dollars, so a GDP row in current US dollars judges it, as it does '… US-Dollar' and '… US$'."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

# Invented figures.
POPULATION = {("Russia", 2015): 144.1e6}
GDP = {("Russia", 2015): 1.36e12}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("wb"), POPULATION, GDP)


@pytest.mark.parametrize(("text", "verdict"), [
    ("Das Bruttoinlandsprodukt Russlands lag im Jahr 2015 bei 1.360 Milliarden US-$.", Verdict.supported),
    ("Das Bruttoinlandsprodukt Russlands lag im Jahr 2015 bei 1.250 Milliarden US-$.", Verdict.contradicted),
])
def test_a_figure_in_us_dash_dollars_is_read_in_us_dollars(packages: list[Path], text: str, verdict: Verdict) -> None:
    [result] = claim_results(text, packages).values()
    assert result.claim.unit == "USD"
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2015"
