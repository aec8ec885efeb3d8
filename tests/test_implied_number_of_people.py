"""'The number of residents in Norway reached 5,550,203': a head count whose subject ends in its place is
still a count of people, read against the population series (for review, as the text names no population),
not against another series that happens to be called a 'number'."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("pkgs")
    population = publisher_package(root / "pop", "population", "Population, total", "Population",
                                   {("Norway", 2023): 5519594, ("Norway", 2024): 5572272},
                                   description="Total population, mid-year estimates")
    days = publisher_package(root / "days", "frost", "Frost days", "Number of days",
                             {("Chile", 2023): 41, ("Chile", 2024): 38}, description="Number of days below freezing")
    return [population, days]


@pytest.mark.parametrize("sentence", [
    "As of April 1, the number of residents in Norway reached 5,550,203, the statistics office said.",
    "The number of people in Norway rose to 5,550,203 in the first quarter of 2024.",
])
def test_a_head_count_of_a_place_is_read_as_its_population(packages: list[Path], sentence: str) -> None:
    result = claim_results(sentence, packages, date="2024-05-10")["5,550,203"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].resource.startswith("population"), result.evidence
    assert result.evidence[0].period == "2024"
