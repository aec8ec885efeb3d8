"""English news names a country's GDP by what it counts, 'its production of goods and services reached
$412 billion', 'the goods and services produced in Chile were worth …' (lexicon.json ``metric_aliases``,
as the Russian and Portuguese glosses read 'had an economic output of'): the figure is judged by the GDP
row, not left as matching nothing. 'Goods and services' alone stay no GDP: prices are of them too.

Packages are World Bank-shaped with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("goods"), {("Chile", 2030): 20e6},
                              {("Chile", 2030): 412.0e9})


@pytest.mark.parametrize(("text", "claim"), [
    ("Chile's total production of goods and services reached $412 billion in 2030.", "$412 billion"),
    ("In 2030 the goods and services produced in Chile were worth $412 billion.", "$412 billion"),
])
def test_production_of_goods_and_services_is_judged_as_gdp(gdp: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, gdp, "2031-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_another_figure_for_the_production_is_refuted(gdp: list[Path]) -> None:
    text = "Chile's production of goods and services came to $350 billion in 2030."
    assert claim_results(text, gdp, "2031-06-01")["$350 billion"].verdict is Verdict.contradicted


def test_prices_of_goods_and_services_are_no_gdp(gdp: list[Path]) -> None:
    result = claim_results("Chile's prices of goods and services rose 4.1% in 2030.", gdp, "2031-06-01")["4.1%"]
    assert result.verdict is not Verdict.contradicted, result.explanation
