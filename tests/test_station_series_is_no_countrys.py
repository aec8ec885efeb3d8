"""A global series of the air (a 'gl' file) and a station's sampling it (its 'mlo' sibling) are no country's:
a country the sentence names, often the publisher's ('a Japanese agency reports 409.9 ppm'), does not put the
figure elsewhere, so it is judged against the global rows, not called a place the data lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package, ppm_package

from workbench.models import Verdict

# Invented annual means of atmospheric CO2, ppm: the globe's and one station's.
GLOBAL = [(2018, 407.4), (2019, 409.9), (2020, 412.2)]
STATION = [(2018, 408.6), (2019, 411.3), (2020, 413.8)]


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("ppm") / "ppm", {
        "co2-annmean-gl": ("Year", "year", "Mean", GLOBAL), "co2-annmean-mlo": ("Year", "year", "Mean", STATION)})


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # a by-country package beside it makes the named countries places the data knows
    return carbon_package(tmp_path_factory.mktemp("carbon") / "carbon", {
        ("JAPAN", 2019): 300000.0, ("CANADA", 2019): 150000.0})


def test_a_countrys_agency_reporting_the_level_keeps_the_global_series(ppm: Path, carbon: Path) -> None:
    [result] = claim_results("The Japanese Meteorological Bureau put carbon dioxide in the air at 409.9 ppm in 2019.",
                             [ppm, carbon]).values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"


def test_a_countrys_office_reporting_a_wrong_level_contradicts(ppm: Path, carbon: Path) -> None:
    [result] = claim_results("Canada's climate office reports a carbon dioxide concentration of 398.0 ppm in 2020.",
                             [ppm, carbon]).values()
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.reason != "place_not_covered"



def test_a_countrys_percent_is_not_read_from_the_airs_growth(tmp_path: Path) -> None:
    # a month's rate in percent is no ppm level: the air's growth series stays ruled out by the country named,
    # so the figure is the consumer-price series' month, for review, not a figure the data lacks
    growth = ppm_package(tmp_path / "ppm", {
        "co2-gr-gl": ("Year", "year", "Annual Increase", [(2021, 2.4), (2022, 2.5)]),
        "co2-gr-mlo": ("Year", "year", "Annual Increase", [(2021, 2.9), (2022, 2.5)])})
    results = claim_results("Chile's annual inflate rate for January has increased to 12.1 percent up from 11.6 percent "
                            "recorded in December 2022.", [growth, cpi_package(tmp_path / "cpi")])
    assert results["12.1 percent"].verdict is Verdict.needs_review, results["12.1 percent"].explanation


def test_a_station_named_in_a_country_is_no_series_the_package_holds(ppm: Path, carbon: Path) -> None:
    # the global row has 409.9 for 2019: a station of its own in Canada is another site, which neither the
    # global series nor the package's station holds, so a matching figure is no support
    [result] = claim_results("A monitoring station on Canada's Arctic coast recorded carbon dioxide at 409.9 ppm "
                             "in 2019.", [ppm, carbon]).values()
    assert result.verdict is Verdict.unsupported, result.explanation


def test_the_packages_own_station_named_as_a_station_keeps_its_series(ppm: Path, carbon: Path) -> None:
    results = claim_results("Mauna Loa is watched closely. Its observatory, run with help from Japan, recorded "
                            "carbon dioxide at 411.3 ppm in 2019.", [ppm, carbon])
    result = results["411.3 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-mlo"
