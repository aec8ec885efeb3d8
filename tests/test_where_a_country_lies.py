"""Explainers place a country before they count it: 'Kazakhstan, a country in Central Asia, has a population
of 19.7 million', 'Russia stretches across northern Asia and much of Eastern Europe and has a population of
146 million'. A continent or region named after such a phrase of location ('a country in', 'stretches
across', 'spanning', glossed Spanish 'se extiende a través de' and Portuguese 'ocupa') says where the country
lies: the figure stays the country's, never a region's row the data lacks. A region named as the figure's
own place ('emissions in Asia rose') stays the place. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("lies"), {("Kazakhstan", 2021): 19_700_000, ("Russian Federation", 2021): 145_100_000},
                              {("Kazakhstan", 2021): 197e9})


@pytest.mark.parametrize("text, figure", [
    ("Kazakhstan, a country in Central Asia, had a population of 19.7 million in 2021.", "19.7 million"),
    ("Russia stretches across all of northern Asia and much of Eastern Europe and had a population of 145 million in 2021.",
     "145 million"),
    ("Russia, a country spanning Eastern Europe and Northern Asia, had a population of 145 million in 2021.", "145 million"),
])
def test_a_region_where_the_country_lies_is_not_the_figures_place(packages: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, packages, "2022-06-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_spanish_sentence_of_extent_reads_as_the_english_one(packages: list[Path]) -> None:
    text = ("Rusia es el país más grande del mundo. Tiene una población de 145 millones en 2021 y se extiende a través "
            "del norte de Asia y de Europa del Este.")
    result = claim_results(text, packages, "2022-06-01")["145 millones"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_region_named_as_the_figures_own_place_stays_its_place(packages: list[Path]) -> None:
    result = claim_results("The population of Central Asia reached 78 million in 2021.", packages, "2022-06-01")["78 million"]
    assert result.verdict is not Verdict.supported, result.explanation
    assert not (result.evidence and result.evidence[0].value == 19_700_000), result.explanation
