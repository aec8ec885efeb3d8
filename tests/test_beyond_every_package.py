"""A figure no package could judge, whatever the words the checker could not read mean, is declined
(``unsupported``), not sent to a person: a money amount or a count of people of a country no series of its unit
covers, an amount in a currency no series is in, or a level of a year past every row. Where some reading of the
unread words could make a row judge it — a place a series covers, no place named at all, a figure whose unit or
counted noun is unread, a year the rows reach — it stays ``needs_review``.

The packages are publisher-shaped (World Bank layout), figures invented: population and GDP (current US$) of
Kazakhstan and Russia for 2021 only. Each sentence holds words no glossary reads ('zorbnat', 'quelvim'), so the
checker reads it in part, as it reads a language it knows only some words of.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, publisher_package, rates_package

from workbench.models import Verdict


@pytest.fixture()
def packages(kaz_rus_packages: list[Path]) -> list[Path]:
    return kaz_rus_packages


def _verdict(text: str, figure: str, packages: list[Path]) -> tuple[Verdict, str]:
    result = claim_starting(claim_results(text, packages, "2023-05-01"), figure)
    return result.verdict, result.reason


@pytest.mark.parametrize("text, figure", [
    # dollars of countries the GDP rows do not cover: no reading of 'zorbnat quelvim' makes them Kazakhstan's
    ("A China zorbnat quelvim com US$ 17,9 trilhões.", "US$ 17,9"),
    ("Segundo o relatório, a Índia e o Japão zorbnat quelvim US$ 3,4 trilhões.", "US$ 3,4"),
    # … in any script the gazetteer reads
    ("По данным отчёта, Китай зорбнат 17,9 триллиона долларов квелвим.", "17,9"),
    # people of a country the population rows do not cover
    ("O censo da Colômbia zorbnat 51,7 milhões de pessoas quelvim.", "51,7"),
    # … its measure written right before the figure, as some languages put the counted noun first
    ("Segundo o relatório, o Peru zorbnat população 34 milhões quelvim.", "34"),
])
def test_a_figure_of_a_place_no_series_of_its_unit_covers_is_declined(packages: list[Path], text: str,
                                                                       figure: str) -> None:
    verdict, reason = _verdict(text, figure, packages)
    assert (verdict, reason) == (Verdict.unsupported, "place_not_covered")


def test_an_amount_in_a_currency_no_series_is_in_is_declined(packages: list[Path]) -> None:
    # the GDP rows are in dollars and no rate series reads reais: nothing could judge Brazil's reais
    assert _verdict("O Brasil zorbnat R$ 10 trilhões quelvim.", "R$ 10", packages) == (Verdict.unsupported, "no_match")


@pytest.mark.parametrize("text", [
    # 'FCFA' is read as the Central African franc; Senegal and Côte d'Ivoire tender the West African one, the same
    # money at the same parity (currencies.json one_money): their own money, which no series is in
    "Selon l'agence, le PIB du Sénégal zorbnat 12 480,5 milliards FCFA quelvim.",
    "La Côte d'Ivoire zorbnat 41 200 milliards de francs CFA quelvim.",
    # and Cameroon, which tenders the Central African franc itself
    "Le Cameroun zorbnat 27 300 milliards FCFA quelvim.",
])
def test_cfa_francs_of_a_country_that_tenders_them_are_declined(packages: list[Path], text: str) -> None:
    figure = next(word for word in text.split() if word[:1].isdigit())
    assert _verdict(text, figure, packages) == (Verdict.unsupported, "no_match")


def test_cfa_francs_beside_a_country_that_tenders_no_cfa_franc_stay_for_a_person(packages: list[Path]) -> None:
    # Kazakhstan's money is the tenge: CFA francs beside it may be anything a person should read
    verdict, _reason = _verdict("Le Kazakhstan zorbnat 12 480,5 milliards FCFA quelvim.", "12", packages)
    assert verdict is Verdict.needs_review


def test_a_level_of_a_year_past_every_row_is_declined(packages: list[Path]) -> None:
    # Kazakhstan is covered, but the GDP rows end in 2021: a 2022 figure in dollars has no row, whatever it measures
    assert _verdict("Em 2022, o Cazaquistão zorbnat US$ 220 bilhões quelvim.", "US$ 220", packages) \
        == (Verdict.unsupported, "no_figure")


@pytest.mark.parametrize("text, figure", [
    # a place a series of its unit covers: the unread words may name GDP
    ("O Cazaquistão zorbnat quelvim com US$ 190 bilhões.", "US$ 190"),
    # … named beside an uncovered one
    ("A China e a Rússia zorbnat quelvim US$ 17,9 trilhões.", "US$ 17,9"),
    # no place named at all: not 'not covered'
    ("Zorbnat quelvim atingiu US$ 17,9 trilhões.", "US$ 17,9"),
    # what the bare figure counts is unread: it may be anything some series holds
    ("Segundo o relatório, a Colômbia zorbnat 51 700 quelvim.", "51 700"),
    # a year the rows reach is written beside the later one: the figure may be that year's
    ("Em 2022, o Cazaquistão zorbnat US$ 220 bilhões quelvim 2021.", "US$ 220"),
])
def test_a_figure_some_reading_could_judge_stays_for_a_person(packages: list[Path], text: str, figure: str) -> None:
    assert _verdict(text, figure, packages)[0] is Verdict.needs_review


def test_people_another_count_of_the_named_country_may_hold_stay_for_a_person(tmp_path: Path,
                                                                               packages: list[Path]) -> None:
    # a package counts Colombia's visitors: the unread words may say the people are visitors
    visitors = publisher_package(tmp_path / "visitors", "visitors", "International visitors, number of arrivals",
                                 "Arrivals", {("Colombia", 2021): 4_200_000})
    text = "O censo da Colômbia zorbnat 51,7 milhões de pessoas quelvim."
    assert _verdict(text, "51,7", [*packages, visitors])[0] is not Verdict.unsupported


def test_a_dollar_amount_its_sentence_calls_an_exchange_rate_stays_for_a_person(tmp_path: Path,
                                                                                packages: list[Path]) -> None:
    # 'the common currency' is read as no currency, but the sentence calls the dollars a rate: a rate series may
    # judge them once a person names the currency, so the American place beside them declines nothing
    rates = rates_package(tmp_path, {("Euro", 2021): 0.85, ("Japan", 2021): 110.0})
    text = ("La monnaie commune a encore reculé face à la devise américaine. On reste loin du taux de change "
            "de 0,8745 dollar atteint en mars 2021.")
    result = claim_starting(claim_results(text, [*packages, rates], "2022-09-01"), "0,8745")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_an_amount_beside_a_currency_the_rate_series_hold_stays_for_a_person(tmp_path: Path,
                                                                             packages: list[Path]) -> None:
    # the sentence names the Mexican peso, which a rate series holds: '$' is the sign Mexico writes its peso with, so
    # the amount may be the peso's price, and Mexico's missing GDP rows decline nothing
    rates = rates_package(tmp_path, {("Mexico", 2021): 20.3, ("Japan", 2021): 110.0})
    text = "El peso mexicano zorbnat quelvim y se mantiene cotizando alrededor de $19.85 en México."
    result = claim_starting(claim_results(text, [*packages, rates], "2022-09-01"), "$19.85")
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize("text, figure", [
    # what the figure counts is unread, but it is counted in millions: a total, no rate or concentration
    ("Segundo o relatório, a Colômbia zorbnat 51,7 milhões quelvim.", "51,7"),
    # … the scale word in another language's copy, the noun after it unread too
    ("Według raportu Kolumbia zorbnat 51,7 mln quelvim.", "51,7"),
])
def test_a_count_written_with_a_scale_word_of_an_uncovered_place_is_declined(tmp_path: Path, packages: list[Path],
                                                                            text: str, figure: str) -> None:
    # the rate series covers Colombia, but its rows (pesos per dollar) never reach a million
    rates = rates_package(tmp_path, {("Colombia", 2021): 3_743.0, ("Japan", 2021): 110.0})
    assert _verdict(text, figure, [*packages, rates]) == (Verdict.unsupported, "place_not_covered")


def test_a_count_written_with_a_scale_word_a_covering_rate_reaches_stays_for_a_person(tmp_path: Path,
                                                                                     packages: list[Path]) -> None:
    # '3,7 mil' may be the peso's price: the rate rows of Colombia reach thousands
    rates = rates_package(tmp_path, {("Colombia", 2021): 3_743.0, ("Japan", 2021): 110.0})
    text = "Segundo o relatório, a Colômbia zorbnat 3,7 mil quelvim."
    assert _verdict(text, "3,7", [*packages, rates])[0] is Verdict.needs_review


def test_a_count_beside_a_figure_in_tonnes_stays_for_a_person(tmp_path: Path, packages: list[Path]) -> None:
    # '93 milhões' may be tonnes too, left unsaid after the first figure: the carbon rows cover Colombia
    carbon = carbon_package(tmp_path / "carbon", {("COLOMBIA", 2021): 25_000.0})
    text = "Segundo o relatório, a Colômbia zorbnat 97 milhões de toneladas em 2021, quelvim 93 milhões em 2020."
    assert _verdict(text, "93", [*packages, carbon])[0] is Verdict.needs_review


def test_a_sum_of_a_currency_the_rate_series_hold_that_no_rate_reaches_is_declined(tmp_path: Path,
                                                                                 packages: list[Path]) -> None:
    # a euro (the Deutsche Mark before it) is never worth billions of anything: the sum is Greece's money, and no
    # series is in euros
    rates = rates_package(tmp_path, {("Germany", 1998): 1.76, ("Euro", 2021): 0.85, ("Japan", 2021): 110.0})
    text = "Segundo o relatório, a Grécia zorbnat quelvim 200,3 bilhões de euros."
    assert _verdict(text, "200,3", [*packages, rates]) == (Verdict.unsupported, "no_match")


def test_a_sum_of_millions_of_a_currency_whose_rate_reaches_millions_stays_for_a_person(tmp_path: Path,
                                                                                      packages: list[Path]) -> None:
    # the bolívar's rate rows run into millions per dollar: '4,5 milhões de bolívares' may be its price
    rates = rates_package(tmp_path, {("Venezuela", 2021): 4_300_000.0, ("Japan", 2021): 110.0})
    text = "Segundo o relatório, a Venezuela zorbnat quelvim 4,5 milhões de bolívares."
    assert _verdict(text, "4,5", [*packages, rates])[0] is Verdict.needs_review
