"""A figure whose words name no measure, but whose counted noun or unit implies one: 'people … live' a
population, 'ppm' a CO2 concentration (data/implied_measures.json). Read against that series, and —
unless the text names the measure somewhere, or the figure agrees with the row of the year its sentence
names — sent to a person, never a false alarm."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package
from test_matching import check_text, write_package

_PEOPLE = {("Chile", 2021): 19.5e6, ("Chile", 2022): 19.6e6, ("Kenya", 2021): 53.0e6, ("Kenya", 2022): 54.0e6}


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("people") / "pop", "pop", "Population, total", "Population",
                             _PEOPLE)


def _one(text: str, package: Path, surface: str) -> tuple[str, str, str]:
    r = claim_results(text, [package], date="2023-06-01")[surface]
    return r.verdict.value, r.reason or "", r.evidence[0].dimensions.get("Country", "") if r.evidence else ""


@pytest.mark.parametrize("text, surface, place", [
    ("In 2022 about 19.6 million people lived in Chile.", "19.6 million", "Chile"),
    ("Kenya, home to 54 million people in 2022, holds elections next year.", "54 million", "Kenya"),
    ("Kenya is a nation of 54 million people, the 2022 figures show.", "54 million", "Kenya"),
    ("The number of persons permanently residing in Chile in 2022 was 19.6 million.", "19.6 million", "Chile"),
    ("In 2022 the number of people residing in Kenya reached 54 million.", "54 million", "Kenya"),
])
def test_people_who_live_somewhere_agreeing_with_their_years_row_are_supported(people: Path, text: str,
                                                                                 surface: str, place: str) -> None:
    """The population row of the place and the year the sentence names agrees: that bears the reading out."""
    verdict, _, found = _one(text, people, surface)
    assert (verdict, found) == ("supported", place)


@pytest.mark.parametrize("text, surface, place", [
    ("In 2022, 23.1 million people were living in Chile.", "23.1 million", "Chile"),
    ("In 2022, 21.3 million people were living in Chile, the census bureau says.", "21.3 million", "Chile"),
    ("At the 2022 census, 19.6 million people were living in Chile.", "19.6 million", "Chile"),
    ("About 54 million people live in Kenya.", "54 million", "Kenya"),
])
def test_people_who_live_somewhere_are_for_review_when_the_row_does_not_bear_the_reading_out(
        people: Path, text: str, surface: str, place: str) -> None:
    """Disagreeing, the figure may count something else; a census counts on one day, the row is a mid-year
    estimate; with no year said the figure may agree with some year by chance: a person decides."""
    assert _one(text, people, surface) == ("needs_review", "measure_implied", place)


def test_the_population_named_in_the_paragraph_makes_the_reading_sure(people: Path) -> None:
    text = "Chile's population keeps growing. In 2022, 19.6 million people lived there, and in 2021 19.5 million."
    verdict, _, place = _one(text, people, "19.6 million")
    assert (verdict, place) == ("supported", "Chile")


@pytest.mark.parametrize("text, surface", [
    ("About 3 million people lost their jobs in Chile in 2022.", "3 million"),
    ("Some 19.6 million people visited Chile in 2022.", "19.6 million"),
    ("Kenya vaccinated 54 million people in 2022.", "54 million"),
    ("The number of persons visiting Chile in 2022 was 19.6 million.", "19.6 million"),
])
def test_people_who_do_something_else_are_no_population(people: Path, text: str, surface: str) -> None:
    assert _one(text, people, surface)[0] == "unsupported"


@pytest.fixture
def ppm(tmp_path: Path) -> Path:
    return write_package(tmp_path / "reference", [
        {"name": "co2-annual", "metric": "annual mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration"],
         "rows": [{"period": str(y), "value": v} for y, v in ((2019, 411.4), (2020, 414.2), (2021, 416.4))]}])


def _ppm(body: str, package: Path, figure: str) -> tuple[str, str]:
    r = check_text(f"---\ndate: 2022-06-01\n---\n\n{body}\n", package)[0][figure]
    return r.verdict.value, r.reason or ""


def test_a_figure_in_ppm_off_its_years_co2_reading_is_reviewed_when_co2_is_named_nowhere(ppm: Path) -> None:
    assert _ppm("In 2020 the yearly reading stood at 438.5 ppm.", ppm, "438.5 ppm")[0] == "needs_review"


def test_a_figure_in_ppm_agreeing_with_its_years_co2_reading_is_supported(ppm: Path) -> None:
    assert _ppm("In 2020 the yearly reading stood at 414.2 ppm.", ppm, "414.2 ppm")[0] == "supported"


def test_a_figure_in_ppm_far_from_any_co2_reading_is_no_false_alarm(ppm: Path) -> None:
    """'Lead in the water reached 15 ppm': read as CO2 it is off by a factor no slip explains."""
    assert _ppm("Lead in the town's water reached 15 ppm in 2020.", ppm, "15 ppm")[0] == "needs_review"


def test_another_gas_in_ppm_is_never_read_as_co2(ppm: Path) -> None:
    assert _ppm("Methane at the observatory reached 1.86 ppm in 2020.", ppm, "1.86 ppm")[0] == "unsupported"


def test_another_gas_in_ppm_is_read_against_its_own_series(tmp_path: Path) -> None:
    both = write_package(tmp_path / "gases", [
        {"name": "co2-annual", "metric": "annual mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration"], "rows": [{"period": "2020", "value": 414.2}]},
        {"name": "ch4-annual", "metric": "annual mean methane at the observatory", "unit": "ppm",
         "rows": [{"period": "2020", "value": 1.87}]}])
    assert _ppm("Methane at the observatory averaged 1.87 ppm in 2020.", both, "1.87 ppm")[0] == "supported"
    assert _ppm("Methane at the observatory averaged 2.10 ppm in 2020.", both, "2.10 ppm")[0] == "contradicted"


_CPI = {("Serbia", 2021): 4.1, ("Serbia", 2022): 12.0, ("Serbia", 2023): 12.4}


@pytest.fixture(scope="module")
def cpi_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # named as the World Bank's CPI file is: no word of it but 'price' is in 'goods and services prices'
    return publisher_package(tmp_path_factory.mktemp("cpi") / "cpi", "cpi", "Annual Consumer Price Index (CPI)", "CPI",
                             _CPI, description="CPI, annual %")


@pytest.mark.parametrize("text", [
    "In Serbia, the report shows a 12% increase in household goods and services prices from 2021 to 2022.",
    "Serbia's consumer price index rose again in September, the office said.\n\nThe report also shows that "
    "prices of goods and services went up 12% in 2022.",
])
def test_goods_and_services_prices_are_consumer_prices(cpi_index: Path, text: str) -> None:
    verdict, _, found = _one(text, cpi_index, "12%")
    assert (verdict, found) == ("supported", "Serbia")


def test_goods_and_services_prices_off_their_years_row_are_no_false_alarm(cpi_index: Path) -> None:
    verdict, _, _ = _one("In Serbia, goods and services prices rose 15% in 2022, the report shows.", cpi_index, "15%")
    assert verdict == "needs_review"
