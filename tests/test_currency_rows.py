"""A table of currencies in a layout the checker does not read ('Currency unit | Middle rate in forints' over
'Euro 100 39212.50', forints per 100 euros): a bare figure in a row naming a currency, under a line heading the
rows as currencies, is for a person — nothing matching it is no evidence that the data lacks it. Sentences
written here; the exchange-rate package is the shared one."""

from __future__ import annotations

import pytest
from conftest import wild_package
from package_support import claim_results

from workbench.models import Verdict


@pytest.mark.parametrize("header, row", [("Middle rate in forints", "Euro 100 39212.50"),
                                         ("Central parity rate in yuan", "U.S. dollar 100 646.55")])
def test_a_currency_row_under_a_currency_header_is_for_a_person(header: str, row: str) -> None:
    text = f"Currency unit    {header}\n\n{row}"
    results = claim_results(text, [wild_package("exchange-rates")], date="2024-03-05")
    assert results, "the row's figure is extracted"
    for result in results.values():
        assert result.verdict is not Verdict.unsupported, result.explanation


def test_the_dollar_s_row_under_a_header_in_a_currency_no_series_holds_is_declined() -> None:
    # forints per 100 dollars: the price of the dollar in a currency no rate series holds, whatever the layout
    text = "Currency unit    Middle rate in forints\n\nU.S. dollar 100 35870.25"
    result = claim_results(text, [wild_package("exchange-rates")], date="2024-03-05")["35870.25"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "currency_not_held"), result.explanation


def test_a_bare_figure_under_another_header_keeps_nothing_matches() -> None:
    # the header names no currency column: a lone figure beside a currency name stays unmatched
    text = "Seats won in the regional vote\n\nGreen list 100 35870.25"
    for result in claim_results(text, [wild_package("exchange-rates")], date="2024-03-05").values():
        assert "layout the checker does not read" not in result.explanation


def test_a_percent_in_a_row_of_an_exchange_rate_table_is_for_a_person() -> None:
    # the introduction calls the figures exchange rates; a row's change over a span the monthly rows do not give
    # directly is a move of the row's rate, not a figure the data lacks
    text = ("Each figure is the amount of the national currency exchanged for one US dollar.\n\n"
            "Country Latest value Change over three months\n"
            "Canada 1.3120 Aug / 2023 2.41%")
    results = claim_results(text, [wild_package("exchange-rates")], date="2023-09-10")
    [move] = [r for claim, r in results.items() if claim.endswith("%")]
    assert move.verdict is not Verdict.unsupported, move.explanation


def test_prose_saying_currency_is_no_header_of_currencies() -> None:
    # 'the local currency opened at …' is a sentence, not a header over rows of currencies: a move in paise beside
    # the greenback is not read as a quote in an unread layout
    text = ("The local currency opened at 82.96 at the interbank market, then eased against the American currency.\n\n"
            "It settled at 83.10 against the greenback, down 14 paise over its previous close.")
    for result in claim_results(text, [wild_package("exchange-rates")], date="2023-09-10").values():
        assert "layout the checker does not read" not in result.explanation, result.explanation
