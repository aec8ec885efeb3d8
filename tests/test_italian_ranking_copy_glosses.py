"""Ranking copy in Italian ('la classifica vede … entrare per la prima volta nelle prime posizioni', 'altro
produttore di idrocarburi', 'poco sotto') is read whole: a figure about a country the data lacks is then
unsupported like its English reading, not sent to review for words the checker could not read."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp
from test_languages_kazakh_ukrainian import GDP, POPULATION

from workbench.models import Verdict


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize("text", [
    "La classifica vede anche il Brasile (1.900 miliardi di dollari) entrare per la prima volta nelle prime "
    "posizioni, poco sotto il Canada.",
    "La classifica vede il Messico, altro produttore di idrocarburi, a 1.400 miliardi di dollari.",
])
def test_a_ranking_of_countries_the_data_lacks_is_unsupported(packages: list[Path], text: str) -> None:
    [result] = claim_results(text, packages, date="2023-05-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words"
