"""A rate quoted at a part of a month in Scandinavian copy ('i början av december', 'i slutet av',
'i mitten av'; Danish 'i begyndelsen af', Norwegian 'i begynnelsen av') is read as English says it ('at the
beginning of December'): one moment's price, which the month's mean neither confirms nor refutes
(needs_review, as 'early in December' and 'at the end of February' are). A rate the sentence gives for the
whole month is still judged by the month's row. A Federal Reserve-shaped package with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


@pytest.fixture()
def rates(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", "Sweden", {"2030-11": 9.10, "2030-12": 9.20})


@pytest.mark.parametrize(("text", "claim"), [
    ("I början av december 2030 kostade en dollar 9,21 kronor.", "9,21 kronor"),
    ("I slutet av december 2030 kostade en dollar 9,80 kronor.", "9,80 kronor"),
    ("I mitten av december 2030 kostade en dollar 9,20 kronor.", "9,20 kronor"),
])
def test_a_part_of_a_month_is_a_moments_price(rates: Path, text: str, claim: str) -> None:
    result = claim_results(text, [rates], "2031-06-15")[claim]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation
    assert result.evidence[0].period == "2030-12", result.evidence


def test_the_whole_month_is_still_judged(rates: Path) -> None:
    result = claim_results("I december 2030 kostade en dollar 9,80 kronor.", [rates], "2031-06-15")["9,80 kronor"]
    assert result.verdict is Verdict.contradicted, result.explanation
