"""'The largest rise since records began in 1958, to 440.1 ppm': the year something began (records,
measurements, a programme) is where a run starts, not the year the figure is of — the figure keeps the
period the rest of its text gives, instead of being looked up in a year the data may not even hold.

The package is publisher-shaped with invented figures: a station's annual CO2 means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.extraction import extract_text
from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", [(1960, 316.9), (2030, 437.2), (2031, 440.1)])},
        title="Atmospheric carbon dioxide at Mauna Loa (ppm)")


@pytest.mark.parametrize("opening", ["records began in 1958", "measurements started in 1958",
                                     "monitoring had begun in 1958",
                                     # a start's opener, a few words and 'in' say the same
                                     "the start of modern measurements, in 1958",
                                     "the beginning of station records in 1958"])
def test_the_year_a_record_began_is_not_the_figures(ppm: Path, opening: str) -> None:
    text = f"At Mauna Loa, 2031 brought the largest rise since {opening}, taking the annual mean to 440.1 ppm."
    result = claim_results(text, [ppm], "2032-03-01")["440.1 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"
    wrong = claim_results(text.replace("440.1", "446.3"), [ppm], "2032-03-01")["446.3 ppm"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


@pytest.mark.parametrize("text", [
    "At Mauna Loa, the annual mean rose to 440.1 ppm in 2031.",
    "Since the start of the decade the Mauna Loa annual mean has climbed, reaching 440.1 ppm in 2031.",
])
def test_a_year_after_a_start_without_in_stays_the_figures(ppm: Path, text: str) -> None:
    result = claim_results(text, [ppm], "2032-03-01")["440.1 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"


def test_a_year_a_figure_is_stated_for_stays_its_period(ppm: Path) -> None:
    text = "The Mauna Loa annual mean was 316.9 ppm in 1960, two years after records began."
    result = claim_results(text, [ppm], "2032-03-01")["316.9 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "1960"


@pytest.mark.parametrize(("text", "figure", "year"), [
    ("Production at the plant began in 2027 with 5,000 vehicles.", "5,000", "2027"),
    ("Copper exports started in 2026 at 1.4 million tonnes.", "1.4 million tonnes", "2026"),
])
def test_a_year_something_began_in_is_the_figures_own_without_since(text: str, figure: str, year: str) -> None:
    claims = {claim.text: claim for claim in extract_text(text)}
    assert claims[figure].period == year, claims
