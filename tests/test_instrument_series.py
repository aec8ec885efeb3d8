"""'Satellites now measure carbon dioxide from space; the global level rose by 2.4 ppm last year': a
satellite's column-averaged record is another series than a surface network's mean, so the station
network's growth row neither confirms nor refutes the figure (unsupported, ``other_series``). The same
sentence without the instrument is judged by the row.

Invented figures, a NOAA-shaped package of the global annual growth."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import ClaimResult, Verdict

GROWTH = [(2022, 2.15), (2023, 2.80), (2024, 3.30)]


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("ppm") / "ppm"
    return [ppm_package(folder, {"co2-gr-gl": ("Year", "year", "Annual Increase", GROWTH)})]


def result_for(text: str, packages: list[Path], figure: str) -> ClaimResult:
    [result] = [r for surface, r in claim_results(text, packages, "2025-03-01").items() if figure in surface]
    return result


def test_a_satellite_measured_rise_is_another_series(network: list[Path]) -> None:
    text = "New satellite instruments measure carbon dioxide around the globe, which rose by 2.4 ppm in 2024."
    result = result_for(text, network, "2.4")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.reason
    assert "satellite" in result.explanation, result.explanation


def test_the_same_rise_without_the_instrument_is_judged_by_the_row(network: list[Path]) -> None:
    text = "Carbon dioxide around the globe rose by 2.4 ppm in 2024."
    result = result_for(text, network, "2.4")
    assert result.verdict is Verdict.contradicted, result.explanation
