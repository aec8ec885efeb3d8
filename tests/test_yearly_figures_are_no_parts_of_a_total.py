"""Figures of one measure for successive years listed after a larger one ('it reached 419 ppm in 2023; in
2022 it was 417.1 ppm, in 2021 414.7 ppm') are that measure over time, not parts of the first figure as a
whole: each is judged by its own year's row of the series that judged the first, and no 'parts vs total'
finding is raised. A real breakdown at one time still is one. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package
from test_matching import check_text, write_package

from workbench.models import Verdict

ANNUAL = [(2021, 414.7), (2022, 417.1), (2023, 419.3)]
# a station's monthly readings, higher than the global annual means: the wrong evidence for a year's figure
MONTHLY = [("2021-12-01", 417.4), ("2022-12-01", 419.8), ("2023-12-01", 421.9)]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [ppm_package(tmp_path_factory.mktemp("series") / "ppm", {
        "co2-annmean-gl": ("Year", "year", "Mean", ANNUAL),
        "co2-mm-mlo": ("Date", "date", "Interpolated", MONTHLY)})]


def test_each_years_figure_after_a_larger_one_is_judged_by_its_years_row(packages: list[Path]) -> None:
    results = claim_results("The concentration of carbon dioxide in the atmosphere reached 419 parts per million "
                            "(ppm) in 2023. In 2022 CO2 stood at 417.1 ppm, in 2021 at 414.7 ppm.",
                            packages, date="2024-10-28")
    for figure, year in (("417.1 ppm", "2022"), ("414.7 ppm", "2021")):
        result = results[figure]
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].period == year


@pytest.fixture(scope="module")
def clubs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("clubs") / "ref", [
        {"name": "clubs", "metric": "registered clubs", "aliases": ["clubs"], "kind": "count", "dims": ["country"],
         "rows": [{"period": "2021", "value": 300, "country": "Chile"}]}])


def test_figures_of_successive_years_raise_no_parts_finding(clubs: Path) -> None:
    _, report = check_text("---\ndate: 2023-02-01\n---\n\nChile had 300 registered clubs in 2021. In 2020 "
                           "there were 180 clubs, in 2019 150 clubs.\n", clubs)
    assert not [f for f in report.findings if f.rule == "CW201"], [f.message for f in report.findings]


def test_a_breakdown_at_one_time_is_still_read_as_parts(clubs: Path) -> None:
    _, report = check_text("---\ndate: 2023-02-01\n---\n\nChile had 300 registered clubs in 2021: 90 play "
                           "football, 40 play chess and 70 play bridge.\n", clubs)
    assert [f.rule for f in report.findings] == ["CW201"]


@pytest.mark.parametrize("parts", [
    "110 in the first quarter, 95 in the second quarter, 70 in the third quarter and 60 in the fourth quarter",
    "120 clubs in January 2021, 100 in February 2021 and 110 in March 2021",
])
def test_the_quarters_or_months_of_the_totals_year_are_its_parts(clubs: Path, parts: str) -> None:
    """Periods of their own, each inside the larger figure's year: a breakdown of it, checked as parts."""
    _, report = check_text(f"---\ndate: 2022-02-01\n---\n\nChile registered 300 clubs in 2021: {parts}.\n", clubs)
    assert [f.rule for f in report.findings if f.rule == "CW201"] == ["CW201"], [f.message for f in report.findings]
