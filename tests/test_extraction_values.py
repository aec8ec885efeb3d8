"""What a quantity is: signs, number words, fractions of a unit, scales, ranges (our own sentences)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from extraction_helpers import claims_in, one_claim

from workbench.extraction import extract_text
from workbench.numbers import parse_number_words, trim_number_words


def found(text: str) -> list[tuple[str, float, float | None, str]]:
    return [(c.text, c.value, c.value_high, c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The index slipped -0.5% in March.", "-0.5%", -0.5, "%"),
    ("Margins moved \u22122.1 % over the year.", "\u22122.1 %", -2.1, "%"),
    ("The thermometer showed minus 12 degrees Celsius at dawn.", "minus 12 degrees Celsius", -12, "°C"),
    ("The trust booked a write-down of -$3.2 billion.", "-$3.2 billion", -3.2e9, "USD"),
    ("Net income was ($45.10) for the quarter.", "($45.10)", -45.10, "USD"),
    ("The ledger shows $-12.75 against the fund.", "$-12.75", -12.75, "USD"),
    ("Analysts expect negative 3 percent growth.", "negative 3 percent", -3, "%"),
])
def test_negative_values_stay_negative(text: str, surface: str, value: float, unit: str) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, pytest.approx(value), unit)


def test_money_in_brackets_after_another_figure_is_a_conversion_not_a_loss() -> None:
    assert found("The club paid \u20ac40 million ($43 million) for the striker.") == [
        ("\u20ac40 million", 40e6, None, "EUR"), ("$43 million", 43e6, None, "USD")]


@pytest.mark.parametrize(("text", "values"), [
    # a dash spaced off its figure after a preposition is the figure's sign, as typed in Romance copy
    ("In Portogallo l'inflazione fu del + 0,3% nel 2014 e del - 0,3% nel 2015.", [0.3, -0.3]),
    ("La variación del índice en 2016 fue de – 0,9%.", [-0.9]),
    ("Output growth slowed to - 1.5% in the spring.", [-1.5]),
    # after a name the same dash parts a list's label from its value
    ("Burgos - 356,958; Soria - 88,884.", [356958, 88884]),
])
def test_a_spaced_dash_after_a_preposition_is_a_minus_sign(text: str, values: list[float]) -> None:
    assert [float(c.value) for c in claims_in(text)] == values


def test_a_dash_that_joins_is_no_minus_sign() -> None:
    assert [c.value for c in claims_in("Route 66-12 is closed; scores were 3-1 and COVID-19 cases rose 4%.")] == [4]
    assert one_claim("Temperatures will range between -4% and 9% this week.").value == -4


def test_a_range_with_a_negative_low_end() -> None:
    claim = one_claim("Forecasts for growth range between -0.8% and 2.4% next year.")
    assert (claim.value, claim.value_high, claim.unit) == (-0.8, 2.4, "%")


@pytest.mark.parametrize("text, value", [
    ("The hall seats one hundred and sixty-one guests.", 161),
    ("The census counted three million, two hundred thousand residents.", 3.2e6),
    ("Some half a million commuters use the line.", 5e5),
    ("A million and a half visitors came.", 1.5e6),
    ("About a quarter of a million tickets were sold.", 2.5e5),
    ("The shop sold a dozen bicycles.", 12),
    ("The school bought three dozen laptops.", 36),
    ("The village has two thousand and five homes.", 2005),
])
def test_number_words(text: str, value: float) -> None:
    assert one_claim(text).value == value


@pytest.mark.parametrize("surface, kept", [
    ("one, two", "one"),
    ("twenty twenty", "twenty"),
    ("one hundred and three and two", "one hundred and three"),
    ("three million, two hundred thousand", "three million, two hundred thousand"),
    ("one and a half million", "one and a half million"),
    ("six, seven", "six"),
])
def test_number_words_stop_where_they_stop_reading_as_one_number(surface: str, kept: str) -> None:
    assert trim_number_words(surface) == kept


def test_a_list_of_number_words_is_several_numbers() -> None:
    assert [c.value for c in claims_in("The panel scored the bids eight, nine, and seven points.")] == [8, 9, 7]


def test_number_words_never_run_across_a_blank_line() -> None:
    text = "Results came in: seventeen\n\nTwenty schools later reported it."
    assert [c.value for c in claims_in(text)] == [17, 20]


def test_a_scale_word_alone_counts_nothing() -> None:
    assert found("She had heard it thousand of times.") == []
    assert [c.value for c in claims_in("She had read a thousand books.")] == [1000]


def test_parse_number_words_values() -> None:
    assert parse_number_words("a million and a half")[0] == 1_500_000
    assert parse_number_words("two hundred & forty")[0] == 240
    assert parse_number_words("a quarter of a million")[0] == 250_000


@pytest.mark.parametrize("text, value, unit", [
    ("The hike is 2\u00bd miles long.", 2.5, "mi"),
    ("The hike is 2 1/2 miles long.", 2.5, "mi"),
    ("The sample holds 3.1\u00d710\u22124 grams of lead per tonne of ore.", 3.1e-4, ""),
    ("The sample counted 6.02 x 10^5 cells.", 6.02e5, ""),
])
def test_fractions_and_powers_of_ten_end_a_numeral(text: str, value: float, unit: str) -> None:
    claim = claims_in(text)[0]
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value", [
    ("The app reached 10k downloads.", 1e4),
    ("The platform passed 1.2bn users.", 1.2e9),
    ("The startup has 250K subscribers.", 2.5e5),
    ("The grant fund holds 35 lakh rupees.", 3.5e6),
    ("The state spent 12 crore rupees on roads.", 1.2e8),
    ("The district has 12,34,567 voters.", 1234567),
])
def test_scales_attached_or_indian(text: str, value: float) -> None:
    assert one_claim(text).value == value


def test_an_inverted_range_is_read_low_to_high_not_a_crash() -> None:
    claim = one_claim("Unemployment will be between 7 and 4% next year.")
    assert (claim.value, claim.value_high, claim.unit) == (4, 7, "%")


@pytest.mark.parametrize("text, expected", [
    ("Turnout went from 45 to 70% in a decade.", [("45", 45, None, "%"), ("70%", 70, None, "%")]),
    ("Fares went from $2 to $3.5 billion in sales.", [("$2", 2e9, None, "USD"), ("$3.5 billion", 3.5e9, None, "USD")]),
    ("The plan calls for a 6- to 12-metre sea wall.", [("6- to 12-metre", 6, 12, "m")]),
])
def test_both_ends_of_a_range_share_the_unit(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, value", [
    ("The budget sets aside Rs 2.5 lakh crore for rail.", 2.5e12),
    ("The scheme cost \u20b930 thousand crore.", 3e11),
])
def test_indian_scales_stack(text: str, value: float) -> None:
    claim = one_claim(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), "INR")


_PIECES = ["-", "\u2212", "$", "\u20ac", "\u20b9", "(", ")", "5", "3.2", "1e99", "\u00d710\u22125", "\u00bd", " 1/2",
           "minus", "between", "and", "to", "from", "%", "cents", "dollars", "lakh", "crore", "a", "quarter",
           "half", "million", "of", "one", "hundred", ",", "&", "k", "bn", "T", "USD", "per", "barrel", "capita",
           "\n\n", "twenty", "-metre", "12,34,567", "\u00b0C", "MEUR", "Rs", "dozen", "10^", "e"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.sampled_from(["", " "]), min_size=40,
                                                                  max_size=40))
def test_any_mix_of_signs_scales_and_currencies_reads_finite_values(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + g for p, g in zip(pieces, gaps))
    for claim in extract_text(text):
        assert math.isfinite(claim.value)
        assert claim.value_high is None or claim.value <= claim.value_high


def test_a_fraction_glyph_alone_is_a_number_and_of_something_a_share() -> None:
    assert [(c.value, c.unit) for c in claims_in("The dial read \u00be and later \u00bd.")] == [(0.75, ""), (0.5, "")]
    assert [(c.value, c.unit) for c in claims_in("About \u2153 of the members voted.")] == [(33.33, "%")]


@pytest.mark.parametrize("text, expected", [
    ("Hotel rooms in the resort cost anywhere from 90 to 140 euros a night.", [("90 to 140 euros", 90, 140, "EUR")]),
    ("Forecasts for the harvest range from 2.1 to 2.6 million tonnes.", [("2.1 to 2.6 million tonnes", 2.1e6, 2.6e6, "t")]),
    ("Wait times in the clinics are long, from 3 to 9, the survey found.", [("3 to 9", 3, 9, "")]),
    ("Estimates put the damage at from 4% to 6% of output.", [("4% to 6%", 4, 6, "%")]),
])
def test_from_to_with_nothing_moving_is_a_span(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The council raised parking fees from 2 to 3 euros.", [("2", 2, None, "EUR"), ("3 euros", 3, None, "EUR")]),
    ("Membership climbed last spring, from 40 to 65 clubs.", [("40", 40, None, ""), ("65", 65, None, "")]),
    ("The regulator wants to lift the cap from 10% to 15% on imports.", [("10%", 10, None, "%"), ("15%", 15, None, "%")]),
])
def test_from_to_after_a_change_word_is_the_old_and_the_new_value(text: str, expected: list) -> None:
    assert found(text) == expected


def test_years_from_to_stay_a_period_not_a_span() -> None:
    assert found("Records are kept from 1950 to 2010 in the archive.") == []


@pytest.mark.parametrize("text, expected", [
    ("Is five halves a proper answer?", [("five halves", 2.5, None, "")]),
    ("The recipe wants seven thirds of a cup.", [("seven thirds", pytest.approx(7 / 3), None, "")]),
    ("Three quarters of the staff agreed.", [("Three quarters", 75, None, "%")]),
])
def test_a_fraction_above_one_is_a_number_not_a_share(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The catalogue lists source QSO B0957+5608 near the pole.", []),
    ("Pupils learn that 7+3 makes ten.", [("ten", 10, None, "")]),
    ("The venue took 2,000+ bookings.", [("2,000+", 2000, None, "")]),
])
def test_a_plus_between_characters_joins_a_code_or_a_sum(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The stall charged 310 47 rupees for the lot.", []),
    ("The depot stores 2 350 000 litres of fuel.", [("2 350 000 litres", 2.35e6, None, "l")]),
    ("On June 4 17 pupils sat the exam.", [("17", 17, None, "")]),
    ("In 2021 48 firms closed.", [("48", 48, None, "")]),
    ("The till held 4 20 pound notes.", [("4", 4, None, ""), ("20 pound", 20, None, "GBP")]),
])
def test_short_integers_side_by_side_are_unreadable_but_digit_groups_and_dates_are_not(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Analysts see revenue of $4.5bn-$5bn this year.", [("$4.5bn-$5bn", 4.5e9, 5e9, "USD")]),
    ("Margins of 8%-11% are typical.", [("8%-11%", 8, 11, "%")]),
    ("The bill is put at £20m to £25m.", [("£20m to £25m", 20e6, 25e6, "GBP")]),
])
def test_a_range_whose_low_end_has_its_own_scale_or_unit(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Enrolment increased by 40,000 to 1.3 million.", [("40,000", 4e4, None, ""), ("1.3 million", 1.3e6, None, "")]),
    ("Turnover grew 6% to 2.4 million euros.", [("6%", 6, None, "%"), ("2.4 million euros", 2.4e6, None, "EUR")]),
    ("Visitor numbers slid 150,000 to 1.1 million.", [("150,000", 1.5e5, None, ""), ("1.1 million", 1.1e6, None, "")]),
])
def test_a_change_then_the_new_level_is_no_range(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_change_by_a_span_is_still_a_range() -> None:
    assert found("Fares will rise by 4 to 6 percent in spring.") == [("4 to 6 percent", 4, 6, "%")]
