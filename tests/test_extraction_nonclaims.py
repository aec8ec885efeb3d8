"""What is not a quantity claim: years, dates, clock times, ordinals, names, durations, references."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import claims_in


@pytest.mark.parametrize("text", [
    "In 2022, the leaders met in the capital.",
    "The plan covers 2024-2026.",
    "The programme ran in 2019–2020.",
    "The republic was formed in 1922.",
    "He spoke on November 9.",
    "He spoke on 9 November 2023.",
    "He spoke on the 9th of November.",
    "The deal was signed on 10.11.2023.",
    "The deal was signed on 2023-11-10.",
    "The meeting starts at 10:30.",
    "The meeting starts at 5 pm.",
    "The meeting starts at 10.30 a.m.",
    "It was their fourth meeting this year.",
    "The first settlements appeared in the 16th century.",
    "The treaty shaped the 21st century.",
    "It was the twenty-first summit.",
    "The XIX Forum opened in the city.",
    "Europe suffered badly from COVID-19.",
    "The airline flies a Boeing 737 on the route.",
    "Leaders of the G20 gathered.",
    "In ten months the deal was done.",
    "Ten years ago the idea was born.",
    "Soon it will be ten years since the treaty.",
    "The three-day visit ended.",
    "The two countries are allies.",
    "The leaders of both countries met.",
    "Relations of two countries improved.",
    "One of the tasks is growth.",
    "One might say the visit mattered.",
    "In the first half of the year talks stalled.",
    "A third meeting is planned.",
    "The 1990s were hard.",
    "Article 5 was invoked.",
    "They met three times.",
    "The estimate was revised 3 times up.",
    "For details call +7 (727) 123-45-67.",
    "The hotline works 24/7.",
    "The 9/11 attacks changed aviation.",
    "The final score was 3-1.",
    "The partners agreed a 50-50 split.",
])
def test_not_a_claim(text: str) -> None:
    assert [c.text for c in claims_in(text, dt.date(2023, 11, 10))] == []


def test_years_become_the_period_of_the_claims_beside_them() -> None:
    claims = claims_in("In 2022 the company hired 300 engineers.")
    assert [(c.text, c.period) for c in claims] == [("300", "2022")]


def test_a_year_with_a_qualifier_or_unit_is_a_quantity() -> None:
    assert [c.value for c in claims_in("More than 2000 people came.")] == [2000]
    assert [c.unit for c in claims_in("It cost $2022.")] == ["USD"]


def test_a_numeric_fraction_of_something_is_a_share() -> None:
    claims = claims_in("About 1/3 of voters and 3/4 of firms agreed.")
    assert [(c.text, c.value, c.unit, c.kind.value) for c in claims] == [("1/3", 33.33, "%", "share"),
                                                                         ("3/4", 75.0, "%", "share")]


@pytest.mark.parametrize("text, qualifier", [("Only one country signed the deal.", "exact"),
                                             ("At least one school closed.", "ge")])
def test_one_counts_after_only_or_a_qualifier(text: str, qualifier: str) -> None:
    [claim] = claims_in(text)
    assert (claim.value, claim.kind.value, claim.qualifier.value) == (1.0, "count", qualifier)


def test_one_as_a_pronoun_or_article_is_not_a_count() -> None:
    assert claims_in("One official said talks went well. One of the tasks is growth.") == []


@pytest.mark.parametrize("text, kept", [
    ("The share of residents aged 60 or older reached 22%.", [22.0]),
    ("Pupils under the age of 12 make up 18% of the town.", [18.0]),
    ("Between the ages of 15 and 24, 14% of people smoke.", [14.0]),
    ("A 70-year-old farmer paid $300 for the permit.", [300.0]),
    ("Voters 18 and over cast 3 million ballots.", [3000000.0]),
])
def test_ages_are_not_claims(text: str, kept: list[float]) -> None:
    assert [c.value for c in claims_in(text)] == kept


@pytest.mark.parametrize("text, rank", [
    ("57 Life Expectancy Mongolia 71.4", 57.0),
    ("| 8 | Urban Population Chile | 1.9 |", 8.0),
    ("- 12 Forest Area Finland 73.7 years", 12.0),
])
def test_a_rank_opening_a_list_line_is_not_a_claim(text: str, rank: float) -> None:
    assert rank not in [c.value for c in claims_in(text)]


def test_a_figure_opening_a_sentence_is_still_one() -> None:
    assert [c.value for c in claims_in("Some 57 Kazakh companies signed 12 deals.")] == [57.0, 12.0]


def test_a_camel_case_model_name_is_no_count() -> None:
    assert [c.value for c in claims_in("The new iPad 11 sold 2 million units.")] == [2000000.0]


@pytest.mark.parametrize("text, expected", [
    ("Output shrank 2.4% over 2021.", [("2.4%", 2.4)]),
    ("Rents climbed over 2022 and 2023.", []),
    ("The plant hired over 1800 workers.", [("1800", 1800)]),
    ("Almost 1900 of the flats were empty.", [("1900", 1900)]),
])
def test_a_year_after_over_is_a_time_unless_it_counts_something(text: str, expected: list) -> None:
    assert [(c.text, c.value) for c in claims_in(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The flood drove the town's population down by 1700 residents last year.", [("1700", 1700)]),
    ("The district lost 1200 people in the decade to 2021.", [("1200", 1200)]),
    ("The county grew by 1950 inhabitants.", [("1950", 1950)]),
    ("The village, a hamlet of 1100 residents, voted no.", [("1100", 1100)]),
    # a word that dates a time before the digits: a year, and the people its clause's subject
    ("In 1999 people earned far less.", []),
    ("By 2040 people will live longer, the report says.", []),
    ("Since 2015 residents have paid more for water.", []),
    ("In June 2022 people queued for fuel.", []),
    ("The census of the year 2022 people are counted in is the fifth.", []),
])
def test_four_digits_before_a_noun_people_are_counted_by_count_them(text: str, expected: list) -> None:
    assert [(c.text, c.value) for c in claims_in(text, dt.date(2023, 11, 10))] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("In March 2021 one Swiss franc bought 0.91 euros.", ["0.91 euros"]),
    ("That week one euro was worth about 1.18 dollars and 0.86 pounds.", ["1.18 dollars", "0.86 pounds"]),
    ("Last spring a single Canadian dollar was 0.79 US dollars.", ["0.79 US dollars"]),
    # a sum of one unit that no price follows is a claim
    ("Each visitor paid one euro at the gate.", ["one euro"]),
])
def test_the_one_unit_a_price_is_quoted_for_is_no_claim(text: str, kept: list[str]) -> None:
    assert [c.text for c in claims_in(text, dt.date(2023, 11, 10))] == kept


@pytest.mark.parametrize(("text", "kept"), [
    # a dash, 'against' or a priced-by verb after one unit: a rate's denominator only before an amount of another currency
    ("By May the bond traded at $1 against a peak of $3.20.", ["$1", "$3.20"]),
    ("Last year the shares ended at $1 – the lowest since listing.", ["$1"]),
    ("A loaf sold for $1 — cheaper than in town.", ["$1"]),
    ("To a trader one euro is 0.2% of the margin.", ["one euro", "0.2%"]),
    ("Back then 1 Dollar - Rs 52 was the rate.", ["Rs 52"]),
    ("In 2021 one pound against 1.16 euros was the rate.", ["1.16 euros"]),
    # one unit dashed to an amount of another currency is a rate, never a range of the first
    ("The posted rate read $1 – Rs 81.4 that week.", ["Rs 81.4"]),
    ("The posted rate read US$1-Rs81.4 that week.", ["Rs81.4"]),
])
def test_one_unit_before_a_link_is_a_denominator_only_before_another_currency(text: str, kept: list[str]) -> None:
    assert [c.text for c in claims_in(text, dt.date(2023, 11, 10))] == kept


@pytest.mark.parametrize(("text", "kept"), [
    # a sign of a margin between two figures: the second is the first's uncertainty, no quantity anyone claims
    ("The station logged 402.3 ppm ± 0.4 ppm that spring.", ["402.3 ppm"]),
    ("The survey puts support at 41% +/- 3% this month.", ["41%"]),
    ("The survey puts support at 41 percent plus or minus 3 percent this month.", ["41 percent"]),
    # a margin sign with no figure before it reads 'about' in Dutch and Indonesian copy: the figure stays
    ("Sebanyak ± 250 orang hadir di pasar.", ["250"]),
])
def test_a_margin_of_error_after_a_figure_is_no_claim(text: str, kept: list[str]) -> None:
    assert [c.text for c in claims_in(text, dt.date(2023, 11, 10))] == kept
