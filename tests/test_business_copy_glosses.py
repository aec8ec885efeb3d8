"""Words of German business copy the glossary reads: 'wie … ausweist' (as … shows), 'hier wie dort' (here as
there), 'je Einwohner' (per inhabitant), 'in die Luft gesetzt' (emitted). A sentence made of them is judged against
the data, not sent to a person for unread words."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # 1.36 t of carbon per person is 4.98 t of CO2
    return carbon_package(tmp_path_factory.mktemp("co2") / "carbon", {("CHILE", 2019): 26000.0},
                          per_capita={("CHILE", 2019): 1.36})


def test_german_as_the_atlas_shows_per_inhabitant(carbon: Path) -> None:
    results = claim_results("Chile stößt viel aus. Wie der Global Carbon Atlas ausweist, wurden 2019 hier rund 5 Tonnen CO2 "
                            "je Einwohner in die Luft gesetzt.", [carbon], date="2021-03-01")
    result = results["5 Tonnen"]
    assert result.verdict is Verdict.supported, result.explanation
