"""'The new reading means an accumulated 10.2 % in the first nine months and 13.7 % interannually': words
of novelty and accumulation name no measure, so the sentence speaks of the measure named just before it
(consumer prices), not of any other series the data holds for the place."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

from workbench.models import Verdict

TEXT = ("Consumer prices in Chile rose 0.9 % in September from the month before, the statistics institute said. "
        "The new reading means an accumulated 10.2 % in the first nine months of 2022 and 13.7 % interannually.")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("pkgs")
    emissions = publisher_package(root / "co2", "co2", "Carbon dioxide emissions", "Emissions",
                                  {("Chile", 2020): 82.0, ("Chile", 2021): 86.5, ("Chile", 2022): 84.1},
                                  description="National CO2 emissions from fossil fuels (kt)")
    return [cpi_package(root / "cpi"), emissions]


@pytest.mark.parametrize("claim", ["10.2 %", "13.7 %"])
def test_an_accumulated_rate_speaks_of_the_measure_named_before(packages: list[Path], claim: str) -> None:
    result = claim_results(TEXT, packages, date="2022-10-10")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].resource.startswith("cpi"), result.evidence
    assert result.evidence[0].period == "2022"
