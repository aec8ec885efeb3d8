"""A French people's name ('les Tchadiens', 'des Nigériennes'), written with a capital where the adjective
takes none ('les francs tchadiens'), is read as the English people ('Chadians'), whom the gazetteer counts
as their country's: a count of them is a count of the country's people, as in English copy. The package
is World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("population"),
                              {("Chad", 2041): 17_700_000.0, ("Niger", 2041): 25_300_000.0},
                              {("Chad", 2041): 1.3e10, ("Niger", 2041): 1.6e10})


def _english(text: str) -> str:
    return gloss_paragraphs(text, [(0, len(text), "fr")]).text


def test_a_capitalised_plural_demonym_is_the_people_and_a_lower_case_one_the_adjective() -> None:
    english = _english("Des Tchadiennes et des Nigériens paient en francs tchadiens.")
    assert "Chadians" in english and "Nigeriens" in english, english
    assert "francs Chadian" in english, english


@pytest.mark.parametrize(("text", "claim"), [
    ("En 2041, on comptait 17,7 millions de Tchadiens.", "17,7 millions de"),
    ("En 2041, 25,3 millions de Nigériens vivaient dans le pays.", "25,3 millions de"),
])
def test_a_count_of_a_people_is_its_countrys_population(population: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, population, "2042-12-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_wrong_count_of_a_people_is_not_supported(population: list[Path]) -> None:
    result = claim_results("En 2041, on comptait 27,7 millions de Tchadiens.", population, "2042-12-01")["27,7 millions de"]
    assert result.verdict is not Verdict.supported, result.explanation
