"""A figure comparing one place with another ('seven times that of Kazakhstan', 'one-eighth the size of
Russia's') is a ratio of two places' rows the checker does not compute: with rows for both places it
goes to a person (`place_ratio`) instead of being flagged `unsupported`; a place the data lacks still
leaves it unsupported. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2022): 19_300_000, ("Russian Federation", 2022): 145_000_000}
GDP = {("Kazakhstan", 2022): 220_000_000_000, ("Russian Federation", 2022): 2_200_000_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "pop", "population", "Population, total", "Population", POPULATION,
                              description="Total population counts all residents regardless of legal status"),
            publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "GDP", GDP,
                              description="Gross domestic product in current US dollars")]


@pytest.mark.parametrize(("sentence", "places"), [
    ("Russia's population is about seven times that of Kazakhstan.", ("Russia", "Kazakhstan")),
    ("Russia has roughly seven times as many people as Kazakhstan.", ("Russia", "Kazakhstan")),
    ("Kazakhstan's economy is about one-tenth the size of Russia's.", ("Kazakhstan", "Russia")),
])
def test_a_ratio_of_two_places_goes_to_a_person(packages: list[Path], sentence: str, places: tuple[str, str]) -> None:
    [result] = claim_results(sentence, packages, date="2023-06-01").values()
    assert result.verdict is Verdict.needs_review and result.reason == "place_ratio", result.explanation
    assert all(place in result.explanation for place in places), result.explanation


def test_a_ratio_with_a_place_the_data_lacks_stays_unsupported(packages: list[Path]) -> None:
    [result] = claim_results("Russia's population is about seven times that of Belarus.", packages,
                             date="2023-06-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation
