"""'The gas rose 2.9 ppm in 2040, more than the average increase over the past ten years (2.1 ppm)': the span
phrase belongs to the bracketed figure it governs, not the year's own rise before it (verify/periods/era.py);
and that figure, an average of the span's yearly increases, is read from a series of yearly increases over the
ten years to the year it is compared with — never from one year's or one month's rise, though one agrees by
chance. English, and Chinese ('过去十年平均增幅', the past decade's average increase) through its glosses.

The package is publisher-shaped with invented figures: a globe's yearly means, its December means and its
yearly increases."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict

# yearly rises of 2.0 ppm to 2039, 2.9 ppm in 2040 (a decade's mean of 2.09 to 2040, 2.18 to 2041); 2041 rose 2.1
_RISES = {year: 2.0 for year in range(2025, 2040)} | {2040: 2.9, 2041: 2.1}


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    means, level = [], 400.0
    for year in sorted(_RISES):
        level += _RISES[year]
        means.append((year, round(level, 2)))
    return ppm_package(tmp_path_factory.mktemp("rise") / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", means),
        "co2-gr-gl": ("Year", "year", "Annual Increase", sorted(_RISES.items())),
        "co2-mm-gl": ("Date", "date", "Average", [("2039-12", 428.0), ("2040-12", 430.1),
                                                  ("2041-12", 432.2)])})


@pytest.mark.parametrize("text", [
    "The agency said global carbon dioxide rose by 2.9 ppm in 2040, more than the average increase over "
    "the past ten years (2.1 ppm).",
    "2040年全球大气二氧化碳浓度增幅为2.9 ppm,高于过去十年平均增幅(2.1 ppm)。",
])
def test_the_span_is_the_bracketed_figures_and_the_year_keeps_its_own_rise(gas: Path, text: str) -> None:
    results = claim_results(text, [gas], "2042-03-15")
    year = next(r for surface, r in results.items() if surface.startswith("2.9"))
    assert year.verdict is Verdict.supported, year.explanation
    assert year.evidence[0].period.startswith("2040"), year.explanation
    assert "read as from" not in year.explanation, year.explanation


@pytest.mark.parametrize("text", [
    "The agency said global carbon dioxide rose by 2.9 ppm in 2040, more than the average increase over "
    "the past ten years (2.1 ppm).",
    "2040年全球大气二氧化碳浓度增幅为2.9 ppm,高于过去十年平均增幅(2.1 ppm)。",
])
def test_the_decades_mean_rise_is_the_mean_of_the_yearly_increases_to_the_year_compared(gas: Path, text: str) -> None:
    # the ten yearly increases 2031–2040 average 2.09; one year's rise (2041's 2.1) is no support of it
    decade = next(r for surface, r in claim_results(text, [gas], "2042-03-15").items() if surface.startswith("2.1"))
    assert decade.verdict is Verdict.supported, decade.explanation
    assert decade.evidence[0].period == "2031/2040", decade.explanation
    assert decade.evidence[0].resource.startswith("co2-gr-gl"), decade.evidence[0]


def test_a_decades_mean_rise_that_one_years_increase_equals_is_not_supported_by_that_year(gas: Path) -> None:
    # 2040's own increase is 2.9 ppm; the decade's mean of the increases (2.09) is not: that row is no support
    text = "2040年全球大气二氧化碳浓度增幅为3.0 ppm,高于过去十年平均增幅(2.9 ppm)。"
    decade = next(r for surface, r in claim_results(text, [gas], "2042-03-15").items() if surface.startswith("2.9"))
    assert decade.verdict is not Verdict.supported, decade.explanation
