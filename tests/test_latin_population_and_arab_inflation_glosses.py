"""Population rankings of Spanish and Portuguese copy and consumer-price reports of Arabic and French copy are read
through their words, not sent to a person as unread: 'os países mais populosos', 'somos … que los reportados', 'divulgó ayer', 'taux de base … est tombé', a report's 'مصدر' and 'تصريح خاص'. Arabic copy stretches
words with the tatweel ('نقطـة', 'خِـلال'), which is no letter of the word; and a ministry that 'expected that
inflation would reach' ('توقعت … أن يبلغ') gave a projection, which the outcome neither confirms nor refutes.

Sentences written for these tests; the packages are publisher-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package

from workbench.languages import glossed_in, unknown_words
from workbench.models import Verdict

POPULATION = {("Russian Federation", 2021): 145_100_000, ("Russian Federation", 2022): 144_600_000,
              ("Kazakhstan", 2021): 19_000_000, ("Kazakhstan", 2022): 19_600_000}
SAUDI_CPI = {("Saudi Arabia", 2031): 2.5, ("Saudi Arabia", 2032): 2.3}

RANKING_PT = ("Os cinco países mais populosos da lista são: Indonésia, com 276 milhões; Brasil, com 204 milhões; "
              "México, com 128 milhões; Rússia, com 144,5 milhões; e Japão, com 124 milhões.")
RANKING_URL = "https://noticias.example/2023/06/populacao-paises-ranking"  # the page's address names the measure
CENSUS_ES = ("En México somos 12 millones 400 mil más que los reportados en 2010, según el censo que "
             "divulgó ayer el instituto de estadística.")


@pytest.fixture()
def population(tmp_path: Path) -> Path:
    return population_package(tmp_path / "population", POPULATION)


@pytest.fixture()
def saudi_cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", SAUDI_CPI)


@pytest.mark.parametrize(("code", "text", "english"), [
    ("pt", "os países mais populosos", "most populous"),
    ("pt", "o dobro dos brasileiros na mesma data", "on the same date"),
    ("es", "somos más que los reportados", "we are more than the reported"),
    ("es", "el censo que divulgó ayer el instituto", "disclosed yesterday"),
    ("fr", "le taux de base est tombé à 5 %", "core rate fell"),
    ("ar", "توقعت الوزارة أن تبلغ 4 في المائة", "would reach 4 percent"),  # the feminine verb, as 'أن يبلغ'
    # 'and by' as 'بنسبة' is 'by': the conjunction glued before it leaves no 'rate' the figure would be read as about
    ("ar", "زادت بنسبة 1.5 بالمائة عام 2031، وبنسبة 0.9 بالمائة في 2030", "and by 0.9 percent"),
])
def test_population_and_price_words_are_glossed(code: str, text: str, english: str) -> None:
    assert english in " ".join(glossed_in(text, code).split()), glossed_in(text, code)
    assert unknown_words(text, code) == []


def test_the_tatweel_is_no_letter_of_an_arabic_word() -> None:
    # 'نقطـة' and 'خِـلال' are 'نقطة' and 'خلال', stretched for the look of the line
    assert unknown_words("ليسجل 240.0 نقطـة خِـلال نفس الشهر", "ar") == unknown_words("ليسجل 240.0 نقطة خلال نفس الشهر", "ar")
    assert "نقطـة" not in unknown_words("ارتفع الرقم القياسي إلى 240.0 نقطـة", "ar")


def test_a_ranking_in_portuguese_judges_russias_figure(population: Path) -> None:
    results = claim_results(RANKING_PT, [population], date="2023-06-20", url=RANKING_URL)
    russia = results["144,5 milhões"]
    assert russia.verdict is Verdict.supported, russia.explanation
    assert "Russian Federation" in russia.evidence[0].dimensions.values(), russia.evidence[0].dimensions
    assert russia.evidence[0].period == "2022"


def test_a_ranking_in_portuguese_leaves_a_country_the_data_lacks_unsupported(population: Path) -> None:
    mexico = claim_results(RANKING_PT, [population], date="2023-06-20", url=RANKING_URL)["128 milhões"]
    assert mexico.verdict is Verdict.unsupported, mexico.explanation
    assert mexico.reason != "unknown_language_words"
    assert "Mexico" in mexico.explanation


def test_a_census_rise_in_spanish_of_a_country_the_data_lacks_is_unsupported(population: Path) -> None:
    [rise] = [r for surface, r in claim_results(CENSUS_ES, [population], date=None).items()
              if surface.startswith("12 millones")]
    assert rise.verdict is Verdict.unsupported, rise.explanation
    assert rise.reason != "unknown_language_words", rise.explanation


def test_an_arabic_ministrys_expectation_is_a_projection(saudi_cpi: Path) -> None:
    text = ("وتشير بيانات الهيئة العامة للإحصاء في السعودية إلى أن متوسط التضخم بلغ خلال عام 2032 بأكمله 2.3 في المائة، "
            "وهي نسبة تقل عن تقديرات وزارة المالية التي كانت توقعت أن يبلغ التضخم السنوي 2.9 في المائة في 2032.")
    results = claim_results(text, [saudi_cpi], date="2033-02-10")
    expected = next(r for surface, r in results.items() if surface.startswith("2.9"))
    assert expected.verdict is Verdict.needs_review, expected.explanation
    assert expected.reason == "projection", expected.explanation
    outcome = next(r for surface, r in results.items() if surface.startswith("2.3"))
    assert outcome.verdict is Verdict.supported, outcome.explanation
