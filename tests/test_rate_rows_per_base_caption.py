"""A table of yearly exchange rates whose caption quotes every row per the base currency ('(Currency units per US
dollar)') and whose rows name their currency ('Singapore dollar | 1.40 |'): each figure is an amount of the row's
currency per US dollar, as the rate series quote it — not an amount of dollars, which the caption's parenthesis
would otherwise give every bare cell. A caption quoting rows in dollars per unit ('US dollars per unit') keeps them
dollars.

Invented figures: Hong Kong and Singapore dollars per US dollar by year."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("rates")
    return [rates_package(folder, {("Hong Kong", 2030): 7.70, ("Hong Kong", 2031): 7.80,
                                   ("Singapore", 2030): 1.40, ("Singapore", 2031): 1.30})]


@pytest.mark.parametrize("caption", ["(Currency units per US dollar)", "(National currency per US dollar)"])
def test_rows_are_priced_in_their_own_currency_per_dollar(rates: list[Path], caption: str) -> None:
    text = (f"Average official exchange rates\n{caption}\nCurrency | 2030 | 2031 |\n"
            "Singapore dollar | 1.40 | 1.30 |\nHong Kong dollar | 7.70 | 9.90 |")
    results = claim_results(text, rates, date="2032-05-01")
    assert results["1.40"].claim.unit == "SGD", results["1.40"].claim
    assert results["7.70"].claim.unit == "HKD", results["7.70"].claim
    for figure in ("1.40", "1.30", "7.70"):
        assert results[figure].verdict is Verdict.supported, results[figure].explanation
    assert results["9.90"].verdict is Verdict.contradicted, results["9.90"].explanation


def test_rows_quoted_in_dollars_per_unit_stay_dollars(rates: list[Path]) -> None:
    text = ("Average official exchange rates\n(US dollars per unit)\nCurrency | 2030 | 2031 |\n"
            "Singapore dollar | 0.71 | 0.77 |")
    results = claim_results(text, rates, date="2032-05-01")
    assert results["0.71"].claim.unit != "SGD", results["0.71"].claim
    assert results["0.71"].verdict is not Verdict.contradicted, results["0.71"].explanation
