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
    # a people the gazetteer names, however its name is made: 'Basotho' is Lesotho's, where the rand is tender
    ("Basotho bakers charged R18.40 a loaf in May.", [("R18.40", 18.4, "ZAR")]),
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


@pytest.mark.parametrize("text, expected", [
    # a bare figure against another currency's unit is an amount of the currency the sentence names
    ("The lira weakened to 32.5 to the dollar on Friday.", [("32.5", 32.5, "TRY")]),
    ("The Ghanaian cedi traded at 12.1 against the dollar.", [("12.1", 12.1, "GHS")]),
    ("The yen slid past 150 per dollar for the first time in decades.", [("150", 150, "JPY")]),
    # after a currency pair, an amount of its quoted currency
    ("USD/JPY hit 151.2 in Tokyo trading.", [("151.2", 151.2, "JPY")]),
    ("The EURUSD rate ended the week near 1.0950.", [("1.0950", 1.095, "USD")]),
    # a figure compared with the pair's first figure is an amount of the same currency
    ("The USD/PHP rate closed the year at 55.6, compared with about 50.4 in 2019.",
     [("55.6", 55.6, "PHP"), ("50.4", 50.4, "PHP")]),
    # a generic word where the text names one currency with it; "$1" quoted against is no claim
    ("The Egyptian pound weakened to 30.9 pounds, from 24 pounds for $1 in March.",
     [("30.9 pounds", 30.9, "EGP"), ("24 pounds", 24, "EGP")]),
    # the currency named in the paragraph before (a story's lead), the generic word after it
    ("The Lebanese pound slumped again this week.\n\nBanks sold dollars at 15,000 pounds on Tuesday.",
     [("15,000 pounds", 15000, "LBP")]),
    # a change in the generic word is the named currency's too
    ("The Egyptian pound slid again; a dollar now costs 2.5 pounds more than in May.",
     [("2.5 pounds", 2.5, "EGP")]),
])
def test_exchange_rates_take_the_currency_the_text_names(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Exports to the euro zone rose by 40 to 120 firms.", ""),                 # a region, no base currency
    ("The lira and the rouble fell; one traded at 32.5 to the dollar.", ""),   # two currencies named
    ("He bought 24 shares for $1 each.", "USD"),                               # a price, not a quote
    ("The British pound and the Egyptian pound fell; rent is 900 pounds.", "GBP"),
    ("The British pound and the Egyptian pound fell; rent rose by 900 pounds.", "GBP"),
    ("India and Nepal saw trade grow by 30 billion rupees.", "INR"),
    # a currency named two paragraphs up is out of reach
    ("The Egyptian pound fell.\n\nMarkets in London were calm.\n\nRent there is 900 pounds.", "GBP"),
])
def test_rates_and_generic_words_left_as_they_are(text: str, expected: str) -> None:
    assert [c.unit for c in claims_in(text)][-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Lows will be between -4 degrees and -11 degrees tonight.", (-11, -4, "°C")),
    ("Yields ranged from -0.6% to -0.2% over the year.", (-0.6, -0.2, "%")),
])
def test_a_range_whose_high_end_has_its_own_sign(text: str, expected: tuple) -> None:
    (claim,) = claims_in(text)
    assert (claim.value, claim.value_high, claim.unit) == \
        (pytest.approx(expected[0]), pytest.approx(expected[1]), expected[2])


@pytest.mark.parametrize("text", [
    "The scheme pays residents over 18 a monthly grant.",
    "Anyone under 16 needs a parent's consent.",
    "The rate fell within the band of 1% to 3% [4].",
    "The finding was confirmed twice [7, 9].",
])
def test_ages_after_people_and_citation_marks_are_no_claims(text: str) -> None:
    assert all(c.unit for c in claims_in(text))


def test_a_price_per_kilowatthour_written_as_one_word() -> None:
    assert _read("Households paid 16.4 cents per kilowatthour in May.") == [
        ("16.4 cents per kilowatthour", 0.164, "USD/kWh")]


@pytest.mark.parametrize("text, surface, kind, direction", [
    ("| 2021 | 5.1% | +0.7% |", "+0.7%", "change", "up"),
    ("The team is +12 on goal difference.", "+12", "change", "up"),
    ("A +9% jump in rents came next.", "+9%", "change", "up"),  # a change noun decides; the sign stays in the text
    ("Of 140 samples, 52 (37.1%) were positive.", "37.1%", "share", None),
    ("The bank cut its rate by half a point (or 50 basis points) on Friday.", "50 basis points", "change", "down"),
])
def test_kinds_a_sign_a_bracket_or_a_restatement_give(text: str, surface: str, kind: str, direction: str | None) -> None:
    (claim,) = [c for c in claims_in(text) if c.text == surface]
    assert (claim.kind.value, claim.direction.value if claim.direction else None) == (kind, direction)


def test_a_plus_before_a_temperature_keeps_its_level() -> None:
    (claim,) = claims_in("Forecasts show +4C on the coast.")
    assert (claim.unit, claim.kind.value) == ("°C", "level")


@pytest.mark.parametrize("text, expected", [
    # one scale written twice, in the word and in the symbol: the writer means it once
    ("The refinery sector released 14.2 million MtCO2 last year.", (14.2e6, "t")),
    ("Shipping emitted about 1.1 billion GtCO2 worldwide.", (1.1e9, "t")),
    # a scale word before a symbol of another scale is two scales ('thousand Mt' is no slip to undo)
    ("Reserves of 3.5 thousand Mt were reported.", (3.5e9, "t")),
])
def test_a_scale_word_repeating_its_symbols_scale_counts_once(text: str, expected: tuple) -> None:
    (claim,) = claims_in(text)
    assert claim.value == pytest.approx(expected[0]) and claim.unit == expected[1]


@pytest.mark.parametrize("text, surface, unit", [
    # a word several currencies end their names with, written bare: the currency of the country named
    ("Jordan's public debt climbed to 41 billion dinars last year.", "41 billion dinars", "JOD"),
    ("Morocco's tourism receipts reached 105 billion dirhams.", "105 billion dirhams", "MAD"),
    ("Sri Lanka's central bank printed 200 billion rupees in March.", "200 billion rupees", "LKR"),
    ("Lebanon's bankers moved 90 trillion pounds abroad.", "90 trillion pounds", "LBP"),
    # the lira: Turkey's by default, the Lebanese and Syrian pounds' by the name their own press gives them
    ("Syria's budget for next year sets spending at 4,000 billion lira.", "4,000 billion lira", "SYP"),
    ("Lebanon's banks hold deposits of 60 trillion lira.", "60 trillion lira", "LBP"),
    ("Turkey's treasury sold 30 billion lira of bonds.", "30 billion lira", "TRY"),
    ("Importers paid 12 billion lira for fuel.", "12 billion lira", "TRY"),
    ("Smugglers were caught with 900 million Syrian lira.", "900 million Syrian lira", "SYP"),
    # a change or a range is an amount of the named country's currency as a level is
    ("Jordan's public debt climbed by 2 billion dinars last year.", "2 billion dinars", "JOD"),
    ("Lebanon's deposits fell by 3 trillion pounds in a month.", "3 trillion pounds", "LBP"),
    # two countries that both tender it: the word keeps its default reading
    ("India and Nepal traded goods worth 300 billion rupees.", "300 billion rupees", "INR"),
    # the currency named in full keeps its own reading
    ("Pakistan's importers paid 80 billion Indian rupees.", "80 billion Indian rupees", "INR"),
    # dollars stay US dollars for any country
    ("Canada's exporters earned 40 billion dollars.", "40 billion dollars", "USD"),
    # the country named after the figure, past an abbreviation's full stop: still the figure's sentence
    ("The debt reached 9.4 billion dinars, said Mr. Ben Salah, governor of Tunisia's central bank.",
     "9.4 billion dinars", "TND"),
])
def test_a_shared_currency_word_is_the_named_countrys(text: str, surface: str, unit: str) -> None:
    money = [(c.text, c.unit) for c in claims_in(text) if c.unit]
    assert money == [(surface, unit)]


@pytest.mark.parametrize("text, expected", [
    # a figure with the same scale word of its own, joined before the one that carries the unit
    ("Ghana and Kenya produced 1.1 million and 0.9 million tonnes of maize respectively.",
     [("1.1 million", 1.1e6, "t"), ("0.9 million tonnes", 0.9e6, "t")]),
    # another scale word is another figure: it keeps what it has
    ("Stocks were 3 million and 4 billion tonnes.", [("3 million", 3e6, ""), ("4 billion tonnes", 4e9, "t")]),
])
def test_a_scaled_figure_joined_before_the_unit_takes_it(text: str, expected: list) -> None:
    assert [(c.text, c.value, c.unit) for c in claims_in(text)] == [(t, pytest.approx(v), u) for t, v, u in expected]
