"""A rate its sentence reads off 'the 12-month averages' to December is that year's annual average, as
'the 12-month average' is (``twelve_month_average_words``): a statistics office's release written in the
plural ('12-month averages taken into account'; Turkish '12 aylık ortalamalar dikkate alındığında') is
judged by the year's row, not sent to a person as a December rate against an annual one.

Package World Bank-shaped (``package_support.CPI``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, figure", [
    ("Taking the 12-month averages into account, consumer prices in Chile rose 11.6% as of December 2022.", "11.6%"),
    ("Aralık 2022 itibarıyla 12 aylık ortalamalar dikkate alındığında, Şili'de tüketici fiyatları yüzde 11,6 arttı.",
     "yüzde 11,6"),
])
def test_the_twelve_month_averages_to_december_are_the_year_s_average(tmp_path: Path, text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, [cpi_package(tmp_path / "cpi")], "2023-01-10"), figure)
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", 11.6)


def test_the_twelve_month_averages_to_another_month_are_no_year_s_row(tmp_path: Path) -> None:
    # to June: the twelve months July 2021 … June 2022, which no yearly row covers
    text = "Taking the 12-month averages into account, consumer prices in Chile rose 11.6% as of June 2022."
    result = claim_starting(claim_results(text, [cpi_package(tmp_path / "cpi")], "2023-01-10"), "11.6%")
    assert result.verdict is Verdict.needs_review
