"""An amount written per the base currency's sign ('R15.25/$', 'Rs 73.50/US$') is the price of one US
dollar, though no word in the sentence names the dollar or calls it an exchange rate: it is judged
against the currency's rate rows. An amount per something else ('R15.25/kg') stays a sum of money."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, monthly_rates_package

from workbench.models import Verdict


rand = module_package(monthly_rates_package, "South Africa", {"2019-03": 14.30, "2019-04": 14.15})


rupee = module_package(monthly_rates_package, "India", {"2019-03": 69.50, "2019-04": 69.40})


@pytest.mark.parametrize("text", [
    "Our desk says the rand is likely to average R15.25/$ in March 2019.",
    "In March 2019 the rand should trade near R15.25 / US$ on average.",
])
def test_an_amount_per_dollar_sign_is_judged_as_the_rand_rate(rand: Path, text: str) -> None:
    [result] = claim_results(text, [rand], date="2019-01-10").values()
    assert result.verdict is not Verdict.unsupported, result.explanation
    assert result.evidence and result.evidence[0].period == "2019-03"


def test_the_rupee_written_per_dollar_sign_too(rupee: Path) -> None:
    [result] = claim_results("For March 2019 the rupee is seen to average Rs 72.10/US$.", [rupee], date="2019-01-10").values()
    assert result.verdict is not Verdict.unsupported, result.explanation
    assert result.evidence and result.evidence[0].period == "2019-03"


def test_an_amount_per_kilogram_is_no_rate(rand: Path) -> None:
    results = claim_results("In March 2019 the rand price of maize was R15.25/kg.", [rand], date="2019-01-10")
    assert all(not r.evidence or r.verdict is Verdict.unsupported for r in results.values())
