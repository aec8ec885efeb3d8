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


@pytest.mark.parametrize("text, surface, value, unit", [
    ("the company said sales reached fifty - two million dollars last year .", "fifty - two million dollars",
     52e6, "USD"),
    ("the union said twenty - five plants would close .", "twenty - five", 25, ""),
    ("ninety - nine percent of the votes were counted .", "ninety - nine percent", 99, "%"),
])
def test_a_tokenised_compound_number_word_is_one_number(text: str, surface: str, value: float, unit: str) -> None:
    """Wire archives and transcripts space the hyphen of "fifty-two": one number, never 50 and then 2 million."""
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit) == (surface, value, unit)


def test_two_tens_words_around_a_spaced_hyphen_stay_two_figures() -> None:
    assert [c.value for c in claims_in("Temperatures reached forty - fifty degrees in the south.")] == [40, 50]


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


@pytest.mark.parametrize("text, surface, value", [
    ("About 1 in 1,000 newborns in the province carries the mutation.", "1 in 1,000", 0.1),
    ("Roughly one in 10,000 vaccine doses led to a reported side effect.", "one in 10,000", 0.01),
    ("Nearly one in twenty-five adults in the capital is out of work.", "one in twenty-five", 4),
    ("Only two out of five hundred households in the valley own a tractor.", "two out of five hundred", 0.4),
    ("The odds of winning the jackpot are one in a million, the lottery said.", "one in a million", 0.0001),
    ("The disease strikes one in a hundred thousand births.", "one in a hundred thousand", 0.001),
    ("About 1 in 5 million flights ends in an accident.", "1 in 5 million", 0.00002),
    ("Officials expect one in 100, at most, to qualify.", "one in 100", 1),
])
def test_a_ratio_reads_its_whole_denominator(text: str, surface: str, value: float) -> None:
    """The denominator is the whole number after "in" / "out of": its groups, its scale word, all its words;
    a share too small for two places keeps two significant digits rather than reading as zero."""
    claim = one_claim(text)
    assert (claim.text, claim.value, claim.unit, claim.kind.value) == (surface, value, "%", "share")


@pytest.mark.parametrize("text, figures", [
    ("Police arrested 40 in three cities over the weekend.", [("40", 40), ("three", 3)]),
    ("The chain opened 12 in six regions last year.", [("12", 12), ("six", 6)]),
    ("The dealer sold 300 in five days.", [("300", 300)]),
])
def test_a_numerator_larger_than_its_denominator_is_a_count_of_its_own(text: str, figures: list) -> None:
    """No share is more than one in one: "40 in three cities" counts 40 (a span of days is no claim)."""
    assert [(c.text, c.value) for c in claims_in(text)] == figures


def test_ratios_in_a_row_end_at_their_own_denominators() -> None:
    shares = [(c.text, c.value) for c in claims_in("One in five adults smokes, two in ten drink daily and three in "
                                                   "twenty exercise.")]
    assert shares == [("One in five", 20), ("two in ten", 20), ("three in twenty", 15)]


@pytest.mark.parametrize("text, surface, value, direction", [
    ("Inflation fell seven tenths of a percentage point to 2.9% in March.", "seven tenths of a percentage point", 0.7, "down"),
    ("The jobless rate rose three tenths of a point in the quarter.", "three tenths of a point", 0.3, "up"),
    ("Core inflation eased by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "down"),
])
def test_a_fraction_of_a_percentage_point_is_a_step_in_points(text: str, surface: str, value: float,
                                                              direction: str) -> None:
    claim = next(c for c in claims_in(text) if c.text == surface)
    assert (claim.value, claim.unit, claim.kind.value) == (pytest.approx(value), "pp", "change")
    assert claim.direction is not None and claim.direction.value == direction


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


@pytest.mark.parametrize("text, surface, value", [
    ("The orchard sold five and a quarter tonnes of plums.", "five and a quarter tonnes", 5.25),
    ("The league signed forty two and a third contracts on average.", "forty two and a third", 42 + 1 / 3),
    ("The region has a million and a half inhabitants.", "a million and a half", 1.5e6),
    ("The region has one and a half million inhabitants.", "one and a half million", 1.5e6),
    ("The fund holds two million and three fifths shares.", "two million and three fifths", 2.6e6),
    ("The budget was one billion and a quarter million pesos short.", "one billion and a quarter million", 1_000_250_000),
    ("Turnout was 4 million and a half voters.", "4 million and a half", 4.5e6),
    ("The port handled two thirds of a million containers.", "two thirds of a million", 2e6 / 3),
    ("The port handled three quarters billion tonnes.", "three quarters billion tonnes", 7.5e8),
    ("The port handled quarter million containers.", "quarter million", 2.5e5),
])
def test_a_whole_number_and_a_fraction_in_words_is_one_number(text: str, surface: str, value: float) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value) == (surface, pytest.approx(value))


def test_a_fraction_alone_stays_a_share_and_its_spelled_out_numerator_is_no_count() -> None:
    assert [(c.text, c.unit) for c in claims_in("Two thirds of the members voted.")] == [("Two thirds", "%")]
    assert claims_in("The quiz answer was twenty-three fifths.") == []


@pytest.mark.parametrize("text, surface, value, decimals", [
    ("The anchor said growth was five point five percent.", "five point five percent", 5.5, 1),
    ("The gauge read two hundred point zero three bar, said the engineer.", "two hundred point zero three", 200.03, 2),
    ("The rate fell to minus nought point two five percent.", "minus nought point two five percent", -0.25, 2),
    # Wire copy joins every word with hyphens: each digit word is one digit, zeros included.
    ("Its share came to 31-point-four-six percent, the board said.", "31-point-four-six percent", 31.46, 2),
    ("The yield was nine-point-zero-three percent on Friday.", "nine-point-zero-three percent", 9.03, 2),
    ("The gauge showed 14-point-zero-eight bar before noon.", "14-point-zero-eight", 14.08, 2),
    ("Output grew 6-point-zero-zero-four percent in May.", "6-point-zero-zero-four percent", 6.004, 3),
])
def test_spoken_decimals_are_read(text: str, surface: str, value: float, decimals: int) -> None:
    claim = next(c for c in claims_in(text) if c.text == surface)
    assert (claim.value, claim.decimals) == (pytest.approx(value), decimals)


def test_point_and_nought_alone_are_no_numbers() -> None:
    assert claims_in("At one point, the talks came to nought.") == []


@pytest.mark.parametrize("text, surface, value", [
    ("The baker sold 3 dozens rolls.", "3 dozens", 36),
    ("The baker sold three dozens rolls.", "three dozens", 36),
    ("The baker sold two hundred and four dozen rolls.", "two hundred and four dozen", 248),
    ("The baker sold 5 doz rolls.", "5 doz", 60),
])
def test_dozens_after_a_number_scale_it(text: str, surface: str, value: float) -> None:
    assert (one_claim(text).text, one_claim(text).value) == (surface, value)


def test_dozens_alone_are_vague() -> None:
    assert claims_in("Dozens of bakers came.") == []


@pytest.mark.parametrize("text, value", [
    ("The compound factor was 1.05^10, the report said.", 1.05 ** 10),
    ("The damping factor was -2^-3 here.", -0.125),
])
def test_a_numeral_to_a_power(text: str, value: float) -> None:
    assert claims_in(text)[0].value == pytest.approx(value)


def test_fourths_are_quarters_and_mil_is_a_million() -> None:
    assert one_claim("The stake grew to three and one fourth tonnes.").value == 3.25
    assert [(c.text, c.unit) for c in claims_in("A fourth of the members left.")] == [("A fourth", "%")]
    assert claims_in("It was her fourth term.") == []
    assert one_claim("The club paid $4 mil for the striker.").value == 4e6


@pytest.mark.parametrize("text, surface, value", [
    ("The warehouse holds 2 thousand 4 hundred and 15 crates.", "2 thousand 4 hundred and 15", 2415),
    ("The harvest was 1 million 250 thousand tonnes.", "1 million 250 thousand tonnes", 1_250_000),
    ("The fund holds 3 crore and five hundred rupees.", "3 crore and five hundred rupees", 30_000_500),
])
def test_digits_and_scale_words_compound_into_one_number(text: str, surface: str, value: float) -> None:
    claim = one_claim(text)
    assert (claim.text, claim.value) == (surface, value)


def test_a_count_after_a_scaled_figure_stays_its_own() -> None:
    assert [c.value for c in claims_in("The chain had 3 million customers and 21 stores.")] == [3e6, 21]
    assert [c.value for c in claims_in("Sales reached 3 million and 21 stores closed.")] == [3e6, 21]


@pytest.mark.parametrize("text, values", [
    ("Highest annual inflation in 2023 (%): Kenya(7,6712), Uganda(5,3771), Rwanda(14,0155).",
     [7.6712, 5.3771, 14.0155]),
    ("The portal lists 2023 inflation at 12,40551 for the region.", [12.40551]),
])
def test_a_comma_before_four_or_more_digits_is_a_decimal_comma(text: str, values: list[float]) -> None:
    assert [c.value for c in claims_in(text) if c.value != 2023] == pytest.approx(values)


def test_a_comma_before_a_group_of_three_still_groups_thousands() -> None:
    assert [c.value for c in claims_in("The agency hired 1,250 staff and 12,500 contractors.")] == [1250, 12500]
