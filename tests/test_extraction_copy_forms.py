"""Forms of figures in news copy that batch 5 of the dev set showed the extractor missing, as
classes: temperatures with a bare C or F glued to the figure, and the rest added below. Every
sentence here is written for the test, none is from the dev set."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, pytest.approx(c.value), c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Overnight lows of -7C were recorded in the glens.", [("-7C", -7, "°C")]),
    ("Forecasters expect highs of 31C on Sunday, or 88F.", [("31C", 31, "°C"), ("88F", 88, "°F")]),
    ("It was minus 12.5C at the airfield at dawn.", [("minus 12.5C", -12.5, "°C")]),
    ("Prairie towns saw -38C (-36F) before sunrise.", [("-38C", -38, "°C"), ("-36F", -36, "°F")]),
    ("Bake at 180C for 40 minutes.", [("180C", 180, "°C")]),
    ("The city hit 41.2C, its hottest day on record.", [("41.2C", 41.2, "°C")]),
])
def test_temperature_with_a_glued_scale_letter(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "The iPhone 5C sold well in its first month.",
    "Pupils of Class 4C visited the museum.",
    "The shop sold 30c pens.",              # cents, in lower case
    "The sensor reads 5 C when idle.",      # spaced: no glued letter
    "Flights leave from gate 12F.",         # a place's name, as "seat 3C"
    "She sat in seat 3C by the window.",
])
def test_a_glued_letter_that_is_no_temperature(text: str) -> None:
    assert all(c.unit not in ("°C", "°F") for c in claims_in(text))


@pytest.mark.parametrize("text, expected", [
    ("Der Konzern setzte 12,4 Milliarden Euro um.", [("12,4 Milliarden Euro", 12.4e9, "EUR")]),
    ("De bank boekte een winst van EUR 3,2 mrd.", [("EUR 3,2 mrd", 3.2e9, "EUR")]),
    ("Le groupe a perdu 2,3 milliards d'euros.", [("2,3 milliards d'euros", 2.3e9, "EUR")]),
    ("Il debito è salito a 1,8 miliardi di euro.", [("1,8 miliardi di euro", 1.8e9, "EUR")]),
    ("A receita chegou a R$ 4,5 bilhões.", [("R$ 4,5 bilhões", 4.5e9, "BRL")]),
    ("Der Gewinn lag bei 820 Millionen Franken.", [("820 Millionen Franken", 820e6, "CHF")]),
    # a dot groups thousands in that copy; English keeps its decimal point
    ("Las ventas sumaron 1.200 millones de dólares.", [("1.200 millones de dólares", 1.2e9, "USD")]),
    ("Die Schulden stiegen auf 2.345,6 Milliarden Euro.", [("2.345,6 Milliarden Euro", 2345.6e9, "EUR")]),
    ("Exports were 1.250 million tonnes.", [("1.250 million tonnes", 1.25e6, "t")]),
])
def test_scales_and_currencies_of_copy_in_other_languages(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La inflación subió al 4,7 por ciento.", ("4,7 por ciento", 4.7, "%")),
    ("Die Quote lag bei 3,5 Prozent.", ("3,5 Prozent", 3.5, "%")),
    ("Le taux a baissé de 0,25 point de pourcentage.", ("0,25 point de pourcentage", 0.25, "pp")),
    ("Die Notenbank senkte den Zins um 50 Basispunkte.", ("50 Basispunkte", 50, "bp")),
    ("O Copom cortou a Selic em 50 pontos-base.", ("50 pontos-base", 50, "bp")),
    ("La banca ha alzato i tassi di 75 punti base.", ("75 punti base", 75, "bp")),
])
def test_percent_and_points_of_copy_in_other_languages(text: str, expected: tuple) -> None:
    assert _read(text) == [expected]


def test_real_before_a_noun_is_no_currency() -> None:
    assert _read("The council approved seven real estate projects.") == [("seven", 7, "")]


@pytest.mark.parametrize("text, expected", [
    # a one-letter sign where only the country is named: money when the figure looks like an amount
    ("Nigeria's regulator capped diesel at N1,150 per litre.", [("N1,150 per litre", 1150, "NGN/l")]),
    ("Nigerian stations sold petrol at N617 per litre on Monday.", [("N617 per litre", 617, "NGN/l")]),
    ("A Nigerian lender made N2.5bn last year.", [("N2.5bn", 2.5e9, "NGN")]),
    ("Tolls in South Africa rose to R12.50 this week.", [("R12.50", 12.5, "ZAR")]),
    # Gulf copy's dirham
    ("The fund invested Dh4.2 billion in housing.", [("Dh4.2 billion", 4.2e9, "AED")]),
    ("Rents fell to Dhs 85,000 a year.", [("Dhs 85,000", 85000, "AED")]),
    # kobo: two decimals and "k" after a naira amount
    ("The depot price is now ₦162.20k.", [("₦162.20k", 162.2, "NGN")]),
    ("Tickets cost ₦3k at the gate.", [("₦3k", 3000, "NGN")]),
])
def test_currency_letters_of_local_copy(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Nigeria ran short of N95 masks.",
    "The R21 and the R512 in South Africa were closed.",
])
def test_a_letter_and_a_figure_that_name_a_thing_are_no_money(text: str) -> None:
    assert claims_in(text) == []


@pytest.mark.parametrize("text, expected", [
    # decimals spelled out with hyphens, as wire copy read on air writes them
    ("Exports totaled 41-point-three billion dollars.", ("41-point-three billion dollars", 41.3e9, "USD")),
    ("Imports fell six-point-two percent on the year.", ("six-point-two percent", 6.2, "%")),
    ("The harvest was 3 point zero five million tonnes.", ("3 point zero five million tonnes", 3.05e6, "t")),
    # the middle dot of British medical journals
    ("The vaccine cut admissions by 38·4% in the trial.", ("38·4%", 38.4, "%")),
    ("The survey counted 12·5 million users.", ("12·5 million", 12.5e6, "")),
])
def test_spelled_and_middle_dot_decimals(text: str, expected: tuple) -> None:
    assert expected in _read(text)


def test_a_middle_dot_before_a_power_of_ten_is_no_decimal_point() -> None:
    assert all(c.value != pytest.approx(2.1) for c in claims_in("The rate constant was 2·10−5."))
