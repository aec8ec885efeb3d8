"""A month its sentence names with no year ('the average for May peaked at …') is of the year the
sentences before it in its paragraph name ('the latest observations, in 2029, …'), not of the draft's
year, when that year is earlier: the paragraph speaks of that year. With no year before it, the month is
still the latest such month up to the draft's date. A NOAA-shaped package with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2029, 429.0), (2031, 433.6)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2029-05", 436.2), ("2030-05", 438.1), ("2031-05", 440.5)])})


def test_the_year_of_the_sentence_before(ppm: Path) -> None:
    text = ("Carbon dioxide keeps climbing, and the latest observations in 2029 set a record. "
            "With the average for May peaking at 436.2 parts per million at the observatory in Hawaii.")
    result = claim_results(text, [ppm], "2031-09-01")["436.2 parts per million"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2029-05", result.evidence


def test_with_no_year_before_the_drafts_may(ppm: Path) -> None:
    text = ("Carbon dioxide keeps climbing. "
            "With the average for May peaking at 440.5 parts per million at the observatory in Hawaii.")
    result = claim_results(text, [ppm], "2031-09-01")["440.5 parts per million"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-05", result.evidence
