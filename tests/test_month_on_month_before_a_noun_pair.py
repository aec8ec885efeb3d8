"""A comparison with the previous month opening a sentence is its one figure's own words even when a price
basket's name joined by 'and' ('goods and services', lexicon price_basket_words) stands between them: that 'and'
joins two nouns, no clause, so the figure is a change over one month, which annual rows cannot judge
(unsupported, month_on_month). The same holds glossed from Polish ('w stosunku do poprzedniego miesiąca',
'towarów i usług'). An 'and' after a figure still opens the next figure's clause.

The consumer-price package is publisher-shaped (World Bank layout), figures invented; the sentences are
written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting

from workbench.models import Verdict


@pytest.mark.parametrize("text, figure", [
    ("Compared with the previous month, prices of goods and services in Chile rose by 0.8% in May.", "0.8%"),
    ("Inflation in Chile was 11.2 percent. Compared with the previous month prices of consumer goods and "
     "services rose by 0.8%.",
     "0.8%"),
    ("W stosunku do poprzedniego miesiąca ceny towarów i usług w Chile wzrosły o 0,8%.", "0,8%"),
])
def test_a_month_on_month_opening_before_a_noun_pair_is_the_figure_s_own(cpi: Path, text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, [cpi], "2022-06-15"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month")


def test_an_and_after_a_figure_still_opens_the_next_figure_s_clause(cpi: Path) -> None:
    found = claim_results("In Chile, compared with the previous month, prices rose 0.8% in May, and they stood "
                          "11.6% higher in May than a year before.", [cpi], "2022-06-15")
    assert claim_starting(found, "0.8%").reason == "month_on_month"
    assert claim_starting(found, "11.6%").reason != "month_on_month"
