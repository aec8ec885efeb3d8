"""'The former' and 'the latter' refer to the two places named before them, in order: a figure said of one
of them is that place's ('Kazakhstan and Russia …: the latter counted 145 million'), and a ratio between them
compares the two places. Used before a noun ('the former Soviet partner') they refer to nothing.
Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2022): 19_300_000, ("Russian Federation", 2022): 145_000_000}
GDP = {("Kazakhstan", 2022): 220_000_000_000, ("Russian Federation", 2022): 2_200_000_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("sentence", "figure", "place"), [
    ("Kazakhstan trails Russia in people: in 2022 the former had a population of 19.3 million.", "19.3 million",
     "Kazakhstan"),
    ("Russia outnumbers Kazakhstan: in 2022 the former's population was 145 million.", "145 million", "Russia"),
    ("Kazakhstan trails Russia in people: in 2022 the latter's population was 145 million.", "145 million",
     "Russia"),
])
def test_a_figure_of_the_former_or_the_latter_is_that_places(packages: list[Path], sentence: str, figure: str,
                                                             place: str) -> None:
    result = claim_results(sentence, packages, date="2023-06-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert place in result.explanation or (result.evidence and place in str(result.evidence[0])), result.explanation


def test_a_ratio_between_the_former_and_the_latter_compares_the_two_places(packages: list[Path]) -> None:
    sentence = "Kazakhstan's economy will not catch up with Russia's soon: the former is ten times smaller than the latter."
    [result] = claim_results(sentence, packages, date="2023-06-01").values()
    assert result.verdict is Verdict.needs_review and result.reason == "place_ratio", result.explanation


def test_the_former_before_a_noun_refers_to_nothing(packages: list[Path]) -> None:
    sentence = "Russia and Kazakhstan signed the deal; the former Soviet partner had a population of 145 million in 2022."
    result = claim_results(sentence, packages, date="2023-06-01")["145 million"]
    assert result.verdict is not Verdict.supported, result.explanation
