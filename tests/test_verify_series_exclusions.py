"""A price index that leaves items out ('excluding energy', 'CPI less food and energy', 'ex-fresh
food') is another series than the headline index: when the data holds no such series the figure is
unsupported however close the headline row, and the exclusion belongs to its own figure's words only.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.config import Tolerances
from workbench.models import Verdict


@pytest.mark.parametrize("sentence, claim", [
    ("Excluding energy, Norway's consumer price index rose 4.9% in 2022.", "4.9%"),
    ("In Chile the consumer price index less food and energy climbed 9.3% in 2022.", "9.3%"),
    ("Norwegian consumer prices ex-energy were up 5.8% in 2022.", "5.8%"),  # equal to the headline row
    # an index without housing costs, beside the headline index's own figure
    ("In 2022 Norway's consumer price index was 6.1% higher than a year before and the CPI less housing cost was "
     "5.8% higher.", "5.8%"),
])
def test_an_index_without_some_items_is_not_the_headline_index(cpi: Path, sentence: str, claim: str) -> None:
    result = claim_results(sentence, [cpi])[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series")


def test_the_exclusion_is_said_of_its_own_figure_only(cpi: Path) -> None:
    found = claim_results("Chile's consumer price index rose 11.6% in 2022, while excluding food and energy it rose 8.2%.",
                    [cpi])
    assert found["11.6%"].verdict is Verdict.supported and found["11.6%"].evidence[0].value == 11.6
    assert (found["8.2%"].verdict, found["8.2%"].reason) == (Verdict.unsupported, "other_series")


def test_a_place_left_out_is_no_series(cpi: Path) -> None:
    # 'excluding' before a place, or before no item at all, leaves the headline series judging the figure
    found = claim_results("Inflation in Norway, excluding Svalbard, was 5.8% in 2022.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported
    found = claim_results("Chile's inflation was less than 12% in 2022, at 11.6%.", [cpi])
    assert found["11.6%"].verdict is Verdict.supported
    # an item word in a title is no series left out
    found = claim_results("The ex-energy minister said inflation in Norway was 5.8% in 2022.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported


def test_the_items_are_the_newsrooms(cpi: Path) -> None:
    result = claim_results("Excluding energy, Norway's consumer price index rose 4.9% in 2022.", [cpi],
                           tolerances=Tolerances(series_exclusion_items=[]))["4.9%"]
    # without the item the headline row judges the figure (it disagrees with 5.8)
    assert result.reason != "other_series" and result.evidence[0].value == 5.8


# A qualifier after its measure ('inflation in food prices') names the variant as 'food inflation' does.

def test_a_qualifier_after_the_measure_names_the_variant(cpi: Path) -> None:
    found = claim_results("Norwegian households felt most the 9.6% annual inflation in food prices in 2022.", [cpi])
    assert (found["9.6%"].verdict, found["9.6%"].reason) == (Verdict.unsupported, "other_series")


def test_a_qualifier_after_another_figures_measure_is_not_this_ones(cpi: Path) -> None:
    found = claim_results("Chile's inflation was 11.6% in 2022, while inflation in food prices reached 19%.", [cpi])
    assert found["11.6%"].verdict is Verdict.supported
    assert (found["19%"].verdict, found["19%"].reason) == (Verdict.unsupported, "other_series")
    # 'energy-exporting' names countries, not a series
    found = claim_results("Inflation in energy-exporting Norway was 5.8% in 2022.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported


@pytest.mark.parametrize("sentence, claim", [
    ("In Chile, food prices rose 11.6% in 2022, the statistics office said.", "11.6%"),  # equal to the headline row
    ("Food and non-alcoholic beverage prices in Norway climbed 5.8% in 2022.", "5.8%"),
    ("Chile's consumer prices rose 11.6% in 2022. Energy prices rose 14.2% in the same year.", "14.2%"),
])
def test_the_prices_of_a_qualifiers_items_are_not_the_headline_index(cpi: Path, sentence: str, claim: str) -> None:
    result = claim_results(sentence, [cpi])[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


@pytest.mark.parametrize("sentence", [
    "Chile's inflation hit 11.6% in 2022 as food prices soared.",
    "Driven by food prices, Chile's consumer price index rose 11.6% in 2022.",
    "Chile's consumer price index, including fresh food prices, rose 11.6% in 2022.",
])
def test_food_prices_beside_the_headline_measure_leave_it_judged(cpi: Path, sentence: str) -> None:
    result = claim_results(sentence, [cpi])["11.6%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_food_prices_are_judged_by_a_food_price_series_the_data_holds(tmp_path: Path) -> None:
    from package_support import publisher_package
    food = publisher_package(tmp_path / "food", "food", "Food prices (annual %)", "Inflation",
                             {("Chile", 2022): 19.5, ("Norway", 2022): 6.4},
                             description="Food price inflation: the annual percentage change in food prices (annual %)")
    result = claim_results("In Chile, food prices rose 19.5% in 2022.", [food])["19.5%"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("sentence, claim", [
    # the item named as the price of it, after the prices themselves
    ("Excluding the prices of petrol, Chile's consumer price index would have risen 11.6% in 2022.", "11.6%"),
    ("Si l’on exclut les prix de l’essence, l’indice des prix à la consommation du Chili aurait augmenté de "
     "11,6 % en 2022.", "11,6 %"),
    # French and German words for leaving items out, as glossed
    ("Sans les aliments et l’énergie, l’indice des prix à la consommation de la Norvège s’établit à 5,8 % en 2022.",
     "5,8 %"),
    ("Ohne Berücksichtigung der Energie hätte die Inflationsrate in Norwegen 2022 bei 5,8 Prozent gelegen.",
     "5,8 Prozent"),
])
def test_an_index_without_some_items_said_around_their_prices_or_in_other_languages(cpi: Path, sentence: str,
                                                                                     claim: str) -> None:
    result = claim_results(sentence, [cpi])[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


def test_prices_after_an_exclusion_word_name_no_item_of_their_own(cpi: Path) -> None:
    # 'excluding the prices of' with no item after it leaves the headline index judging the figure
    result = claim_results("Excluding the prices of the past, Chile's consumer price index rose 11.6% in 2022.",
                           [cpi])["11.6%"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("sentence, claim", [
    ("Au total, le prix des aliments au Chili est en hausse de 11,6 % en 2022.", "11,6 %"),
    ("Les prix à la pompe en Norvège ont augmenté de 5,8 pour cent en 2022.", "5,8 pour cent"),
    ("2022年挪威消费品价格上涨5.8%。", "5.8%"),
])
def test_a_parts_prices_in_other_languages_are_not_the_headline_index(cpi: Path, sentence: str, claim: str) -> None:
    result = claim_results(sentence, [cpi])[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
