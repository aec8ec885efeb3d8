"""A level held 'since' a year ('has averaged 4.1 % since 2016', 'since 2017 the population has not
fallen below 9.2 million') speaks of every year from that one to the latest published by the draft's
date: no single year's row contradicts it. A record's 'since' ('the highest since 2008') and a 'since'
that belongs to another figure of the sentence leave the figure's own period. Invented figures; the
sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import ppm_package
from test_matching import check_text, write_package

from workbench.models import ClaimResult, Verdict

YEARS = {"2015": 9.30, "2016": 9.10, "2017": 9.05, "2018": 9.00, "2019": 8.95, "2020": 8.90, "2021": 8.85}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("people") / "reference", [
        {"name": "population", "metric": "population", "unit": "", "dims": ["country"],
         "rows": [{"period": year, "country": "Austria", "value": value * 1e6} for year, value in YEARS.items()]
         + [{"period": "2021", "country": "Hungary", "value": 9.7e6}]}])


def _result(sentence: str, figure: str, package: Path) -> ClaimResult:
    return check_text(f"---\ndate: 2022-09-15\n---\n\n{sentence}\n", package)[0][figure]


def test_a_level_held_since_a_year_opening_the_sentence_is_no_one_years_figure(package: Path) -> None:
    result = _result("Since 2017, Austria's population has not fallen below 9.6 million, the office says.",
                     "9.6 million", package)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "2017–2021" in result.explanation, result.explanation  # the span to the latest year published


def test_an_average_since_a_year_after_the_figure_is_the_mean_of_those_years(package: Path) -> None:
    result = _result("Austria's population has averaged 8.98 million since 2016.", "8.98 million", package)
    assert result.verdict is not Verdict.contradicted, result.explanation  # 2021 alone gives 8.85 million
    assert result.evidence and result.evidence[0].period == "2016/2021", result.explanation


def test_a_record_since_a_year_is_still_judged_by_the_latest_row(package: Path) -> None:
    result = _result("Austria's population fell to 9.6 million, the lowest since 2001.", "9.6 million", package)
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_since_of_another_figure_leaves_the_level_its_own_period(package: Path) -> None:
    result = _result("Austria's population has shrunk steadily since 2015 and now stands at 9.6 million.",
                     "9.6 million", package)
    # today's figure, read against the latest row as the draft's present, not over 2015–2021
    assert "2015" not in result.explanation, result.explanation
    assert result.evidence and result.evidence[0].period == "2021", result.explanation
    assert (result.verdict, result.reason) == (Verdict.unsupported, "nearest_other_period"), result.explanation


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # monthly means past 400 ppm from September 2028 on, and the year's annual mean above it too
    months = [("2028-06", 399.1), ("2028-07", 398.2), ("2028-08", 399.6), ("2028-09", 400.8),
              ("2028-10", 401.4), ("2028-11", 402.2), ("2028-12", 403.0), ("2029-01", 403.9), ("2029-02", 404.6)]
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-mm-gl": ("Date", "yearmonth", "Average", months),
        "co2-annmean-gl": ("Year", "year", "Mean", [("2027", 398.6), ("2028", 400.2)])})


@pytest.mark.parametrize("sentence", [
    "Since September 2028 carbon dioxide in the air has stayed above 400 ppm.",
    # Italian 'Da' opening a present perfect is 'since'
    "Da settembre 2028 la concentrazione di CO2 in atmosfera ha superato 400 ppm.",
])
def test_a_level_held_since_a_month_is_no_years_mean(gas: Path, sentence: str) -> None:
    result = check_text(f"---\ndate: 2029-03-20\n---\n\n{sentence}\n", gas)[0]["400 ppm"]
    # the months from September 2028 on, not the latest year's mean that happens to top 400
    assert result.verdict is not Verdict.supported, result.explanation
    assert "September 2028" in result.explanation, result.explanation


def test_a_range_of_months_opened_by_from_is_the_figures_own_span(gas: Path) -> None:
    result = check_text("---\ndate: 2029-03-20\n---\n\nFrom June 2028 to August 2028 carbon dioxide stayed "
                        "below 400 ppm.\n", gas)[0]["400 ppm"]
    assert "February 2029" not in result.explanation, result.explanation
