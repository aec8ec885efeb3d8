"""A part of a price index named without 'prices' after it: by a verb that says its price moved ('electricity and
gas became more expensive', as Russian, Estonian and Romanian copy glosses), by the office's word for a group of
its index ('the group restaurants and hotels'), by the part's own index ('the fuel index'), or by a measure a link
joins to it ('inflation for pensioner households'). Such a figure is the part's, another series than the headline
row: unsupported, however close the row. 'Prices of goods and services' stay the whole basket, the headline's.

Packages are publisher-shaped (World Bank layout; the carbon inventory with a 'Gas Fuel' column), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package

from workbench.models import Verdict

OTHER_SERIES = (Verdict.unsupported, "other_series")
ROWS = {("Estonia", 2022): 19.4, ("Romania", 2023): 10.4, ("Poland", 2023): 11.5, ("Malaysia", 2023): 2.5,
        ("South Africa", 2023): 6.1, ("Slovakia", 2023): 10.5, ("Netherlands", 2023): 3.8, ("Germany", 2022): 6.9}


@pytest.fixture
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.fixture
def cpi_and_carbon(tmp_path: Path, cpi: Path) -> list[Path]:
    # a series named 'Gas Fuel' holds emissions, no price: it cannot judge what gas cost
    carbon = carbon_package(tmp_path / "carbon", {("ESTONIA", 2022): 3100.0}, gas_fuel={("ESTONIA", 2022): 19.4})
    return [cpi, carbon]


@pytest.mark.parametrize("text, figure", [
    ("In Estonia, electricity and gas became more expensive by 19.4% in 2022.", "19.4%"),
    ("Romania's statistics office said foodstuffs became more expensive by 10.4% in 2023.", "10.4%"),
    ("In Estonia goods got more expensive by 19.4% in 2022, and services by 11.0%.", "19.4%"),
])
def test_a_part_whose_price_a_verb_moves_is_another_series(cpi_and_carbon: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, cpi_and_carbon)[figure]
    assert (result.verdict, result.reason) == OTHER_SERIES, (text, result.explanation)
    assert not result.evidence


@pytest.mark.parametrize("text, figure", [
    ("Eestis elekter ja gaas kallinesid 2022. aastal 19,4%.", "19,4%"),
    ("În 2023, în România mărfurile alimentare s-au scumpit cu 10,4%, potrivit institutului.", "10,4%"),
    ("W Polsce inflacja dla gospodarstw domowych emerytów i rencistów wyniosła w 2023 r. 11,5 proc.", "11,5 proc"),
])
def test_glossed_parts_are_another_series(cpi: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi])[figure]
    assert (result.verdict, result.reason) == OTHER_SERIES, (text, result.explanation)


@pytest.mark.parametrize("text, figure", [
    ("In the Netherlands, energy was in 2023 on average 3.8 percent cheaper than in 2022.", "3.8 percent"),
    ("In Germany, energy products were 6.9% more expensive in 2022 than a year earlier.", "6.9%"),
    ("Dutch statistics show that food and non-alcoholic beverages were 3.8% dearer in 2023.", "3.8%"),
    # as Dutch and German copy writes it, glossed
    ("Energie was in 2023 in Nederland gemiddeld 3,8 procent goedkoper dan in 2022.", "3,8 procent"),
    ("Energieprodukte waren in Deutschland 2022 im Jahresvergleich 6,9 Prozent teurer.", "6,9 Prozent"),
])
def test_a_part_said_to_cost_more_or_less_is_another_series(cpi: Path, text: str, figure: str) -> None:
    # the row equals the figure: only the part's name keeps it from being the headline's rate
    result = claim_results(text, [cpi])[figure]
    assert (result.verdict, result.reason) == OTHER_SERIES, (text, result.explanation)


def test_goods_and_services_said_to_cost_more_stay_the_headline(cpi: Path) -> None:
    result = claim_results("In the Netherlands, consumer goods and services were 3.8 percent more expensive in 2023 "
                           "than in 2022.", [cpi])["3.8 percent"]
    assert result.verdict is Verdict.supported, result.explanation


def test_the_headline_a_price_verb_moves_keeps_its_row(cpi: Path) -> None:
    # 'consumer goods' bought by households: no part is named before the verb, the headline row judges it
    result = claim_results("In Estonia, consumer prices became more expensive by 19.4% in 2022.", [cpi])["19.4%"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("text, figure", [
    # the office's group of its index, with or without a link before the part
    ("In Malaysia, inflation eased in 2023, held back by a smaller increase in the group restaurants and hotels "
     "of 2.5 percent.", "2.5 percent"),
    ("In South Africa, consumer prices of the group meat and poultry rose by 6.1% in 2023.", "6.1%"),
    # the part's own index, before or after it
    ("In South Africa consumer prices rose in 2023; the fuel index increased for a second month, rising by 6.1%.",
     "6.1%"),
    ("Consumer prices in Romania rose in 2023 on the rise of the index of foodstuffs of 10.4%.", "10.4%"),
    # a measure joined to the part by a link alone, and a bracketed aside between the part and its figure
    ("In Poland, inflation for pensioner households (the index the office computes for them) fell to 11.5% "
     "in 2023.", "11.5%"),
])
def test_a_part_named_by_its_group_its_index_or_a_linked_measure_is_another_series(cpi: Path, text: str,
                                                                                    figure: str) -> None:
    result = claim_results(text, [cpi])[figure]
    assert (result.verdict, result.reason) == OTHER_SERIES, (text, result.explanation)


@pytest.mark.parametrize("text", [
    "In Slovakia, price inflation of goods and services was 10.5% in 2023.",
    "In Slovakia, the index of prices of goods and services rose by 10.5% in 2023.",
])
def test_goods_and_services_together_are_the_whole_basket(cpi: Path, text: str) -> None:
    result = claim_results(text, [cpi])["10.5%"]
    assert result.verdict is Verdict.supported, (text, result.explanation)


def test_a_bare_index_names_no_price_part(cpi: Path) -> None:
    # the index alone (a stock index, any index) is no part of consumer prices: the headline row still judges
    result = claim_results("In South Africa the index of consumer prices rose by 6.1% in 2023.", [cpi])["6.1%"]
    assert result.verdict is Verdict.supported, result.explanation
