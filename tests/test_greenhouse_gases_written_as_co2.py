"""'7 tonnes of CO2 per inhabitant' in a text about greenhouse gases: statistics offices publish all
greenhouse gases in CO2-equivalent, and news writes them as tonnes of CO2. A figure above the fossil-CO2
row by no more than greenhouse gases run above it (``unnamed_gas_ratio``) is that mixture, which the
data does not hold: `unsupported`, no false contradiction. Far above or below the row it stays
contradicted, and with no greenhouse gases named the CO2 named is the gas it counts.

Invented CDIAC-shaped rows (tonnes of carbon per person); the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# 1.5 t of carbon per person = 5.5 t of CO2
ROWS = {("FRANCE", 2019): 110_000.0}
PER_HEAD = {("FRANCE", 2019): 1.5}
GREENHOUSE = "France's economy released 440 million tonnes of greenhouse gases in 2019, the statistics office said."


@pytest.fixture()
def package(tmp_path: Path) -> Path:
    return carbon_package(tmp_path / "carbon", ROWS, PER_HEAD)


def test_co2_per_head_in_a_text_about_greenhouse_gases_is_not_contradicted_by_fossil_co2(package: Path) -> None:
    text = f"{GREENHOUSE}\n\nIn 2019 France emitted 7 tonnes of CO2 per inhabitant."
    result = claim_results(text, [package], "2021-05-01")["7 tonnes"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
    assert "greenhouse" in result.explanation


@pytest.mark.parametrize("text, figure", [
    # no greenhouse gases named: the CO2 said is the gas counted, and 7 t is not France's 5.5 t
    ("In 2019 France emitted 7 tonnes of CO2 per inhabitant.", "7 tonnes"),
    # greenhouse gases named, but twice the fossil CO2: no mixture runs that far above it
    (f"{GREENHOUSE}\n\nIn 2019 France emitted 11 tonnes of CO2 per inhabitant.", "11 tonnes"),
    # below the CO2 row: short of the CO2 alone
    (f"{GREENHOUSE}\n\nIn 2019 France emitted 4 tonnes of CO2 per inhabitant.", "4 tonnes"),
])
def test_a_co2_figure_outside_the_mixtures_reach_stays_contradicted(package: Path, text: str, figure: str) -> None:
    result = claim_results(text, [package], "2021-05-01")[figure]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_polish_greenhouse_gases_named_above_a_co2_figure_per_head(package: Path) -> None:
    text = ("Według urzędu statystycznego gospodarka Francji wytworzyła w 2019 roku 440 mln ton gazów cieplarnianych.\n\n"
            "W 2019 roku we Francji emitowaliśmy 7 ton CO2 na jednego mieszkańca.")
    result = claim_results(text, [package], "2021-05-01")["7 ton"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


def test_a_co2_figure_just_above_the_row_is_the_co2_itself(package: Path) -> None:
    # 5.7 t is 4 % above France's 5.5 t of CO2: less than greenhouse gases run above it, another edition of CO2
    text = f"{GREENHOUSE}\n\nIn 2019 France emitted 5.7 tonnes of CO2 per inhabitant."
    result = claim_results(text, [package], "2021-05-01")["5.7 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation


# 110,000 thousand t of carbon = 403 million t of CO2 in 2019
@pytest.mark.parametrize("text, figure", [
    # the sentence names the inventory it quotes: its total is all gases, 1.6 times the fossil CO2
    ("France's greenhouse gas inventory shows the country emitted 650 million tonnes of carbon dioxide (CO2) in 2019.",
     "650 million tonnes"),
])
def test_a_total_its_own_sentence_calls_an_inventorys_is_another_series(package: Path, text: str, figure: str) -> None:
    result = claim_results(text, [package], "2021-05-01")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


@pytest.mark.parametrize("text, figure", [
    # net emissions subtract what forests absorb: an inventory's figure; a list's figures share the last one's unit
    ("France's net emissions were 500 million tonnes in 2019 and 480 million tonnes of carbon dioxide in 2020.",
     "500 million tonnes"),
    ("Las emisiones netas de Francia fueron de 500 millones de toneladas en 2019 y de 480 millones de toneladas de "
     "dióxido de carbono en 2020.", "500 millones de toneladas"),
])
def test_net_emissions_are_an_inventorys_not_fossil_co2(tmp_path: Path, text: str, figure: str) -> None:
    totals = carbon_package(tmp_path / "totals", ROWS)
    result = claim_results(text, [totals], "2021-05-01")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


def test_an_inventorys_total_far_above_any_mixture_stays_contradicted(package: Path) -> None:
    # four times the fossil CO2: no inventory runs that far above it
    text = "France's greenhouse gas inventory shows the country emitted 1,600 million tonnes of carbon dioxide in 2019."
    result = claim_results(text, [package], "2021-05-01")["1,600 million tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation


# 110,000 kt of carbon = 403 Mt of CO2; greenhouse gases run up to 1.5 times that (604 Mt)
def test_carbon_emissions_in_a_text_about_greenhouse_gases_are_for_a_person(package: Path) -> None:
    # 'carbon' leaves open carbon, CO2 or all greenhouse gases; 480 Mt is above the carbon reading, in the mixture's reach
    text = f"{GREENHOUSE}\n\nFrance's total carbon emissions reached 480 million tonnes in 2019."
    result = claim_results(text, [package], "2021-05-01")["480 million tonnes"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "gas_scope_unsaid"), result.explanation
    assert "greenhouse" in result.explanation and "carbon" in result.explanation


@pytest.mark.parametrize("text, figure", [
    # no greenhouse gases named anywhere: 'carbon' is carbon or CO2, and 480 Mt is neither
    ("France's total carbon emissions reached 480 million tonnes in 2019.", "480 million tonnes"),
    # greenhouse gases named, but far above what they run to
    (f"{GREENHOUSE}\n\nFrance's total carbon emissions reached 900 million tonnes in 2019.", "900 million tonnes"),
    # greenhouse gases named, but below the carbon reading: short of anything the text could count
    (f"{GREENHOUSE}\n\nFrance's total carbon emissions reached 60 million tonnes in 2019.", "60 million tonnes"),
])
def test_carbon_emissions_outside_every_readings_reach_stay_contradicted(package: Path, text: str, figure: str) -> None:
    result = claim_results(text, [package], "2021-05-01")[figure]
    assert result.verdict is Verdict.contradicted, result.explanation
