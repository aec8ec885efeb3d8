"""A percent change of a figure per head ('GDP per capita reached $12,600 in 2022, up 26 %') is the change of
the total ÷ the population from the year before, both years' rows, never the total's own growth; beside a
level per head in the rows' currency the change is a nominal one, read from current-price rows.

Packages are World Bank-shaped (population and GDP in current US$), figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

# Chile: 2021 GDP 200 bn / 20 m people = 10,000 $ a head; 2022 GDP 252 bn / 21 m = 12,000 $ a head
POPULATION = {("Chile", 2021): 20e6, ("Chile", 2022): 21e6}
GDP = {("Chile", 2021): 200e9, ("Chile", 2022): 252e9}  # 2022 a head: 12,000; +20 % per head, +26 % in total


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("gdp"), POPULATION, GDP)


def test_a_change_per_head_beside_a_level_per_head_is_computed_per_head(packages: list[Path]) -> None:
    text = "Chile's GDP per capita reached $12,000 in 2022, up 20% year-on-year."
    result = claim_results(text, packages, date="2023-09-01")["20%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "population" in result.evidence[0].formula and len(result.evidence[0].cells) == 4


def test_the_totals_growth_is_no_change_per_head(packages: list[Path]) -> None:
    # +26 % is the total's growth; per head the rows give +20 %
    text = "Chile's GDP per capita reached $12,000 in 2022, up 26% year-on-year."
    result = claim_results(text, packages, date="2023-09-01")["26%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert "20 %" in result.explanation


def test_a_change_per_head_said_to_be_real_is_not_read_from_current_dollars(packages: list[Path]) -> None:
    text = "Chile's GDP per capita reached $12,000 in 2022, up 20% in real terms."
    result = claim_results(text, packages, date="2023-09-01")["20%"]
    assert result.verdict is not Verdict.supported, result.explanation
