"""A city named in a figure's own sentence is the figure's place: a country's row — carried from the
heading or an earlier sentence — is not the city's figure (a false alarm when it disagrees, a silent
pass when it happens to fit), while a table that lists the city by name still judges it. Invented
figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package, tidy_package

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_000_000, ("Kazakhstan", 2022): 19_300_000,
              ("Russian Federation", 2021): 145_500_000, ("Russian Federation", 2022): 145_000_000}


@pytest.fixture()
def national(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", POPULATION)]


def _city_package(folder: Path) -> Path:
    """A tidy package of city counts on one day: period, value, unit, country, city, source."""
    return tidy_package(folder, "cities", "City population",
                        {"name": "city_population", "path": "city.csv", "title": "Population of cities",
                         "source": "https://example.org/cities"},
                        "period,value,unit,country,city,source\n"
                        "2022-01-01,2100000,,Kazakhstan,Almaty,Statistics bureau\n"
                        "2022-01-01,1250000,,Kazakhstan,Astana,Statistics bureau\n")


@pytest.mark.parametrize("sentence", [
    "Almaty's population grew by 60 thousand people in 2022.",  # the country's change: a false alarm
    "Almaty had 19.3 million inhabitants in 2022.",  # the country's level fits: a silent pass
    "The population of Astana grew by 1.6% in 2022.",  # the country's growth fits: a silent pass
])
def test_a_city_is_not_judged_by_its_country_s_row(national: list[Path], sentence: str) -> None:
    text = f"# Kazakhstan's population keeps growing\n\n{sentence}"
    [result] = claim_results(text, national, date="2023-06-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered", result.explanation
    assert any(city in result.explanation for city in ("Almaty", "Astana")), result.explanation


@pytest.mark.parametrize(("lead", "sentence"), [
    # a part named in lower case, as a gloss writes it
    ("The population of Russia's districts:", "Volga federal district — 29 million people;"),
    ("Численность населения в округах России:", "Приволжский федеральный округ — 29 млн человек;"),
])
def test_a_federal_district_is_not_judged_by_its_country_s_row(national: list[Path], lead: str, sentence: str) -> None:
    text = f"{lead}\n\n{sentence}"
    [result] = claim_results(text, national, date="2023-06-01").values()
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation


def test_the_country_named_under_the_same_heading_is_still_judged(national: list[Path]) -> None:
    text = "# Almaty keeps growing\n\nKazakhstan's population reached 19.3 million in 2022."
    [result] = claim_results(text, national, date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation


def test_a_table_of_cities_judges_the_city(tmp_path: Path, national: list[Path]) -> None:
    packages = [*national, _city_package(tmp_path / "cities")]
    text = "# Kazakhstan's population keeps growing\n\nAlmaty had 2.1 million residents on 1 January 2022."
    [result] = claim_results(text, packages, date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("city") == "Almaty"


@pytest.mark.parametrize("sentence", [
    "Almaty, Kazakhstan's largest city, had 2.2 million residents in 2022.",
    "Almaty, the largest city of Kazakhstan, had 2.2 million residents in 2022.",
    "Shymkent is the third-largest city in Kazakhstan, with a population of 1.2 million in 2022.",
])
def test_the_country_that_holds_the_city_is_not_the_figure_s_place(national: list[Path], sentence: str) -> None:
    [result] = claim_results(sentence, national, date="2023-06-01").values()
    assert result.verdict is Verdict.unsupported and result.reason == "place_not_covered", result.explanation


def test_a_city_in_an_aside_about_the_country_leaves_the_country_s_figure(national: list[Path]) -> None:
    [result] = claim_results("The population of Kazakhstan, whose largest city is Almaty, was 19.3 million in 2022.",
                             national, date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation


def test_a_dateline_city_is_where_the_story_was_filed(national: list[Path]) -> None:
    text = "# Kazakhstan's population keeps growing\n\nAstana (Newswire) - The population grew by 1.6% in 2022."
    [result] = claim_results(text, national, date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation


CPI_ROWS = {("Mozambique", 2021): 5.7, ("Mozambique", 2022): 9.8, ("Russian Federation", 2022): 13.8}


@pytest.fixture()
def prices(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", CPI_ROWS)]


@pytest.mark.parametrize("sentence", [
    "Inflation in Maputo was 9.8 percent in 2022.",  # the country's rate fits: a silent pass
    "Maputo's annual inflation was 9.8 percent in 2022.",
    "The inflation rate for Maputo stood at 12.1 percent in 2022.",  # the country's rate disagrees: a false alarm
    "Maputo inflation was 9.8 percent in 2022.",  # the city's name as a noun before the measure
    "The Maputo inflation rate was 9.8 percent in 2022.",
    # Portuguese, Spanish and French put the adjective after the measure: 'the inflation annual of Maputo'
    "A inflação anual de Maputo foi de 9,8% em 2022.",
    "La inflación anual en Maputo fue del 9,8% en 2022.",
    "L'inflation annuelle de Maputo était de 9,8 % en 2022.",
])
def test_a_city_named_as_the_figure_s_subject_is_not_its_country(prices: list[Path], sentence: str) -> None:
    # a city CLDR names a time zone after, though the gazetteer lacks it: named as the figure's subject, it
    # is the figure's place, which the national rows do not cover
    text = f"# Mozambique's prices\n\n{sentence}"
    [result] = claim_results(text, prices, date="2023-06-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered", result.explanation


def test_a_city_where_a_speaker_stood_leaves_the_country(prices: list[Path]) -> None:
    text = "# Mozambique's prices\n\nSpeaking in Maputo, the minister said inflation was 9.8 percent in 2022."
    [result] = claim_results(text, prices, date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("verb", ["said", "announced", "has warned"])
def test_a_capital_speaking_for_its_government_gives_its_country_s_figure(prices: list[Path], verb: str) -> None:
    # 'Moscow said': the government speaks, of the country's rate, not the city's
    [result] = claim_results(f"Moscow {verb} inflation was 13.8 percent in 2022.", prices,
                             date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Russian Federation"


def test_a_capital_acting_as_a_state_gives_its_country_s_figure(tmp_path: Path) -> None:
    # 'when Moscow annexed …': only a state annexes territory, so the capital is its government, and the
    # figure the country's (the annexation words leave a row that agrees its support)
    rows = {("Russian Federation", 2013): 143_800_000, ("Russian Federation", 2014): 144_200_000}
    text = "The population grew by about 400,000 in 2014, the year Moscow annexed a neighbouring peninsula."
    [result] = claim_results(text, [population_package(tmp_path / "pop", rows)], date="2015-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Russian Federation"


def test_a_capital_before_a_verb_of_no_state_act_is_still_the_city(tmp_path: Path) -> None:
    rows = {("Russian Federation", 2013): 143_800_000, ("Russian Federation", 2014): 144_200_000}
    text = "The population grew by about 400,000 in 2014, the year Moscow opened a new metro line."
    [result] = claim_results(text, [population_package(tmp_path / "pop", rows)], date="2015-06-01").values()
    assert result.verdict is Verdict.unsupported and result.reason == "place_not_covered", result.explanation


def test_a_city_in_an_index_s_own_name_leaves_the_country_s_figure(prices: list[Path]) -> None:
    # 'the Colombo Consumer Price Index' is Sri Lanka's headline index: the city names the index, as a
    # capitalised name, not the figure's place as 'Maputo inflation' does
    text = "# Mozambique's prices\n\nInflation measured by the Maputo Consumer Price Index was 9.8 percent in 2022."
    [result] = claim_results(text, prices, date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation
