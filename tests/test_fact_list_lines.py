"""Country profiles print their figures as short lines: 'ca. 19,5 Mio. Einwohner', 'Počet obyvateľov: 19,5
mil.', one line under the country's name. Such a line holds too few words to reach the two function words
that tell a paragraph's language, so it used to be read as English — and its '19.743.603' or '19,5 Mio.'
was then no figure at all. A short line whose telling words are all one language's (none English's, no
stray letter or unit symbol) is in that language; and in German, whose nouns are capitalised, 'Mio.' before
a noun of the glossary ('Mio. Einwohner') keeps its abbreviation's dot inside the sentence. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import detect
from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("lines"), {("Kazakhstan", 2020): 19_480_000, ("Kazakhstan", 2021): 19_740_000},
                              {("Kazakhstan", 2021): 197e9})


def test_a_german_fact_line_under_the_country_name_is_read_in_german(packages: list[Path]) -> None:
    result = claim_results("# KASACHSTAN\n\nca. 19,5 Mio. Einwohner (2021)", packages, "2022-03-01")["19,5 Mio."]
    assert result.verdict is Verdict.supported, result.explanation  # 19.74 m within 'ca.' 19.5 m's ±5 %
    assert result.evidence[0].value == 19_740_000, result.explanation


def test_a_dot_grouped_count_in_a_short_german_sentence_is_a_figure(packages: list[Path]) -> None:
    results = claim_results("Im Jahr 2021 zählte Kasachstan 19.743.603 Einwohner.", packages, "2022-03-01")
    result = results["19.743.603"]
    assert result.claim.value == 19_743_603, result.claim
    assert result.verdict is Verdict.supported, result.explanation


def test_a_slovak_fact_line_is_read_in_slovak(packages: list[Path]) -> None:
    result = claim_results("# Kazachstan\n\nPočet obyvateľov (2021): 19,7 mil.", packages, "2022-03-01")["19,7 mil"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("line", ["Population: 19,500,000 (2021 est.)", "Vietnam's 2022 inflation reaches 3.15%: stats office",
                                  "Coastline 0 km (landlocked)", "Per capita GDP (2018): US $ 9,331"])
def test_english_fact_lines_stay_english(line: str) -> None:
    assert detect(line) == "en"


def test_a_german_sentence_may_still_end_after_mio() -> None:
    from workbench.languages import gloss_paragraphs

    text = "Der Umsatz stieg auf 16,8 Mio. Die Regierung rechnet mit mehr."
    assert "million. The" in gloss_paragraphs(text, [(0, len(text), "de")]).text


@pytest.mark.parametrize(("line", "code"), [
    ("PIL pro capite a prezzi correnti (US$)", "it"),  # 'PIL': Italian's GDP, in capitals
    ("PIL nominale (miliardi di $)", "it"),
    ("GDP per capita at current prices (US$)", "en"),  # an English acronym tells no other language
    ("KAZAKHSTAN GDP GROWTH SLOWS IN 2023", "en"),
])
def test_an_acronym_in_capitals_tells_its_glossarys_language(line: str, code: str) -> None:
    assert detect(line) == code


def test_an_italian_row_labelled_by_an_acronym_reads_its_dot_grouped_figure(packages: list[Path]) -> None:
    # 197e9 / 19.74 m = 9,980 US$ per person in 2021; read as English, '9.980' would be nine dollars
    result = claim_results("# Kazakistan\n\nPIL pro capite (2021): 9.980 dollari", packages, "2022-03-01")["9.980 dollari"]
    assert result.claim.value == 9_980, result.claim
    assert result.verdict is Verdict.supported, result.explanation
