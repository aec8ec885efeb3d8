"""Dutch copy counts a country's people as 'er wonen zo'n 18 miljoen mensen' and 'telde … inwoners': read
through its words like the English 'about 18 million people live there' (the population row, 'about' its
±5 %), never set aside as words the glossary does not know. And a country named only as a yardstick of
size ('five times the size of France') is not the place of the figure after it. Invented figures."""

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


def test_a_country_named_as_a_yardstick_of_size_is_not_the_figures_place(packages: list[Path]) -> None:
    text = ("Kazakhstan is the largest economy of Central Asia. It is about five times the size of France, and has a "
            "population of about 19.5 million.")
    result = claim_results(text, packages, "2022-06-15")["19.5 million"]
    assert result.verdict is Verdict.supported, result.explanation  # Kazakhstan's 19.7 m, not France's missing row
