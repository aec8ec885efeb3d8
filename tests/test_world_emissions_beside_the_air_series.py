"""A percent change its own clause says is of emissions, of the world or a group of countries ('Global CO2 emissions
rose 2.4 %', 'emissions across the EU fell 3.1 %'), is the emissions series' figure of a place it holds no row for:
`unsupported` (place not covered), not a doubtful contradiction by the air's global concentration series, which
'global' names a variant of. A clause that speaks of the concentration keeps the air's series though emissions are
named beside it, and a country's emissions stay judged by its row. Series and figures invented here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_by_nation, claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    air = ppm_package(tmp_path_factory.mktemp("ppm"), {
        "co2-annmean-gl": ("Year", "year", "Mean", [("2030", 433.4), ("2031", 436.0)])},
        title="Trends in Atmospheric Carbon Dioxide, Global")
    nations = carbon_by_nation(tmp_path_factory.mktemp("nations"), [
        (2030, "NORWAY", 11_000.0, 3_000.0), (2031, "NORWAY", 10_450.0, 2_900.0),
        (2030, "CHILE", 23_000.0, 4_000.0), (2031, "CHILE", 23_500.0, 4_100.0)])
    return [air, nations]


@pytest.mark.parametrize(("text", "claim", "place"), [
    ("Global CO2 emissions from burning fossil fuels rose by 2.4 % in 2031, a new record.", "2.4 %", "World"),
    ("The world's emissions of carbon dioxide grew 1.1 % in 2031, according to the inventory.", "1.1 %", "World"),
    ("Worldwide, carbon dioxide emissions climbed 1.8 percent in 2031.", "1.8 percent", "World"),
    ("Carbon dioxide emissions across the European Union fell 3.1 % in 2031 as coal plants closed.", "3.1 %",
     "European Union"),
])
def test_emissions_of_a_place_no_row_holds_are_unsupported(packages: list[Path], text: str, claim: str,
                                                           place: str) -> None:
    result = claim_results(text, packages, "2032-02-14")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered"
    assert place in result.explanation


@pytest.mark.parametrize("text", [
    "Although emissions eased a little, the global mean concentration of carbon dioxide rose 0.6 % in 2031.",
    "Global emissions pushed the concentration of carbon dioxide in the air up 0.6 % in 2031.",
])
def test_the_concentration_named_in_the_figures_clause_keeps_the_air_series(packages: list[Path], text: str) -> None:
    result = claim_results(text, packages, "2032-02-14")["0.6 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"


def test_a_countrys_emissions_are_judged_by_its_row(packages: list[Path]) -> None:
    result = claim_results("Norway's CO2 emissions fell by 9 % in 2031.", packages, "2032-02-14")["9 %"]
    assert result.verdict is Verdict.contradicted, result.explanation
