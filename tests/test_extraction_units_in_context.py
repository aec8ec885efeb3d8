"""Units news states once or around the figure: money carried to a later scaled amount of the same
sentence, quantities per unit of area or per hectare, densities and rates with a slash, the
dollar signs of Australian and New Zealand papers, the cedi's sign, Indian 'cr'. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from extraction_helpers import claims_in


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, pytest.approx(c.value), c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Port fees rose to 3.1 billion rand from 2.6 billion a year earlier.",
     [("3.1 billion rand", 3.1e9, "ZAR"), ("2.6 billion", 2.6e9, "ZAR")]),
    ("Sales were $8.2bn, up 4% from 7.9 billion.",
     [("$8.2bn", 8.2e9, "USD"), ("4%", 4, "%"), ("7.9 billion", 7.9e9, "USD")]),
    ("Net income was 41.2 mln euros versus 39.8 mln in the first half.",
     [("41.2 mln euros", 41.2e6, "EUR"), ("39.8 mln", 39.8e6, "EUR")]),
    # a currency the words between name wins over the first one
    ("Reserves hit 9.4 trillion yen, which in dollar terms is 63 billion.",
     [("9.4 trillion yen", 9.4e12, "JPY"), ("63 billion", 63e9, "USD")]),
    # a scaled figure that counts something stays a count; a bare small figure takes nothing
    ("The insurer paid $2 million and covered 3 million homes.",
     [("$2 million", 2e6, "USD"), ("3 million", 3e6, "")]),
    ("The fund lost $5 million in 2 weeks.", [("$5 million", 5e6, "USD")]),
    # another measure between the money and the amount breaks the link: the amount is that measure's
    ("It shipped $3 billion of grain and 4 million tonnes of soy, from 2.5 million a year before.",
     [("$3 billion", 3e9, "USD"), ("4 million tonnes", 4e6, "t"), ("2.5 million", 2.5e6, "t")]),
])
def test_money_carried_to_a_later_scaled_amount(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Barley yields averaged 6.9 tonnes per hectare.", [("6.9 tonnes per hectare", 6.9, "t/ha")]),
    ("Top farms reached 11 t/ha, others 2.8t/acre.", [("11 t/ha", 11, "t/ha"), ("2.8t/acre", 2.8, "t/acre")]),
    ("Seed costs $95/ha this spring.", [("$95/ha", 95, "USD/ha")]),
    ("The island has 310 residents per square mile.", [("310 residents per square mile", 310, "/mi2")]),
    ("Density is 47 people per sq km, or 122 per square mile.",
     [("47 people per sq km", 47, "/km2"), ("122 per square mile", 122, "/mi2")]),
    ("The fertility survey counted 14.2 births/1,000 population.", [("14.2 births/1,000", 14.2, "/1000")]),
    ("The reserve spans 2,400 square miles.", [("2,400 square miles", 2400, "mi2")]),
    # a mass with a time after it keeps its own unit (annual series are in tonnes)
    ("The smelter makes 2 million tonnes a year.", [("2 million tonnes", 2e6, "t")]),
])
def test_quantities_per_area_and_densities(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The miner's profit was $US412 million ($A630 million) for the half.",
     [("$US412 million", 412e6, "USD"), ("$A630 million", 630e6, "AUD")]),
    ("Butter fetched $NZ7.10 a kilo in Auckland.", [("$NZ7.10 a kilo", 7.1, "NZD/kg")]),
    ("A loaf now costs GH¢18.50 in Kumasi, up from GH₵ 15.", [("GH¢18.50", 18.5, "GHS"), ("GH₵ 15", 15, "GHS")]),
    ("The lender's profit rose to Rs 812 cr in the quarter.", [("Rs 812 cr", 8.12e9, "INR")]),
])
def test_money_signs_and_scales_of_regional_papers(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected
