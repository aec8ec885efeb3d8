"""How news names a place and a series beyond the country's own name: a demonym ('the Zambian
economy'), a valuation basis the data does not hold ('GDP at purchasing power parity'), prices
said to be 'more expensive'.

Packages here are shaped like a publisher's (World Bank layout, no ``workbench`` block); their
figures are invented for the tests, and so are the sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import publisher_package
from package_support import only_result as only

from workbench.models import Verdict

PRICES = {("Zambia", 2020): 15.7, ("Zambia", 2021): 22.0, ("Uruguay", 2020): 9.8, ("Uruguay", 2021): 7.7,
          ("Dominican Republic", 2020): 3.8, ("Dominican Republic", 2021): 8.2,
          ("Portugal", 2020): -0.1, ("Portugal", 2021): 1.3}
GDP = {("Chile", 2021): 316.6e9, ("Kenya", 2021): 110.3e9}


def consumer_prices(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", PRICES)


def gdp(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "Value", GDP, description="GDP (current US$)")


@pytest.mark.parametrize(("title", "country"), [("the Zambian economy", "Zambia"),
                                                ("Uruguayan households", "Uruguay"),
                                                ("the Dominican economy", "Dominican Republic")])
def test_a_demonym_in_the_title_names_the_place(tmp_path: Path, title: str, country: str) -> None:
    figure = PRICES[(country, 2021)]
    text = f"# Prices squeeze {title}\n\nAverage inflation reached {figure}% in 2021, the central bank said."
    agreeing = only(text, [consumer_prices(tmp_path)], date="2022-06-01")
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    assert agreeing.evidence[0].dimensions.get("Country") == country
    wrong = only(text.replace(f"{figure}%", f"{figure + 5}%"), [consumer_prices(tmp_path)], date="2022-06-01")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


@pytest.mark.parametrize("text", ["Chile's GDP at purchasing power parity was $316.6 billion in 2021.",
                                  "Measured at PPP, Chile's economy was worth $316.6 billion in 2021.",
                                  "In 2021 the GDP of Kenya, adjusted for price differences, was $520 billion."])
def test_gdp_at_purchasing_power_parity_is_another_series(tmp_path: Path, text: str) -> None:
    result = only(text, [gdp(tmp_path)])
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


def test_gdp_at_market_rates_is_still_judged(tmp_path: Path) -> None:
    assert only("Chile's GDP was $316.6 billion in 2021.", [gdp(tmp_path)]).verdict is Verdict.supported
    assert only("Kenya's GDP was $520 billion in 2021.", [gdp(tmp_path)]).verdict is Verdict.contradicted


def test_more_expensive_on_average_is_a_price_rise(tmp_path: Path) -> None:
    text = "Goods and services in Zambia were on average 22% more expensive in 2021 than in 2020, the office said."
    agreeing = only(text, [consumer_prices(tmp_path)], date="2022-03-01")
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    assert agreeing.evidence[0].dimensions.get("Country") == "Zambia"
    wrong = only(text.replace("22%", "12%"), [consumer_prices(tmp_path)], date="2022-03-01")
    assert wrong.verdict in (Verdict.contradicted, Verdict.needs_review), wrong.explanation
    assert wrong.verdict is not Verdict.supported


@pytest.mark.parametrize("text", ["Total output for Africa reached $2.9 trillion in 2021, more than Kenya and Chile together.",
                                  "Latin America's economies produced $5.4 trillion in 2021, led by Chile.",
                                  "The 2021 regional total of GDP reached $1.6 trillion, with Chile and Kenya the largest.",
                                  "The GDP of the two countries combined was $427 billion in 2021, with Chile the larger."])
def test_a_region_or_a_combined_figure_is_not_one_named_country(tmp_path: Path, text: str) -> None:
    result = only(text, [gdp(tmp_path)])
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation


def test_a_country_that_holds_a_continent_in_its_name_stays_that_country(tmp_path: Path) -> None:
    rows = {("South Africa", 2021): 419.0e9, ("Kenya", 2021): 110.3e9}
    pkg = publisher_package(tmp_path / "gdp2", "gdp", "GDP (current US$)", "Value", rows, description="GDP (current US$)")
    result = only("South Africa's GDP was $419 billion in 2021, the largest in Africa after Nigeria.", [pkg])
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "South Africa"
