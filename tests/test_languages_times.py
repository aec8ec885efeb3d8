"""A multiple written in another language ('2,2 vezes', '2,2 veces', '2,2 volte', '2,2 krát'): the
glossary reads its word for 'times', so the change is judged as the ratio of the two years' rows,
as its English is (the words themselves: test_languages_glossary_gaps.py).

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Direction, Kind, Verdict

GDP = {("Chile", 2010): 160e9, ("Chile", 2022): 330e9, ("Chile", 2023): 352e9}
POPULATION = {("Chile", 2023): 20_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("text", "claim"), [
    ("O PIB do Chile cresceu 2,2 vezes entre 2010 e 2023, segundo o banco central.", "2,2 vezes"),
    ("El PIB de Chile creció 2,2 veces entre 2010 y 2023, según el banco central.", "2,2 veces"),
])
def test_a_multiple_in_another_language_is_the_ratio_of_two_years(packages: list[Path], text: str,
                                                                  claim: str) -> None:
    result = claim_results(text, packages, "2024-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_multiple_before_a_verb_that_closes_the_clause(packages: list[Path]) -> None:
    # a verb-final language says the change after its multiple ('2,2 marta oshdi', 2.2 times rose)
    result = claim_results("Chili yalpi ichki mahsuloti 2023-yilda 2,2 marta oshdi.", packages, "2024-06-01")["2,2 marta"]
    assert result.claim.kind is Kind.change and result.claim.direction is Direction.up, result.claim
    assert result.claim.unit == "x", result.claim
