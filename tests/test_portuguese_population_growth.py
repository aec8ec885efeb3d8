"""Portuguese names population growth with the adjective ('crescimento populacional', 'taxa … populacional'): the
measure is the population's, read against its series (a place it lacks is not covered), never a CO2 file's 'Mean'
or 'Annual Increase' that the generic words 'average' and 'annual' would otherwise pick (languages.json pt words).
Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    people = population_and_gdp(tmp_path / "wb", {("Kazakhstan", 2000): 14.9e6, ("Kazakhstan", 2010): 16.3e6},
                                {("Kazakhstan", 2010): 148.0e9})
    gas = ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2000, 369.7), (2010, 389.0)]),
        "co2-gr-gl": ("Year", "year", "Annual Increase", [(2000, 1.2), (2010, 2.4)])})
    return [*people, gas]


def test_a_population_growth_rate_of_an_uncovered_place_is_not_a_co2_figure(packages: list[Path]) -> None:
    text = "Entre 2000 e 2010, a taxa média de crescimento populacional anual do Chile foi de 1,07%."
    result = claim_results(text, packages, "2023-06-01")["1,07%"]
    assert result.verdict is Verdict.unsupported and result.reason == "place_not_covered", result.explanation
    assert all("co2" not in (e.resource or "") for e in result.evidence), result.evidence
