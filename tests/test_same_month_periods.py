"""'The same month last year', 'the same month of 2030', 'the same month a year earlier': one month of
that year, the month named before (in the sentence, else the paragraph or the one before), not the
whole year — so a May mean a year back is judged by last May's row, never contradicted by an annual
figure, and with no month named the year stays what it was.

The package is publisher-shaped with invented figures: a station's monthly and annual CO2 means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", [(2030, 437.2), (2031, 440.1)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2030-04", 438.0), ("2030-05", 439.4), ("2030-12", 438.6),
                                                   ("2031-04", 441.9), ("2031-05", 443.0)])},
        title="Atmospheric carbon dioxide at Mauna Loa (ppm)")


@pytest.mark.parametrize("text", [
    "The Mauna Loa station recorded a monthly mean of 443.0 ppm of CO2 in May 2031.\n\n"
    "In the same month last year the monthly mean had been 439.4 ppm, the station said.",
    "The Mauna Loa station recorded 443.0 ppm of CO2 in May 2031, against 439.4 ppm in the same month of 2030.",
    "The Mauna Loa station recorded 443.0 ppm of CO2 on 14 May 2031, against 439.4 ppm in the same month of 2030.",
    "The Mauna Loa station recorded a monthly mean of 443.0 ppm of CO2 in May 2031.\r\n\r\n"
    "In the same month last year the monthly mean had been 439.4 ppm, the station said.",
])
def test_the_same_month_a_year_back_is_that_month(ppm: Path, text: str) -> None:
    result = claim_results(text, [ppm], "2031-06-12")["439.4 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2030-05")
    wrong = claim_results(text.replace("439.4", "445.8"), [ppm], "2031-06-12")["445.8 ppm"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence[0].period == "2030-05"


def test_with_no_month_named_the_year_stays(ppm: Path) -> None:
    text = "The Mauna Loa station's CO2 mean for the same month last year was 437.2 ppm."
    result = claim_results(text, [ppm], "2031-06-12")["437.2 ppm"]
    # a month of 2030 the text never names: no monthly row can confirm it, the annual one is another period
    assert result.claim.period == "2030", result.explanation
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_month_three_paragraphs_up_is_not_the_same_month(ppm: Path, newline: str) -> None:
    paragraphs = ["The Mauna Loa station recorded a monthly mean of 441.9 ppm of CO2 in April 2031.",
                  "The observatory sits high on a volcano.", "Its records are widely used.",
                  "The station's CO2 mean for the same month last year was 437.2 ppm."]
    result = claim_results((newline * 2).join(paragraphs), [ppm], "2031-06-12")["437.2 ppm"]
    # a month of 2030 the text never names: no monthly row can confirm it, the annual one is another period
    assert result.claim.period == "2030", result.explanation
    assert result.verdict is Verdict.needs_review, result.explanation


def test_an_undated_draft_counts_the_same_month_back_from_the_month_it_names(ppm: Path) -> None:
    text = ("The Mauna Loa station recorded a monthly mean of 443.0 ppm of CO2 in May 2031.\n\n"
            "In the same month last year the monthly mean had been 439.4 ppm, the station said.")
    result = claim_results(text, [ppm], None)["439.4 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030-05"
