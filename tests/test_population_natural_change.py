"""A population's natural change (births less deaths: 'the natural decline', 'deaths minus births') is a flow no
package holds: a figure the sentence gives of it is unsupported (other_series), not the population's level nor
its change between two yearly rows, however those compare. A figure of the population itself, in a clause of its
own beside it, is still judged by its row. The French words are read through the gloss. A part of the
population named by the noun a population series counts ('urban residents') is another series too. Invented rows; sentences
written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.models import Verdict

ROWS = {("Norway", 2022): 5_457_000.0, ("Norway", 2023): 5_520_000.0}


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return population_package(tmp_path_factory.mktemp("natural") / "population", ROWS)


@pytest.mark.parametrize(("text", "figure"), [
    ("In 2023 the natural increase of Norway's population fell by 12.5% to 9,800 people.", "9,800"),
    ("In 2023 the natural increase of Norway's population fell by 12.5% to 9,800 people.", "12.5%"),
    ("Births minus deaths came to 9,800 people in Norway in 2023.", "9,800"),
    ("En 2023, l'accroissement naturel de la population de la Norvège a atteint 9 800 personnes.", "9 800"),
])
def test_a_figure_of_natural_change_is_another_series(population: Path, text: str, figure: str) -> None:
    found = claim_results(text, [population], "2024-02-01")[figure]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_the_population_s_own_figure_beside_it_is_judged_by_its_row(population: Path) -> None:
    text = "The natural increase slowed in Norway, while the population rose to 5.52 million in 2023."
    found = claim_results(text, [population], "2024-02-01")["5.52 million"]
    assert found.verdict is Verdict.supported, found.explanation


@pytest.mark.parametrize("text", [
    "Most of Norway's population are urban residents, more than 4.4 million people.",
    "In 2023 Norway's rural inhabitants numbered 1.1 million people.",
])
def test_a_part_of_the_population_by_its_counted_noun_is_another_series(population: Path, text: str) -> None:
    """'Urban residents' are a part of the population as 'the urban population' is: not the whole's row."""
    found = [r for r in claim_results(text, [population], "2024-02-01").values() if r.claim.value > 1e6]
    assert [(r.verdict, r.reason) for r in found] == [(Verdict.unsupported, "other_series")], \
        [r.explanation for r in found]
