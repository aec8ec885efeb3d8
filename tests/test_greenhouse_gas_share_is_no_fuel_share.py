"""A sentence about greenhouse gases (a mixture counted in CO2-equivalent) names no series of carbon or
CO2, however its figures are cut from the words: 'the largest contributors to greenhouse gas emissions
are: Brazil - 4.1%, Chile - 0.9%' gives each country's share of the world's greenhouse gases, not the
part of a country's carbon that burning gas gave (the word 'gas' of 'greenhouse gas' is no gas fuel).
No row holds such a share: unsupported, never contradicted."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_by_nation, claim_results

from workbench.models import Verdict

# Invented figures, thousand metric tons of carbon.
ROWS = [(2019, "BRAZIL", 130000, 20000), (2019, "CHILE", 24000, 3000),
        (2020, "BRAZIL", 125000, 19000), (2020, "CHILE", 23000, 2900)]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_by_nation(tmp_path_factory.mktemp("carbon"), ROWS)]


def test_shares_of_greenhouse_gases_in_a_list_are_unsupported(packages: list[Path]) -> None:
    text = ("Among the largest contributors to greenhouse gas emissions in percentage terms are: "
            "Brazil - 4.1% and Chile - 0.9%.")
    results = claim_results(text, packages, date="2021-06-01")
    assert {surface: r.verdict for surface, r in results.items()} == {"4.1%": Verdict.unsupported,
                                                                   "0.9%": Verdict.unsupported}


def test_a_share_of_gas_fuel_in_carbon_emissions_is_still_read(packages: list[Path]) -> None:
    # the CO2 named, 'gas' is the fuel: the part of the total that gas gave (19,000 of 125,000 = 15.2 %)
    [result] = claim_results("In Brazil, gas accounted for 15.2% of CO2 emissions in 2020.", packages,
                             date="2021-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation


def test_greenhouse_gas_outside_the_figures_measure_leaves_its_emissions_read(packages: list[Path]) -> None:
    # the mixture is named in another clause: the figure's counts the fossil-fuel emissions (125,000 vs 130,000)
    text = "Brazil's fossil-fuel emissions fell 3.8 % in 2020, easing the country's load of greenhouse gases."
    [result] = claim_results(text, packages, date="2021-06-01").values()
    # the carbon series are read (which column the bare 'gas' of the aside favours is another question)
    assert result.verdict is not Verdict.unsupported, result.explanation
    assert result.evidence and result.evidence[0].period == "2020"
