"""A day written the Spanish, Portuguese or Italian way ('el 14 de marzo de 2041', '14 de março de 2041', glossed
'14 of March of 2041') dates the figure to that day, as '14 March 2041' does: a day's reading is then judged as a
day's, never supported by the month's mean it happens to lie near. Invented monthly means of a publisher-shaped
package; invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-mm-mlo": ("Date", "date", "Average", [("2041-02", 443.1), ("2041-03", 444.0)])})


@pytest.mark.parametrize("text", [
    "El pasado 14 de marzo de 2041, el observatorio de Mauna Loa registró un valor diario de 445,2 partes por millón.",
    "On the 14 of March of 2041 the Mauna Loa observatory logged a daily value of 445.2 ppm.",
])
def test_a_day_of_a_month_of_a_year_dates_the_figure_to_that_day(ppm: Path, text: str) -> None:
    result = next(r for surface, r in claim_results(text, [ppm], "2041-04-02").items() if surface.startswith("445"))
    assert result.claim.period == "2041-03-14"


def test_a_days_reading_is_not_supported_by_the_months_mean(ppm: Path) -> None:
    text = "El pasado 14 de marzo de 2041, el observatorio de Mauna Loa registró un valor diario de 445,2 partes por millón."
    result = next(r for surface, r in claim_results(text, [ppm], "2041-04-02").items() if surface.startswith("445"))
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"
