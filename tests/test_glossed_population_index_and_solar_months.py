"""Series no package holds, named in languages the checker used to read only in part: an Estonian or
Swahili population count and its growth, a Persian index level and month-on-month rate, an Albanian
sector's share of greenhouse gases. Read through the glossary they are judged as their English twins
are (`unsupported`, nothing to confirm or refute them) instead of going to a person as words the
checker could not read. And an Iranian solar month written without its year ('آذر ماه') is the one
just begun or past at the draft's date, a span of two calendar years that no calendar-year row
confirms or refutes.

Packages are publisher-shaped (World Bank layout), figures invented; sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, cpi_package, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Denmark", 2021): 5_800_000.0, ("Austria", 2021): 8_900_000.0}
GDP = {("Denmark", 2021): 400e9}
INFLATION = {("Turkiye", 2021): 19.6, ("Turkiye", 2022): 72.3, ("Norway", 2021): 3.5}


@pytest.fixture()
def population(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.fixture()
def inflation(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", INFLATION)]


@pytest.mark.parametrize("text, figure", [
    ("Soome rahvaarv kasvas 2020. aasta jooksul ligi 0,2%.", "0,2%"),
    ("Statistikaameti andmetel oli 1. jaanuaril 2021 Soome rahvaarv 5 533 793, mis on 8600 inimese võrra suurem "
     "kui aasta varem.", "5 533 793"),
    ("Statistikaameti andmetel oli 1. jaanuaril 2021 Soome rahvaarv 5 533 793, mis on 8600 inimese võrra suurem "
     "kui aasta varem.", "8600"),
    ("Idadi ya watu nchini Kenya imeongezeka kutoka watu milioni 38.6 hadi milioni 47.6 katika kipindi cha miaka "
     "kumi.", "milioni 38.6"),
    ("Jumla ya wakazi wote wa Kenya ni 47,564,296.", "47,564,296"),
])
def test_a_population_of_a_place_the_data_does_not_cover_is_unsupported(
        population: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, population, "2022-05-01"), figure)
    assert result.verdict is Verdict.unsupported
    assert result.reason == "place_not_covered"


def test_a_swahili_span_of_years_written_in_words_is_no_figure(population: list[Path]) -> None:
    found = claim_results("Idadi ya watu nchini Kenya imeongezeka kutoka watu milioni 38.6 hadi milioni 47.6 "
                          "katika kipindi cha miaka kumi.", population, "2022-05-01")
    assert not any(surface.startswith("kumi") for surface in found)


def test_an_estonian_day_of_a_month_in_its_case_is_a_date_not_a_figure(population: list[Path]) -> None:
    found = claim_results("Statistikaameti andmetel oli 1. jaanuaril 2021 Soome rahvaarv 5 533 793.", population,
                          "2022-05-01")
    assert list(found) == ["5 533 793"]


@pytest.mark.parametrize("figure, reason", [("150.2", "no_match"), ("1.1", "month_on_month")])
def test_a_persian_index_level_and_monthly_rate_are_unsupported(
        inflation: list[Path], figure: str, reason: str) -> None:
    text = ("شاخص کل قیمت کالاها و خدمات مصرفی خانوارهای شهری ترکیه به 150.2 رسید که بیانگر تورم ماهانه "
            "1.1 درصدی است.")
    result = claim_starting(claim_results(text, inflation, "2022-01-25"), figure)
    assert result.verdict is Verdict.unsupported
    assert result.reason == reason


def test_albanian_shares_of_greenhouse_gases_are_unsupported(tmp_path: Path) -> None:
    carbon = [carbon_package(tmp_path / "carbon", {("ALBANIA", 2014): 1_500.0})]
    found = claim_results("Sipas të dhënave më të fundit, kontribuesit më të rëndësishëm në emetimet e gazeve serrë "
                          "në Shqipëri janë energjia me 61.4% dhe bujqësia me 12.7%.", carbon, "2022-05-01")
    assert {surface: result.verdict for surface, result in found.items()} == {
        "61.4%": Verdict.unsupported, "12.7%": Verdict.unsupported}


@pytest.mark.parametrize("text", ["تورم ترکیه در آذر ماه به 9.8 درصد رسید.",
                                  "تورم ترکیه در ماه آذر به 9.8 درصد رسید."])
def test_a_solar_month_without_its_year_is_read_from_the_draft_date(inflation: list[Path], text: str) -> None:
    # written in January 2022: Azar 1400, of the solar year March 2021 – March 2022, against 2021's 19.6 %
    result = claim_starting(claim_results(text, inflation, "2022-01-10"), "9.8")
    assert result.verdict is Verdict.needs_review
    assert result.reason == "different_period"
    assert "2021" in result.explanation and "2022" in result.explanation


def test_a_solar_month_of_a_year_before_its_new_year_is_that_year(inflation: list[Path]) -> None:
    # Esfand begins in February: written in March before the equinox, 'اسفند ماه' is of the year begun the March before
    result = claim_starting(claim_results("تورم ترکیه در اسفند ماه به 9.8 درصد رسید.", inflation, "2022-03-10"), "9.8")
    assert result.verdict is Verdict.needs_review
    assert "2021" in result.explanation
