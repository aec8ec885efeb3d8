"""A round sum of money a rate is quoted per ('per $100 of assessed value', 'for every $100,000 of
property value') is the rate's base, not a claim of its own; the same sum said otherwise still is.
Sentences written here."""

from __future__ import annotations

from extraction_helpers import claims_in


def _read(text: str) -> list[tuple[str, float]]:
    return [(c.text, c.value) for c in claims_in(text)]


def test_the_base_of_a_tax_rate_is_no_claim() -> None:
    assert _read("The levy is set at $0.5125 per $100 of assessed value, up from $0.4980.") == [
        ("$0.5125", 0.5125), ("$0.4980", 0.498)]
    assert _read("Owners will pay about $9.40 more for every $100,000 of taxable value.") == [("$9.40", 9.4)]
    assert _read("Insurers charge £3 for each £1,000 of cover.") == [("£3", 3)]


def test_the_same_sum_said_otherwise_is_a_claim() -> None:
    assert _read("The town spent $100,000 on parks and paid $100 per ticket.") == [
        ("$100,000", 100000), ("$100", 100)]
    assert _read("Membership costs $12 per month, against $10 last year.") == [("$12", 12), ("$10", 10)]
    assert _read("Each resident paid $250 per $1,275 of income.") == [("$250", 250), ("$1,275", 1275)]


def test_one_unit_of_money_a_rate_is_quoted_for_is_no_claim() -> None:
    # every link a rate is quoted with (currencies.json's level and per links) marks the one unit it prices
    assert _read("Exporters received 17.85 rand for every $1 in March.") == [("17.85 rand", 17.85)]
    assert _read("Tourists got 1,310 won for each $1 at the airport.") == [("1,310 won", 1310)]
