"""A census count of people is a population, though the sentence names none: read as the measure
its counted noun implies (implied_measures.json), and so sent to a person, never 'nothing matches'."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

POPULATION = {("Norway", 2011): 4953000, ("Norway", 2021): 5391000, ("Chile", 2017): 18470000}


@pytest.mark.parametrize("text, surface", [
    ("At the 2021 census, 5.4 million people were counted in Norway.", "5.4 million"),
    ("Chile's 2017 census enumerated 17.6 million persons.", "17.6 million"),
    ("Ten years earlier, in the 2011 census, Norway registered 4.9 million people.", "4.9 million"),
])
def test_a_census_count_of_people_is_read_as_a_population(tmp_path: Path, text: str, surface: str) -> None:
    package = publisher_package(tmp_path / "pop", "pop", "Population, total", "Population", POPULATION)
    result = claim_results(text, [package], date="2024-03-01")[surface]
    assert (result.verdict.value, result.reason) == ("needs_review", "measure_implied"), result.explanation
