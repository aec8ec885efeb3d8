"""Somali told from Italian by its own words, and Uzbek read in Cyrillic as well as in Latin letters.

Somali copy writes Italian's short words too ('dal', 'la', 'in'), so a Somali sentence was read as Italian and its
figures left unread; its own words ('iyo', 'waa', 'ayaa', 'ku', 'ka') tell it, its scale words follow the figure
('66 malyan') and its percentage word goes before ('boqolkiiba 6.1'). Uzbek releases and papers print Cyrillic
('693,5 минг киши', 'Ўзбекистон аҳолиси'): the glossary lists its Cyrillic words, and CLDR's Cyrillic names are read.
The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect, glossed_in, unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("population"),
                              {("Somalia", 2041): 21_300_000.0, ("Uzbekistan", 2041): 41_200_000.0},
                              {("Somalia", 2041): 1.4e10, ("Uzbekistan", 2041): 1.6e11})


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", {("Somalia", 2041): 6.1, ("Uzbekistan", 2041): 8.7})]


def test_a_somali_sentence_is_told_somali_not_italian() -> None:
    text = "Sannadkii 2041 dalka Soomaaliya waxaa ku nool dad gaaraya 21.3 malyan, sida ay sheegtay hay'adda."
    assert detect(text) == "so"
    assert detect("La popolazione della Somalia è salita a 21,3 milioni nel 2041, dal 2040 in crescita.") == "it"


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Sannadkii 2041 dalka Soomaaliya waxaa ku nool dad gaaraya 21.3 malyan.", "21.3 malyan", Verdict.supported),
    ("Sannadkii 2041 dalka Soomaaliya waxaa ku nool dad gaaraya 29 malyan.", "29 malyan", Verdict.contradicted),
])
def test_a_somali_population_with_its_scale_word_after_the_figure(population: list[Path], text: str, claim: str,
                                                                   verdict: Verdict) -> None:
    result = claim_results(text, population, "2042-06-01")[claim]
    assert result.verdict is verdict, result.explanation


def test_a_somali_percentage_word_before_the_figure(cpi: list[Path]) -> None:
    result = claim_results("Sicir-bararka Soomaaliya sannadkii 2041 wuxuu gaaray boqolkiiba 6.1.", cpi,
                           "2042-06-01")["boqolkiiba 6.1"]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_uzbek_sentence_in_cyrillic_is_told_uzbek_and_read_whole() -> None:
    text = "Бу кўрсаткич ўтган йилнинг мос даврига нисбатан 512,4 минг кишига ёки 1,3 фоизга кўпайди."
    assert detect(text) == "uz"
    assert unknown_words(text, "uz") == []


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("2041 йилда Ўзбекистоннинг доимий аҳолиси 41,2 миллион кишини ташкил этди.", "41,2 миллион", Verdict.supported),
    ("2041 йилда Ўзбекистоннинг доимий аҳолиси 48 миллион кишини ташкил этди.", "48 миллион", Verdict.contradicted),
    ("2041 йилда Ўзбекистон аҳолиси 41 200 минг кишини ташкил этди.", "41 200 минг", Verdict.supported),
])
def test_an_uzbek_population_in_cyrillic(population: list[Path], text: str, claim: str, verdict: Verdict) -> None:
    result = claim_results(text, population, "2042-06-01")[claim]
    assert result.verdict is verdict, result.explanation


@pytest.mark.parametrize(("text", "code", "english"), [
    ("PBB e Shqipërisë arriti në 18,3 mld dollarë në vitin 2041.", "sq", "18.3 billion dollars"),
    ("Magyarország GDP-je 2041-ben 52,4 mrd dollár volt.", "hu", "52.4 billion dollars"),
    ("Oʻzbekiston YaIM 2041-yilda 98,2 mlrd. dollarni tashkil etdi.", "uz", "98.2 billion dollars"),
    ("Ўзбекистон ЯИМ 2041 йилда 98,2 млрд. долларни ташкил этди.", "uz", "98.2 billion dollars"),
    ("Azərbaycanın ÜDM-i 2041-ci ildə 72,4 mlrd. dollar olub.", "az", "72.4 billion dollars"),
])
def test_a_scale_word_abbreviated_after_the_figure(text: str, code: str, english: str) -> None:
    """'mld', 'mrd', 'mlrd.': the abbreviations the press of languages with few glosses writes after a figure."""
    assert detect(text) == code
    assert english in glossed_in(text, code)


def test_a_somali_country_name_with_its_article_is_the_country() -> None:
    """Somali glues its article to a name ('Talyaaniga', the Italy): the name is read with it."""
    text = "Dalka Talyaaniga waxaa ku nool dad lagu qiyaaso 59 malyan."
    assert detect(text) == "so"
    assert "Italy" in glossed_in(text, "so")
    assert unknown_words(text, "so") == []


def test_an_uzbek_figure_of_this_month_in_past_years_is_no_annual_rate(cpi: list[Path]) -> None:
    # 'ушбу ойдаги энг юқори' (the highest in this month) over 'сўнгги уч йил ичида' (the last three years): a month's
    # rate of each year, a measure the annual rows do not hold ('unsupported', as the dev set labels such rates): never
    # refuted by the year's row
    text = ("Ўзбекистонда 2042 йилнинг октябрь ойида инфляция 0,95 фоизни ташкил этди. Бу сўнгги уч йил ичида ушбу "
            "ойдаги энг юқори кўрсаткич (2041 йил – 0,61 фоиз), шунингдек, йил бошидан буён энг катта ўсишдир.")
    [result] = [r for t, r in claim_results(text, cpi, date="2042-11-02").items() if t.startswith("0,61")]
    assert result.verdict in (Verdict.unsupported, Verdict.needs_review), result.explanation
    assert result.verdict is not Verdict.contradicted and not result.evidence, result.explanation
