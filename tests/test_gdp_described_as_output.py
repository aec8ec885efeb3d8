"""GDP written out as what it measures ('the production of goods and services', 'the value of goods and
services produced') names the GDP series (lexicon ``metric_aliases``), as 'economic output' does: the
figure is judged, not left unmatched and so unsupported.

Packages are World Bank-shaped (``package_support.population_and_gdp``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import only_result, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Ukraine", 2021): 43.0e6, ("Ukraine", 2022): 38.0e6}
GDP = {("Ukraine", 2021): 199.8e9, ("Ukraine", 2022): 161.9e9}


def test_the_production_of_goods_and_services_is_gdp(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, POPULATION, GDP)
    agreeing = only_result("Ukraine's total production of goods and services fell to $162 billion in 2022.", packages)
    wrong = only_result("Ukraine's total production of goods and services fell to $181 billion in 2022.", packages)
    assert agreeing.verdict is Verdict.supported
    assert wrong.verdict is Verdict.contradicted


def test_the_value_of_goods_and_services_produced_is_gdp(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, POPULATION, GDP)
    result = only_result("In 2021 the value of goods and services produced in Ukraine reached $199.8 billion.", packages)
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2021"
