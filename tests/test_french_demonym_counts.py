"""A number followed by a people's name in French ('12 500 000 Burundais', '19 600 000 Zambiens') counts that
country's people, as '12,500,000 Burundians' does in English: a census count is read against the country's
population row (for a person to confirm the measure the people's name implies, as in English), or unsupported
when the package lacks the country — never left unread for its French words. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return population_package(tmp_path_factory.mktemp("pop"), {("Burundi", 2022): 12_500_000,
                                                               ("Kazakhstan", 2022): 19_600_000})


def test_a_census_count_of_a_people_the_package_holds_reads_its_row(population: Path) -> None:
    french = claim_results("Le recensement de 2022 a compté 12 500 000 Burundais.", [population], date=None)
    english = claim_results("The 2022 census counted 12,500,000 Burundians.", [population], date=None)
    read, as_in_english = french["12 500 000"], english["12,500,000"]
    assert (read.verdict, read.reason) == (as_in_english.verdict, as_in_english.reason), read.explanation
    assert read.verdict is Verdict.needs_review and "12.5 million" in read.explanation, read.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Le recensement de 2022 a compté 19 600 000 Zambiens.", "19 600 000"),
    ("Selon le recensement de 2022, il y avait 13 100 000 Rwandais, contre 10,5 millions en 2012.", "13 100 000"),
])
def test_a_census_count_of_a_people_the_package_lacks_is_unsupported(population: Path, text: str, figure: str) -> None:
    result = claim_results(text, [population], date=None)[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
