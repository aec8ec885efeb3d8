"""NOAA's Global Monitoring Laboratory named in Spanish, Portuguese or Arabic ('Laboratorio de Monitoreo
Global', 'مختبر الرصد العالمي') is the laboratory, not the global series: glossed 'monitoring
laboratory', its 'global' names no variant. A May mean whose text names neither the station nor the globe is then
for a person when the station's and the global rows disagree, never contradicted by the global row.

The package is publisher-shaped with invented figures: a station's and the globe's monthly CO2 means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-mm-gl": ("Date", "date", "Average", [("2031-04", 435.2), ("2031-05", 436.1)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2031-04", 438.9), ("2031-05", 440.5)])})


@pytest.mark.parametrize(("text", "claim"), [
    ("El Laboratorio de Monitoreo Global de la NOAA informó un promedio de 440,5 ppm de dióxido de carbono "
     "en mayo de 2031.", "440,5 ppm"),
    ("O Laboratório de Monitoramento Global da NOAA registrou uma média de 440,5 partes por milhão de dióxido "
     "de carbono em maio de 2031.", "440,5 partes por milhão"),
    ("سجل مختبر الرصد العالمي متوسط ثاني أكسيد الكربون عند 440.5 جزء في المليون في مايو 2031.",
     "440.5 جزء في المليون"),
])
def test_the_laboratory_names_no_series_so_a_split_is_for_a_person(ppm: Path, text: str, claim: str) -> None:
    result = claim_results(text, [ppm], "2031-06-10")[claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert {e.resource for e in result.evidence[:2]} == {"co2-mm-mlo", "co2-mm-gl"}


def test_the_station_named_beside_the_laboratory_decides(ppm: Path) -> None:
    text = ("El Laboratorio de Monitoreo Global de la NOAA informó un promedio de 440,5 ppm de dióxido de carbono "
            "en Mauna Loa en mayo de 2031.")
    result = claim_results(text, [ppm], "2031-06-10")["440,5 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2031-05")
