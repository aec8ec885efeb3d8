"""'global demand', 'la demande mondiale', 'die weltweite Nachfrage': an adjective of the world
qualifying a market's noun (demand, supply, prices) names no place — a national figure in the same
sentence is judged by its country's row, never by the World aggregate."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("text", [
    "Consumer price inflation reached 7.1 % in 2030 on strong global demand for copper, Chile's statistics office said.",
    "Consumer price inflation reached 7.1 % in 2030 as world supply of copper tightened, Chile's statistics office said.",
    "L'inflation a atteint 7,1 % en 2030, portée par la demande mondiale de cuivre, a indiqué l'office statistique du Chili.",
    "Die Inflation erreichte 2030 wegen der weltweiten Nachfrage nach Kupfer 7,1 Prozent, teilte das Statistikamt Chiles mit.",
])
def test_the_national_figure_is_judged_by_its_country(tmp_path: Path, text: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2030): 7.1, ("World", 2030): 5.0})
    result = claim_results(text, [cpi], date="2031-03-20")["7,1 %" if "7,1 %" in text else
                                                           "7,1 Prozent" if "Prozent" in text else "7.1 %"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_figure_about_the_world_is_still_the_worlds(tmp_path: Path) -> None:
    # the control: 'global inflation' names the place the figure is about
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2030): 7.1, ("World", 2030): 5.0})
    result = claim_results("Global consumer price inflation reached 5 % in 2030, the statistics office said.",
                           [cpi], date="2031-03-20")["5 %"]
    assert result.verdict is Verdict.supported, result.explanation
