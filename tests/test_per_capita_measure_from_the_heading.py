"""A line naming no measure of its own ('Norway: from $40,000 in 2000 to $90,000 in 2020') takes its measure from
the heading above it; when the heading asks about GDP per capita, the figures are the total GDP divided by the
population of the same place and year (issue 12), not the total read as is."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

PEOPLE = {("Norway", 2000): 4_500_000.0, ("Norway", 2020): 5_400_000.0}
GDP = {("Norway", 2000): 180e9, ("Norway", 2020): 486e9}  # $40,000 and $90,000 a person


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("gdp"), PEOPLE, GDP)


def test_a_line_under_a_per_capita_heading_is_per_capita(packages: list[Path]) -> None:
    results = claim_results("# How has GDP per capita grown in the Nordic states since 2000?\n\n"
                            "Norway: From $40,000 in 2000 to $90,000 in 2020.", packages, date="2024-03-01")
    for figure in ("$40,000", "$90,000"):
        assert results[figure].verdict is Verdict.supported, results[figure].explanation


def test_a_line_under_a_heading_on_the_total_is_not_divided(packages: list[Path]) -> None:
    results = claim_results("# How has GDP grown in the Nordic states since 2000?\n\n"
                            "Norway: From $40,000 in 2000 to $90,000 in 2020.", packages, date="2024-03-01")
    assert results["$90,000"].verdict is not Verdict.supported, results["$90,000"].explanation
