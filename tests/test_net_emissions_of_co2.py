"""'Net emissions of carbon dioxide were 420 million tonnes': a net figure counts land use and subtracts what
forests and soils absorb, another definition than a fossil-CO2 series. Near the fossil row or below it, the row
neither confirms nor refutes it (`needs_review`, net_emissions); the same figure not called net is judged.

Invented CDIAC-shaped rows (thousand tonnes of carbon); the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# 1.5 t of carbon per person = 5.5 t of CO2
ROWS = {("FRANCE", 2019): 110_000.0}
PER_HEAD = {("FRANCE", 2019): 1.5}


@pytest.fixture()
def package(tmp_path: Path) -> Path:
    return carbon_package(tmp_path / "carbon", ROWS, PER_HEAD)


@pytest.mark.parametrize("figure", ["5.7 tonnes", "4.6 tonnes"])
def test_net_emissions_near_or_below_the_fossil_row_are_for_review(package: Path, figure: str) -> None:
    text = f"In 2019 France's net emissions of carbon dioxide per inhabitant were {figure}."
    result = claim_results(text, [package], "2021-05-01")[figure]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "net_emissions"), result.explanation
    assert "net emissions" in result.explanation


def test_the_same_figure_not_called_net_is_contradicted(package: Path) -> None:
    text = "In 2019 France's emissions of carbon dioxide per inhabitant were 5.7 tonnes."
    result = claim_results(text, [package], "2021-05-01")["5.7 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
