"""Italian, Spanish and Portuguese copy names the United States by its initials ('gli Usa', 'EE.UU.', 'os
EUA'), which no country-name list gives in those languages: read as 'the USA', the figure is the United
States', not the world's or a neighbour's. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("usa"), {("UNITED STATES OF AMERICA", 2030): 1_000_000,
                                                           ("CHINA (MAINLAND)", 2030): 2_000_000},
                          per_capita={("UNITED STATES OF AMERICA", 2030): 4.0, ("CHINA (MAINLAND)", 2030): 1.5})


@pytest.mark.parametrize("text, figure", [
    ("Nel 2030 la maglia nera va agli Usa con 16,5 tonnellate di CO2 per abitante.", "16,5 tonnellate"),
    ("En 2030 las emisiones de EE.UU. fueron de 16,5 toneladas de CO2 por habitante.", "16,5 toneladas"),
    ("Em 2030 as emissões dos EUA foram de 16,5 toneladas de CO2 por habitante.", "16,5 toneladas"),
])
def test_the_usa_by_its_initials_is_the_united_states(carbon: Path, text: str, figure: str) -> None:
    result = claim_results(text, [carbon], "2031-06-01")[figure]
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "UNITED STATES OF AMERICA", \
        result.explanation
    assert result.verdict is not Verdict.unsupported, result.explanation
