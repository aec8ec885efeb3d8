"""Per-head CO2 with no year on a dated page, against a national table in tonnes of carbon (invented
figures). 'MT' in capitals after a figure is the metric tonne ('7.5 MT/capita'), as South-East Asian copy
writes it, not the megatonne ('Mt'). A figure that an older year of the decade before the page fits, the
latest not, is for a person (which year the page quotes is unknown), not out of date. 'Tonnes of carbon
emissions' names carbon and CO2 alike: the mass is read as either, not as carbon alone. 'The typical Kiwi'
is a New Zealander, and German 'EU-Mitgliedsländer' the European Union, which no row of the table is."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.extraction import extract_text
from workbench.models import Verdict

CO2_PER_CARBON = 3.664
# tonnes of CO2 per person by year, written to the file in tonnes of carbon
PER_HEAD_CO2 = {
    "MALAYSIA": {2010: 6.2, 2011: 6.4, 2012: 6.6, 2013: 6.8, 2014: 7.0, 2015: 7.2, 2016: 7.5, 2017: 7.8,
                 2018: 8.0, 2019: 8.3},
    "THAILAND": {year: 3.9 for year in range(2010, 2020)},
    "NEW ZEALAND": {year: 7.0 for year in range(2010, 2020)},
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    keys = [(country, year) for country, by_year in PER_HEAD_CO2.items() for year in by_year]
    return carbon_package(tmp_path_factory.mktemp("head") / "carbon-by-nation",
                          {key: 50_000 + key[1] for key in keys},
                          {(country, year): round(PER_HEAD_CO2[country][year] / CO2_PER_CARBON, 6) for country, year in keys},
                          title="National CO2 emissions from fossil fuels and cement")


def test_capital_mt_after_a_figure_is_metric_tonnes() -> None:
    claims = extract_text("Exporters shipped 12,500 MT of palm oil, and the plant emits 3.2 Mt of CO2.")
    by_text = {c.text: c for c in claims}
    assert by_text["12,500 MT"].unit == "t" and by_text["12,500 MT"].value == 12_500
    assert by_text["3.2 Mt"].value == 3_200_000


def test_per_head_tonnes_written_mt_per_capita_are_judged(package: Path) -> None:
    text = "Thailand's CO2 emissions per capita stand at 3.9 MT/capita, below the regional leaders."
    result = claim_results(text, [package], date="2020-03-01")["3.9 MT"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2019"


def test_an_older_year_of_the_decade_fitting_is_for_a_person(package: Path) -> None:
    text = "Malaysia's CO2 emissions per capita reached 7.5 tonnes, ahead of its neighbours."
    result = claim_results(text, [package], date="2020-03-01")["7.5 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2019"
    assert "2016" in result.explanation and "2020-03-01" in result.explanation


def test_no_year_of_the_decade_fitting_stays_contradicted(package: Path) -> None:
    text = "Malaysia's CO2 emissions per capita reached 9.6 tonnes, ahead of its neighbours."
    result = claim_results(text, [package], date="2020-03-01")["9.6 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_tonnes_of_carbon_emissions_are_read_as_co2_too(package: Path) -> None:
    text = "Malaysia produces per capita 8.3 metric tonnes of carbon emissions every year, a report said."
    result = claim_results(text, [package], date="2020-03-01")["8.3 metric tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2019"


def test_tonnes_of_carbon_stay_carbon(package: Path) -> None:
    text = "Malaysia produces per capita 2.27 metric tonnes of carbon every year, a report said."
    result = claim_results(text, [package], date="2020-03-01")["2.27 metric tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    text = "Malaysia produces per capita 8.3 metric tonnes of carbon every year, a report said."
    result = claim_results(text, [package], date="2020-03-01")["8.3 metric tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_sentence_of_the_present_keeps_the_older_year_out_of_date(package: Path) -> None:
    text = "Today, Malaysia's CO2 emissions per capita reach 7.5 tonnes, ahead of its neighbours."
    result = claim_results(text, [package], date="2020-03-01")["7.5 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_total_no_year_of_the_decade_fits_is_contradicted_by_its_unit(package: Path) -> None:
    # the unit and the gas pin the series: wrong for every year of the decade, not an uncertain match
    text = "Malaysia is the largest emitter of the region, with annual CO2 emissions of 260 million tonnes."
    result = claim_results(text, [package], date="2020-03-01")["260 million tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2019"


def test_the_typical_kiwi_names_new_zealands_people(package: Path) -> None:
    text = "Figures from the atlas show the typical Kiwi creates about 7 tonnes of carbon dioxide a year."
    result = claim_results(text, [package], date="2020-03-01")["7 tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(7.0 / CO2_PER_CARBON, rel=1e-4)


def test_german_eu_member_countries_name_the_union_not_a_row(package: Path) -> None:
    text = ("Schaut man sich die Emissionen von CO2 pro Kopf an: In den heutigen EU-Mitgliedsländern beliefen "
            "sie sich 1990 auf 9,2 Tonnen.")
    result = claim_results(text, [package], date=None)["9,2 Tonnen"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "European Union" in result.explanation
