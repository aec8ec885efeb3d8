"""'Core inflation, stripped of food and energy prices, was 1.4 %': an aside set off by commas after a
qualified series' name describes that series; the prices it names are not the figure's own series, so
the headline row never judges a core figure, in English or a glossed language."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("text", [
    "Core inflation, which leaves out seasonal swings and strips volatile energy prices, was 1.4 % in 2030.",
    "Core inflation, adjusted for seasonal effects and cleared of swings in food prices, reached 1.4 % in 2030.",
    "En 2030, l'inflation sous-jacente, corrigée des variations saisonnières et débarrassée de la volatilité "
    "des prix de l'énergie, s'est établie à 1,4%.",
])
def test_the_core_figure_is_not_the_headlines(tmp_path: Path, text: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("France", 2030): 2.6})
    (result,) = claim_results(f"In France, prices are watched closely. {text}", [cpi], date="2031-02-10").values()
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_clause_of_its_own_before_the_aside_keeps_the_headline(tmp_path: Path) -> None:
    # the control: 'core' qualifies the first clause's series; the figure's own segment names consumer prices
    cpi = cpi_package(tmp_path / "cpi", {("France", 2030): 2.6})
    (result,) = claim_results("In France, core inflation held steady in 2030, and consumer prices, after a calm "
                              "year, rose 2.6 % in 2030.", [cpi], date="2031-02-10").values()
    assert result.verdict is Verdict.supported, result.explanation
