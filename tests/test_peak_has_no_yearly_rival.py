"""A figure its sentence calls a peak ('the peak reached 445.6 ppm'; Portuguese 'o pico atingiu …', glossed) is one
month's reading, the top of the seasonal cycle: the station's monthly mean that agrees supports it, and the
station's yearly mean, which is no peak, does not make it ambiguous. Invented means of a publisher-shaped package;
invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-mm-mlo": ("Date", "date", "Average", [("2041-04", 444.1), ("2041-05", 445.6)]),
        "co2-annmean-mlo": ("Year", "year", "Mean", [("2040", 440.2), ("2041", 441.0)])})


def _result(text: str, ppm: Path):
    return next(r for surface, r in claim_results(text, [ppm], "2041-05").items() if surface.startswith("445"))


@pytest.mark.parametrize("text", [
    "At the Mauna Loa observatory the peak reached 445.6 ppm, a new record.",
    "No observatório de Mauna Loa, o pico atingiu 445,6 partes por milhão, um novo recorde.",
])
def test_a_peak_is_the_months_reading_not_the_years_mean(ppm: Path, text: str) -> None:
    result = _result(text, ppm)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.reason != "ambiguous" and result.evidence[0].resource == "co2-mm-mlo"
