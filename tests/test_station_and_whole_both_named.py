"""A sentence that names both a station and the whole it samples ('the global carbon dioxide concentration the
Mauna Loa observatory detected', as Chinese copy words a station's monthly mean: '冒納羅亞觀測站探測到的全球大氣
二氧化碳濃度') speaks of the station's reading: a station measures its own air, and 'global' speaks of the gas. So
does a sentence after a paragraph naming both. A clause naming the whole alone, beside another clause naming the
station, is the whole's figure. Invented monthly means of a publisher-shaped package."""

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
def test_both_named_the_station_that_detected_it_decides(ppm: Path, text: str) -> None:
    result = next(r for surface, r in claim_results(text, [ppm], "2041-06-08").items() if surface.startswith("445.6"))
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2041-05")


def test_a_paragraph_naming_both_leaves_the_next_sentence_the_stations(ppm: Path) -> None:
    text = ("Data from the Mauna Loa observatory show global carbon dioxide above 440 ppm this spring.\n\n"
            "The monthly report gives 444.3 ppm for April 2041.")
    result = claim_results(text, [ppm], "2041-06-08")["444.3 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-mm-mlo"


def test_a_clause_naming_the_whole_alone_is_the_wholes(ppm: Path) -> None:
    text = "In May 2041 the global average reached 441.0 ppm, while the Mauna Loa observatory recorded 445.6 ppm."
    results = claim_results(text, [ppm], "2041-06-08")
    assert results["441.0 ppm"].verdict is Verdict.supported, results["441.0 ppm"].explanation
    assert results["441.0 ppm"].evidence[0].resource == "co2-mm-gl"


def test_the_station_named_alone_decides(ppm: Path) -> None:
    results = claim_results("報告說,今年5月夏威夷冒納羅亞觀測站探測到的大氣二氧化碳濃度平均值達445.6ppm。", [ppm], "2041-06-08")
    result = next(r for surface, r in results.items() if surface.startswith("445.6"))
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2041-05")
