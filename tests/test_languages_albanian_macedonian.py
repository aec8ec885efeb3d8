"""Albanian and Macedonian news read through their glossaries, and words of price news in kindred languages.

Albanian writes 'për qind' for percent, 'milionë' for million and builds its future with 'do të'; Macedonian
writes 'отсто' for percent and shares Cyrillic function words with Serbian and Bulgarian, so its own words
('во', 'ќе', 'дека') tell it and Serbian's Cyrillic ones ('се', 'из', 'за') keep a Serbian paragraph Serbian.
A Slovenian future ('bo … znašala') is a forecast, its past ('je … znašala') an outturn; a Serbo-Croatian
'prosječno zabilježeno poskupljenje' and a Romanian 'prețurile medii de consum' are read whole, naming the
consumer prices they are about.

The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.languages import detect, unknown_words
from workbench.models import Verdict

INFLATION = {("Albania", 2030): 4.8, ("Albania", 2031): 6.7, ("North Macedonia", 2031): 9.4,
             ("Slovenia", 2030): 3.0, ("Slovenia", 2031): 7.4, ("Bosnia and Herzegovina", 2031): 4.1,
             ("Moldova", 2031): 13.4}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", INFLATION)


@pytest.fixture()
def population(tmp_path: Path) -> Path:
    return population_and_gdp(tmp_path, {("Albania", 2031): 2_800_000.0, ("North Macedonia", 2031): 1_830_000.0},
                              {("Albania", 2031): 2.3e10})[0]


def test_an_albanian_inflation_rate_and_the_one_of_the_year_before(cpi: Path) -> None:
    text = "Sipas INSTAT, inflacioni vjetor në Shqipëri ishte 6,7 për qind në vitin 2031, nga 4,8 për qind një vit më parë."
    results = claim_results(text, [cpi], "2032-03-01")
    assert results["6,7 për qind"].verdict is Verdict.supported, results["6,7 për qind"].explanation
    assert results["6,7 për qind"].evidence[0].period == "2031"
    assert results["4,8 për qind"].verdict is Verdict.supported, results["4,8 për qind"].explanation
    assert results["4,8 për qind"].evidence[0].period == "2030"
    wrong = claim_results(text.replace("6,7", "19,6"), [cpi], "2032-03-01")["19,6 për qind"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_an_albanian_population_in_millions(population: Path) -> None:
    text = "Popullsia e Shqipërisë ishte 2,8 milionë banorë në vitin 2031, sipas regjistrimit të popullsisë."
    result = claim_results(text, [population], "2032-03-01")["2,8 milionë"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == 2_800_000


def test_an_albanian_forecast_is_no_outturn(cpi: Path) -> None:
    text = "Banka e Shqipërisë parashikon që inflacioni do të arrijë 6,7 për qind këtë vit."
    result = claim_results(text, [cpi], "2031-03-01")["6,7 për qind"]
    assert result.verdict is Verdict.needs_review
    assert result.reason == "projection", result.explanation


def test_a_macedonian_inflation_rate_written_with_otsto(cpi: Path) -> None:
    text = "Инфлацијата во Северна Македонија во 2031 година изнесуваше 9,4 отсто, според Државниот завод за статистика."
    result = claim_results(text, [cpi], "2032-03-01")["9,4 отсто"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"
    wrong = claim_results(text.replace("9,4", "2,1"), [cpi], "2032-03-01")["2,1 отсто"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_macedonian_population_in_millions(population: Path) -> None:
    text = "Населението на Северна Македонија изнесува 1,83 милиони жители во 2031 година."
    result = claim_results(text, [population], "2032-03-01")["1,83 милиони"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == 1_830_000


@pytest.mark.parametrize(("text", "code"), [
    ("Според податоците, цените во земјата се зголемија во однос на минатата година.", "mk"),
    ("Према подацима, цене у земљи су порасле у односу на прошлу годину, што се види из извештаја за ову годину.", "sr"),
    ("Sipas të dhënave, çmimet në vend u rritën krahasuar me vitin e kaluar.", "sq"),
])
def test_the_language_of_a_balkan_paragraph(text: str, code: str) -> None:
    assert detect(text) == code


def test_a_slovenian_future_is_a_forecast_and_its_past_an_outturn(cpi: Path) -> None:
    future = claim_results("Inflacija v Sloveniji bo letos znašala 7,4 odstotka.", [cpi], "2031-03-01")["7,4 odstotka"]
    assert future.verdict is Verdict.needs_review
    assert future.reason == "projection", future.explanation
    past = claim_results("Inflacija v Sloveniji je leta 2030 znašala 3,0 odstotka.", [cpi], "2031-03-01")["3,0 odstotka"]
    assert past.verdict is Verdict.supported, past.explanation


@pytest.mark.parametrize(("text", "code"), [
    ("U Bosni i Hercegovini je tokom 2031. godine prosječno zabilježeno poskupljenje od 4,1 posto.", "sr"),
    ("Potrivit datelor oficiale, prețurile medii de consum în Republica Moldova au crescut cu circa 13,4% în anul 2031.", "ro"),
])
def test_a_sentence_of_consumer_prices_is_read_whole(cpi: Path, text: str, code: str) -> None:
    assert detect(text) == code
    assert unknown_words(text, code, capitals=True) == []
    results = claim_results(text, [cpi], "2032-03-01")
    (result,) = results.values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"


def test_an_office_acronym_several_countries_bear_in_an_albanian_slug_names_no_place(cpi: Path) -> None:
    # INSTAT is Albania's, Mali's and Madagascar's office: only the page's language would pick Albania
    text = "Pas rënies së muajit të kaluar, inflacioni vjetor arriti në 1,2 për qind në vitin 2031."
    url = "https://lajme.example.com/2032/01/instat-inflacioni-vjetor-ra-ne-dhjetor/"
    result = claim_results(text, [cpi], "2032-01-15", url=url)["1,2 për qind"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "Albania" not in result.explanation
    named = claim_results(text, [cpi], "2032-01-15", url=url.replace("instat-", "shqiperi-"))["1,2 për qind"]
    assert named.verdict is Verdict.contradicted, named.explanation
