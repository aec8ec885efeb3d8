"""'At the start of 2016 the level passed 430 ppm. … The level now is 437 ppm.' in a draft with no date: the
figure said 'now' is of the time of writing, which the text puts no earlier than 2016 — a reading of one
moment. When the data keeps the series month by month too, the year's mean agreeing is no evidence of that
moment: for a person (``writing_time_reading``), not supported. A series kept only by the year has no finer
reading, and a figure its own sentence dates is judged as before.

Invented figures, a NOAA-shaped package of one station's annual and monthly means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict

YEARS = [("2014", 428.2), ("2015", 431.0), ("2016", 436.9)]
MONTHS = [("2016-01", 434.1), ("2016-05", 439.8), ("2016-09", 435.2), ("2016-12", 437.6)]
TEXT = ("The figures come from one station, Mauna Loa. At the start of 2016 the carbon dioxide level there passed "
        "430 ppm. The level now is 437 ppm.")


@pytest.fixture(scope="module")
def by_year_and_month(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [ppm_package(tmp_path_factory.mktemp("ppm") / "ppm", {
        "co2-annmean-mlo": ("Year", "year", "Mean", YEARS),
        "co2-mm-mlo": ("Date", "string", "Average", MONTHS)})]


@pytest.fixture(scope="module")
def by_year_only(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [ppm_package(tmp_path_factory.mktemp("ppm") / "ppm", {"co2-annmean-mlo": ("Year", "year", "Mean", YEARS)})]


def test_a_level_said_now_in_an_undated_draft_is_no_years_mean(by_year_and_month: list[Path]) -> None:
    result = claim_results(TEXT, by_year_and_month, date=None)["437 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "writing_time_reading", result.reason
    assert "time of writing" in result.explanation and "no earlier than 2016" in result.explanation


def test_a_series_kept_only_by_the_year_keeps_the_carried_years_support(by_year_only: list[Path]) -> None:
    result = claim_results(TEXT, by_year_only, date=None)["437 ppm"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_figure_its_own_sentence_dates_is_judged_by_that_year(by_year_and_month: list[Path]) -> None:
    text = ("The figures come from one station, Mauna Loa. The carbon dioxide level there averaged 437 ppm in "
            "2016, above 430 ppm for the first time.")
    result = claim_results(text, by_year_and_month, date=None)["437 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2016"
