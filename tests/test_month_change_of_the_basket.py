"""'In March 2021, goods and services rose in price by an average of 0.6 %': the basket a consumer price
index prices (lexicon ``price_basket_words``) stands for the index, so its rise in a named month is the month's
change — a series no package holds: unsupported (``month_on_month``), as 'the consumer price index rose 0.6 %
in March' is. A rise as large as the year's rate, or compared with the same month a year before, is a
12-month rate, left to the period rules.

Package World Bank-shaped (annual rows only), figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("basket") / "cpi")  # Norway 2021: 3.5 %


@pytest.mark.parametrize("text", [
    "In March 2021, goods and services in Norway rose in price by an average of 0.6%.",
    "In Norway, the consumer basket rose in price by 0.6% in March 2021.",
])
def test_the_basket_s_rise_in_a_named_month_is_the_month_s_change(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2021-04-20")["0.6%"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "month_on_month"), found.explanation


@pytest.mark.parametrize("text", [
    "In March 2021, goods and services in Norway rose in price by an average of 3.3%.",
    "In March 2021, goods and services in Norway rose in price by 0.6% compared with the same month a year earlier.",
])
def test_a_rise_like_the_year_s_rate_or_on_the_same_month_is_no_month_s_change(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2021-04-20")
    assert all(r.reason != "month_on_month" for r in found.values()), {s: r.reason for s, r in found.items()}
