"""'Last year in April the observatory measured 413.3 ppm, now 416.2 ppm': the figure the sentence sets in the
present is the latest month's, and the mean of the year that ended before it is no rival reading of 'now' (a
finished year is no present). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    months = [("2019-04", 413.4), ("2019-12", 411.9), ("2020-03", 414.6), ("2020-04", 416.3)]
    return ppm_package(tmp_path / "co2", {
        "co2-mm-mlo": ("Date", "date", "Average", [(f"{m}-01", v) for m, v in months]),
        "co2-annmean-mlo": ("Year", "year", "Mean", [(2018, 408.7), (2019, 411.6)])})


@pytest.mark.parametrize("text, figure", [
    ("Last year in April the Mauna Loa observatory measured 413.3 ppm, now 416.2 ppm.", "416.2 ppm"),
    # Dutch: 'nu dus' (so now)
    ("Vorig jaar in april mat het Mauna Loa Observatory 413,33 ppm CO2, nu dus 416,21 ppm.", "416,21 ppm"),
])
def test_the_present_figure_is_the_latest_months(ppm: Path, text: str, figure: str) -> None:
    result = claim_results(text, [ppm], date="2020-05-12")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020-04"
