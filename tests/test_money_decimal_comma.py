"""Money written with a decimal comma after its currency's sign ('R18,93', '€4,99'), as South African and
continental copy print prices and exchange rates: the two digits after the comma are cents, for a sign's
amount has two decimals or none and no thousands group has two digits. A one-letter sign ('R') is money
where the text names its currency or quotes the amount against another, as with a decimal point. A comma
before three digits still groups thousands, and a comma before one digit is no price. Sentences written here."""

from __future__ import annotations

import pytest

from workbench.extraction import extract_text


def _money(text: str) -> dict[str, tuple[float, str]]:
    return {c.text: (c.value, c.unit) for c in extract_text(text)}


@pytest.mark.parametrize(("text", "figure", "value", "unit"), [
    ("The rand slipped again, trading at R17,45 to the dollar by noon.", "R17,45", 17.45, "ZAR"),
    ("When the minister took office a dollar bought R9,12, the rand's weakest in years.", "R9,12", 9.12, "ZAR"),
    ("A loaf of bread now costs €2,49 in the capital.", "€2,49", 2.49, "EUR"),
    ("The ringgit closed at RM4,31 against the dollar.", "RM4,31", 4.31, "MYR"),
])
def test_a_signs_amount_with_a_decimal_comma_is_read_as_cents(text: str, figure: str, value: float,
                                                             unit: str) -> None:
    assert _money(text).get(figure) == (value, unit)


def test_a_comma_before_three_digits_still_groups_thousands() -> None:
    assert _money("The fine was €12,500 for the company.").get("€12,500") == (12500.0, "EUR")


def test_a_comma_before_one_digit_after_a_sign_is_no_price() -> None:
    assert "$1,2" not in _money("Items $1,2 and 3 were struck from the bill.")


def test_a_letter_that_names_no_currency_stays_no_money() -> None:
    assert not any(unit == "ZAR" for _, unit in _money("Take the R21,50 metres past the bridge.").values())


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("On the day of the election one US dollar cost R7,95.", "R7,95", 7.95),
    ("Back then a dollar bought R6.10 at the banks.", "R6.10", 6.10),
    # the verb's object written out ('will cost you'): the same shape in a speech's future tense
    ("These days a US dollar will cost you R14,05 at the airport.", "R14,05", 14.05),
    ("A single dollar costs you R15,70 now.", "R15,70", 15.70),
])
def test_a_letter_signs_amount_priced_against_one_unit_named_first_is_money(text: str, figure: str,
                                                                           value: float) -> None:
    """The rate's other shape, the base's one unit first: 'one US dollar cost R7,95' quotes the rand as
    'R7,95 to the dollar' does, though the text never names the rand."""
    assert _money(text).get(figure) == (value, "ZAR")


def test_a_letter_sign_after_a_price_of_no_currency_stays_no_money() -> None:
    assert not any(unit == "ZAR" for _, unit in _money("One ticket cost R25 more than the last.").values())
    assert not any(unit == "ZAR" for _, unit in _money("A ticket will cost you R25 more than the last.").values())
