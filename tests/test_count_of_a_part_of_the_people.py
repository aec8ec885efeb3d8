"""A count of a part of the people ('93,000 children', '2.1 million pensioners', 'are voters') or of things
no series counts ('power plants') is never a place's total population, however well the place matches: the
counted noun says what is counted, even when the figure's digit-group comma stands between it and the
figure. Words for a part of what a metric counts are data (lexicon ``counted_parts``). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("parts"), {("Kazakhstan", 2021): 19_700_000,
                                                                  ("Russian Federation", 2021): 145_100_000},
                              {("Kazakhstan", 2021): 197e9})


@pytest.mark.parametrize("text, figure", [
    ("More than 19,000,000 children were born in Kazakhstan in 2021, officials say.", "19,000,000"),
    ("In 2021 Kazakhstan's population included 19,700,000 pensioners.", "19,700,000"),
    ("Of Kazakhstan's population in 2021, 19,700,000 were voters.", "19,700,000"),
    ("Kazakhstan counted 19,700,000 power plants in 2021.", "19,700,000"),
    ("In 2021 Russia received about 145,100,000 tourists.", "145,100,000"),
    ("В 2021 году в Казахстане было 19 700 000 детей.", "19 700 000"),
    ("Население Казахстана в 2021 году составило 19 700 000 пенсионеров.", "19 700 000"),
    ("2021 жылы Қазақстан халқы 19 700 000 бала болды.", "19 700 000"),
    ("Kazakistan nüfusu 2021 yılında 19.700.000 çocuk idi.", "19.700.000"),
    ("Die Bevölkerung Kasachstans zählte 2021 rund 19.700.000 Kinder.", "19.700.000"),
])
def test_a_part_of_the_people_is_no_population(packages: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, packages, "2022-03-01")[figure]
    assert result.verdict is not Verdict.supported, result.explanation
    assert not (result.evidence and result.evidence[0].value in (19_700_000, 145_100_000)
                and result.verdict is not Verdict.needs_review), result.explanation


@pytest.mark.parametrize("text, figure", [
    ("Kazakhstan had a population of 19,700,000 in 2021.", "19,700,000"),
    ("In 2021 Kazakhstan had 19,700,000 inhabitants.", "19,700,000"),
    ("Kazakhstan's population was 19.7 million in 2021, with 6 million children.", "19.7 million"),
])
def test_the_whole_population_is_still_read(packages: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, packages, "2022-03-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == 19_700_000, result.explanation
