"""Shapes of digits and words news copy writes that are, or are not, one figure: dotted groups (an address,
a version, continental thousands), dialling numbers with a one-digit country code, millions written "MM"
after money, and a number word hyphenated to a currency's word (``extraction/cores.py``,
``lexicon.json`` ``currencies_after_number_words``, ``scales.json`` ``currency_only_scale_abbreviations``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in, extracted


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text", [
    "Staff reach the file server at 10.40.2.17 from the branch office.",
    "The patch ships in release 4.12.1 of the browser, the vendor said.",
    "Customers can reach the helpline on 1-888-555-0199 around the clock.",
    "Readers abroad dial +1-415-555-0142 for the newsroom.",
])
def test_addresses_versions_and_dialling_numbers_are_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_a_figure_beside_a_version_or_dialling_number_is_still_read() -> None:
    assert _figures("Version 2.0.3 costs $49 a year; call 1-800-555-0100 to buy it.") == [("$49", 49.0, "USD")]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The club's debt stood at 2.415.000 euros in June.", "2.415.000 euros", 2415000.0, "EUR"),
    ("The town counted 1.250.400 visitors last summer.", "1.250.400", 1250400.0, ""),
    ("The debt grew to 3.100.250.", "3.100.250", 3100250.0, ""),
    ("The refund was 1.250.300,75 euros per club.", "1.250.300,75 euros", 1250300.75, "EUR"),
    ("A season ticket costs €1.180,50 this year.", "€1.180,50", 1180.5, "EUR"),
])
def test_dot_groups_of_three_digits_are_thousands(text: str, surface: str, value: float, unit: str) -> None:
    assert _figures(text) == [(surface, value, unit)]


def test_a_decimal_with_one_point_keeps_it() -> None:
    assert _figures("Growth slowed to 2.125 percent.") == [("2.125 percent", 2.125, "%")]
    assert _figures("Yields were 4.125, 4.250 and 4.375 percent.") == [
        ("4.125", 4.125, "%"), ("4.250", 4.25, "%"), ("4.375 percent", 4.375, "%")]


@pytest.mark.parametrize("text, surface, value", [
    ("The start-up closed a $12MM round last week.", "$12MM", 12e6),
    ("Quarterly revenue reached US$ 3.4 MM, the filing shows.", "US$ 3.4 MM", 3.4e6),
    ("The grant adds 7.5MM dollars to the budget.", "7.5MM dollars", 7.5e6),
])
def test_mm_after_money_is_millions(text: str, surface: str, value: float) -> None:
    assert _figures(text) == [(surface, pytest.approx(value), "USD")]


def test_mm_without_money_scales_nothing() -> None:
    assert _figures("Police found a 9MM handgun in the car.") == []
    assert _figures("The screw is 4 mm long.") == [("4 mm", 4.0, "mm")]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Vendors still accept the old five-dollar note.", "five-dollar", 5.0, "USD"),
    ("The city rejected a one-yen tender for the contract.", "one-yen", 1.0, "JPY"),
    ("Commuters pay a two-euro surcharge at peak hours.", "two-euro", 2.0, "EUR"),
    ("Shops handed out a hundred-rupee coupon.", "a hundred-rupee", 100.0, "INR"),
])
def test_a_number_word_hyphenated_to_a_currency_is_that_money(text: str, surface: str, value: float,
                                                               unit: str) -> None:
    assert _figures(text) == [(surface, value, unit)]


@pytest.mark.parametrize("text", [
    "It was a billion-dollar bet on chips.",  # a scale of a thousand or more before the hyphen: an adjective of size
    "Investors fear a trillion-dollar hole.",
    "The three-year plan starts in the twenty-first week.",  # time and ordinals stay out
    "She carried a twenty-pound sack of rice.",  # a pound weighs as often as it pays
])
def test_other_hyphenated_number_words_are_no_money(text: str) -> None:
    assert [c.unit for c in claims_in(text) if c.unit] == []


def test_the_cli_reports_these_shapes(tmp_path: Path) -> None:
    claims = extracted(tmp_path, "A ten-euro fee applies, the fund raised $4MM and the router at 172.16.0.9 "
                                 "logged 1.204.330 requests.")
    assert [(c["text"], c["value"], c["unit"]) for c in claims] == [
        ("ten-euro", 10.0, "EUR"), ("$4MM", 4e6, "USD"), ("1.204.330", 1204330.0, "")]
