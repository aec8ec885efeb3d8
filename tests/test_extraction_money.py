"""Money: every ISO 4217 code, English currency names and symbols, minor units, scales, prices per unit."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in, one_claim

from workbench import units


@pytest.mark.parametrize("text, value, unit", [
    ("The rescue package is worth HK$10 billion.", 10e9, "HKD"),
    ("The bank lent R$ 5 billion to farmers.", 5e9, "BRL"),
    ("The bond raised \u20b9450 crore.", 4.5e9, "INR"),
    ("Fuel costs \u20a6617 a litre in Lagos.", 617, "NGN/l"),
    ("The fine was \u20a9300 million.", 300e6, "KRW"),
    ("The fund holds A$2.5 billion.", 2.5e9, "AUD"),
    ("Sales reached C$800 million.", 800e6, "CAD"),
    ("Wages rose to 8,000 rand a month.", 8000, "ZAR"),
    ("The loan is 2 trillion rupiah.", 2e12, "IDR"),
    ("The deal is worth 40 billion naira.", 40e9, "NGN"),
    ("The contract is worth CHF 12 million.", 12e6, "CHF"),
    ("Exports earned 3.1 billion SEK.", 3.1e9, "SEK"),
    ("Imports cost PLN 4 billion.", 4e9, "PLN"),
    ("The grant was 75 USD million.", 75e6, "USD"),
    ("The provision is 120 MEUR.", 120e6, "EUR"),
    ("The mint sold 2.5 bitcoins.", 2.5, "BTC"),
    ("Revenue reached $2.174T.", 2.174e12, "USD"),
    ("Debt rose to \u20ac4.5bn.", 4.5e9, "EUR"),
    # names news gives beyond CLDR's (currencies.json extra_words)
    ("The chipmaker will invest 300 trillion Korean won.", 300e12, "KRW"),
    ("Ottawa's bond sale raised 2 billion loonies.", 2e9, "CAD"),
    ("The mine's owners paid 40 million rands in royalties.", 40e6, "ZAR"),
])
def test_currencies_symbols_codes_and_names(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value, unit", [
    ("A stamp costs 34 cents now.", 0.34, "USD"),
    ("The ticket was 3 dollars 50 cents.", 3.5, "USD"),
    ("The toll is twelve dollars and forty cents.", 12.4, "USD"),
    ("A loaf costs 95 pence.", 0.95, "GBP"),
])
def test_cents_and_pence_are_hundredths_of_their_currency(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Brent crude traded at $83 a barrel.", 83, "USD/bbl"),
    ("Diesel sold for \u20ac1.74 per litre.", 1.74, "EUR/l"),
    ("Wheat fetched $240 per tonne.", 240, "USD/t"),
    ("Spending reached $9,800 per capita.", 9800, "USD"),
])
def test_prices_per_unit(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)
    assert units.dimension(unit) == ("price" if "/" in unit else "money")


def test_every_iso_4217_code_is_money_but_metals_funds_and_test_units() -> None:
    import json
    from importlib import resources

    import pycountry

    data = resources.files("workbench").joinpath("data/currencies.json").read_text(encoding="utf-8")
    not_money = set(json.loads(data)["not_currencies"]["codes"])
    table = units.currencies()
    assert {c.alpha_3 for c in pycountry.currencies} - not_money <= set(table)
    assert "XAU" in not_money and not set(table) & not_money
    assert all(units.is_money(code) for code in table)


def test_medals_of_gold_and_silver_are_counts_not_money() -> None:
    assert [(c.text, c.unit) for c in claims_in("The relay team took 4 gold and 2 silver medals.")] == [
        ("4", ""), ("2", "")]


@pytest.mark.parametrize("text, value, unit", [
    ("The taxi fare was 35 lari.", 35, "GEL"),
    ("A kilo of rice costs 12 bolivianos.", 12, "BOB"),
    ("Entry costs 200 lek for adults.", 200, "ALL"),
])
def test_a_currency_whose_code_is_a_word_is_still_read_by_its_name(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (value, unit)


def test_a_symbol_after_the_figure_then_cents() -> None:
    claim = one_claim("The receipt read 14 $ 75 cents.")
    assert (claim.text, claim.value, claim.unit) == ("14 $ 75 cents", pytest.approx(14.75), "USD")


def test_codes_that_are_english_words_are_not_read_as_money() -> None:
    assert [c.unit for c in claims_in("ALL 5 solutions passed and TOP 10 lists sold 3 marks.")] == ["", ""]


def test_a_symbol_before_the_next_figure_is_not_a_suffix() -> None:
    assert [(c.text, c.unit) for c in claims_in("He kept 1 $20 bill.")] == [("1", ""), ("$20", "USD")]


@pytest.mark.parametrize("text, value, unit", [
    ("Brent settled at $88/bbl on Friday.", 88, "USD/bbl"),
    ("Copper fetched $8,400/tonne.", 8400, "USD/t"),
])
def test_a_price_per_unit_after_a_slash(text: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The fare came to twelve dollars thirty.", "twelve dollars thirty", 12.3, "USD"),
    ("A bowl of noodles costs 9 euros and 80.", "9 euros and 80", 9.8, "EUR"),
    ("The monthly plan rises to 21 GBP 99.", "21 GBP 99", 21.99, "GBP"),
])
def test_cents_without_the_word_end_a_clause_after_the_currency_name(text: str, surface: str, value: float,
                                                                      unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, pytest.approx(value), unit)


def test_a_figure_after_money_that_goes_on_is_its_own() -> None:
    claims = claims_in("She paid 40 euros, 12 of them for the tip, and 7 GBP 20 times.")
    found = [(c.text, c.unit) for c in claims]
    assert ("40 euros", "EUR") in found and ("12", "") in found
    assert all(c.value not in (40.12, 7.2) for c in claims)


@pytest.mark.parametrize("text, surface, unit", [
    ("Tickets were CAD$ 45 at the door.", "CAD$ 45", "CAD"),
    ("Tickets were nzd$30 online.", "nzd$30", "NZD"),
    ("The deal was worth US $2 billion.", "US $2 billion", "USD"),
    ("The tower cost HK $ 3 billion.", "HK $ 3 billion", "HKD"),
])
def test_a_dollar_code_with_its_sign_and_spaced_dollar_symbols(text: str, surface: str, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.unit) == (surface, unit)


def test_a_single_capital_before_a_spaced_dollar_is_no_currency() -> None:
    assert [(c.text, c.unit) for c in claims_in("Class C $20 seats sold out.")] == [("$20", "USD")]


def test_a_word_before_a_spaced_dollar_is_no_currency() -> None:
    assert [(c.text, c.unit) for c in claims_in("They won a $ 300 million order and you can $ 5 it.")][:1] == [
        ("$ 300 million", "USD")]
    assert one_claim("The tower cost hk $ 3 billion.").unit == "HKD"


def test_a_lower_case_code_after_a_number_is_money_unless_it_is_a_word() -> None:
    assert [(c.text, c.unit) for c in claims_in("The fee rose to 40 eur and then 55 chf.")] == [
        ("40 eur", "EUR"), ("55 chf", "CHF")]
    assert [c.unit for c in claims_in("The side scored 5 try and towed 3 cop cars.")] == ["", ""]


def test_a_million_code_before_the_number_scales_it() -> None:
    claim = one_claim("Revenue was about MEUR 45 last year.")
    assert (claim.text, claim.value, claim.unit) == ("MEUR 45", 45e6, "EUR")
    ranged = one_claim("Costs were MUSD 2-3 per site.")
    assert (ranged.value, ranged.value_high) == (2e6, 3e6)
