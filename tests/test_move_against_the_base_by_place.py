"""A percent quoted against the base currency ('it lost 4.1% against the dollar this year') is a
currency's move even when no currency is named: the pronoun stands for the currency of the one country
the sentence names ('… since Brazil floated its exchange rate'). Read from that country's rate series
and sent to a person (rate_move), never 'nothing matches' nor a series of another measure of the
place. A sentence naming two countries names no one currency: it stays unread.

Packages are Federal Reserve-shaped (``package_support.rates_package``) with invented rows; a GDP
package of the same place shows the move is not read as a change of another measure.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, publisher_package, rates_package

from workbench.models import Verdict

RATES = {("Brazil", 2021): 5.40, ("Brazil", 2022): 5.16, ("Chile", 2021): 760.0, ("Chile", 2022): 873.0}


def test_a_percent_against_the_dollar_is_the_named_places_currency_move(tmp_path: Path) -> None:
    fx = rates_package(tmp_path / "rates", RATES, source="Federal Reserve Bank of St. Louis")
    gdp = publisher_package(tmp_path / "gdp", "gdp", "GDP", "GDP (current US$)",
                            {("Brazil", 2021): 1.65e12, ("Brazil", 2022): 1.92e12})
    for text, figure in (
            ("In 2022 it gained 4.4% against the dollar, its best year since Brazil "
             "floated its exchange rate.", "4.4%"),
            ("In 2022 it lost 14.9% against the U.S. dollar, the worst year since Chile let its currency float.",
             "14.9%")):
        result = claim_results(text, [fx, gdp], "2023-06-01")[figure]
        assert (result.verdict, result.reason) == (Verdict.needs_review, "rate_move"), result.explanation
    both = claim_results("In 2022 it gained 4.4% against the dollar, more than in Brazil or Chile.", [fx, gdp],
                         "2023-06-01")["4.4%"]
    assert both.reason != "rate_move", both.explanation
