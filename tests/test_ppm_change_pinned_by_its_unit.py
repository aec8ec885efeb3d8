"""A change in parts per million of carbon dioxide between two named months ('4.6 ppm higher than in
March a year earlier', at the observatory a paragraph named) is read from the station's monthly means,
the one series of that unit and station: its sentence repeats few words of the series' long title, but
the unit, the gas and the station pin it, so a figure the two months' difference does not give is
contradicted, not a weak match left to a person. With no gas named, or no station told from the globe,
the pin does not hold. Series and figures invented here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict

MONTHS = [(f"{year}-{month:02d}-01", 400.0 + 2.5 * (year - 2030) + 0.1 * month) for year in (2030, 2031) for month in range(1, 13)]
GLOBAL = [(day, value - 1.0 + 0.4 * (day[:4] == "2031")) for day, value in MONTHS]


@pytest.fixture(scope="module")
def stations(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [ppm_package(tmp_path_factory.mktemp("ppm"), {
        "co2-mm-mlo": ("Date", "date", "Average", MONTHS),
        "co2-mm-gl": ("Date", "date", "Average", GLOBAL)},
        title="Trends in Atmospheric Carbon Dioxide, Mauna Loa, Hawaii")]


LEAD = "The observatory at Mauna Loa in Hawaii has measured carbon dioxide in the air for decades.\n\n"


def test_a_wrong_rise_between_two_months_at_the_station_is_contradicted(stations: list[Path]) -> None:
    text = LEAD + "The March reading there was 4.6 parts per million higher than in March 2030."
    result = claim_results(text, stations, date="2031-04-20")["4.6 parts per million"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].resource.startswith("co2-mm-mlo")
    assert result.evidence[0].value == pytest.approx(2.5)


def test_the_right_rise_is_supported(stations: list[Path]) -> None:
    text = LEAD + "The March reading there was 2.5 parts per million higher than in March 2030."
    result = claim_results(text, stations, date="2031-04-20")["2.5 parts per million"]
    assert result.verdict is Verdict.supported, result.explanation


def test_with_no_gas_named_the_rise_stays_for_review(stations: list[Path]) -> None:
    text = "The observatory has kept its records for decades.\n\nThe March reading was 4.6 parts per million higher than in March 2030."
    result = claim_results(text, stations, date="2031-04-20")["4.6 parts per million"]
    assert result.verdict is not Verdict.contradicted, result.explanation
