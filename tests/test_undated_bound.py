"""'The monthly average topped 425 ppm': a bound naming no year, in a draft with no date, that the
latest month passes — and so do other months of the series — is no evidence of which month the text
speaks of: for a person (``undated_bound``), not supported. An exact figure that only the latest month
holds stays supported, and a dated draft's bound is read against its own latest month. So too a round
figure (a population of 20 million) that several years' rows fit.

Invented figures, a NOAA-shaped package of one station's monthly means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package, ppm_package

from workbench.models import Verdict

MONTHS = [("2024-03", 422.10), ("2024-04", 423.40), ("2024-05", 424.20), ("2025-03", 425.30),
          ("2025-04", 426.20), ("2025-05", 427.10)]


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("ppm") / "ppm"
    return [ppm_package(folder, {"co2-mm-mlo": ("Date", "string", "Average", MONTHS)})]


def test_an_undated_bound_that_several_months_pass_goes_to_a_person(station: list[Path]) -> None:
    text = "At Mauna Loa the monthly average of carbon dioxide topped 425 ppm, the observatory said."
    [result] = [r for surface, r in claim_results(text, station, date=None).items() if "425" in surface]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "undated_bound", result.reason
    assert "no date" in result.explanation and "a person should decide" in result.explanation, result.explanation


def test_an_undated_exact_figure_of_the_latest_month_stays_supported(station: list[Path]) -> None:
    text = "At Mauna Loa the monthly average of carbon dioxide reached 427.1 ppm, the observatory said."
    [result] = [r for surface, r in claim_results(text, station, date=None).items() if "427.1" in surface]
    assert result.verdict is Verdict.supported, result.explanation


def test_the_same_bound_in_a_dated_draft_is_judged_by_its_latest_month(station: list[Path]) -> None:
    text = "At Mauna Loa the monthly average of carbon dioxide topped 425 ppm, the observatory said."
    [result] = [r for surface, r in claim_results(text, station, date="2025-06-10").items() if "425" in surface]
    assert result.verdict is Verdict.supported, result.explanation


POPULATION = {("Chile", 2022): 19.3e6, ("Chile", 2023): 19.6e6, ("Chile", 2024): 19.8e6, ("Chile", 2025): 20.1e6}


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [population_package(tmp_path_factory.mktemp("pop") / "pop", POPULATION)]


def test_an_undated_round_figure_that_several_years_fit_goes_to_a_person(population: list[Path]) -> None:
    """'20 million' holds every year from 2023 on: the latest row agreeing says nothing of which year is meant."""
    [result] = [r for surface, r in claim_results("Chile has a population of 20 million, most of it in the centre.",
                                                  population, date=None).items() if "20 million" in surface]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "undated_bound", result.reason


def test_an_undated_precise_count_of_the_latest_year_stays_supported(population: list[Path]) -> None:
    [result] = [r for surface, r in claim_results("Chile has a population of 20.1 million, most of it in the centre.",
                                                  population, date=None).items() if "20.1 million" in surface]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_round_figure_in_a_dated_draft_is_judged_by_its_latest_year(population: list[Path]) -> None:
    [result] = [r for surface, r in claim_results("Chile has a population of 20 million, most of it in the centre.",
                                                  population, date="2024-05-02").items() if "20 million" in surface]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_undated_figure_written_to_its_units_is_held_to_them(tmp_path: Path) -> None:
    """'20,000,000' states its units (verdicts.md's Label rules), as the band reads it: no year's row holds those
    digits, so the latest row, which agrees within the slack, is no less evidence than for any exact figure."""
    rows = {("Chile", 2023): 19.96e6, ("Chile", 2024): 19.98e6, ("Chile", 2025): 20.02e6}
    package = population_package(tmp_path / "pop", rows)
    [result] = [r for surface, r in claim_results("Chile has a population of 20,000,000, most of it in the centre.",
                                                  [package], date=None).items() if "20,000,000" in surface]
    assert result.verdict is Verdict.supported, result.explanation


# a station's yearly means and its monthly means, as NOAA ships them: one series kept two ways
STATION_YEARS = [("2023", 421.10), ("2024", 424.60), ("2025", 427.30)]
STATION_MONTHS = [("2024-09", 422.00), ("2024-10", 422.40), ("2025-01", 426.10), ("2025-02", 426.40),
                  ("2025-03", 427.90), ("2025-08", 425.20), ("2025-12", 428.50)]


@pytest.fixture(scope="module")
def yearly_and_monthly(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("ppm2") / "ppm"
    return [ppm_package(folder, {"co2-annmean-mlo": ("Year", "integer", "Mean", STATION_YEARS),
                                 "co2-mm-mlo": ("Date", "string", "Average", STATION_MONTHS)})]


@pytest.mark.parametrize("text", [
    "Mauna Loa's latest readings show carbon dioxide has hit a record 426 ppm.",
    # Vietnamese news words it the same way: the record is one reading, of no month the sentence names
    "Theo số liệu mới nhất, nồng độ CO2 tại Mauna Loa trong khí quyển đã đạt mức cao kỷ lục 426 ppm.",
])
def test_an_undated_level_that_several_months_meet_goes_to_a_person(yearly_and_monthly: list[Path],
                                                                     text: str) -> None:
    """'426 ppm' agrees with 2025's mean within the slack, but January's and February's readings meet its
    digits too: a level of no period may be a month's reading as well as a year's mean, so which is for a person."""
    [result] = [r for surface, r in claim_results(text, yearly_and_monthly, date=None).items() if "426" in surface]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "undated_bound", result.reason


def test_an_undated_level_no_other_month_meets_stays_supported(yearly_and_monthly: list[Path]) -> None:
    """'428.5 ppm' is December 2025's reading alone (and within the slack of 2025's mean): no other period fits."""
    text = "Mauna Loa's latest readings show carbon dioxide has hit a record 428.5 ppm."
    [result] = [r for surface, r in claim_results(text, yearly_and_monthly, date=None).items() if "428.5" in surface]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_dated_level_is_judged_by_its_year(yearly_and_monthly: list[Path]) -> None:
    text = "Mauna Loa's latest readings show carbon dioxide has hit a record 426 ppm."
    [result] = [r for surface, r in claim_results(text, yearly_and_monthly, date="2025-12-20").items()
                if "426" in surface]
    assert result.verdict is not Verdict.needs_review or result.reason != "undated_bound", result.explanation
