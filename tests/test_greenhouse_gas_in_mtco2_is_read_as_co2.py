"""'Greenhouse gas emissions stood at 84.5 MtCO2': the figure's own unit, a mass symbol with CO2 glued on, gives
its gas, so the fossil-CO2 rows judge it (benchmarks/devsets/verdicts.md, batch 58: read as CO2 by its unit),
and the 'gas' of 'greenhouse gas' names no 'Gas Fuel' column. A figure 1.1 to 2.5 times the CO2 row is still
the mixture written as CO2 (unsupported), and one in 'MtCO2e' names the mixture itself. Invented figures;
sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_by_nation, claim_results

from workbench.models import ClaimResult, Verdict

# Thousand metric tons of carbon: Chile's 2020 total is 23,000 kt C = 84.3 Mt CO2; its gas fuel 2,900 kt C = 10.6 Mt CO2.
ROWS = [(2019, "CHILE", 24000, 3000), (2020, "CHILE", 23000, 2900)]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_by_nation(tmp_path_factory.mktemp("carbon"), ROWS)]


def _result(text: str, surface: str, packages: list[Path]) -> ClaimResult:
    return claim_results(text, packages, date="2022-06-01")[surface]


def test_greenhouse_gases_in_mtco2_near_the_total_are_supported_by_it(packages: list[Path]) -> None:
    result = _result("In 2020, Chile's greenhouse gas emissions stood at 84.5 MtCO2.", "84.5 MtCO2", packages)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource.endswith(":total") and result.evidence[0].period == "2020"


def test_greenhouse_gases_in_mtco2_beside_the_total_are_contradicted_by_it(packages: list[Path]) -> None:
    # 90.2 is 7 % above 84.3: too near the row to be all gases, too far to be its CO2
    result = _result("In 2020, Chile's greenhouse gas emissions stood at 90.2 MtCO2.", "90.2 MtCO2", packages)
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].resource.endswith(":total") and result.evidence[0].period == "2020"


def test_greenhouse_gases_in_mtco2_well_above_the_total_are_another_measure(packages: list[Path]) -> None:
    # 110 is 1.3 times the CO2 row: all gases written as CO2, which no row holds
    result = _result("In 2020, Chile's greenhouse gas emissions stood at 110 MtCO2.", "110 MtCO2", packages)
    assert result.verdict is Verdict.unsupported, result.explanation


def test_greenhouse_gases_in_mtco2e_still_name_the_mixture(packages: list[Path]) -> None:
    result = _result("In 2020, Chile's greenhouse gas emissions stood at 90.2 MtCO2e.", "90.2 MtCO2e", packages)
    assert result.verdict is not Verdict.contradicted, result.explanation
