"""Copy in other languages the glossaries now read: the abbreviations of a milliard and a million
('225,5 Md USD', 'mld', 'Mrd', 'bi', 'mlr', 'mdd'), Bulgarian told from Russian and its 'на сто'
(per hundred), an outlook over a span of years ('Sur la période 2022-2023 …') whose later year the data
has no row for, 'the first economy of' a region as a ranking, not the figure's place, and a span from
one figure to another ('de 98,8 à 113,4', 'de 6,1 % en 2021 a 7,7 %') as two figures. Invented
figures, World Bank layout; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect
from workbench.models import Verdict

_GDP = {("Kazakhstan", 2021): 197.1e9, ("Kazakhstan", 2022): 225.5e9, ("Kenya", 2021): 98.8e9, ("Kenya", 2022): 113.4e9}
_POPULATION = {("Kazakhstan", 2022): 19.6e6, ("Kenya", 2021): 53.0e6, ("Kenya", 2022): 54.0e6}
_CPI = {("Kenya", 2020): 5.4, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7,
        ("Kazakhstan", 2021): 8.0, ("Kazakhstan", 2022): 15.0}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("money")
    cpi = cpi_package(folder / "cpi", _CPI)
    return [*population_and_gdp(folder, _POPULATION, _GDP), cpi]


@pytest.mark.parametrize(("text", "claim"), [
    ("Le PIB du Kenya a atteint 113,4 Md USD en 2022, selon la banque centrale.", "113,4 Md USD"),
    ("Le PIB du Kenya s'est établi à 113,4 Mds USD en 2022, selon la banque centrale.", "113,4 Mds USD"),
    ("Il PIL del Kenya ha raggiunto 113,4 mld di dollari nel 2022, secondo la banca centrale.", "113,4 mld di dollari"),
    ("Das BIP Kenias ist im Jahr 2022 auf 113,4 Mrd US-Dollar gestiegen, wie die Zentralbank mitteilte.",
     "113,4 Mrd US-Dollar"),
    ("O PIB do Quênia chegou a US$ 113,4 bi em 2022, segundo o banco central.", "US$ 113,4 bi"),
    ("Kenya'nın gayri safi yurt içi hasılası 2022 yılında 113,4 mlr dolar oldu.", "113,4 mlr dolar"),
    ("El PIB de Kenia llegó a 113,400 mdd en 2022, según el banco central.", "113,400 mdd"),
    ("Het bbp van Kenia bedroeg in 2022 113,4 mld dollar, aldus de centrale bank.", "113,4 mld dollar"),
    ("БВП на Кения през 2022 г. достигна 113,4 млрд. долара, според централната банка.", "113,4 млрд. долара"),
    ("BDP Kenije je u 2022. godini dostigao 113,4 mlrd. dolara, saopštila je centralna banka.", "113,4 mlrd. dolara"),
])
def test_an_abbreviated_milliard_is_a_billion_in_every_language(packages: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, packages)[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_figure_of_abbreviated_milliards_that_misses_the_row_is_contradicted(packages: list[Path]) -> None:
    result = claim_results("Le PIB du Kenya a atteint 105 Md USD en 2022, selon la banque centrale.", packages)["105 Md USD"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_bulgarian_is_told_from_russian_and_reads_per_hundred_as_percent(packages: list[Path]) -> None:
    text = "Инфлацията в Кения достигна 7,7 на сто през 2022 г., по официални данни на статистиката."
    assert detect(text) == "bg"
    result = claim_results(text, packages)["7,7 на сто"]
    assert result.verdict is Verdict.supported, result.explanation
    wrong = claim_results(text.replace("7,7", "9,2"), packages)["9,2 на сто"]
    assert wrong.verdict is not Verdict.supported, wrong.explanation
    assert wrong.evidence[0].value == 7.7
    # a Russian sentence of the same words is still Russian
    assert detect("Инфляция в Кении в 2022 году составила 7,7%, по официальным данным.") == "ru"


@pytest.mark.parametrize(("text", "later"), [
    ("Sur la période 2022-2023, l'inflation au Kenya devrait connaître une baisse régulière, passant de 7,7% "
     "en 2022 à 5,0% en 2023, grâce notamment à l'amélioration de l'offre des produits alimentaires.", "5,0%"),
    ("En el período 2022-2023, la inflación en Kenia bajaría de 7,7% en 2022 a 5,0% en 2023.", "5,0%"),
    ("Nel periodo 2022-2023 l'inflazione in Kenya dovrebbe scendere dal 7,7% del 2022 al 5,0% del 2023.", "5,0%"),
])
def test_an_outlook_over_a_span_of_years_past_the_rows_is_unsupported(packages: list[Path], text: str,
                                                                       later: str) -> None:
    results = claim_results(text, packages, date="2022-06-01")
    assert results[later].verdict is Verdict.unsupported, results[later].explanation
    assert results["7,7%"].verdict is not Verdict.contradicted, results["7,7%"].explanation


def test_the_first_economy_of_a_region_is_a_ranking_not_the_figures_place(packages: list[Path]) -> None:
    text = ("Première économie d'Asie centrale avec un PIB de 220 Md USD en 2022, le Kazakhstan attire "
            "l'essentiel des investissements de la région.")
    result = claim_results(text, packages)["220 Md USD"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert "Kazakhstan" in result.evidence[0].dimensions.values()


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Entre 2021 et 2022, le PIB du Kenya a bondi de 98,8 Md USD à 113,4 Md USD, selon la banque centrale.",
     "98,8 Md USD", "113,4 Md USD"),
    ("La inflación en Kenia pasó de 6,1 % en 2021 a 7,7 % en 2022, según el banco central.", "6,1 %", "7,7 %"),
])
def test_a_span_from_one_figure_to_another_is_two_figures_each_of_its_year(packages: list[Path], text: str,
                                                                           low: str, high: str) -> None:
    results = claim_results(text, packages)
    assert results[high].verdict is Verdict.supported, results[high].explanation
    assert results[high].evidence[0].period == "2022"
    assert low in results  # read on its own, not as the low end of a range '98,8 à 113,4'


def test_of_before_a_lone_figure_stays_of() -> None:
    from workbench.drafts import parse_draft
    from workbench.languages import glossed_draft

    draft = parse_draft("---\ndate: 2024-01-10\n---\n\nLes prix ont connu une hausse de 5 % en 2023 au Kenya, "
                        "selon l'institut.\n".encode(), "draft.md")
    glossed = glossed_draft(draft)
    assert glossed is not None and "a rise of 5 %" in glossed[0].text
