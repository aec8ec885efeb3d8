"""A dealer's two-way quote written with a slash, as wire copy prints it in any market: the bid, then the offer
in full ('Rs 84.15/84.20') or by its last digits ('83.42/45', '1.0921/26'). One price, read as its bid, with the
unit written after the offer — never a date ('83.42/45' has the shape of one), a fraction, or two figures
(``quantities.offer_end``, currencies.json ``exchange_rates.bid_offer``). Slashed pairs that are no quote keep
their readings. The rate package is shaped like the Federal Reserve's monthly file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, surface, value, unit", [
    # the offer by its last digits: a shape a day-first date ('12.05/24') would also have
    ("The rupee ended at 83.42/45 per dollar in Mumbai on Friday.", "83.42/45", 83.42, "INR"),
    ("In Tokyo the yen was quoted at 151.62/67 per dollar.", "151.62/67", 151.62, "JPY"),
    ("The baht firmed to 36.10/12 per dollar in Bangkok trading.", "36.10/12", 36.10, "THB"),
    # the offer in full, the currency's sign before the bid
    ("The euro finished at Rs 90.05/90.11 on the interbank market.", "Rs 90.05/90.11", 90.05, "INR"),
    # a decimal comma, as Johannesburg's copy writes it
    ("The rand closed at R18,45/18,50 to the dollar in Johannesburg.", "R18,45/18,50", 18.45, "ZAR"),
])
def test_a_two_way_quote_is_one_price_read_as_its_bid(text: str, surface: str, value: float, unit: str) -> None:
    quotes = [c for c in claims_in(text) if "/" in c.text]
    assert [(c.text, c.value, c.unit) for c in quotes] == [(surface, pytest.approx(value), unit)]


def test_an_offer_whose_digits_roll_over_is_above_the_bid() -> None:
    # '1.0998/03': the offer is 1.1003, so the pair is one quote, not a bid and a lower offer
    quotes = [c for c in claims_in("Late in New York the euro stood at 1.0998/03 dollars.") if "/" in c.text]
    assert [(c.text, c.value) for c in quotes] == [("1.0998/03 dollars", pytest.approx(1.0998))]


@pytest.mark.parametrize("text, kept", [
    ("The helpline is open 24/7 for callers.", []),  # no quote, no number
    ("The band rated the album 4.5/5 in its review.", ["4.5"]),  # one decimal: no pips
    ("The rate was 12.5/100,000 residents last year.", ["12.5/100,000"]),  # a rate per 100,000, as before
    ("Grades moved from 2.50/3.00 to 2.75/3.00 this term.", ["2.50", "2.75"]),  # the second is far above: no spread
])
def test_slashed_pairs_that_are_no_quote_keep_their_readings(text: str, kept: list[str]) -> None:
    assert [c.text for c in claims_in(text) if c.text[0].isdigit()] == kept


def test_a_day_s_two_way_quote_is_judged_as_a_day_s_price(tmp_path: Path) -> None:
    package = monthly_rates_package(tmp_path / "monthly", {"India": {"2024-04": 83.4, "2024-05": 83.4}})
    text = "The Indian rupee closed at 83.42/45 per dollar in Mumbai on Friday."
    result = claim_results(text, [package], date="2024-05-10")["83.42/45"]
    assert result.claim.unit == "INR" and result.claim.value == pytest.approx(83.42)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2024-05", result.explanation
