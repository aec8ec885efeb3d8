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
from package_support import claim_results, cpi_package, publisher_package

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


def test_the_index_s_month_change_is_weighed_against_the_index_s_year_not_a_deflator_s(tmp_path: Path) -> None:
    # 'The consumer price index … fell 0.9 %' in a named month is the index's month change, a small part of its
    # year's 4.5 %. Packages that 'inflation' matches too, one of them a deflator's figures (1.3 % in 2021), are
    # no year's rate of the index: the figure's size is weighed against the measure the words mean
    years = range(1998, 2023)
    index = {("Norway", y): 2.0 + (y % 7) * 0.5 for y in years}
    deflator = {("Norway", y): 1.0 + (y % 5) * 0.3 for y in years}
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Annual Consumer Price Index (CPI)",
                            "Annual Consumer Price Index (CPI)", index)  # Norway 2021: 4.5 %
    as_gdp = publisher_package(tmp_path / "inflation-gdp", "inflation-gdp", "Annual inflation",
                               "Inflation", index)
    as_consumer = publisher_package(tmp_path / "inflation-consumer", "inflation-consumer",
                                    "Annual inflation", "Inflation", deflator)
    text = "The consumer price index of Norway in March 2021 fell by 0.2 points or 0.9% and stood at 114.3 points."
    found = claim_results(text, [cpi, as_gdp, as_consumer], "2021-04-20")["0.9%"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "month_on_month"), found.explanation
