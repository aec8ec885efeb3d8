"""A price index of a component (food, fuel, rents, services), of producers or of imports is another
series than headline consumer prices: with no package holding it, the headline row cannot judge the
figure, however close. Where the figure's own words name the headline ('energy prices pushed consumer
prices up'), the headline row judges it as before.

Packages are publisher-shaped (World Bank layout), figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

from workbench.models import Verdict

ROWS = {("Serbia", 2022): 12.0, ("Moldova", 2022): 28.7, ("Belarus", 2022): 15.2}


@pytest.fixture
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text", [
    "Food prices in Serbia rose 12% in 2022.",
    "The rise in food and beverage prices in Serbia reached 12% in 2022.",
    "Food price inflation in Serbia was 12% in 2022.",
    "Prices of fuel in Serbia went up 12% in 2022.",
    "Producer prices in Serbia increased by 12% in 2022.",
    "Serbia's import prices climbed 12% in 2022.",
    "Rents in Serbia rose 12% last year as housing costs in Serbia jumped 12% in 2022.",
    # the headline named after 'contributing to' is what the component fed, not the figure's own series
    "Food prices in Serbia climbed 12% in 2022, contributing to the highest inflation in two decades.",
    "In 2022 fuel prices in Serbia jumped by 12% contributing to record inflation.",
])
def test_a_components_prices_are_not_judged_by_the_headline_row(cpi: Path, text: str) -> None:
    results = claim_results(text, [cpi])
    figure = list(results.values())[-1]
    assert (figure.verdict, figure.reason) == (Verdict.unsupported, "other_series"), (text, figure.explanation)
    assert not figure.evidence


@pytest.mark.parametrize("text", [
    "Energy prices pushed consumer prices in Serbia up 12% in 2022.",
    "Driven by food prices, inflation in Serbia reached 12% in 2022.",
    "Higher fuel prices in Serbia led to 12% inflation in 2022.",
    "Inflation in Serbia reached 12% in 2022 as food prices soared.",
    "Prices in Serbia rose 12% in 2022, with energy prices contributing the most.",
    "Prices of goods and services in Serbia rose 12% in 2022.",
    "Inflation in Serbia was 11.4% in 2022 thanks to lower energy prices, a little below the 12% first reported.",
])
def test_the_headline_named_beside_a_component_keeps_the_headline_row(cpi: Path, text: str) -> None:
    figure = claim_results(text, [cpi])["12%"]
    assert figure.verdict is Verdict.supported, (text, figure.explanation)


@pytest.mark.parametrize("text", [
    "Consumer prices in Serbia: the statistics office reported a 12% increase in household goods and services "
    "prices in 2022.",
    "Serbia's statistics office said household goods and services prices rose 12% in 2022.",
])
def test_the_whole_basket_of_goods_and_services_is_the_headline(cpi: Path, text: str) -> None:
    # 'household goods' is a component, but 'household goods and services' is everything households buy
    figure = claim_results(text, [cpi])["12%"]
    assert figure.verdict is Verdict.supported, (text, figure.explanation)


@pytest.mark.parametrize("text", [
    "Household goods prices in Serbia rose 12% in 2022.",
    "In Serbia the office reported a 12% increase in household goods prices in 2022.",
])
def test_household_goods_alone_stay_a_component(cpi: Path, text: str) -> None:
    figure = claim_results(text, [cpi])["12%"]
    assert (figure.verdict, figure.reason) == (Verdict.unsupported, "other_series"), (text, figure.explanation)


def test_a_package_that_holds_the_component_judges_it(tmp_path: Path) -> None:
    food = publisher_package(tmp_path / "food", "food-cpi", "Food prices", "Food price inflation",
                             {("Serbia", 2022): 18.5}, description="Food consumer prices, annual %")
    headline = cpi_package(tmp_path / "cpi", ROWS)
    figure = claim_results("Food prices in Serbia rose 18.5% in 2022.", [headline, food])["18.5%"]
    assert figure.verdict is Verdict.supported, figure.explanation
    assert figure.evidence[0].value == pytest.approx(18.5)


DEFLATOR_WORDS = "Inflation as measured by the annual growth rate of the GDP implicit deflator (annual %)"


def test_a_change_of_gdp_is_not_the_gdp_deflator(tmp_path: Path) -> None:
    deflator = publisher_package(tmp_path / "deflator", "gdp-deflator", "Inflation, GDP deflator", "Inflation",
                                 {("Serbia", 2022): 9.5, ("Moldova", 2022): 21.0}, description=DEFLATOR_WORDS)
    for text in ("Serbia's GDP will decrease by 9.5% in 2022.", "The GDP of Moldova grew 21% in 2022."):
        figure = next(iter(claim_results(text, [deflator], date="2022-02-01").values()))
        assert figure.verdict is not Verdict.supported and not figure.evidence, (text, figure.explanation)
    # the sentence that names the deflator, or prices, is still judged by it
    for text in ("Serbia's GDP deflator rose 9.5% in 2022.", "Prices across Serbia's GDP rose 9.5% in 2022."):
        figure = claim_results(text, [deflator])["9.5%"]
        assert figure.verdict is Verdict.supported, (text, figure.explanation)


@pytest.mark.parametrize("text", [
    "The office's note on the consumer price index of Serbia for 2022 says the rise came from an increase in "
    "food prices by 12%.",
    "Serbia's consumer price index rose in 2022 on an increase of fuel prices of 12%.",
])
def test_a_component_linked_right_to_its_figure_is_its_own_after_the_headline(cpi: Path, text: str) -> None:
    """The clause names the headline index first, then the component the figure is of ('food prices by 12%')."""
    figure = claim_results(text, [cpi])["12%"]
    assert (figure.verdict, figure.reason) == (Verdict.unsupported, "other_series"), figure.explanation


def test_a_headline_s_own_verb_after_its_cause_keeps_the_headline_row(cpi: Path) -> None:
    figure = claim_results("Inflation driven by food prices in Serbia rose 12% in 2022.", [cpi])["12%"]
    assert figure.verdict is Verdict.supported, figure.explanation


@pytest.mark.parametrize("text", [
    "Consumer prices in Serbia rose 11.5% in 2022 across all households, and for pensioner households 12% in 2022.",
    "In 2022 inflation in Moldova was 27.9% on average, while among low-income households prices rose 28.7%.",
    # Hungarian: 'among pensioner households' is said right before the figure
    "Szerbiában 2022-ben a fogyasztói árak az összes háztartást figyelembe véve átlagosan 11,5 százalékkal, "
    "a nyugdíjas háztartások körében 12 százalékkal emelkedtek.",
])
def test_a_household_groups_prices_are_another_series(cpi: Path, text: str) -> None:
    results = claim_results(text, [cpi])
    figure = list(results.values())[-1]
    assert (figure.verdict, figure.reason) == (Verdict.unsupported, "other_series"), (text, figure.explanation)
    assert not figure.evidence


@pytest.mark.parametrize("text", [
    "Inflation in Serbia hit pensioner households hard, reaching 12% in 2022.",
    "Pensioner households in Serbia saw consumer prices rise, and inflation reached 12% in 2022.",
])
def test_a_household_group_not_right_before_the_figure_keeps_the_headline_row(cpi: Path, text: str) -> None:
    figure = claim_results(text, [cpi])["12%"]
    assert figure.verdict is Verdict.supported, (text, figure.explanation)


@pytest.mark.parametrize("text", [
    "Gas prices in Serbia went up 12% in 2022, the office said.",
    "In 2022 used car prices in Serbia increased by 12%.",
])
def test_a_series_naming_the_component_but_no_price_cannot_judge_its_prices(tmp_path: Path, text: str) -> None:
    # an emissions package whose measure names gas holds no gas price: the headline row still cannot judge it
    emissions = publisher_package(tmp_path / "gas", "gas-emissions", "Carbon emissions from gas fuel", "Gas Fuel",
                                  {("Serbia", 2022): 4.1}, description="Emissions from gas fuel consumption")
    figure = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS), emissions])["12%"]
    assert (figure.verdict, figure.reason) == (Verdict.unsupported, "other_series"), (text, figure.explanation)


def test_a_component_in_a_list_of_emissions_is_still_judged_by_its_series(tmp_path: Path) -> None:
    emissions = publisher_package(tmp_path / "gas", "gas-emissions", "Carbon emissions from gas fuel", "Gas Fuel",
                                  {("Serbia", 2022): 4.1}, description="Emissions from gas fuel consumption")
    text = "Serbia's emissions grew in 2022 across all fuels, with coal (2.5%) and gas (4.1%) leading."
    figure = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS), emissions])["4.1%"]
    assert figure.reason != "other_series", figure.explanation


@pytest.mark.parametrize("text, figure", [
    ("Consumer prices in Serbia rose 12% in 2022, with a rise of 31% in air fares.", "31%"),
    ("In Serbia inflation reached 12% in 2022; the year saw an increase of 20.4% in electricity.", "20.4%"),
    # verb-first copy as its gloss reads: the part stands after both figures of its clause
    ("Apart from consumer prices in Serbia, fell also to 11.9% from 15.6% the meat inflation in 2022.", "11.9%"),
    ("Apart from consumer prices in Serbia, fell also to 11.9% from 15.6% the meat inflation in 2022.", "15.6%"),
])
def test_a_part_named_right_after_its_figure_is_not_judged_by_the_headline_row(cpi: Path, text: str,
                                                                               figure: str) -> None:
    found = claim_results(text, [cpi])
    assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "other_series"), found[figure].explanation


@pytest.mark.parametrize("text, figure", [
    ("Consumer prices in Serbia rose 12% in 2022 on higher food prices.", "12%"),
    ("Consumer prices in Serbia rose 12% in 2022, with a rise of 31% in air fares.", "12%"),
    ("Inflation in Serbia reached 12% in 2022 in the index of consumer prices.", "12%"),
])
def test_the_headline_figure_beside_a_part_after_it_stays_the_headlines(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi])
    assert found[figure].verdict is Verdict.supported, found[figure].explanation
