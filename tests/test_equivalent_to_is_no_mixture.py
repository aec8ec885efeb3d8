"""'CO2 emissions per capita are equivalent to 12.9 tons per person': 'equivalent to' only equates the figure
with a quantity, it names no CO2-equivalent mixture of greenhouse gases, so the fossil-CO2 row judges the
figure; 'tonnes of CO2 equivalent' still names the mixture. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# 2.7 t of carbon per person = 9.89 t of CO2
TOTALS = {("NORWAY", 2019): 12_000.0, ("NORWAY", 2020): 11_500.0}
PER_CAPITA = {("NORWAY", 2019): 2.7, ("NORWAY", 2020): 2.6}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("co2") / "co2", TOTALS, PER_CAPITA)


def test_a_figure_equivalent_to_tons_of_co2_per_person_is_judged_by_the_co2_row(carbon: Path) -> None:
    result = claim_results("In 2019, CO2 emissions per capita in Norway were equivalent to 12.9 tons per person.",
                           [carbon], date="2022-03-01")["12.9 tons"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2019"


def test_tons_of_co2_equivalent_per_person_still_name_the_mixture(carbon: Path) -> None:
    result = claim_results("In 2019, greenhouse gas emissions per capita in Norway were 12.9 tons of CO2 "
                           "equivalent per person.", [carbon], date="2022-03-01")["12.9 tons"]
    assert result.verdict is not Verdict.contradicted, result.explanation
