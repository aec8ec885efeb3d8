"""A sentence that names both a station and the whole it samples ('the global carbon dioxide concentration the
Mauna Loa observatory detected', as Chinese copy words a station's monthly mean: '冒納羅亞觀測站探測到的全球大氣
二氧化碳濃度') does not say by its words which series the figure is of: when the station's and the global rows
disagree the figure is for a person, never contradicted by the one the wording happened to lean to; a sentence
naming the station alone is judged by the station's row. Invented monthly means of a publisher-shaped package."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-mm-gl": ("Date", "date", "Average", [("2041-04", 440.2), ("2041-05", 441.0)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2041-04", 444.3), ("2041-05", 445.6)])})


@pytest.mark.parametrize("text", [
    "In May 2041, the Mauna Loa observatory in Hawaii detected an average global atmospheric carbon dioxide "
    "concentration of 445.6 ppm.",
    "報告說,今年5月夏威夷冒納羅亞觀測站探測到的全球大氣二氧化碳濃度平均值達445.6ppm。",
])
def test_both_named_and_disagreeing_is_for_a_person(ppm: Path, text: str) -> None:
    result = next(r for surface, r in claim_results(text, [ppm], "2041-06-08").items() if surface.startswith("445.6"))
    assert result.verdict is Verdict.needs_review, result.explanation
    assert {e.resource for e in result.evidence[:2]} == {"co2-mm-mlo", "co2-mm-gl"}


def test_the_station_named_alone_decides(ppm: Path) -> None:
    results = claim_results("報告說,今年5月夏威夷冒納羅亞觀測站探測到的大氣二氧化碳濃度平均值達445.6ppm。", [ppm], "2041-06-08")
    result = next(r for surface, r in results.items() if surface.startswith("445.6"))
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2041-05")
