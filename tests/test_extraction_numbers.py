"""Numbers, scales, number words, fractions and multiples, read from real draft text."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in, one_claim

from workbench.numbers import parse_number_words, parse_numeral


@pytest.mark.parametrize("text, value, decimals", [
    ("The firm hired 1,250 workers.", 1250, 0),
    ("The firm hired 42 000 workers.", 42000, 0),
    ("The firm hired 42\u2009000 workers.", 42000, 0),
    ("The firm hired 42\u202f000 workers.", 42000, 0),
    ("The firm hired 42\u00a0000 workers.", 42000, 0),
    ("The town has 1,234,567 residents.", 1234567, 0),
    ("The town has 93.6 thousand residents.", 93600, 1),
    ("Output reached 2.75 million tonnes.", 2750000, 2),
])
def test_numerals_with_separators_and_decimals(text: str, value: float, decimals: int) -> None:
    claim = one_claim(text)
    assert claim.value == value
    assert claim.decimals == decimals


@pytest.mark.parametrize("text, value", [
    ("Exports were worth $5 thousand.", 5e3),
    ("Exports were worth $5k.", 5e3),
    ("Exports were worth $5m.", 5e6),
    ("Exports were worth $5 mn.", 5e6),
    ("Exports were worth 5 mln dollars.", 5e6),
    ("Exports were worth 28.2 billion dollars.", 28.2e9),
    ("Exports were worth $28.2bn.", 28.2e9),
    ("Exports were worth 3 bln dollars.", 3e9),
    ("Exports were worth $1.2 trillion.", 1.2e12),
    ("Exports were worth $2tn.", 2e12),
])
def test_scale_words_and_abbreviations(text: str, value: float) -> None:
    claim = one_claim(text)
    assert claim.value == pytest.approx(value)
    assert claim.unit == "USD"


@pytest.mark.parametrize("text, found", [
    ("Inflation was 3,5% in May.", [("3,5%", 3.5, "%", 1)]),
    ("Output reached 1,5 million tonnes.", [("1,5 million tonnes", 1_500_000, "t", 1)]),
    ("It cost 1,234 dollars.", [("1,234 dollars", 1234, "USD", 0)]),
    ("Chapters 1,2 and 3 were read.", [("3", 3, "", 0)]),
    ("He paid 12,50 for it.", []),
])
def test_a_decimal_comma_is_read_only_before_a_unit_or_scale(text: str, found: list) -> None:
    assert [(c.text, c.value, c.unit, c.decimals) for c in claims_in(text)] == found


def test_a_bare_letter_scale_needs_a_currency_because_5m_may_be_metres() -> None:
    assert claims_in("He swam 5m under water.") == []
    assert one_claim("They raised $5m last year.").value == 5e6


@pytest.mark.parametrize("text, value", [
    ("Some two hundred companies signed.", 200),
    ("The city has sixty thousand students.", 60000),
    ("Twenty-five ministers attended.", 25),
    ("The region has one and a half million inhabitants.", 1.5e6),
    ("The region has half a million inhabitants.", 5e5),
    ("The region has a hundred schools.", 100),
    ("The country has three hundred and fifty thousand farms.", 350000),
    ("The plant employs a dozen engineers.", 12),
])
def test_number_words(text: str, value: float) -> None:
    assert one_claim(text).value == value


def test_one_and_a_half_million_states_one_decimal() -> None:
    value, decimals = parse_number_words("one and a half million")
    assert (value, decimals) == (1500000, 1)
    assert parse_numeral("1,234.50") == (parse_numeral("1234.50")[0], 2)


@pytest.mark.parametrize("text, value", [
    ("Half of the exports go to Europe.", 50),
    ("A third of the budget is spent on roads.", 33.33),
    ("Two thirds of the funding comes from abroad.", 66.67),
    ("Two-thirds of the funding comes from abroad.", 66.67),
    ("A quarter of the students are foreign.", 25),
    ("Three quarters of the land is steppe.", 75),
    ("One in five adults smokes.", 20),
    ("Six out of ten voters agreed.", 60),
    ("Nine out of 10 voters agreed.", 90),
])
def test_fractions_and_shares_in_words_become_percent_shares(text: str, value: float) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit, claim.kind.value) == (value, "%", "share")


@pytest.mark.parametrize("text, value, kind", [
    ("Trade grew tenfold.", 10, "change"),
    ("Trade grew ten-fold.", 10, "change"),
    ("Imports doubled.", 2, "change"),
    ("Prices tripled.", 3, "change"),
    ("Gas is three times cheaper there.", 3, "ratio"),
    ("Output is 2.5 times higher than in the capital.", 2.5, "ratio"),
])
def test_multiples(text: str, value: float, kind: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit, claim.kind.value) == (value, "x", kind)


def test_halved_is_a_downward_multiple() -> None:
    claim = one_claim("The deficit halved.")
    assert (claim.value, claim.unit, claim.direction.value if claim.direction else None) == (0.5, "x", "down")
