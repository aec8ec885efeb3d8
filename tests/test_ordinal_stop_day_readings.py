"""A reading of one day is not the month's mean: written with an ordinal full stop after the day ('am
3. April 2031', as German, Danish or Norwegian copy dates it), the day is still read as a day, so a
station's daily reading judged by its monthly mean goes to a person — never `supported` by the month,
never a sentence cut at the stop with the day's numeral left as a claim of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-mm-mlo": ("Date", "date", "Average", [("2031-03", 437.6), ("2031-04", 438.9), ("2031-05", 440.5)])})


@pytest.mark.parametrize("text", [
    "Am 12. April 2031 maßen Forscher auf dem Mauna Loa 439 ppm Kohlendioxid in der Luft.",
    "Researchers on Mauna Loa measured 439 ppm of carbon dioxide on 12. April 2031, the observatory said.",
])
def test_a_days_reading_inside_the_months_band_goes_to_a_person(ppm: Path, text: str) -> None:
    results = claim_results(text, [ppm], date="2031-04-20")
    assert list(results) == ["439 ppm"], list(results)  # the day's '12' is no claim
    result = results["439 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2031-04"
    assert "12 April 2031" in result.explanation


def test_the_same_reading_said_of_the_month_is_supported(ppm: Path) -> None:
    # the control: with no day, the monthly mean is the claim's own figure
    result = claim_results("Im April 2031 lag der Mittelwert auf dem Mauna Loa bei 439 ppm Kohlendioxid.",
                           [ppm], date="2031-05-20")["439 ppm"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_figure_ending_a_sentence_before_a_month_stays_a_figure(ppm: Path) -> None:
    # no year after the month: the stop ends the sentence, and '3' is not a day
    results = claim_results("The index stood at 3. April saw it rise again.", [ppm], date="2031-05-20")
    assert "3" in results
