"""Italian ranks a country 'al primo posto' (in first place): 'posto' names a place in a ranking, no measure, so a
figure in that sentence takes the measure and the year of the sentence before it and is judged, not left to a
person as a sentence of unknown words. Package publisher-shaped, figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

CARBON_WORDS = "Total carbon emissions from fossil-fuel consumption and cement production (thousand metric tons of C)"
# Italy 2018 → 2019: −3.0 %; Germany: −5.0 %
EMISSIONS = {("Italy", 2018): 90_000, ("Italy", 2019): 87_300, ("Germany", 2018): 200_000, ("Germany", 2019): 190_000}
LEAD = "L'Italia è al secondo posto per il calo delle emissioni di CO2 nel 2019, diminuite del 3%. "


@pytest.fixture()
def carbon(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "carbon", "fossil-carbon", "Carbon emissions", "Total", EMISSIONS,
                              description=CARBON_WORDS)]


@pytest.mark.parametrize("figure, verdict", [("5%", Verdict.supported), ("8%", Verdict.contradicted)])
def test_a_figure_of_the_first_place_is_judged(carbon: list[Path], figure: str, verdict: Verdict) -> None:
    result = claim_results(LEAD + f"La Germania è al primo posto con un calo del {figure}.", carbon, "2020-06-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence and result.evidence[0].period == "2019", result.evidence
