"""'The first measurements at the station in 1961 gave about 320 ppm': a level its sentence calls a year's first
measurements, dated by the year alone, is that year's first monthly reading. A record that starts mid-year has no
annual row for that year, and the year's last month is not its first: agreeing with the first month, the figure
is supported by that row; not agreeing, it is for a person (a single reading is no month's mean), never an alarm.
A gloss reads the same: Spanish 'cercanos a' is 'about'. Packages and figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict

MONTHS = [("1961-05", 320.4), ("1961-06", 319.8), ("1961-07", 318.2), ("1961-08", 316.9), ("1961-09", 315.3),
          ("1961-10", 315.1), ("1961-11", 316.4), ("1961-12", 317.6), ("1962-01", 318.5), ("1962-02", 319.1)]


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [ppm_package(tmp_path_factory.mktemp("co2") / "co2", {
        "co2-mm-stn": ("Date", "string", "Average", MONTHS),
        "co2-annmean-stn": ("Year", "year", "Mean", [(1962, 318.9), (1963, 319.7)])})]


@pytest.mark.parametrize("text, figure", [
    ("The first measurements at the summit station in 1961 gave about 320 ppm.", "320 ppm"),
    ("Las primeras mediciones en la estación de la cumbre en 1961 dieron niveles cercanos a 320 ppm.", "320 ppm"),
])
def test_the_first_measurements_of_a_year_are_its_first_months(station: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, station, date="2020-03-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "1961-05"


def test_a_first_reading_the_first_month_does_not_hold_is_for_a_person(station: list[Path]) -> None:
    result = claim_results("The first reading at the summit station in 1961 was 311.5 ppm.", station,
                           date="2020-03-01")["311.5 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize("text, figure", [
    ("The summit station, which began recording carbon dioxide in 1961, is the oldest of its kind; its first "
     "measured value was 311.5 ppm.", "311.5 ppm"),
    ("峰顶观测站从1961年开始记录大气二氧化碳浓度,其最初测定的值是311.5ppm。", "311.5ppm"),
])
def test_a_first_reading_naming_no_year_is_of_the_year_its_record_began(station: list[Path], text: str,
                                                                        figure: str) -> None:
    result = claim_results(text, station, date="2020-03-01")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period.startswith("1961"), result.explanation
