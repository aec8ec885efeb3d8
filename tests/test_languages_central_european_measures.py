"""Sentences of Polish, Hungarian, Finnish, Czech, Bulgarian, Russian and Indonesian news read whole: the
words that name a package's measure in an inflected form ('lakosságának', 'bruttokansantuotteen'), a
quarter written as its months ('heinä-syyskuussa'), an ending after a figure ('március 15-jei', '2019-а') and
the common words around them. A sentence read whole is judged as its English is: a measure the data holds
for no such place is unsupported, not a sentence to review for words nobody read.

Packages are World Bank- and CDIAC-shaped, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, population_and_gdp

from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize(("code", "text", "english"), [
    ("hu", "Ausztria lakosságának létszáma", "population number"),
    ("fi", "bruttokansantuotteen volyymi kasvoi heinä-syyskuussa", "gross domestic product volume grew in the third quarter"),
    ("fi", "edelliseen vuosineljännekseen verrattuna", "compared with the previous quarter"),
    ("bg", "Брутният вътрешен продукт на Гърция", "Gross domestic product"),
    ("bg", "с 5 милиона тона емисии", "tonnes of emissions"),
    ("ru", "Федеральная служба государственной статистики", "Federal State Statistics Service"),
    ("pl", "liczba zgonów w ciągu roku", "number of deaths during year"),
    ("cs", "emise skleníkových plynů", "greenhouse gases"),
    ("id", "polusi karbondioksida", "pollution carbon dioxide"),
    # forms made by a language's word endings from the one form listed
    ("hu", "a fogyasztói árak emelkedését", "consumer prices rise"),
    ("hu", "a népesség csökkenésének", "population fall"),
    ("cs", "celosvětového růstu emisemi", "global growth emissions"),
    ("cs", "populaci", "population"),
    ("fi", "Norjan väestön kasvu ja talouskasvua", "Norway population growth and economic growth"),
    ("fi", "inflaatiossa", "inflation"),
    # a country named by its acronym, written in capitals
    ("id", "Pada tahun 2021, AS menghasilkan emisi CO2", "In 2021, US"),
    ("tr", "ABD ekonomisi", "US economy"),
    ("bg", "БВП на САЩ", "GDP of US"),
])
def test_the_measure_words_are_read(code: str, text: str, english: str) -> None:
    assert english in gloss_paragraphs(text, [(0, len(text), code)]).text


@pytest.mark.parametrize(("code", "text"), [
    ("hu", "a 2022. március 15-jei adat 120-tal kevesebb, mint a 2021-esnél"),  # date and comitative endings
    ("bg", "през 2019-а година"),  # the ordinal ending of a year
])
def test_an_ending_after_a_figure_is_no_unknown_word(code: str, text: str) -> None:
    assert unknown_words(text, code) == []


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Germany", 2021): 83_200_000, ("Germany", 2022): 83_800_000},
                              {("Germany", 2021): 4.26e12, ("Germany", 2022): 4.08e12})


@pytest.mark.parametrize(("text", "figure"), [
    ("Ausztria lakosságának létszáma 2022-ben 9 millió 42 ezer volt.", "9 millió 42 ezer"),
    ("Liczba ludności Czech wyniosła 10,5 mln w 2022 r. i w ciągu roku zmniejszyła się o 12 tys.", "10,5 mln"),
    ("Ruotsin bruttokansantuotteen volyymi kasvoi heinä-syyskuussa 2022 0,4 prosenttia edelliseen "
     "vuosineljännekseen verrattuna.", "0,4 prosenttia"),
])
def test_a_measure_of_a_place_the_data_does_not_cover_is_unsupported(packages: list[Path], text: str,
                                                                      figure: str) -> None:
    result = claim_results(text, packages, "2023-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words"


def test_a_bulgarian_tonnage_of_carbon_dioxide_is_read_as_carbon_dioxide(tmp_path: Path) -> None:
    package = carbon_package(tmp_path / "co2", {("FRANCE (INCLUDING MONACO)", 2016): 90_000},
                             title="National CO2 emissions from fossil fuels and cement manufacture")
    # 90,000 thousand t of carbon is 330 million t of CO2: '500 милиона тона' is far from it
    text = "През 2016 г. второто място в Европа, с 500 милиона тона въглероден диоксид, принадлежи на Франция."
    result = claim_starting(claim_results(text, [package], "2017-06-01"), "500 милиона тона")
    assert result.reason != "unknown_language_words", result.explanation
    assert "t CO2 at 3.664 t of CO2 per t of carbon" in result.explanation  # read as carbon dioxide, converted
    assert result.verdict is not Verdict.supported
