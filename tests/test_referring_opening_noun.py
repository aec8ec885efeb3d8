"""A sentence whose subject is a referring noun at its opening ('The indicator came close to its 2011 record')
measures what the sentence before it named, as 'this indicator' does: a language writing no article
('Wskaźnik zbliżył się …', glossed 'indicator …') opens so too. Per person in the sentence before, the
figure is per person. 'The number of …' names its own measure. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2011): 16_500_000, ("Kazakhstan", 2021): 19_000_000}
GDP = {("Kazakhstan", 2011): 198_000_000_000, ("Kazakhstan", 2021): 190_000_000_000}  # 12,000 and 10,000 US$ a head


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("referring"), POPULATION, GDP)


@pytest.mark.parametrize("second", [
    "The indicator came close to the record set in 2011 ($12,000).",
    "Indicator stays below its 2011 peak ($12,000), the bureau said.",
])
def test_an_opening_referring_noun_carries_the_per_person_measure(packages: list[Path], second: str) -> None:
    text = f"In 2021 Kazakhstan's GDP per capita was $10,000. {second}"
    result = claim_results(text, packages, date="2022-05-01")["$12,000"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "per person" in result.explanation, result.explanation


def test_the_number_of_names_its_own_measure(packages: list[Path]) -> None:
    # 'The number of …' is no reference back: the sentence names what it counts, not the GDP before it
    text = "In 2021 Kazakhstan's GDP per capita was $10,000. The number of residents reached 19 million in 2021."
    result = claim_results(text, packages, date="2022-05-01")["19 million"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == 19_000_000, result.explanation


@pytest.mark.parametrize("second", [
    # German and Dutch put the subject after the verb when another word opens the sentence
    "Höher lag der Wert zuletzt 2011 mit 12.000 Dollar.",
    "Higher was the value last in 2011, at $12,000.",
])
def test_a_referring_subject_after_its_verb_carries_the_measure(packages: list[Path], second: str) -> None:
    text = f"In 2021 Kazakhstan's GDP per capita was $10,000. {second}"
    [result] = [r for figure, r in claim_results(text, packages, date="2022-05-01").items() if "12" in figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert "per person" in result.explanation, result.explanation
