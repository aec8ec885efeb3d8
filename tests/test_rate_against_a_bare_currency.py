"""A rate quoted 'against US dollar', with no article (Indian English, fact checks quoting posts), is an
exchange rate as 'against the US dollar' is: a day's value goes to a person beside the month's average,
never 'nothing matches'. So is a sum after one unit of the dollar set equal to it ('1 Dollar – Rs 45',
'$1 = 70 rupees'): judged by the year's row, and the one dollar is no claim. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict


@pytest.fixture()
def monthly(tmp_path: Path) -> Path:
    """A Federal Reserve-shaped monthly file: rupees per US dollar."""
    return monthly_rates_package(tmp_path / "fx", "India", {"2021-02": 72.80, "2021-03": 72.90})


@pytest.mark.parametrize("text", [
    "The value of rupee against US dollar on March 9, 2021, the day the budget passed, was 75.31.",
    "The value of the rupee against U.S. dollar on March 9, 2021 was 75.31.",
])
def test_a_days_rate_against_a_bare_dollar_goes_to_a_person_beside_the_months_row(monthly: Path, text: str) -> None:
    found = claim_results(text, [monthly], "2021-06-01")["75.31"]
    assert found.verdict is Verdict.needs_review, found.explanation
    assert (found.evidence[0].value, found.evidence[0].period) == (72.90, "2021-03"), found.evidence


def test_a_sum_set_equal_to_one_dollar_is_the_years_rate(tmp_path: Path) -> None:
    annual = rates_package(tmp_path, {("India", 2009): 48.4, ("India", 2019): 70.4})
    found = claim_results("Under the old government 1 Dollar – Rs 45 (2009), under the new one 1 Dollar – Rs 70 (2019).\n\n"
                          "In 2019, $1 = 70 rupees.", [annual], "2020-06-01")
    assert "1 Dollar" not in found and "$1" not in found
    assert found["Rs 45"].verdict is Verdict.contradicted, found["Rs 45"].explanation  # 48.4 in 2009
    assert found["Rs 70"].verdict is Verdict.supported, found["Rs 70"].explanation
    assert found["70 rupees"].verdict is Verdict.supported, found["70 rupees"].explanation


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # what it took to buy one dollar: the sum is the rate, the dollar no claim
    ("The rand kept sliding: by 2019 one needed about R14.5 to buy $1.", "R14.5", Verdict.supported),
    ("The rand kept sliding: in 2019 it took R11 to buy $1.", "R11", Verdict.contradicted),
    # what one dollar cost, on a day: for a person beside the year's row, never 'nothing matches'
    ("For the rand, on 3 March 2019, $1 cost R14.10.", "R14.10", Verdict.needs_review),
])
def test_a_sum_that_buys_or_prices_one_dollar_is_a_rate(tmp_path: Path, text: str, claim: str, verdict: Verdict) -> None:
    annual = rates_package(tmp_path, {("South Africa", 2018): 13.2, ("South Africa", 2019): 14.45})
    found = claim_results(text, [annual], "2020-06-01")
    assert "$1" not in found
    assert found[claim].verdict is verdict, found[claim].explanation
