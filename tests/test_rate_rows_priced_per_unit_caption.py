"""A table of exchange rates whose rows are currencies and whose caption names the one currency every row is priced
in, per one unit of the row's ('(HK dollars to one unit of foreign currency)', 'S$ per currency unit'): each figure
is the caption's currency per unit of the row's — the series' own quote in the US dollar's row, a cross rate in
another currency's row — never an amount of the row's currency.

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


@pytest.mark.parametrize("caption", ["(HK dollars to one unit of foreign currency)",
                                     "(Hong Kong dollars per unit of foreign currency)"])
def test_rows_are_priced_in_the_captions_currency(rates: list[Path], caption: str) -> None:
    text = (f"Exchange rates, averages for the year\n{caption}\n\n"
            "| Item | 2030 | 2031 |\n|---|---|---|\n| US Dollar | 7.70 | 7.80 |\n| Singapore Dollar | 5.50 | 6.60 |")
    results = claim_results(text, rates, date="2032-05-01")
    for figure in ("7.70", "7.80", "5.50"):
        assert results[figure].claim.unit == "HKD", results[figure].claim
        assert results[figure].verdict is Verdict.supported, results[figure].explanation
    # 7.80 / 1.30 = 6.0 Hong Kong dollars per Singapore dollar in 2031, not 6.6
    assert results["6.60"].verdict is Verdict.contradicted, results["6.60"].explanation


def test_a_section_label_inside_a_pasted_table_keeps_its_header(rates: list[Path]) -> None:
    """A yearbook's table pasted without a separator row, a one-cell label ('Average for the year |') between
    its header of years and its rows: the rows keep the header's years and the caption's currency."""
    text = ("EXCHANGE RATES\n(HK dollars to one unit of foreign currency)\nItem | 2030 | 2031 |\n"
            "Average for the year |\nUS Dollar | 7.70 | 7.80 |\nSingapore Dollar | 5.50 | 6.60 |")
    results = claim_results(text, rates, date="2032-05-01")
    assert results["7.70"].claim.period == "2030", results["7.70"].claim
    assert results["7.80"].verdict is Verdict.supported, results["7.80"].explanation
    assert results["5.50"].verdict is Verdict.supported, results["5.50"].explanation
    assert results["6.60"].verdict is Verdict.contradicted, results["6.60"].explanation


@pytest.mark.parametrize(("row", "verdict"), [("US Dollar 1.31", Verdict.supported),
                                              ("Hong Kong Dollar 0.1667", Verdict.supported),
                                              ("Hong Kong Dollar 0.1900", Verdict.contradicted)])
def test_a_row_copied_alone_under_its_caption_is_priced_in_the_captions_currency(
        rates: list[Path], row: str, verdict: Verdict) -> None:
    """One row of a tax office's table, on a line of its own under the paragraph that introduces the rates and
    the caption line naming the currency they are in: 1.30 Singapore dollars per US dollar in 2031, and
    1.30 / 7.80 = 0.1667 per Hong Kong dollar."""
    text = ("The following are the average rates of exchange of some foreign currencies for the year 2031.\n"
            f"Foreign Currencies S$ Per Currency Unit\n\n{row}")
    result = next(iter(claim_results(text, rates, date="2032-05-01").values()))
    assert result.claim.unit == "SGD", result.claim
    assert result.verdict is verdict, result.explanation


def test_a_capitalised_name_before_a_whole_number_stays_a_name(rates: list[Path]) -> None:
    results = claim_results("The following are the rates of exchange for 2031.\nForeign Currencies S$ Per Currency Unit\n\n"
                            "Euro 2031", rates, date="2032-05-01")
    assert not results, results


def test_a_plain_tables_rows_run_on_are_not_priced_by_a_per_unit_caption(rates: list[Path]) -> None:
    """Rows of a plain table one under another read as one sentence, whose other rows' currencies the checker
    cannot tell apart from this row's: the caption's 'per unit' currency is left unread there, rather than
    judging a yen row ('per 100 yen', as tax offices quote it) as the dollar's price."""
    text = ("The following are the average rates of exchange of some foreign currencies for the year 2031.\n"
            "Foreign Currencies S$ Per Currency Unit\n\nUS Dollar 1.3050\nHong Kong Dollar 0.1673\nJapanese Yen 1.5637")
    result = claim_results(text, rates, date="2032-05-01")["1.5637"]
    assert result.claim.unit != "SGD", result.claim


# A caption quoting every row per the base ('(Currency units per US dollar)'): each row's figure is an amount of the
# currency its label names per US dollar, not the dollars the caption's parenthesis gives a bare cell; a caption
# quoting rows in dollars per unit ('US dollars per unit') keeps them dollars.
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
