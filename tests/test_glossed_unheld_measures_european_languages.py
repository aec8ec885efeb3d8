"""European news sentences about measures the data does not hold — GDP in leva or kuna, real growth, the
dollar's move against an unheld currency, an age share, a pledge, a projection, unemployment — are read word
for word once their linking, source and verb words are glossed, so they are ``unsupported`` as their English
reading is, not sent to a person for words the checker could not read. A word still unread keeps the figure
with a person, and a comparative ('mayor que', greater than) stays unread where reading it would judge a gap
of two rates against rows of another basis.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, population_and_gdp, rates_package

from workbench.languages import detect, glossed_in, unknown_words
from workbench.models import Verdict

UNREAD = (Verdict.needs_review, "unknown_language_words")


@pytest.fixture()
def gdp_and_population(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Kazakhstan", 2022): 19_600_000.0, ("Russia", 2022): 144_200_000.0},
                              {("Kazakhstan", 2022): 225.0e9, ("Russia", 2022): 2_266.0e9})


@pytest.fixture()
def prices_and_rates(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi"), rates_package(tmp_path / "rates", {("Euro area", 2022): 0.95})]


@pytest.mark.parametrize(("text", "code"), [
    ("По предварителни данни БВП за 2022 г. възлиза на 165 382.1 млн. лв. по текущи цени.", "bg"),
    ("Državni zavod za statistiku objavio je godišnji obračun BDP-a za 2022. godinu, koji je realno porastao "
     "za 6,3 posto.", "sr"),
    ("Prema priopćenju, BDP je u 2022. iznosio 463,9 milijardi kuna po tekućim cijenama.", "sr"),
    ("Parmi ceux-ci, 41,3% ont moins de 15 ans.", "fr"),
    ("Le Canada s'engageant à réduire ces émissions de 40% entre 2005 et 2030.", "fr"),
    ("Chômage (au sens du BIT) (2019) : 4,8%", "fr"),
    ("Доллар по итогам полугодия подешевел на 2,1%.", "ru"),
    ("Samas, eelmisel aastal kasvas Eesti SKP 1,2%.", "et"),
    ("Slovacia este la mai puțin de trei puncte procentuale distanță, respectiv la 71,5% din media UE.", "ro"),
    ("Para 2026, espera-se uma inflação de 4,1%, ainda acima do centro da meta.", "pt"),
    ("Según confirmó el instituto, la población de la isla cayó hasta los 4,8 millones de "
     "habitantes.", "es"),
])
def test_news_words_around_an_unheld_measure_are_read(text: str, code: str) -> None:
    assert detect(text) == code
    assert unknown_words(text, code, capitals=True) == []


def test_bulgarian_gdp_in_leva_is_unsupported(gdp_and_population: list[Path]) -> None:
    text = "По предварителни данни БВП за 2022 г. възлиза на 165 382.1 млн. лв. по текущи цени."
    result = claim_starting(claim_results(text, gdp_and_population, "2023-03-01"), "165")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_croatian_real_gdp_growth_is_unsupported(gdp_and_population: list[Path]) -> None:
    text = ("Državni zavod za statistiku objavio je godišnji obračun BDP-a Hrvatske za 2022. godinu, koji je "
            "realno porastao za 6,3 posto.")
    result = claim_starting(claim_results(text, gdp_and_population, "2023-03-01"), "6,3")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_croatian_gdp_in_kuna_is_unsupported(gdp_and_population: list[Path]) -> None:
    text = "Prema priopćenju, BDP je u 2022. iznosio 463,9 milijardi kuna po tekućim cijenama."
    result = claim_starting(claim_results(text, gdp_and_population, "2023-03-01"), "463,9")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_russian_half_year_move_of_the_dollar_against_the_tenge_is_unsupported(
        prices_and_rates: list[Path]) -> None:
    text = "Курс тенге укрепился. Доллар по итогам полугодия подешевел на 2,1%."
    result = claim_starting(claim_results(text, prices_and_rates, "2023-07-01"), "2,1")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_portuguese_inflation_projection_past_the_rows_is_unsupported(prices_and_rates: list[Path]) -> None:
    text = "No Chile, para 2026, espera-se uma inflação de 4,1%, ainda acima do centro da meta."
    result = claim_starting(claim_results(text, prices_and_rates, "2025-03-01"), "4,1")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_spanish_superlative_reads_as_the_highest() -> None:
    text = "Los países con mayor inflación de la región son Bolivia con 12,4% y Perú con 8,1%."
    assert "with the highest inflation" in glossed_in(text, "es")


def test_a_spanish_gap_said_with_mayor_que_stays_with_a_person(prices_and_rates: list[Path]) -> None:
    # 'mayor que' (greater than) a rate of the same period a year before: a gap of two December rates, which
    # annual averages must not judge; the comparative is left unread
    text = ("La inflación de Chile cerró 2022 en 12,8%, es decir, 5,6 puntos porcentuales mayor que la "
            "reportada en el mismo periodo del año anterior.")
    result = claim_starting(claim_results(text, prices_and_rates, "2023-01-10"), "5,6")
    assert (result.verdict, result.reason) == UNREAD, result.explanation
