"""'Our country' in a language official in one country alone (CLDR: Kazakh, Japanese) is that country, whatever
domain prints the page ('.media', '.com'): the paper's own language says whose country it is. A language official
in several countries (Greek: Greece and Cyprus) leaves 'our country' naming no place under a generic domain.
Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return population_package(tmp_path_factory.mktemp("pop") / "population",
                              {("Kazakhstan", 2040): 21_500_000, ("Japan", 2040): 110_000_000,
                               ("Greece", 2040): 9_800_000, ("Uzbekistan", 2040): 38_000_000})


@pytest.mark.parametrize(("text", "figure", "country"), [
    ("2040 жылы еліміздегі халық саны 21 500 000 адамды құрады.", "21 500 000", "Kazakhstan"),
    ("2040年のわが国の人口は1億1000万人だった。", "1億1000万人", "Japan"),
])
def test_our_country_is_the_one_country_of_its_language(population: Path, text: str, figure: str,
                                                         country: str) -> None:
    result = claim_starting(claim_results(text, [population], date="2041-05-01", url="https://kz.news.media/a"),
                            figure)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == country


def test_our_country_in_a_language_of_several_countries_names_none(population: Path) -> None:
    text = "Ο πληθυσμός της χώρας μας ήταν 9.800.000 το 2040."
    result = claim_starting(claim_results(text, [population], date="2041-05-01", url="https://news.example.com/a"),
                            "9.800.000")
    assert result.verdict is not Verdict.supported, result.explanation
    assert not any(e.dimensions.get("Country") == "Greece" and e.supports for e in result.evidence)
