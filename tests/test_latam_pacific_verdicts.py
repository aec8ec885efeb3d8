"""Classes met in Latin American, Southeast Asian and Pacific newsrooms' copy (explore set fresh_j):

- a country whose name holds another's ('South Sudan', 'Papua New Guinea', 'Equatorial Guinea') is that
  country, not the shorter one its last word also names (which matched no row with the code beside it);
- a census count of a people ('counted 5.4 million Norwegians', 'contou … brasileiros') is read as a population;
- Spanish 'en lo que va del año' is the year to date, 'precios al por mayor' wholesale prices (another
  series), 'a nivel nacional' nationally.

The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.models import Verdict

RATES = {("Sudan", 2021): 359.1, ("South Sudan", 2021): 30.2, ("Guinea", 2021): 12.6,
         ("Equatorial Guinea", 2021): -0.1, ("Papua New Guinea", 2021): 4.5, ("Chile", 2022): 11.6,
         ("Peru", 2022): 8.3}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", RATES)


@pytest.mark.parametrize(("place", "figure"), [("South Sudan", "30.2"), ("Papua New Guinea", "4.5"),
                                              ("Equatorial Guinea", "-0.1"), ("Sudan", "359.1"),
                                              ("Guinea", "12.6")])
def test_a_country_is_read_by_its_whole_name(cpi: Path, place: str, figure: str) -> None:
    text = f"Consumer prices in {place} rose {figure} per cent in 2021, the statistics office said."
    result = claim_results(text, [cpi], "2022-03-01")[f"{figure} per cent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].row is not None
    wrong = claim_results(text.replace(f"{figure} per cent", "77.7 per cent"), [cpi], "2022-03-01")["77.7 per cent"]
    assert wrong.verdict is not Verdict.supported, wrong.explanation


@pytest.fixture()
def population(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Norway", 2021): 5_408_000, ("Brazil", 2022): 203_100_000},
                              {("Norway", 2021): 4.9e11})


def test_a_census_count_of_a_people_is_read_as_a_population(population: list[Path]) -> None:
    # the measure is implied, not named: read against the population row, for a person to confirm
    result = claim_results("The 2021 census counted 5.4 million Norwegians.", population, "2022-06-01")["5.4 million"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "measure_implied"
    assert (result.evidence[0].period, result.evidence[0].value) == ("2021", 5_408_000)


def test_a_portuguese_census_count_is_read_through_its_gloss(population: list[Path]) -> None:
    text = "O censo demográfico contou 203,1 milhões de brasileiros em 2022, segundo o instituto."
    result = claim_results(text, population, "2023-07-01")["203,1 milhões"]
    assert result.reason == "measure_implied", result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", 203_100_000)


def test_a_people_counted_where_the_data_has_no_rows_is_unsupported(population: list[Path]) -> None:
    result = claim_results("The 2022 census counted 19.8 million Chileans.", population, "2023-06-01")["19.8 million"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_spanish_so_far_this_year_is_not_the_years_average(cpi: Path) -> None:
    text = "En lo que va del año, Chile acumula una inflación de 7,4 por ciento."
    result = claim_results(text, [cpi], "2022-09-08")["7,4 por ciento"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason != "unknown_language_words"


def test_spanish_wholesale_prices_are_another_series(cpi: Path) -> None:
    text = "Según el instituto, a nivel nacional los precios al por mayor en Perú subieron 13,7% en 2022."
    result = claim_results(text, [cpi], "2023-03-01")["13,7%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.evidence == []

