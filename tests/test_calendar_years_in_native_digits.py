"""A year of a language's own calendar written in its script's own digits is that year.

Thai copy writes the Buddhist-era year in Thai digits ('ปี ๒๕๗๓') as often as in ASCII ones ('ปี 2573'), and
mixes both in one sentence: each is the Gregorian year 543 earlier, whichever digits write it. The packages are
World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


@pytest.mark.parametrize("year", ["๒๕๗๓", "2573"])
def test_a_buddhist_era_year_reads_the_same_in_thai_and_ascii_digits(year: str) -> None:
    text = f"อัตราเงินเฟ้อทั่วไปปี {year} เพิ่มขึ้นร้อยละ 2.7"
    assert "2030" in gloss_paragraphs(text, [(0, len(text), "th")]).text


def test_a_thai_month_then_year_in_thai_digits_reads_as_the_gregorian_month() -> None:
    text = "ดัชนีราคาผู้บริโภคเดือนมีนาคม ๒๕๗๓ เพิ่มขึ้นร้อยละ 1.1"
    assert "March 2030" in gloss_paragraphs(text, [(0, len(text), "th")]).text


def test_a_thai_inflation_rate_dated_in_thai_digits_is_checked_against_that_year(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Thailand", 2030): 2.7, ("Thailand", 2031): 0.4})
    text = "อัตราเงินเฟ้อทั่วไปของไทยปี ๒๕๗๓ เพิ่มขึ้นร้อยละ ๒.๗"
    result = claim_results(text, [cpi], "2032-02-01")["ร้อยละ ๒.๗"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"
