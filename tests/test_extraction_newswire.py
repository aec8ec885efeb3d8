"""Fractions and decimals as the size of a change, and tokenised newswire text."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in, one_claim

from workbench.models import Direction, Kind


@pytest.mark.parametrize("text, surface, value, direction", [
    ("Orders grew by a third over the winter.", "a third", 33.33, Direction.up),
    ("The deficit shrank by half after the reform.", "half", 50.0, Direction.down),
    ("Ticket sales fell by two-thirds, the club said.", "two-thirds", 66.67, Direction.down),
    ("Fees rose by a quarter from April.", "a quarter", 25.0, Direction.up),
])
def test_fractions_as_the_size_of_a_change(text: str, surface: str, value: float, direction: Direction) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit, claim.kind, claim.direction) == (
        surface, pytest.approx(value), "%", Kind.change, direction)


@pytest.mark.parametrize("text", [
    "The board met for a third time in June.",
    "Voters rose a third time against the plan.",  # a third *time*: an ordinal
    "The match was level at half time.",
    "She kept half a dozen of the old ones.",  # number words, read below as 6
])
def test_fractions_that_are_no_change(text: str) -> None:
    assert not any(c.kind == Kind.change for c in claims_in(text))


def test_half_before_a_scale_stays_number_words() -> None:
    claim = one_claim("The city planted half a million trees.")
    assert (claim.text, claim.value) == ("half a million", 500_000)


@pytest.mark.parametrize("text, surface, value", [
    ("The spread narrowed .25 points on Monday.", ".25 points", 0.25),
    ("A bus fare rose to $.75 this week.", "$.75", 0.75),
])
def test_decimals_written_without_a_leading_zero(text: str, surface: str, value: float) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value) == (surface, pytest.approx(value))


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Retail sales rose 4 . 7 % in April .", "4 . 7 %", 4.7, "%"),
    ("The group earned 2 . 3 bln dlrs in the year .", "2 . 3 bln dlrs", 2.3e9, "USD"),
    ("Japan's surplus hit 1.8 trln yen in May .", "1.8 trln yen", 1.8e12, "JPY"),
    ("The bank made 45 mln stg in fees .", "45 mln stg", 45e6, "GBP"),
    ("The lender cut its rate by 15 bps .", "15 bps", 15, "bp"),
    ("Inflation eased to 3.1 pct .", "3.1 pct", 3.1, "%"),
    ("The firm lost $2.4 bil in the quarter.", "$2.4 bil", 2.4e9, "USD"),
    ("They agreed a $14-billion package.", "$14-billion", 14e9, "USD"),
])
def test_newswire_abbreviations_and_tokens(text: str, surface: str, value: float, unit: str) -> None:
    money = [c for c in claims_in(text) if c.unit == unit]
    assert [(c.text, c.value) for c in money] == [(surface, pytest.approx(value))]


def test_a_spaced_full_stop_between_a_year_and_a_count_is_no_decimal() -> None:
    assert [c.text for c in claims_in("Prices rose in 2022 . 5 firms closed .")] == ["5"]
