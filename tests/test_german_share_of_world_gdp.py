"""German copy on a country's share of world GDP ('ca. 2,5 % des globalen Bruttoinlandsproduktes'), read
through the glossary (the genitive 'Bruttoinlandsproduktes', 'globalen', 'ca.'): a share of a world total
the data has no row for is unsupported, not left to review as words the checker could not read."""

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


def test_a_share_of_world_gdp_in_german_is_unsupported(packages: list[Path]) -> None:
    text = "Russland liegt weit hinter den Industrieländern und erwirtschaftet ca. 2,5% des globalen Bruttoinlandsproduktes."
    [result] = claim_results(text, packages, date="2016-05-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation


def test_circa_reads_as_about(packages: list[Path]) -> None:
    [result] = claim_results("Das Bruttoinlandsprodukt Russlands lag 2015 bei ca. 1.400 Milliarden US-$.", packages).values()
    assert result.verdict is Verdict.supported, result.explanation  # within ±5 % of 1,360 bn
