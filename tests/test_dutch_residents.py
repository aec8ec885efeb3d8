"""Dutch copy counts a country's people as 'er wonen zo'n 18 miljoen mensen' and 'telde … inwoners': read
through its words like the English 'about 18 million people live there' (the population row, 'about' its
±5 %), never set aside as words the glossary does not know. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("nl"), {("Kazakhstan", 2020): 19_500_000, ("Kazakhstan", 2021): 19_700_000},
                              {("Kazakhstan", 2021): 197e9})


def test_inhabitants_counted_with_about_are_judged_by_the_population_row(packages: list[Path]) -> None:
    result = claim_results("In 2021 telde Kazachstan zo'n 19,0 miljoen inwoners.", packages, "2022-01-15")["19,0 miljoen"]
    assert result.verdict is Verdict.supported, result.explanation  # 19.7 m within 'about' 19.0 m's ±5 %


def test_people_living_there_are_read_as_the_english_sentence_is(packages: list[Path]) -> None:
    dutch = claim_results("In Kazachstan wonen zo'n 25 miljoen mensen.", packages, "2022-01-15")["25 miljoen"]
    english = claim_results("In Kazakhstan about 25 million people live.", packages, "2022-01-15")["25 million"]
    assert "does not know" not in dutch.explanation, dutch.explanation
    assert (dutch.verdict, dutch.reason) == (english.verdict, english.reason), (dutch.explanation, english.explanation)
    assert dutch.evidence and dutch.evidence[0].value == 19_700_000, dutch.explanation
