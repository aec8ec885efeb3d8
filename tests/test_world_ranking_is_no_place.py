"""'Ninth in the world ranking', 'al nono posto nella graduatoria mondiale': the world there is the field a
ranking is taken in, not the place the figure is about, so the country the text names before keeps the figure
instead of a 'no rows for the world' verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


@pytest.mark.parametrize("text", [
    "Chile's prices climbed all year. Consumer price inflation reached 11.6% in 2022, ninth in the world ranking.",
    "Chile's prices climbed all year. Consumer price inflation reached 11.6% in 2022, ninth in the global rankings.",
    "I prezzi del Cile sono saliti per tutto l'anno. L'inflazione dei prezzi al consumo è arrivata all'11,6% nel 2022, "
    "al nono posto nella graduatoria mondiale.",
    # a rank right after the world, as Korean '세계 9위' (the world's ninth) is glossed: 'world 9th'
    "Chile's prices climbed all year. Consumer price inflation reached 11.6% in 2022, world 9th.",
    # Spanish 'ocupa el puesto' (ranks) before the world's level ('a nivel mundial')
    "Los precios de Chile subieron todo el año. La inflación de precios al consumidor llegó al 11,6% en 2022 y "
    "ocupa el puesto 9 a nivel mundial.",
])
def test_the_world_of_a_ranking_leaves_the_country_named_before(cpi: Path, text: str) -> None:
    [result] = claim_results(text, [cpi]).values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "Chile"
