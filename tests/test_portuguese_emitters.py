"""Portuguese 'emissores' ('emitters', as 'principais emissores' already reads): 'o Brasil liderou a lista de
emissores em 2015, com 476 milhões de toneladas' names the emissions measure, so the mass is judged against the
country's fossil-carbon row (read as CO2), not sent to a person for an unknown word.

The package is shaped as CDIAC publishes it, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# thousand tonnes of carbon: 130,000 kt C × 3.664 = 476.3 million tonnes of CO2
TOTALS = {("BRAZIL", 2015): 130_000}
LEAD = "As emissões mundiais de CO2 subiram outra vez, segundo o instituto."


@pytest.fixture()
def carbon(tmp_path: Path) -> Path:
    return carbon_package(tmp_path / "carbon", TOTALS)


@pytest.mark.parametrize("figure, verdict", [("476 milhões de toneladas", Verdict.supported),
                                             ("410 milhões de toneladas", Verdict.contradicted)])
def test_a_list_of_emitters_names_the_measure(carbon: Path, figure: str, verdict: Verdict) -> None:
    found = claim_results(f"{LEAD} O Brasil liderou a lista de emissores em 2015, com {figure}.",
                          [carbon], "2016-11-01")
    assert found[figure].verdict is verdict
