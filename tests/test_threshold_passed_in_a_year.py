"""'The 420 ppm mark was broken in 2021': a threshold passed in a year (invented figures). The station's
yearly mean first passes the mark that year, but its monthly means passed it the year before: which
record's crossing the writer meant is for a person, not support by the yearly mean. When no month
passed it before the year, the yearly mean's support stands; a figure not called a passed mark is
judged as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict

ANNUAL = [(2019, 415.1), (2020, 418.2), (2021, 420.6)]
MONTHS = [(f"{year}-{month:02d}", base + (2.5 if month in (4, 5, 6) else 0.0))
          for year, base in ((2019, 414.0), (2020, 417.8), (2021, 420.3)) for month in range(1, 13)]


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("mark") / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", ANNUAL),
        "co2-mm-mlo": ("Date", "string", "Average", MONTHS)})


def test_a_mark_the_monthly_means_passed_a_year_before_is_for_a_person(station: Path) -> None:
    text = "At the Mauna Loa observatory, the 420 ppm mark for carbon dioxide was broken in 2021."
    result = claim_results(text, [station], date="2023-06-01")["420 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2021"
    assert "May 2020" in result.explanation or "April 2020" in result.explanation, result.explanation


def test_a_mark_no_month_passed_before_its_year_stays_supported(station: Path) -> None:
    text = "At the Mauna Loa observatory, the 418 ppm mark for carbon dioxide was crossed in 2020."
    result = claim_results(text, [station], date="2023-06-01")["418 ppm"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_years_mean_not_called_a_passed_mark_is_judged_as_before(station: Path) -> None:
    text = "At the Mauna Loa observatory, carbon dioxide averaged 420.6 ppm in 2021."
    result = claim_results(text, [station], date="2023-06-01")["420.6 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
