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
    # a central bank's target, in the words of its own country's copy
    ("Enligt Riksbanken är målet för inflationen 2 procent.", "sv"),
    ("Az MNB szerint a cél 3 százalékos infláció.", "hu"),
    ("Podle ČNB je cíl inflace 2 procenta.", "cs"),
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


@pytest.fixture()
def prices_and_gdp(tmp_path: Path) -> list[Path]:
    cpi = cpi_package(tmp_path / "cpi", {(country, 2023): value for country, value in (
        ("Poland", 10.9), ("Czechia", 10.7), ("Romania", 10.4), ("Hungary", 17.1), ("Finland", 6.3),
        ("Greece", 3.5), ("Lithuania", 9.1), ("Albania", 4.8), ("Netherlands", 3.8), ("Denmark", 3.3))})
    return [cpi, *population_and_gdp(tmp_path, {("Kazakhstan", 2023): 19_900_000.0},
                                     {("Kazakhstan", 2023): 262.0e9})]


# a measure news names by its own noun, which the data does not hold: unemployment, the budget deficit, exports,
# a policy rate, public debt — in each language's words, read whole, as English reads 'unemployment'
@pytest.mark.parametrize(("text", "figure"), [
    ("Die Löhne in Polen stiegen 2023 um 12,6 Prozent.", "12,6"),
    ("Les exportations de la Pologne ont progressé de 2,9 % en 2023.", "2,9"),
    ("Le esportazioni della Polonia sono cresciute del 2,9% nel 2023.", "2,9"),
    ("Deficyt budżetu Polski wyniósł w 2023 roku 5,3 proc. PKB.", "5,3"),
    ("Nezaměstnanost v Česku v roce 2023 vzrostla na 2,8 procenta.", "2,8"),
    ("Rata șomajului în România a scăzut în 2023 la 5,4%.", "5,4"),
    ("Уровень безработицы в Польше в 2023 году снизился до 5,2%.", "5,2"),
    ("A munkanélküliség Magyarországon 2023-ban 4,2% volt.", "4,2"),
    ("Työttömyysaste Suomessa oli 7,3 prosenttia vuonna 2023.", "7,3"),
    ("Η ανεργία στην Ελλάδα μειώθηκε στο 11,2% το 2023.", "11,2"),
    ("Nedarbo lygis Lietuvoje 2023 metais buvo 6,8 proc.", "6,8"),
    ("Niveli i papunësisë në Shqipëri ishte 10,6% në vitin 2023.", "10,6"),
    ("De werkloosheid in Nederland was in 2023 3,7 procent.", "3,7"),
    ("Eksporten fra Danmark steg med 9,2 procent i 2023.", "9,2"),
])
def test_an_unheld_measure_named_in_its_own_language_is_unsupported(text: str, figure: str,
                                                                    prices_and_gdp: list[Path]) -> None:
    result = claim_starting(claim_results(text, prices_and_gdp, "2024-03-01"), figure)
    assert result.verdict is Verdict.unsupported, result.explanation


# real growth is no series of the data (its GDP rows are in current dollars): 'in real terms' in each language's words
@pytest.mark.parametrize(("text", "figure"), [
    ("El PIB de Polonia creció un 0,2% en términos reales en 2023.", "0,2"),
    ("Le PIB de la Pologne a progressé de 0,2 % en termes réels en 2023.", "0,2"),
    ("Lietuvos BVP augimas 2023 metais buvo 0,4 proc.", "0,4"),
    ("ВВП Казахстана в 2023 году в реальном выражении вырос на 5,1%.", "5,1"),
])
def test_real_growth_named_in_its_own_language_is_read_whole_and_unsupported(text: str, figure: str,
                                                                            prices_and_gdp: list[Path]) -> None:
    assert unknown_words(text, detect(text), capitals=True) == []
    result = claim_starting(claim_results(text, prices_and_gdp, "2024-03-01"), figure)
    assert result.verdict is Verdict.unsupported, result.explanation
