"""What a reader of any listed language does without thinking.

A country named only by its adjective ('a magyar infláció', 'polska gospodarka') is that country, as
'Hungarian inflation' is in English: ``demonyms`` in ``workbench/data/languages.json`` for the
languages that had none. The measure words (economy, residents, a Danish 'billion' of 10^12, a
currency's case form) name the measure in every language, and a Russian region named by its adjective
('в Туркестанской области') is the region.

Sentences written here; packages publisher-shaped, figures invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, population_and_gdp

from workbench.models import Verdict


ROWS = {("Hungary", 2022): 14.6, ("Poland", 2022): 14.4, ("Turkey", 2022): 72.3, ("Romania", 2022): 13.8,
        ("Czechia", 2022): 15.1}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize(("text", "claim"), [
    ("Az éves átlagos magyar infláció 2022-ben 14,6 százalék volt.", "14,6 százalék"),
    ("Średnioroczna inflacja polska wyniosła w 2022 roku 14,4 procent.", "14,4 procent"),
    ("Anul trecut, inflația medie românească a fost de 13,8% în 2022.", "13,8%"),
    ("Průměrná roční česká inflace dosáhla v roce 2022 hodnoty 15,1 procenta.", "15,1 procenta"),
])
def test_a_country_named_by_its_adjective_is_the_figures_place(cpi: Path, text: str, claim: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")
    assert found[claim].verdict is Verdict.supported, found[claim].explanation


def test_a_wrong_figure_of_a_country_named_by_its_adjective_is_flagged(cpi: Path) -> None:
    found = claim_results("Az éves átlagos magyar infláció 2022-ben 19,6 százalék volt.", [cpi], "2023-03-01")
    assert found["19,6 százalék"].verdict is Verdict.contradicted


POPULATION = {("Georgia", 2022): 3_713_000, ("Armenia", 2022): 2_780_000, ("Greece", 2022): 10_430_000,
              ("Slovenia", 2022): 2_112_000}
GDP = {("Kazakhstan", 2022): 225_500_000_000, ("Denmark", 2022): 400_200_000_000, ("Hungary", 2022): 177_300_000_000,
       ("Turkey", 2022): 905_500_000_000}


@pytest.fixture()
def population_gdp(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # the economy is its output, as 'Kazakhstan's economy was worth …' is in English
    ("Қазақстан экономикасы 2022 жылы 225,5 млрд долларға жетті.", "225,5 млрд долларға", Verdict.supported),
    ("A magyar gazdaság 2022-ben 177,3 milliárd dollár volt.", "177,3 milliárd dollár", Verdict.supported),
    # a currency's case form after a figure is still that currency (Hungarian accusative, Turkish '-lık')
    ("Magyarország gazdasága 2022-ben 177,3 milliárd dollárt termelt.", "177,3 milliárd dollárt", Verdict.supported),
    ("Türkiye ekonomisi 2022 yılında 905,5 milyar dolarlık bir büyüklüğe ulaştı.", "905,5 milyar dolarlık",
     Verdict.supported),
    # residents and inhabitants are the population
    ("Η Ελλάδα είχε 10,43 εκατομμύρια κατοίκους το 2022.", "10,43 εκατομμύρια", Verdict.supported),
    ("Slovenija je imela leta 2022 2,112 milijona prebivalcev.", "2,112 milijona", Verdict.supported),
    ("Slovenija je imela leta 2022 2,5 milijona prebivalcev.", "2,5 milijona", Verdict.contradicted),
])
def test_the_measure_words_of_every_language_name_the_measure(population_gdp: list[Path], text: str, claim: str,
                                                             verdict: Verdict) -> None:
    found = claim_results(text, population_gdp, "2023-09-01")
    assert found[claim].verdict is verdict, found[claim].explanation


def test_a_danish_billion_is_a_million_million(population_gdp: list[Path]) -> None:
    # 'billion' in Danish and Norwegian copy is 10^12, as English's trillion: never read as English's billion
    found = claim_results("Danmarks økonomi var i 2022 på 0,4002 billion dollar.", population_gdp, "2023-09-01")
    assert found["0,4002 billion dollar"].verdict is Verdict.supported, found["0,4002 billion dollar"].explanation


def _region_package(folder: Path) -> Path:
    """Population by region of Kazakhstan, as its statistics bureau names the regions in English."""
    folder.mkdir(parents=True)
    rows = {"Turkistan Region": 2_119_063, "Karaganda Region": 1_131_000, "Almaty city": 2_228_700}
    (folder / "regions.csv").write_text("Region,Year,Population\n" + "".join(
        f"{region},2023,{value}\n" for region, value in rows.items()), encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "region-population", "title": "Population by region",
        "resources": [{"name": "regions", "path": "regions.csv", "schema": {"fields": [
            {"name": "Region", "type": "string"}, {"name": "Year", "type": "year"},
            {"name": "Population", "type": "number"}]}}]}), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # a Russian region is named by its adjective and 'область' in every case: the region, not its city
    ("В 2023 году в Туркестанской области проживали 2 млн 119 тыс. человек.", "2 млн 119 тыс.", Verdict.supported),
    ("В 2023 году Карагандинская область насчитывала 1 млн 131 тыс. жителей.", "1 млн 131 тыс.", Verdict.supported),
    ("В 2023 году в Туркестанской области проживали 2 млн 419 тыс. человек.", "2 млн 419 тыс.", Verdict.contradicted),
])
def test_a_russian_region_named_by_its_adjective_is_the_region(tmp_path: Path, text: str, claim: str,
                                                               verdict: Verdict) -> None:
    found = claim_results(text, [_region_package(tmp_path / "regions")], "2024-09-01")
    result = claim_starting(found, claim)
    assert result.verdict is verdict, result.explanation
    assert result.evidence and "Region" in str(result.evidence[0].dimensions), result.evidence


def test_a_rate_of_the_first_day_of_a_year_is_no_annual_figure_of_that_year(cpi: Path) -> None:
    # '2022'nin ilk günü' is the first day of 2022: a rate announced or in force then is no average of 2022
    found = claim_results("Yıllık enflasyon yüzde 36,1 oldu; bu oran 2022'nin ilk günü açıklandı.", [cpi], "2022-01-05")
    assert found["yüzde 36,1"].verdict is not Verdict.contradicted, found["yüzde 36,1"].explanation


def test_each_demonym_list_maps_a_country_to_its_adjectives() -> None:
    # country → list of stems: a stem written as a string is read letter by letter, each letter a 'demonym'
    from workbench.languages import _data

    for code, spec in _data()["languages"].items():  # type: ignore[attr-defined]
        for key in ("demonyms", "people_nouns"):
            for country, stems in spec.get(key, {}).items():
                assert isinstance(stems, list) and all(isinstance(s, str) for s in stems), (code, key, country)


PLURAL_ROWS = {("Spain", 2023): 3.5, ("Portugal", 2023): 4.3, ("Germany", 2023): 5.9, ("France", 2023): 4.9}


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # a consonant stem's plural takes '-es' in Spanish and Portuguese: 'españoles', 'portugueses', 'franceses'
    ("Los precios que pagaron los hogares españoles subieron en 2023 un 3,5% de media.", "3,5%", Verdict.supported),
    ("La inflación media que soportaron los hogares españoles en 2023 fue del 6,5%.", "6,5%", Verdict.contradicted),
    ("A inflação média que os consumidores portugueses sentiram em 2023 foi de 4,3%.", "4,3%", Verdict.supported),
    ("La inflación media que soportaron los consumidores franceses en 2023 fue del 4,9%.", "4,9%", Verdict.supported),
    # Russian names a foreign country by its adjective in every case, as it names Russia ('российская')
    ("Средняя немецкая инфляция в 2023 году составила 5,9%.", "5,9%", Verdict.supported),
])
def test_a_plural_or_feminine_adjective_of_a_people_names_its_country(tmp_path: Path, text: str, claim: str,
                                                                      verdict: Verdict) -> None:
    found = claim_results(text, [cpi_package(tmp_path / "cpi", PLURAL_ROWS)], "2024-03-01")
    assert found[claim].verdict is verdict, found[claim].explanation
