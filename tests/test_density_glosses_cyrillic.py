"""A Russian, Ukrainian or Kazakh population density ('8,5 человек на км²', 'на квадратный километр',
'7,1 чел./км²', '66 осіб/км²', '7,1 адам/км²') is people per unit of area, a measure no population package holds:
glossed as 'per km²' or '/km²', it is read as a density and found in no series (``unsupported``), not compared with
the country's head count and left for review. Sentences and figures written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_starting, claim_results, population_package

from workbench.languages import glossed_in
from workbench.models import Verdict

POPULATION = {("Russian Federation", 2022): 144_200_000.0, ("Russian Federation", 2023): 143_800_000.0}


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [population_package(tmp_path_factory.mktemp("density") / "population", POPULATION)]


@pytest.mark.parametrize(("text", "area"), [
    ("В среднем в России проживает 8,4 человека на км².", "per km²"),
    ("Плотность населения в России — 8,4 человека на квадратный километр.", "per square kilometre"),
])
def test_russian_per_area_is_glossed_as_per(text: str, area: str) -> None:
    assert area in glossed_in(text, "ru")


@pytest.mark.parametrize("text", [
    "Плотность населения России в среднем составляет 8,4 человека на км².",
    "Это обуславливает крайне низкую плотность населения России — около 8,4 человека на квадратный километр.",
    "Плотность населения России — 8,4 чел./км².",
    "Щільність населення Росії — 8,4 осіб/км².",
    "Густота населення Росії становить 8,4 осіб на км².",
    "Ресей халқының тығыздығы — 8,4 адам/км².",
], ids=["km²", "square kilometre", "people/km² abbreviated", "Ukrainian slash", "Ukrainian per", "Kazakh slash"])
def test_a_density_is_no_head_count(population: list[Path], text: str) -> None:
    result = claim_starting(claim_results(text, population, date="2024-02-01"), "8,4")
    assert result.claim.unit == "/km2", result.claim
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_russian_head_count_is_still_judged(population: list[Path]) -> None:
    result = claim_starting(claim_results("Население России составляет 150 миллионов человек.", population,
                                          date="2024-02-01"), "150")
    assert result.verdict is Verdict.contradicted, result.explanation
