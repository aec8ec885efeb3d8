"""Figures a draft states that no writer meant as a claim must not fail CI: the checker fails a draft on
any flagged figure, so a flag on the one unit a rate is quoted for ('one US dollar cost R8,64') is a
false alarm nobody labelled. Sentences and figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict


@pytest.mark.parametrize(("text", "rate"), [
    # decimals after a comma, as South African and continental copy writes them
    ("On 3 March 2019 one US dollar cost R14,10, while a year before it cost R13,20.", "R14,10"),
    ("In 2019 a single dollar fetched R14,45 at the banks.", "R14,45"),
    ("In 2019 one dollar was worth R14,45.", "R14,45"),
])
def test_the_one_dollar_a_rate_prices_is_no_claim_whatever_its_decimal_mark(tmp_path: Path, text: str, rate: str) -> None:
    annual = rates_package(tmp_path, {("South Africa", 2018): 13.2, ("South Africa", 2019): 14.45})
    found = claim_results(text, [annual], "2020-06-01")
    assert not [claim for claim in found if "dollar" in claim.lower()], found
    assert found[rate].verdict not in (Verdict.unsupported,), found[rate].explanation


def test_a_sum_grouped_in_thousands_after_one_dollar_is_no_rate(tmp_path: Path) -> None:
    """'R1,450' is a price of one thousand four hundred and fifty rand, not a rate of 1.45: a comma before
    three digits groups thousands, so the dollar it follows is read as written."""
    annual = rates_package(tmp_path, {("South Africa", 2019): 14.45})
    found = claim_results("In 2019 one dollar cost R1,450 at that shop.", [annual], "2020-06-01")
    assert "R1,450" in found
